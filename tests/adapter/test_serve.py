"""The live preview as a coordinator uses it: `mkdocs serve`, a saved fiche, a page in the browser.

One save is one build (the engine's generated pages do not wake MkDocs' watcher); while a fiche
has an error every page answers with the Dutch problem list, escaped; once fixed the site is back,
and the save that fixes it rebuilds only the fiche's pages (issue #31), with nothing stale left.
The watcher fix uses MkDocs internals: the guards below fail when MkDocs changes them.
"""

from __future__ import annotations

import inspect
import re
import shutil
from pathlib import Path

import mkdocs
import pytest
from mkdocs.livereload import LiveReloadServer

from testkit.serving import Preview, only_languages
from testkit.sitebuild import FIXTURES, ROOT, copy_project, environment
from zondermuren import options
from zondermuren.adapter import serve as zondermuren_serve
from zondermuren.problems import Level, Problem
from zondermuren.site import pages

FICHE = "partners/bib-noorddorp/fiche.yml"
PAGE = "partners/bib-noorddorp/"
OLD = "Boeken en spelletjes voor het hele gezin."
NEW = "Boeken, spelletjes en een nieuwe voorleeshoek."
FIXED = "Boeken, spelletjes, een voorleeshoek en een babyhoek."
TYPO = 'levensdomeinen: ["<b>vrije-tyd</b>", onderwijs]'


@pytest.fixture
def preview(tmp_path: Path):
    project = copy_project(tmp_path / "project", FIXTURES / "minimal")
    only_languages(project, ["nl", "fr", "ar"])  # the fixture's `talen`
    env = environment(with_print=False)
    server = Preview(project, env, tmp_path / "serve.log")
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()


@pytest.mark.build
def test_a_save_is_one_build_errors_show_in_the_browser_and_the_fix_rebuilds_only_its_pages(
    preview: Preview,
) -> None:
    fiche = preview.project / FICHE
    good = fiche.read_text("utf-8")
    assert OLD in preview.get(PAGE)[1]

    # No search index under `mkdocs serve` (Pagefind indexes the whole site: `make site` does, a save does not).
    assert preview.get("pagefind/pagefind-entry.json")[0] == 404 and preview.get("search/search_index.json")[0] == 404
    nav = _nav(preview.get(PAGE)[1])
    before = preview.builds()
    fiche.write_text(good.replace(OLD, NEW), "utf-8")
    preview.wait_for(PAGE, lambda body: NEW in body, timeout=30)
    assert preview.settle(before) == 1, preview.text()[-3000:]
    # Only the changed pages were built again.
    assert "alleen de gewijzigde pagina's opnieuw gemaakt" in preview.text()
    assert "A 'dirty' build is being performed" not in preview.text()  # we keep the nav right: no scare
    # A dirty build would title the nav from file names: the nav is the full build's, word for word.
    assert _nav(preview.get(PAGE)[1]) == nav and "Veelgestelde vragen" in nav

    fiche.write_text(good.replace(OLD, NEW).replace("levensdomeinen: [vrije-tijd, onderwijs]", TYPO), "utf-8")
    seconds = preview.wait_for(PAGE, lambda body: "onbekende waarde" in body, timeout=15)
    assert seconds < 10
    status, body = preview.get(PAGE, timeout=5)
    assert status == 200
    assert "De bronbestanden bevatten fouten" in body
    # The whole problem: file, line, field, message and fix, with what the partner typed escaped.
    assert "partners/bib-noorddorp/fiche.yml:9:18" in re.sub(r"<[^>]+>", "", body)  # broken only at its slashes
    assert "<code>levensdomeinen[1]</code>" in body
    assert "gevonden &#39;&lt;b&gt;vrije-tyd&lt;/b&gt;&#39;" in body
    assert "<b>vrije-tyd</b>" not in body
    assert "bedoelde je &#39;vrije-tijd&#39;?" in body
    # Every other address, in every language, leads to the list too.
    status, other = preview.get("bestaat-niet/", timeout=5)
    assert status == 404 and "onbekende waarde" in other and "location.reload" in other
    assert "onbekende waarde" in preview.get("fr/", timeout=5)[1]

    # The save that fixes it, with a new text too: the last good site comes back and only the pages
    # this fiche changed are built again, as many as for the first save (no full build).
    before = preview.builds()
    fiche.write_text(good.replace(OLD, FIXED), "utf-8")
    preview.wait_for(PAGE, lambda body: FIXED in body and "onbekende waarde" not in body, timeout=30)
    assert preview.settle(before) == 1, preview.text()[-3000:]
    rebuilt = [int(count) for count in re.findall(r"opnieuw gemaakt \((\d+)\)", preview.text())]
    assert len(rebuilt) == 2 and rebuilt[1] == rebuilt[0], preview.text()[-3000:]
    assert preview.get("bestaat-niet/", timeout=5)[0] == 404
    assert "onbekende waarde" not in preview.get("bestaat-niet/", timeout=5)[1]
    # Nothing of the error site or of the old text stayed: every page (every language) is the one a
    # full build of the fixed sources makes (a touched huis.yml: the site folder is emptied first).
    incremental = _site(preview)
    assert len(incremental) > rebuilt[0] and not any(NEW in body for body in incremental.values())
    assert sum(FIXED in body for body in incremental.values()) >= 3  # its page, the lists, in each language
    finished = len(preview.build_seconds())
    (preview.project / "huis.yml").touch()
    preview.wait_built(finished + 1)
    assert len(re.findall(r"opnieuw gemaakt", preview.text())) == 2  # that one was a full build
    assert _site(preview) == incremental


