"""The Huis where families already are, in Chromium: the info screen (/scherm/), the listing a municipal
website shows in an iframe (/ingebed/<gemeente>/) and the page for municipal web teams (/voor-gemeenten/).

The example is built for 2026-11-22 (sitebuild.TODAY); each page gets Playwright's fake clock on that
morning, so the screen's timers (language cycle, the minute that drops what is over, the probe before
a reload) run when the test moves the clock, never by waiting.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Page

from testkit import sitebuild
from tests.support.browsing import RoutedBrowser, axe_violations
from zondermuren import urls

BUILD_MORNING = "2026-11-22T09:00:00+01:00"
SCREEN = urls.page_url(urls.screen(), "nl", "nl")
PROBE = "**/" + urls.screen_probe()
LANGUAGES = yaml.safe_load((sitebuild.ROOT / "huis.yml").read_text("utf-8"))["talen"]
RTL = {"ar", "he", "fa", "ur", "ps", "ckb", "ku"}
CYCLE_MS = 15_000  # screens.CYCLE_SECONDS
RELOAD_MS = 15 * 60_000  # screens.RELOAD_MINUTES


@pytest.fixture
def screen_at(browser: RoutedBrowser, example_url: str) -> Iterator:
    """Open a page of the example at a viewport size, the fake clock on the build morning; the hosts
    of every request it makes are kept in `page.hosts`."""
    pages: list[Page] = []

    def open_page(path: str, width: int = 1920, height: int = 1080, block_probe: bool = False) -> Page:
        page = browser.new_page(viewport={"width": width, "height": height}, locale="nl-BE")
        pages.append(page)
        requested: list[str] = []
        page.on("request", lambda request: requested.append(request.url))
        page.requested = requested  # type: ignore[attr-defined]
        if block_probe:
            page.route(PROBE, lambda route: route.abort())
        page.clock.install(time=BUILD_MORNING)
        page.goto(example_url + path, wait_until="load")
        return page

    yield open_page
    for page in pages:
        page.close()


def _current(page: Page) -> tuple[str, str]:
    shown = page.locator(".zm-scherm__slide:visible")
    assert shown.count() == 1, f"{shown.count()} slides visible at once"
    return shown.get_attribute("lang") or "", shown.get_attribute("dir") or ""


@pytest.mark.build
def test_the_screen_shows_every_language_in_order_and_the_pause_stops_it(screen_at, example_url: str):
    page = screen_at(SCREEN)
    seen = []
    for _ in LANGUAGES:
        seen.append(_current(page))
        page.clock.fast_forward(CYCLE_MS)
    assert seen == [(code, "rtl" if code in RTL else "ltr") for code in LANGUAGES]
    assert _current(page)[0] == LANGUAGES[0], "after the last language the first comes again"
    assert page.locator("html").get_attribute("lang") == "nl"
    page.clock.fast_forward(CYCLE_MS)
    button = page.get_by_role("button", name="Pauzeer")
    button.click()
    paused_on = _current(page)
    page.clock.fast_forward(CYCLE_MS * 4)
    assert _current(page) == paused_on == (LANGUAGES[1], "rtl" if LANGUAGES[1] in RTL else "ltr")
    assert page.get_by_role("button", name="Verder").is_visible()
    page.get_by_role("button", name="Verder").click()
    page.clock.fast_forward(CYCLE_MS)
    assert _current(page)[0] == LANGUAGES[2]
    outside = sorted({url for url in page.requested if not url.startswith((example_url, "data:"))})
    assert not outside, f"the screen asked another host: {outside}"


@pytest.mark.build
def test_what_is_over_leaves_the_screen_by_its_own_clock(screen_at):
    page = screen_at(SCREEN, block_probe=True)  # no reload while the clock moves on
    items = page.locator(".zm-scherm__slide[lang=nl] .zm-scherm__item")
    ends = items.evaluate_all("items => items.filter(i => !i.hidden).map(i => i.dataset.end)")
    assert len(ends) >= 2, f"the screen of the example shows {len(ends)} dates on the build morning"
    first, later = dt.datetime.fromisoformat(ends[0]), max(dt.datetime.fromisoformat(e) for e in ends)
    assert first < later, "the example's first shown date must end before its last one"
    now = dt.datetime.fromisoformat(BUILD_MORNING)
    page.clock.fast_forward(int((first - now).total_seconds() * 1000) + 60_000)  # a minute past its end
    state = items.evaluate_all("items => items.map(i => [i.dataset.end, i.hidden])")
    assert [end for end, hidden in state if hidden and end == ends[0]], "the date that is over is still shown"
    assert all(hidden for end, hidden in state if dt.datetime.fromisoformat(end) <= first), state
    assert not all(hidden for _end, hidden in state), "a date still to come was dropped too"


@pytest.mark.build
def test_the_screen_reloads_only_after_the_probe_answered(screen_at, browser: RoutedBrowser):
    answered = screen_at(SCREEN)
    answered.evaluate("() => { window.zmBefore = true }")
    with answered.expect_event("load"):
        answered.clock.fast_forward(RELOAD_MS)
    assert answered.evaluate("() => window.zmBefore") is None, "the page did not reload"
    assert any(url.endswith(urls.screen_probe()) for url in answered.requested)

    offline = screen_at(SCREEN, block_probe=True)
    before = offline.locator(".zm-scherm__item").count()
    offline.evaluate("() => { window.zmBefore = true }")
    with offline.expect_event("requestfailed") as failed:
        offline.clock.fast_forward(RELOAD_MS)
    assert failed.value.url.endswith(urls.screen_probe())
    assert offline.evaluate("() => window.zmBefore") is True, "the page reloaded while offline"
    assert offline.locator(".zm-scherm__item").count() == before > 0


SIZES = {"1920": (1920, 1080), "1280": (1280, 900), "375": (375, 800)}


@pytest.fixture(scope="module")
def axe_tab(browser: RoutedBrowser) -> Iterator[Page]:
    """One tab for the accessibility checks, its fake clock on the build morning: they only read the
    pages, and a new tab costs Chromium three times the CPU of a navigation."""
    page = browser.new_page(locale="nl-BE")
    page.clock.install(time=BUILD_MORNING)
    yield page
    page.close()


@pytest.mark.build
@pytest.mark.parametrize(
    "path, sizes",
    [
        (SCREEN, ("1920", "1280", "375")),
        (urls.page_url(urls.screen("beekdonk"), "ar", "nl"), ("1920", "375")),
        (urls.page_url(urls.embed_page("beekdonk"), "nl", "nl"), ("1280", "375")),
        (urls.page_url(urls.embed_page("beekdonk"), "ar", "nl"), ("1280", "375")),
        (urls.page_url(urls.for_municipalities(), "nl", "nl"), ("1280", "375")),
    ],
)
def test_axe_finds_nothing_on_screens_embeds_and_the_page_for_municipalities(axe_tab: Page, example_url, path, sizes):
    found = {}
    axe_tab.goto(example_url + path, wait_until="load")
    for size in sizes:
        axe_tab.set_viewport_size(dict(zip(("width", "height"), SIZES[size], strict=True)))
        found[size] = axe_violations(axe_tab)
    assert found == {size: [] for size in sizes}


def _snippet(page_html: str, label: str) -> str:
    """A code block of /voor-gemeenten/, as a web team copies it (the page shows it escaped)."""
    found = re.search(
        rf'<pre class="zm-snippet" data-snippet="{re.escape(label)}"><code>(.*?)</code></pre>', page_html, re.S
    )
    assert found, f"no snippet {label!r} on /voor-gemeenten/"
    return html.unescape(found.group(1))


@pytest.mark.build
def test_the_embed_in_another_origins_iframe(browser: RoutedBrowser, example_site: Path, example_url: str, tmp_path):
    """The snippets of /voor-gemeenten/, pasted into a page of another origin (another local port)."""
    shown = (example_site / urls.page_url(urls.for_municipalities(), "nl", "nl") / "index.html").read_text("utf-8")
    frame_code = _snippet(shown, "Code voor Beekdonk, Nederlands")
    height_code = _snippet(shown, "Script voor de hoogte")
    assert "<script>" in height_code and 'event.origin !== "https://zondermuren.test"' in height_code
    host = tmp_path / "host"
    host.mkdir()
    spy = '<script>window.told = []; addEventListener("message", e => told.push(e.data))</script>'
    (host / "index.html").write_text(
        f'<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente Beekdonk</title>{spy}</head>'
        f"<body><h1>Gemeente Beekdonk</h1>{frame_code}{height_code}</body></html>",
        "utf-8",
    )
    with sitebuild.serve(host) as host_url:
        assert not host_url.startswith(example_url)
        context = browser.new_context(viewport={"width": 360, "height": 800})
        try:
            page = context.new_page()
            page.clock.set_fixed_time(BUILD_MORNING)
            page.goto(host_url, wait_until="load")
            frame = page.frame_locator("iframe[data-zondermuren]")
            assert frame.locator("h1").inner_text() == "Activiteiten voor gezinnen in Beekdonk"
            assert frame.locator(".zm-ingebed__item").count() > 0
            page.wait_for_function("() => window.told.length > 0")
            message = page.evaluate("() => window.told.at(-1)")
            assert message["type"] == "zondermuren-hoogte"
            page.wait_for_function(
                "h => document.querySelector('iframe').getBoundingClientRect().height === h", arg=message["height"]
            )
            assert 600 != message["height"] > 200
            inner = frame.locator("body").evaluate("b => Math.ceil(b.getBoundingClientRect().height)")
            assert inner == message["height"], "the parent set another height than the page has"
            targets = frame.locator("a").evaluate_all("links => links.map(a => a.target)")
            assert targets and set(targets) == {"_top"}
            assert frame.locator("html").evaluate("() => document.cookie") == ""
            link = frame.locator(".zm-ingebed__item a").first
            href = link.evaluate("a => a.href")
            with page.expect_navigation():
                link.click()
            assert page.url == href and href.startswith(example_url + urls.ACTIVITIES + "/"), (
                "the top window did not go"
            )
            stored = context.storage_state()  # cookies and local storage of every origin
            assert stored["cookies"] == [] and all(not o["localStorage"] for o in stored["origins"]), stored
        finally:
            context.close()


@pytest.mark.build
def test_screens_and_embeds_stay_out_of_search_and_sitemaps(example_site: Path, example_url: str):
    """noindex, no meta refresh (axe's meta-refresh, WCAG 2.2.1), nothing the search indexes, no sitemap entry."""
    made = [urls.screen(), urls.screen("beekdonk"), urls.embed_page("beekdonk"), urls.screen_setup()]
    made.append(urls.for_municipalities())
    sitemaps = (example_site / "sitemap.xml").read_text("utf-8") + (example_site / "ar" / "sitemap.xml").read_text(
        "utf-8"
    )
    for path in made:
        for language in ("nl", "ar"):
            address = urls.page_url(path, language, "nl")
            page = (example_site / address / "index.html").read_text("utf-8")
            assert '<meta name="robots" content="noindex">' in page, address
            assert "http-equiv" not in page and "data-pagefind-body" not in page, address
            assert f"<loc>{example_url}{address}</loc>" not in sitemaps, address
    probe = json.loads((example_site / urls.screen_probe()).read_text("utf-8"))
    assert probe == {"gebouwd": sitebuild.TODAY}
