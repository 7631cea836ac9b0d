"""The engine supplies what a Huis never edits: a short mkdocs.yml builds the whole site.

Each scenario is a tiny site in tests/adapter/sites/<scenario>/ (the Huis's mkdocs.yml, and its own
overrides/ or assets/ when the scenario is about them), laid over the small test Huis and built
in this process, print off, as mkdocs-static-i18n tests its events (about 3 s each):
- alleen-kort: only the Huis's part of mkdocs.yml; the theme, its templates, CSS, JS, fonts,
  extensions and menu come from the installed package;
- eigen-stijl: the Huis's own stylesheet comes after the engine's, its own template wins over the engine's;
- eigen-menu: a Huis that writes its own nav keeps it, whole;
- anker-naar-partner: a hand-written page links to anchors of a generated page, MkDocs checks them
  (a generated page reaches MkDocs as finished HTML, with the anchors Markdown would have found).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from testkit.sitebuild import FIXTURES, ROOT, build_in_process, copy_project, environment, logged
from zondermuren import urls
from zondermuren.adapter import configure, defaults
from zondermuren.site import theme as site_theme

SITES = Path(__file__).parent / "sites"
ENGINE = defaults.THEME_DIR
# The generated pages of the menu, in the kit's order, as the test Huis's nav shows them.
MENU = [
    "aanbod/",
    "kalender/",
    "campagnes/",
    "partners/",
    "gemeenten/",
    "hulp-nu/",
    "wie-is-wie/",
    "agenda/",
    "toegankelijkheid/",
    "privacy/",
]
# The example's nav as its mkdocs.yml wrote it before the engine gave it: the default must equal it.
EXAMPLE_NAV = [
    "index.md",
    "over-ons.md",
    "veelgestelde-vragen.md",
    "aanbod.md",
    "kalender/index.md",
    "campagnes/index.md",
    "partners/index.md",
    "gemeenten/index.md",
    "hulp-nu.md",
    "wie-is-wie.md",
    "agenda.md",
    "toegankelijkheid.md",
    "privacy.md",
]


def _built(scenario: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    project = copy_project(tmp_path / "project", FIXTURES / "minimal")
    for page in (project / "content").glob("*.en.md"):
        page.unlink()  # the example's English pages: the test Huis has no English
    shutil.copytree(SITES / scenario, project, dirs_exist_ok=True)
    for name, value in environment(site_url="https://huis.example.org/", with_print=False).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("ZONDERMUREN_CACHE", str(tmp_path / "cache"))
    site = tmp_path / "site"
    build_in_process(project, site)
    return site


def _nav(page: str) -> list[str]:
    """The links of the menu's first level, in order (Material's primary nav, navigation.prune)."""
    primary = page.split('class="md-nav md-nav--primary"', 1)[1].split('class="md-nav md-nav--secondary"', 1)[0]
    links = re.findall(r'<a href="([^"]+)" class="md-nav__link', primary)
    return [link.removeprefix("./") or "." for link in links]  # the home page: "." or "./"


def _stylesheets(page: str) -> list[str]:
    """The page's stylesheets after Material's own, from the site's root."""
    found = re.findall(r'<link rel="stylesheet" href="(?:\./|(?:\.\./)+)?([^"]+)">', page)
    return [href for href in found if not href.startswith("assets/stylesheets/")]


