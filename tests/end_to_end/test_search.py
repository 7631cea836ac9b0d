"""The site's search (Pagefind, zondermuren/site/searching.py; the UI in adapter/theme/partials/search.html
and assets/js/zoeken.js) on the shared example build, in Chromium: found by a word of a description in
the reader's language, narrowed by municipality and age with the keyboard, opened; nothing of search is
fetched before the first keystroke and nothing from another host; axe-clean with results shown.
And the index itself: the same for two builds, and a build whose content lost its marker stops in Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.exceptions import Abort
from playwright.sync_api import expect

from testkit.serving import only_languages
from testkit.sitebuild import FIXTURES, build_in_process, copy_project, environ, logged, settings
from tests.support.browsing import axe_violations

# (language prefix, viewport width, a word of the activity's description in that language, its title
# there, its municipality, one of its ages, an age it is not for): the library's story hour.
CASES = {
    "nl": ("", 1280, "prentenboeken", "Voorleesuurtje", "Lindevelde", "3 tot 6 jaar", "12 tot 18 jaar"),
    "ar": ("ar/", 375, "الروضة", "ساعة الحكايات", "Lindevelde", "من 3 إلى 6 سنوات", "من 12 إلى 18 سنة"),
}
ACTIVITY = "activiteiten/voorleesuurtje-lindevelde/"
OTHER_WIDTH = {1280: 375, 375: 1280}


def _search_files(requests: list[str], url: str) -> list[str]:
    return [r for r in requests if r.startswith(url + "pagefind/") or r.endswith("/assets/js/zoeken.js")]


@pytest.mark.parametrize("language", list(CASES))
def test_search_finds_narrows_and_opens_an_activity(example_url: str, browser, language: str) -> None:
    prefix, width, word, title, municipality, age, other_age = CASES[language]
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(example_url + prefix, wait_until="networkidle")
    page.keyboard.press("/")  # Material's shortcut: the dialog opens, its field has the focus
    dialog = page.locator("#zm-search")
    assert dialog.evaluate("d => d.open") and page.evaluate("document.activeElement.id") == "zm-search-input"
    assert dialog.evaluate("d => getComputedStyle(d).direction") == ("rtl" if language == "ar" else "ltr")
    assert _search_files(requests, example_url) == []  # page load and opening: nothing of search yet

    page.keyboard.type(word, delay=20)
    results = dialog.locator(".zm-search__result")
    first = results.first.locator("a")
    expect(first).to_have_text(title, timeout=15_000)  # results of the whole word (earlier: of its first letters)
    hrefs = results.locator("a").evaluate_all("links => links.map(a => a.href)")
    assert all(href.startswith(example_url + prefix) for href in hrefs), hrefs
    if language == "ar":
        assert all(href.startswith(example_url + "ar/") for href in hrefs), hrefs
    facts = results.first.locator(".zm-search__facts").inner_text()
    assert municipality in facts and "10:30" in facts  # the next date and the place

    # The filters with the keyboard only: the fold opens with Enter, a chip toggles with Space.
    dialog.locator(".zm-search__refine").focus()
    page.keyboard.press("Enter")

    chip_town = dialog.locator(".zm-search__chip", has_text=municipality).first
    chip_town.focus()
    page.keyboard.press("Space")
    assert chip_town.get_attribute("aria-pressed") == "true"
    page.wait_for_function("() => document.querySelectorAll('#zm-search .zm-search__result').length === 1")
    assert results.locator("a").inner_text() == title  # the partner's page, without a municipality, is gone

    chip_other = dialog.locator(".zm-search__chip", has_text=other_age).first
    chip_other.focus()
    page.keyboard.press("Space")
    page.wait_for_function("() => document.querySelectorAll('#zm-search .zm-search__result').length === 0")
    chip_other.focus()
    page.keyboard.press("Space")  # off again
    dialog.locator(".zm-search__chip", has_text=age).first.focus()
    page.keyboard.press("Space")
    page.wait_for_function("() => document.querySelectorAll('#zm-search .zm-search__result').length === 1")
    assert results.locator("a").inner_text() == title

    # Accessible with the results and the filters shown, at both widths.
    assert axe_violations(page) == []
    page.set_viewport_size({"width": OTHER_WIDTH[width], "height": 900})
    assert axe_violations(page) == []

    results.locator("a").first.click()
    page.wait_for_url(example_url + prefix + ACTIVITY)
    assert [r for r in requests if not r.startswith(example_url)] == []
    fetched = _search_files(requests, example_url)
    assert any(f"/pagefind/pagefind.{'ar' if language == 'ar' else 'nl'}_" in r for r in fetched), fetched
    context.close()


def test_the_home_page_has_its_own_search_field(example_url: str, browser) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 900})
    page = context.new_page()
    page.goto(example_url + "fr/", wait_until="networkidle")
    field = page.locator("#zm-home-search")
    assert field.is_visible() and page.locator(".zm-search--home [data-zm-search-lists]").is_hidden()
    field.press_sequentially("albums", delay=20)
    link = page.locator(".zm-search--home .zm-search__result a").first
    expect(link).to_have_text("L'heure du conte", timeout=15_000)
    context.close()


def test_without_javascript_the_home_page_offers_the_lists(example_url: str, browser) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    page.goto(example_url)
    assert page.locator("#zm-home-search").is_hidden() and page.locator(".zm-search-open").is_hidden()
    lists = page.locator(".zm-search--home [data-zm-search-lists]")
    assert lists.inner_text() == "Zoeken werkt niet zonder JavaScript. Aanbod per gemeente · Aanbod per leeftijd"
    context.close()


def _index(site: Path) -> dict[str, bytes]:
    bundle = site / "pagefind"
    return {p.relative_to(bundle).as_posix(): p.read_bytes() for p in sorted(bundle.rglob("*")) if p.is_file()}


def test_two_builds_make_the_same_index(example_site: Path, example_again: Path) -> None:
    first, second = _index(example_site), _index(example_again)
    assert len(first) > 20 and "pagefind-entry.json" in first
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


def test_pages_not_for_searching_are_not_marked(example_site: Path) -> None:
    marked = [
        path
        for path in ("", "ar/", ACTIVITY, "partners/bibliotheek-lindevelde/")
        if b"data-pagefind-body" in (example_site / path / "index.html").read_bytes()
    ]
    assert marked == ["", "ar/", ACTIVITY, "partners/bibliotheek-lindevelde/"]
    for path in ("coordinatie/", "drukwerk/", "scherm/", "planning/"):
        page = example_site / path / "index.html"
        if page.is_file():
            assert b"data-pagefind-body" not in page.read_bytes(), path


BROKEN = """{% extends "base.html" %}
{% block content %}<div class="eigen">{% include "partials/content.html" %}</div>{% endblock %}
"""


@pytest.mark.build
def test_a_theme_without_the_marker_stops_the_build_in_dutch(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project", FIXTURES / "minimal")
    only_languages(project, ["nl", "fr", "ar"])  # the fixture's `talen`
    (project / "overrides").mkdir(exist_ok=True)
    (project / "overrides" / "main.html").write_text(BROKEN, "utf-8")
    with environ(settings(with_print=False)), logged() as log, pytest.raises(Abort):
        build_in_process(project, tmp_path / "site")
    errors = [line for line in log.getvalue().splitlines() if line.startswith("ERROR")]
    assert errors == [
        "ERROR   -  zoekfunctie: index.html: de inhoud van de pagina is niet gemarkeerd voor de zoekfunctie "
        "(verwacht een element met data-pagefind-body rond de inhoud, gevonden geen) — vervangt een eigen "
        "overrides/main.html het blok 'content'? Roep daarin {{ super() }} aan, of neem het blok over uit "
        "zondermuren/adapter/theme/main.html"
    ]
    assert not (tmp_path / "site" / "pagefind").exists()
