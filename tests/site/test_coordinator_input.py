"""What the coordinator types outside the fiches is input too: the site's address and the own pages.

- The site address (mkdocs.yml `site_url` or ZONDERMUREN_SITE_URL) reaches every page, feed, sitemap
  and QR code: only https:// (http:// on this computer, for a preview), nothing that could leave an
  attribute. `check` lists a wrong mkdocs.yml address with the Huis's problems (exit 1); a wrong
  environment variable is wrong usage (exit 2), as a wrong ZONDERMUREN_TODAY is. The build refuses
  both with the same message, without a traceback.
- A hand-written page with a script, an iframe to another host, an event handler, a javascript:
  link and markup in its front matter title builds: in Chromium no dialog opens, no request leaves
  127.0.0.1, and the title shows as text in the menu and in <title>.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import markdown
import pytest

from testkit import serving, sitebuild
from tests.sources.test_messages import FIXTURE, TODAY
from tests.support import corpus_cases, corpus_pages  # corpus_cases first: it registers corpus_pages
from zondermuren import cli
from zondermuren.options import SiteAddress, SiteAddressError, checked_site_url, configured_site_url
from zondermuren.site import sanitise
from zondermuren.sources.checks import page_html
from zondermuren.sources.checks import pages as own_pages

ENV_LINE = 'site_url: !ENV [ZONDERMUREN_SITE_URL, "https://testdorp.example.org/"]\n'
HTTPS_HINT = "zet het webadres van jouw site, met https://"
CHARACTER = (
    "teken dat niet in een webadres hoort (verwacht een adres zonder spaties, aanhalingstekens, < of > en zonder "
    "onzichtbare tekens, zoals https://huis.example.org/, gevonden '{}') — typ het adres opnieuw"
)
SCHEME = (
    "ongeldig webadres (verwacht een adres dat begint met https://, zoals https://huis.example.org/, "
    f"gevonden '{{}}') — {HTTPS_HINT}"
)
PLAIN_HTTP = (
    "webadres zonder https (verwacht een adres dat begint met https://; http:// alleen voor een voorbeeld op je "
    "eigen computer, zoals http://127.0.0.1:8000/; gevonden '{}') — bedoelde je '{}'?"
)
LOCAL = (
    "adres op je eigen computer (verwacht het adres van de site op het internet, zoals https://huis.example.org/, "
    "gevonden '{}') — zet het GitHub Pages-adres of je eigen domein"
)
FAILED = "De bronbestanden bevatten fouten; er is niets gebouwd."


def _huis(tmp_path: Path, config: str) -> Path:
    root = tmp_path / "huis"
    shutil.copytree(FIXTURE, root)
    (root / "mkdocs.yml").write_text("site_name: Testdorp\n" + config, "utf-8")
    return root


@pytest.fixture
def environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("ZONDERMUREN_TODAY", TODAY.isoformat())
    monkeypatch.delenv("ZONDERMUREN_SITE_URL", raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITLAB_CI", raising=False)
    return monkeypatch


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("javascript:alert(1)", SCHEME.format("javascript:alert(1)")),
        (
            'https://huis.example.org/"onmouseover="alert(1)',
            CHARACTER.format('https://huis.example.org/"onmouseover="alert(1)'),
        ),
        ("https://huis.example.org/mijn huis/", CHARACTER.format("https://huis.example.org/mijn huis/")),
        ("https://huis.example.org/\u202e", CHARACTER.format("https://huis.example.org/\\u202e")),
        ("http://example.org", PLAIN_HTTP.format("http://example.org", "https://example.org")),
    ],
)
def test_a_wrong_address_in_the_environment_is_wrong_usage(
    value: str, message: str, tmp_path: Path, environment: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _huis(tmp_path, ENV_LINE)
    environment.setenv("ZONDERMUREN_SITE_URL", value)
    for command in (["check"], ["check", "--publicatie"], ["drukwerk"]):
        assert cli.main(["--map", str(root), *command]) == 2
        assert capsys.readouterr().err == f"Fout: ZONDERMUREN_SITE_URL: {message}\n"


@pytest.mark.parametrize(
    ("line", "column", "shown", "message"),
    [
        ('"https://huis.example.org/\\"><script>alert(1)</script>"', 12, None, CHARACTER),
        ("http://example.org/huis/", 11, None, PLAIN_HTTP),
        ("'javascript://huis.example.org/%0aalert(1)'", 12, "javascript://huis.example.org/%0aalert(1)", SCHEME),
        ('!ENV [ZONDERMUREN_SITE_URL, "https://a b/"]', 40, "https://a b/", CHARACTER),
    ],
)
def test_a_wrong_address_in_mkdocs_yml_is_a_located_problem_of_the_huis(
    line: str,
    column: int,
    shown: str | None,
    message: str,
    tmp_path: Path,
    environment: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = _huis(tmp_path, f"site_url: {line}\n")
    value = (
        shown
        or {
            CHARACTER: 'https://huis.example.org/"><script>alert(1)</script>',
            PLAIN_HTTP: "http://example.org/huis/",
        }[message]
    )
    text = message.format(value, "https://" + value.removeprefix("http://"))
    expected = f"1 fout gevonden:\n  mkdocs.yml:2:{column}: site_url: {text}\n{FAILED}\n"
    for command in (["check"], ["check", "--publicatie"]):  # never also "the example's address"
        assert cli.main(["--map", str(root), *command]) == 1
        assert capsys.readouterr().err == expected
    assert cli.main(["--map", str(root), "drukwerk"]) == 1  # no QR code leads there
    assert capsys.readouterr().err == f"1 fout gevonden:\n  mkdocs.yml:2:{column}: site_url: {text}\n"


def test_this_computer_is_a_preview_address_never_a_published_one(
    tmp_path: Path, environment: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _huis(tmp_path, ENV_LINE)
    for preview in ("http://127.0.0.1:8000/", "http://localhost:8000/huis/"):
        environment.setenv("ZONDERMUREN_SITE_URL", preview)
        assert cli.main(["--map", str(root), "check"]) == 0
        capsys.readouterr()
        assert cli.main(["--map", str(root), "check", "--publicatie"]) == 2
        assert capsys.readouterr().err == f"Fout: ZONDERMUREN_SITE_URL: {LOCAL.format(preview)}\n"
    environment.delenv("ZONDERMUREN_SITE_URL")
    assert cli.main(["--map", str(root), "check", "--publicatie"]) == 0  # the default of its !ENV


def test_the_address_is_read_where_it_is_set() -> None:
    config = Path(__file__).parents[2] / "mkdocs.yml"
    line = next(n for n, text in enumerate(config.read_text("utf-8").splitlines(), 1) if text.startswith("site_url:"))
    assert configured_site_url(config, {}) == SiteAddress("https://huis.example.org/", "", line, 40)
    found = configured_site_url(config, {"ZONDERMUREN_SITE_URL": "https://x.example/"})
    assert found == SiteAddress("https://x.example/", "ZONDERMUREN_SITE_URL")
    assert configured_site_url(config.parent / "ontbreekt.yml", {}).value == "https://huis.example.org/"
    # mkdocs serve makes its own address from --dev-addr: any host, still no quote.
    assert checked_site_url(SiteAddress("http://0.0.0.0:8000/"), preview=True) == "http://0.0.0.0:8000/"
    with pytest.raises(SiteAddressError):
        checked_site_url(SiteAddress('http://0.0.0.0:8000/"'), preview=True)


@pytest.mark.build
@pytest.mark.parametrize(
    ("environ", "config", "expected"),
    [
        ({"ZONDERMUREN_SITE_URL": "https://huis.example.org/\"'><b>"}, ENV_LINE, "ZONDERMUREN_SITE_URL: teken dat"),
        ({}, "site_url: http://example.org/\n", "mkdocs.yml:{line}:11: site_url: webadres zonder https"),  # its line
        ({"ZONDERMUREN_SITE_URL": "javascript:alert(1)"}, ENV_LINE, "Config value 'site_url'"),  # MkDocs' own
    ],
)
def test_the_build_refuses_the_address_without_a_traceback(
    environ: dict[str, str], config: str, expected: str, tmp_path: Path
) -> None:
    project = sitebuild.copy_project(tmp_path / "project", FIXTURE)
    path = project / "mkdocs.yml"
    path.write_text(re.sub(r"^site_url: .*\n", config, path.read_text("utf-8"), flags=re.M), "utf-8")
    lines = path.read_text("utf-8").splitlines()
    expected = expected.format(line=next(n for n, text in enumerate(lines, 1) if text.startswith("site_url:")))
    env = {**sitebuild.environment(with_print=False), **environ}
    if not environ:
        del env["ZONDERMUREN_SITE_URL"]
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")]
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert expected in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert not (tmp_path / "site" / "sitemap.xml").exists()


# -- hand-written pages ---------------------------------------------------------------------


def _rendered(body: str) -> str:
    return markdown.Markdown(extensions=["attr_list", "md_in_html", "toc"]).convert(body)


@pytest.mark.parametrize("case", corpus_pages.CASES, ids=lambda c: c.id)
def test_what_the_build_makes_of_every_corpus_page_is_inert(case, tmp_path: Path) -> None:
    """Every corpus page: its title is text, its HTML runs and loads nothing; what the check warns
    about is what the sanitiser takes out."""
    root = tmp_path / "huis"
    shutil.copytree(FIXTURE, root)
    for edit in case.edits:
        edit(root)
    for page in sorted((root / "content").rglob("*.md")):
        source = page.read_text("utf-8")
        meta = sanitise.front_matter(source)
        assert set(meta) <= {"title", "description", "hide", "search"}
        assert not any("<" in str(meta.get(key, "")) for key in ("title", "description"))
        body = own_pages.read(source, "").body
        html = _rendered(body)
        clean = sanitise.html(html)
        assert not re.search(r"<(script|iframe|style|form|input|object|embed)\b|\son\w+=|javascript:", clean, re.I)
        assert not re.search(r'<img[^>]*src="(https?:)?//', clean)
        # The check's warnings about this page's HTML (their 'verwacht' says what a page may hold).
        warned = [
            line
            for line in corpus_cases.EXPECTED[case.id]
            if f"/{page.name}:" in line and "verwacht Markdown, links" in line
        ]
        assert len(page_html.removals(body)) == len(warned)


def test_a_title_with_markup_is_escaped_once() -> None:
    meta = sanitise.front_matter(
        '---\ntitle: <img src=x onerror=alert(1)>\ndescription: "Lezen & <b>spelen</b>"\n---\n'
    )
    assert meta == {
        "title": "&lt;img src=x onerror=alert(1)&gt;",
        "description": "Lezen &amp; &lt;b&gt;spelen&lt;/b&gt;",
    }
    assert sanitise.title("Vragen &amp; antwoorden") == "Vragen &amp; antwoorden"  # MkDocs' heading text: not twice


TITLE = "<img src=x onerror=alert(1)>"
PAGE = f"""---
title: {TITLE}
description: '"><script>alert(5)</script>'
---