@pytest.mark.build
def test_a_short_mkdocs_yml_builds_with_the_engines_theme(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = _built("alleen-kort", tmp_path, monkeypatch)
    assert not (tmp_path / "project" / "overrides" / "main.html").exists()  # the templates are the package's
    for name in (
        "css/zondermuren.css",
        "css/fonts.css",
        "js/zondermuren.js",
        "fonts/noto-sans-arabic-core-400-normal.woff2",
    ):
        assert (site / "assets" / name).read_bytes() == (ENGINE / "assets" / name).read_bytes(), name
    home = (site / "index.html").read_text("utf-8")
    assert _stylesheets(home) == [
        "assets/css/fonts.css",
        "assets/css/huis.css",
        "assets/css/zondermuren.css",
        "assets/css/zoeken.css",
    ]
    assert '<script src="assets/js/zondermuren.js"></script>' in home
    assert '<html lang="nl"' in home and '<body dir="rtl"' in (site / "ar" / "index.html").read_text("utf-8")
    assert '<div class="zm-stale" hidden data-built="2026-11-22">' in home  # the engine's main.html
    assert '<link rel="icon" href="assets/logo.svg">' in home  # huis.yml's logo is the theme's logo and favicon
    assert "fonts.googleapis.com" not in home  # font: false
    # The menu: home, the Huis's own pages by file name (the guide for partners, kept out of search,
    # is not in it), then the generated pages in the kit's order.
    assert _nav(home) == [".", "over-ons/", "veelgestelde-vragen/", *MENU]
    # toc with pymdownx' slugify: a heading's anchor is lower-case ASCII.
    assert 'id="kost-het-iets"' in (site / "veelgestelde-vragen" / "index.html").read_text("utf-8")


@pytest.mark.build
def test_a_huis_adds_its_own_stylesheet_and_template(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = _built("eigen-stijl", tmp_path, monkeypatch)
    page = (site / "veelgestelde-vragen" / "index.html").read_text("utf-8")
    assert _stylesheets(page) == [
        "assets/css/fonts.css",
        "assets/css/huis.css",
        "assets/css/zondermuren.css",
        "assets/css/zoeken.css",
        "assets/eigen.css",
    ]
    assert (site / "assets" / "eigen.css").read_text("utf-8") == ".eigen-kader { border: 2px solid #1d5e8c; }\n"
    # Its partials/toc.html wins over the engine's; the engine's main.html is still there.
    assert (
        '<nav class="eigen-inhoud" aria-label="Inhoud"><a href="#veelgestelde-vragen">Veelgestelde vragen</a></nav>'
        in page
    )
    assert "md-nav--secondary" not in page
    assert '<div class="zm-stale" hidden data-built="2026-11-22">' in page


@pytest.mark.build
def test_a_huis_with_its_own_nav_keeps_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = _built("eigen-menu", tmp_path, monkeypatch)
    assert _nav((site / "index.html").read_text("utf-8")) == [".", "aanbod/", "over-ons/"]
    assert _nav((site / "fr" / "index.html").read_text("utf-8")) == [".", "aanbod/", "over-ons/"]


def test_the_default_menu_is_the_examples_nav_of_before() -> None:
    """The example's pages stay byte-identical only if the engine's menu is its old nav, item for item."""
    home, *generated = site_theme.menu(SimpleNamespace(default_language="nl"))  # type: ignore[arg-type]
    assert [home, *configure.own_pages(ROOT / "content"), *generated] == EXAMPLE_NAV


def test_the_engines_stylesheets_and_script_are_files_of_its_theme_folder() -> None:
    """MkDocs publishes them at their path in the folder; huis.css is the build's, at its address."""
    assert defaults.EXTRA_CSS == [
        "assets/css/fonts.css",
        urls.stylesheet(),
        "assets/css/zondermuren.css",
        "assets/css/zoeken.css",  # the search's look (its script loads at the first keystroke: partials/search.html)
    ]
    assert [path for path in defaults.EXTRA_CSS + defaults.EXTRA_JAVASCRIPT if not (ENGINE / path).is_file()] == [
        urls.stylesheet()
    ]


def test_own_pages_are_the_default_languages_by_file_name_without_those_kept_out_of_search(tmp_path: Path) -> None:
    for name, text in {
        "zomer.md": "# Zomer\n",
        "activiteiten.md": "# Activiteiten\n",
        "zomer.fr.md": "# Été\n",
        "zomer.tr.md": "# Yaz\n",  # a language the Huis does not have: a translation all the same
        "intern.md": "---\nsearch:\n  exclude: true\n---\n# Intern\n",
        "aanbod.md": "<!-- zondermuren: gegenereerd -->\n",
    }.items():
        (tmp_path / name).write_text(text, "utf-8")
    (tmp_path / ".zondermuren-pages").write_text("aanbod.md\n", "utf-8")
    assert configure.own_pages(tmp_path) == ["activiteiten.md", "zomer.md"]


@pytest.mark.build
def test_links_to_a_generated_pages_anchors_are_checked_as_markdown_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with logged() as said:
        site = _built("anker-naar-partner", tmp_path, monkeypatch)
    missing = [line for line in said.getvalue().splitlines() if "anchor" in line]
    # Once per language build: the page has no translation, the partner page has one per language.
    assert missing == [
        f"INFO    -  Doc file 'ankers.md' contains a link 'partners/bib-noorddorp.md#nergens', but the doc "
        f"'partners/bib-noorddorp{suffix}.md' does not contain an anchor '#nergens'."
        for suffix in ("", ".fr", ".ar")
    ]
    page = (site / "ankers" / "index.html").read_text("utf-8")
    assert '<a href="../partners/bib-noorddorp/#contact">contactgegevens van de bib</a>' in page
    assert '<h2 id="contact">' in (site / "partners" / "bib-noorddorp" / "index.html").read_text("utf-8")