def _site(preview: Preview) -> dict[str, str]:
    """Every page of the sitemap as served, without the call of MkDocs' reload script (it names the build)."""
    sitemap = preview.get("sitemap.xml", timeout=5)[1]
    found = {}
    for url in re.findall(r"<loc>([^<]+)</loc>", sitemap):
        path = re.sub(r"^[a-z]+://[^/]+/", "", url)
        status, body = preview.get(path, timeout=5)
        assert status == 200, path
        found[path] = re.sub(r"livereload\(\d+, \d+\);", "", body)
    return found


def _nav(page: str) -> str:
    start = page.index('<nav class="md-nav md-nav--primary"')
    return page[start : page.index("</nav>", start)]


def test_the_watcher_internals_are_the_pinned_ones() -> None:
    """watch_sources_only mirrors LiveReloadServer.watch's callback: fail when MkDocs changes it."""
    assert mkdocs.__version__ == zondermuren_serve.PINNED_MKDOCS
    pinned = re.search(r"^mkdocs==(.+)$", (ROOT / "constraints.txt").read_text("utf-8"), re.M)
    assert pinned and pinned[1] == zondermuren_serve.PINNED_MKDOCS
    source = inspect.getsource(LiveReloadServer.watch)
    for line in (
        "with self._rebuild_cond:",
        "self._want_rebuild = True",
        "self._rebuild_cond.notify_all()",
        "self._watched_paths[path] = 1",
        "self._watch_refs[path] = self.observer.schedule(handler, path, recursive=recursive)",
    ):
        assert line in source, line
    assert "self._want_rebuild or self._shutdown" in inspect.getsource(LiveReloadServer._build_loop)
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(ROOT))
    for name in zondermuren_serve.INTERNALS:
        assert hasattr(server, name), name
    server.watch(str(ROOT / "content"))
    old = server._watch_refs[str(ROOT / "content")]
    assert zondermuren_serve.watch_sources_only(server, str(ROOT / "content"))
    assert server._watch_refs[str(ROOT / "content")] is not old
    assert server._watched_paths[str(ROOT / "content")] == 1


def test_generated_pages_and_their_list_need_no_build(tmp_path: Path) -> None:
    docs = tmp_path / "content"
    shutil.copytree(FIXTURES / "minimal", tmp_path, dirs_exist_ok=True)
    docs.mkdir()
    (docs / "eigen.md").write_text("# Over ons\n", "utf-8")
    (docs / "nieuw.md").write_text("---\n" + pages.MARKER + ' "x": 1}\n---\n', "utf-8")
    (docs / pages.MANIFEST).write_text("weg.md\n", "utf-8")
    assert not zondermuren_serve.generated(docs, str(docs / "eigen.md"))
    assert zondermuren_serve.generated(docs, str(docs / "nieuw.md"))  # not yet listed: its marker says it
    assert zondermuren_serve.generated(docs, str(docs / pages.MANIFEST))
    assert zondermuren_serve.generated(docs, str(docs / "weg.md"))  # removed, but it was ours
    assert not zondermuren_serve.generated(docs, str(docs / "ook-weg.md"))  # removed, hand-written
    assert not zondermuren_serve.generated(docs, str(tmp_path / "huis.yml"))


