"""Every page in every language of the Huis, right-to-left included, in real Chromium."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from playwright.sync_api import Page, Request

from testkit.sitebuild import FIXTURES, ROOT
from tests.support.browsing import axe_violations
from zondermuren import i18n, urls
from zondermuren.model import building
from zondermuren.site import translations

LANGUAGES = ["nl", "fr", "en", "ar"]
PAGES = {
    "home": "",
    "partner": "partners/consultatiebureau-beekdonk/",
    "calendar": "kalender/",
    "activity": "activiteiten/babymassage-beekdonk/",
}


def url(base: str, language: str, path: str) -> str:
    return base + ("" if language == "nl" else f"{language}/") + path


def foreign_strings(language: str) -> set[str]:
    """UI strings of the other catalogues that this language's catalogue does not also use."""
    own = set(i18n.catalogue(language).values())
    found = set()
    for other in i18n.available():
        if other == language:
            continue
        for key, text in i18n.catalogue(other).items():
            if "{" in text or len(text) < 5 or text in own or key == "language_name":
                continue
            found.add(text)
    return found


@pytest.fixture(scope="module")
def phone(browser):
    """One phone-sized tab that each test navigates: a new tab costs Chromium three times the CPU of a
    navigation (a renderer, its compositor, axe-core compiled again)."""
    context = browser.new_context(viewport={"width": 375, "height": 800})
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_page_in_its_language(language: str, name: str, example_url: str, phone) -> None:
    page = phone
    page.goto(url(example_url, language, PAGES[name]))
    assert page.get_attribute("html", "lang") == language
    direction = page.evaluate("getComputedStyle(document.querySelector('.md-content')).direction")
    assert direction == ("rtl" if language == "ar" else "ltr")
    # Text of this page's language only: partner data that falls back to Dutch is marked lang="nl".
    text = page.evaluate(
        """lang => {
            const body = document.body.cloneNode(true);
            body.querySelectorAll('[lang]').forEach(el => { if (el.lang !== lang) el.remove(); });
            body.querySelectorAll('script, style, [hidden]').forEach(el => el.remove());
            return body.innerText;
        }""",
        language,
    )
    # `s in text` first: a whole-word match is also a substring, and the substring test takes microseconds
    # where the regular expression (a lookbehind at every position) took half a second over 1,200 strings.
    leaks = sorted(
        s for s in foreign_strings(language) if s in text and re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text)
    )
    assert leaks == [], f"UI strings of another language on the {language} {name} page"
    assert axe_violations(page) == []


def test_untranslated_page_under_ar_shows_note_and_dutch_left_to_right(example_url: str, phone) -> None:
    page = phone
    page.goto(example_url + "ar/over-ons/")
    note = page.locator(".zm-fallback .zm-note")
    assert note.inner_text() == i18n.catalogue("ar")["common.not_translated"]
    block = page.locator('.zm-fallback [lang="nl"]')
    assert block.get_attribute("dir") == "ltr"
    assert block.evaluate("el => getComputedStyle(el).direction") == "ltr"
    assert "Over ons" in block.inner_text()
    assert page.evaluate("getComputedStyle(document.querySelector('.zm-note')).direction") == "rtl"


def test_language_switcher_keeps_the_partner_page(example_url: str, browser) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(example_url + "partners/consultatiebureau-beekdonk/")
    page.locator(".md-header [data-md-component=palette], .md-header .md-select").first.hover()
    page.locator('.md-select__link[hreflang="fr"]').click()
    page.wait_for_url("**/fr/partners/consultatiebureau-beekdonk/")
    assert page.get_attribute("html", "lang") == "fr"
    page.locator('.md-select__link[hreflang="ar"]').first.evaluate("el => el.click()")
    page.wait_for_url("**/ar/partners/consultatiebureau-beekdonk/")
    context.close()


def test_search_answers_in_the_readers_language(example_url: str, browser) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(example_url + "fr/")
    page.locator(".zm-search-open").click()  # the search of the header (Pagefind: tests/end_to_end/test_search.py)
    page.locator("#zm-search-input").press_sequentially("bébés", delay=30)
    results = page.locator("#zm-search .zm-search__result a")
    results.first.wait_for(timeout=10_000)
    hrefs = results.evaluate_all("links => links.map(a => a.href)")
    assert hrefs and all("/fr/" in href for href in hrefs), hrefs
    context.close()


def test_hreflang_alternates_are_absolute_with_x_default(example_site: Path, example_url: str) -> None:
    html = (example_site / "fr" / "partners" / "consultatiebureau-beekdonk" / "index.html").read_text("utf-8")
    found = re.findall(r'<link rel="alternate" href="([^"]+)" hreflang="([^"]+)"', html)
    path = "partners/consultatiebureau-beekdonk/"
    assert sorted(found) == sorted(
        [
            (example_url + path, "nl"),
            (example_url + path, "x-default"),
            (example_url + "fr/" + path, "fr"),
            (example_url + "en/" + path, "en"),
            (example_url + "ar/" + path, "ar"),
        ]
    )