# Over ons

Tekst <script>alert(2)</script> hier.

<iframe src="https://www.youtube-nocookie.com/embed/abc" width="560" height="315"></iframe>

<a href="#" id="klik" onclick="alert(3)">klik</a> en [nog een](javascript:alert(4)){{#js}}

![kaart](https://maps.example.org/k.png)
"""


@pytest.fixture(scope="module")
def port() -> int:
    return sitebuild.free_port()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, port: int) -> tuple[Path, str]:
    """The minimal Huis with a hostile over-ons.md (in the menu of every page), built by MkDocs
    (in-process, as MkDocs runs the hook; its log is what the build said)."""
    work = tmp_path_factory.mktemp("eigen-pagina")
    project = sitebuild.copy_project(work / "project", FIXTURE)
    serving.only_languages(project, ["nl", "fr", "ar"])
    (project / "content" / "over-ons.md").write_text(PAGE, "utf-8")
    # Without a heading, the search index takes the page's title from its front matter.
    (project / "content" / "zonder-kop.md").write_text(f"---\ntitle: {TITLE}\n---\n\nTekst.\n", "utf-8")
    url = f"http://127.0.0.1:{port}/"
    with sitebuild.environ(sitebuild.settings(site_url=url, with_print=False)), sitebuild.logged() as log:
        sitebuild.build_in_process(project, work / "site")
    return work / "site", log.getvalue()


@pytest.fixture(scope="module")
def hostile_url(hostile: tuple[Path, str], port: int) -> Iterator[str]:
    with sitebuild.serve(hostile[0], port) as url:
        yield url


@pytest.mark.build
@pytest.mark.xdist_group("hostile-page")
def test_the_build_says_what_it_leaves_out(hostile: tuple[Path, str]) -> None:
    _, log = hostile
    for line in (
        "content/over-ons.md:8:7: <script> wordt weggelaten:",
        "content/over-ons.md:10:1: <iframe> wordt weggelaten: de site laadt niets van andere sites",
        "content/over-ons.md:12:23: onclick wordt weggelaten:",
        "content/over-ons.md:12:64: link met javascript: wordt weggelaten:",
        "content/over-ons.md:14:10: afbeelding van een andere site wordt weggelaten:",
    ):
        assert line in log, log
    assert "Traceback" not in log


@pytest.mark.build
@pytest.mark.xdist_group("hostile-page")
def test_the_page_runs_nothing_loads_nothing_and_shows_its_title_as_text(
    hostile: tuple[Path, str], hostile_url: str, browser
) -> None:
    site, _ = hostile
    page = browser.new_page()
    dialogs: list[str] = []
    requests: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(hostile_url + "over-ons/", wait_until="networkidle")
    assert page.title() == f"{TITLE} - Huis van het Kind Testdorp"
    assert page.locator('meta[name="description"]').get_attribute("content") == '"><script>alert(5)</script>'
    assert page.locator("article iframe, article [onclick], a[href^='javascript:' i]").count() == 0
    page.locator("#klik").click()
    page.locator("#js").click()
    page.wait_for_timeout(200)
    for path in ("over-ons/", "", "partners/bib-noorddorp/", "ar/"):  # fr/ has its own translation
        page.goto(hostile_url + path, wait_until="networkidle")
        # The menu of every page shows the title as typed, as text.
        assert page.locator(".md-nav__link", has_text=TITLE).count() >= 1, path
        assert page.locator('img[src="x"]').count() == 0
    assert dialogs == []
    assert [url for url in requests if not url.startswith(hostile_url)] == []
    page.close()
    html = (site / "over-ons" / "index.html").read_text("utf-8")
    assert "<title>&lt;img src=x onerror=alert(1)&gt; - " in html and "&amp;lt;" not in html
    # Pagefind keeps the title as the text it is (its fragments are gzip'd JSON after a signature);
    # the search shows it with textContent (assets/js/zoeken.js), never as markup.
    fragments = [gzip.decompress(f.read_bytes())[12:] for f in (site / "pagefind" / "fragment").glob("nl_*")]
    titles = {found["url"]: found["meta"]["title"] for found in map(json.loads, fragments)}
    assert titles["/zonder-kop/"] == "<img src=x onerror=alert(1)>"