@pytest.mark.build
def test_talen_previews_only_the_languages_named(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project", FIXTURES / "minimal")
    only_languages(project, ["nl", "fr", "ar"])
    server = Preview(project, environment(with_print=False) | {"TALEN": "ar"}, tmp_path / "serve.log")
    try:
        server.wait_ready()
        assert OLD in server.get(PAGE)[1]  # the default language always
        assert server.get("ar/" + PAGE)[0] == 200
        assert server.get("fr/" + PAGE)[0] == 404
        assert "Building 'fr'" not in server.text()
    finally:
        server.stop()
    assert not (project / "content" / "partners" / "bib-noorddorp.fr.md").exists()  # not even rendered


def test_talen_is_for_the_preview_only_and_checked() -> None:
    assert options.from_environment(environ={"TALEN": "nl,ar"}).languages == ()  # mkdocs build: all
    assert options.from_environment(environ={"TALEN": " nl, AR "}, preview=True).languages == ("nl", "ar")
    assert options.from_environment(environ={}, preview=True).with_print is False  # print only when asked
    assert options.from_environment(environ={"ZONDERMUREN_DRUKWERK": "aan"}, preview=True).with_print
    with pytest.raises(options.OptionError, match="TALEN: ongeldige taalcode .* gevonden 'frans!'"):
        options.from_environment(environ={"TALEN": "nl,frans!"}, preview=True)


def test_the_error_page_breaks_a_path_only_at_its_slashes() -> None:
    """On a phone (375 px) a long path wrapped at a folder name's hyphen ("bib-" / "noorddorp"): each
    part of the path stays whole, with its line and column, and may wrap only after a slash; what a
    partner typed stays escaped."""
    problem = Problem("partners/bib-<b>x/fiche.yml", 2, 7, "naam", "kapot", "", Level.ERROR)
    page = zondermuren_serve.render([problem], poll=False)
    assert (
        '<span class="waar"><span>partners/</span><wbr><span>bib-&lt;b&gt;x/</span><wbr>'
        "<span>fiche.yml:2:7</span></span> — veld <code>naam</code>"
    ) in page
    assert ".waar span { white-space: nowrap; }" in page


def test_the_last_good_site_waits_aside_and_only_a_partners_fix_brings_it_back(tmp_path: Path) -> None:
    """The rules of the fix-save (no MkDocs: the serve test above runs them for real): the error site
    starts from an empty folder, the good one is kept aside and comes back, for a dirty build, only
    when nothing but partners' folders changed since the last good build."""
    site = tmp_path / "site"

    def build(parts: tuple[str, str], errors: bool = False, names: frozenset[str] = frozenset({"a.md"})) -> bool:
        full = incremental.decide(parts, names, errors)
        incremental.ready_site(site, errors)
        if errors:
            (site / "index.html").write_text("fouten", "utf-8")
        else:
            incremental.current = ["", "a/"]
            (site / "a").mkdir(exist_ok=True)
            (site / "a" / "index.html").write_text(parts[0], "utf-8")
            incremental.finish(site)
        return full

    def files() -> dict[str, str]:
        return {p.relative_to(site).as_posix(): p.read_text("utf-8") for p in site.rglob("*") if p.is_file()}

    incremental = zondermuren_serve.Incremental()
    incremental.enabled = True
    site.mkdir()
    assert build(("p1", "r1")) and files() == {"a/index.html": "p1"}
    assert build(("p2", "r1"), errors=True) and files() == {"index.html": "fouten"}
    assert build(("p3", "r1"), errors=True) and files() == {"index.html": "fouten"}
    assert incremental.aside is not None and incremental.aside.is_dir()
    # The fix: the good site is back, the error page gone, and this build is a dirty one.
    assert not build(("p4", "r1")) and files() == {"a/index.html": "p4"}
    assert incremental.aside is None

    # huis.yml (the rest) changed while broken: a full build, from an empty folder.
    assert build(("p5", "r1"), errors=True)
    assert build(("p5", "r2"), errors=True)
    assert build(("p6", "r2")) and files() == {"a/index.html": "p6"} and incremental.aside is None
    # A build no source caused (mkdocs.yml, overrides) while broken: a full build too.
    assert build(("p7", "r2"), errors=True)
    assert build(("p7", "r2"), errors=True)
    assert build(("p8", "r2")) and files() == {"a/index.html": "p8"}
    # A fix that changes the generated pages' names (a partner folder removed): full, so that its
    # pages go with the error pages (the error site writes over every page the good one had).
    assert build(("p9", "r2"), errors=True)
    assert build(("p10", "r2"), names=frozenset({"b.md"})) and files() == {"a/index.html": "p10"}
    # Without an error, a partner's save stays a dirty build.
    assert not build(("p11", "r2"), names=frozenset({"b.md"}))