@pytest.mark.parametrize("language", ["fr", "en", "ar"])
def test_each_language_has_its_own_sitemap_and_search_index(
    example_site: Path, example_url: str, language: str
) -> None:
    tree = ElementTree.parse(example_site / language / "sitemap.xml")
    locations = [loc.text for loc in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locations and all(loc.startswith(f"{example_url}{language}/") for loc in locations)
    # Pagefind's bundle has an index per language (the page's <html lang> picks it); lunr's index is gone.
    entry = json.loads((example_site / "pagefind" / "pagefind-entry.json").read_text("utf-8"))
    assert entry["languages"][language]["page_count"] == entry["languages"]["nl"]["page_count"] > 50
    assert not (example_site / "search").exists() and not (example_site / language / "search").exists()


def test_activity_page_and_feed_use_the_page_language(example_site: Path) -> None:
    french = (example_site / "fr" / "activiteiten" / "babymassage-beekdonk" / "index.html").read_text("utf-8")
    assert "<h1>Massage pour bébés</h1>" in french
    assert "feeds/fr/activiteit-babymassage-beekdonk.ics" in french


def test_translation_report_counts_match_the_fixture() -> None:
    root = FIXTURES / "vertalingen"
    huis, _ = building.load(root, dt.date(2026, 11, 22))
    report = {found.language: found for found in translations.gaps(huis, root / "content", set())}
    counts = {lang: (len(g.pages), len(g.fiches), len(g.activities), g.fields) for lang, g in report.items()}
    assert counts == {"fr": (1, 2, 1, 3), "ar": (2, 2, 3, 6)}
    assert report["ar"].fiches["partners/bib/fiche.yml"] == ["kosten", "locaties[1].uren_opmerking"]
    assert report["ar"].activities["partners/cb/activiteiten.yml: voorlezen"] == ["per_datum.2026-12-26.reden"]
    assert report["fr"].pages == ["praktisch.md"]


def test_every_shipped_catalogue_has_every_key_and_placeholder() -> None:
    reference = i18n.catalogue("nl")
    for language in ["fr", "en", "ar", "tr", "uk"]:
        own = i18n._flatten(i18n._load(language, None))
        assert set(own) == set(reference), language
        for key, text in own.items():
            assert set(re.findall(r"{\w+}", text)) == set(re.findall(r"{\w+}", reference[key])), (language, key)


def test_vocabulary_labels_exist_in_every_shipped_language() -> None:
    huis, _ = building.load(ROOT, dt.date(2026, 11, 22))
    for name, terms in huis.vocab.lists.items():
        for term in terms.values():
            assert {"nl", "fr", "en", "ar", "tr", "uk"} <= set(term.labels), (name, term.key)


def test_generated_pages_exist_for_every_language(example_site: Path) -> None:
    for language in ["fr", "en", "ar"]:
        for path in (
            "",
            "kalender/",
            "wie-is-wie/",
            "hulp-nu/",
            "gemeenten/beekdonk/",
            "toegankelijkheid/",
            "privacy/",
        ):
            html = (example_site / language / path / "index.html").read_text("utf-8")
            assert f'<html lang="{language}"' in html
            assert i18n.catalogue(language)["contact.title"] in html
    assert urls.page_url("partners/x", "fr", "nl") == "fr/partners/x/"


def test_arabic_headings_get_readable_ids(example_site: Path) -> None:
    html = (example_site / "ar" / "veelgestelde-vragen" / "index.html").read_text("utf-8")
    ids = re.findall(r'<h2 id="([^"]+)"', html)
    assert "هل-هناك-تكلفة" in ids
    assert not any(re.fullmatch(r"_\d+", i) for i in ids)


class Watched:
    """One phone-sized tab that records what a page asks for while it loads, to network quiet. The
    tests share it: routing keeps Chromium's cache off, so every page fetches its own fonts again."""

    def __init__(self, page: Page) -> None:
        self.page = page

    def __call__(self, address: str, event: str) -> list[Request]:
        seen: list[Request] = []

        def record(request: Request) -> None:
            seen.append(request)

        self.page.on(event, record)
        try:
            self.page.goto(address, wait_until="networkidle")
        finally:
            self.page.remove_listener(event, record)
        return seen


@pytest.fixture(scope="module")
def watched(browser) -> Iterator[Watched]:
    page = browser.new_page(viewport={"width": 375, "height": 740})
    yield Watched(page)
    page.close()


@pytest.mark.parametrize("path", ["", "fr/", "ar/partners/consultatiebureau-beekdonk/"])
def test_hreflang_links_cost_no_sitemap_downloads(example_url: str, watched, path: str) -> None:
    """Material fetches sitemap.xml next to each rel=alternate link on load; our script prevents it."""
    requested = watched(example_url + path, "request")
    assert [request.url for request in requested if request.url.endswith("sitemap.xml")] == []
    hreflangs = watched.page.evaluate(
        "[...document.querySelectorAll('link[rel=alternate][hreflang]')].map(l => l.hreflang)"
    )
    assert sorted(hreflangs) == ["ar", "en", "fr", "nl", "x-default"]  # back in the DOM after load


@pytest.mark.parametrize(("language", "script"), [("nl", "arabic"), ("fr", "arabic"), ("ar", None)])
def test_a_page_downloads_the_web_fonts_of_its_own_scripts_only(
    example_url: str, watched, language: str, script: str | None
) -> None:
    """The language menu's "العربية" once cost every Dutch first view the Arabic font (48 KB gzip)."""
    finished = watched(url(example_url, language, ""), "requestfinished")
    names = sorted(request.url.rsplit("/", 1)[-1] for request in finished if ".woff2" in request.url)
    assert any("latin-400" in name for name in names), names
    if script is None:
        assert any("arabic-core-400" in name for name in names), names  # an Arabic page gets its font
    else:
        assert not [name for name in names if script in name], names
