"""The built example site in Chromium: accessibility (axe-core), privacy (no third-party requests),
the calendar filters and the script that hides passed dates, and the JSON-LD of activity pages.

Accessibility and privacy are checked on one page of every kind the build makes, found in the build
itself (the `zm zm-<kind>` class of a generated page's wrapper; hand-written pages and the 404 page are
kinds of their own), so a page kind added later is checked without a change here.

The site is built for 2026-11-22 (sitebuild.TODAY); every browser context gets a fixed clock so the
script that hides passed dates gives the same result on every run.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Request

from tests.support.browsing import axe_run

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WIDTHS = {"375px": 375, "1280px": 1280}
BUILD_MORNING = "2026-11-22T09:00:00+01:00"
LATER_DAY = "2026-12-20T09:00:00+01:00"
EVENTS = "ul.zm-events[data-filterable] > li"
STATE_JS = """sel => Array.from(document.querySelectorAll(sel)).map(li => ({
  gemeente: li.dataset.gemeente, gratis: li.dataset.gratis, end: li.dataset.end,
  visible: li.checkVisibility()
}))"""


def _first(site: Path, pattern: str) -> str:
    """The first built page matching `pattern` (a glob of folders), as a path under the site root."""
    found = sorted(p.parent for p in site.glob(f"{pattern}/index.html"))
    assert found, f"the example site has no page {pattern}/index.html"
    return found[0].relative_to(site).as_posix() + "/"


WRAPPER = re.compile(r'<div class="zm zm-([a-z0-9-]+)"')
# Pages of one kind whose markup differs enough to check both: an overview of a split list and a
# list, a month and a week of a busy month.
VARIANTS = {"aanbod (thema)": "aanbod/domein/*", "maand (week)": "kalender/*/week-*"}


def _kind(site: Path, file: Path) -> str:
    """A built page's kind: its generated wrapper's, else 'eigen' (a hand-written page) or '404'."""
    if file.parent == site and file.name == "404.html":
        return "404"
    found = WRAPPER.search(file.read_text(encoding="utf-8"))
    return found.group(1) if found else "eigen"


def page_kinds(site: Path) -> dict[str, str]:
    """One page of every kind in the build (the shallowest, in the default language when it has one),
    plus VARIANTS: {kind: path under the site root}."""
    pages: dict[str, str] = {}
    others = {folder.name for folder in site.iterdir() if (folder / "sitemap.xml").is_file()}  # /fr/, /ar/, ...
    files = sorted(
        site.rglob("*.html"),
        key=lambda f: (f.relative_to(site).parts[0] in others, len(f.relative_to(site).parts), f.as_posix()),
    )
    for file in files:
        if file.name == "index.html" or (file.parent == site and file.name == "404.html"):
            path = file.relative_to(site).as_posix()
            pages.setdefault(_kind(site, file), path[: -len("index.html")] if file.name == "index.html" else path)
    assert len(pages) > 10, f"only {len(pages)} page kinds found in {site}: {pages}"
    return {**pages, **{name: _first(site, pattern) for name, pattern in VARIANTS.items()}}


@pytest.fixture(scope="module")
def kinds(example_site: Path) -> dict[str, str]:
    return page_kinds(example_site)


def _new_context(browser: Browser, width: int, now: str = BUILD_MORNING, **options: Any) -> BrowserContext:
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="nl-BE", **options)
    context.clock.set_fixed_time(now)
    return context


@pytest.fixture(scope="module")
def context_for(browser: Browser) -> Iterator[Callable[[int], BrowserContext]]:
    """One browser context per viewport width for the whole module, clock fixed on the build morning."""
    contexts: dict[int, BrowserContext] = {}

    def get(width: int) -> BrowserContext:
        if width not in contexts:
            contexts[width] = _new_context(browser, width)
        return contexts[width]

    yield get
    for context in contexts.values():
        context.close()


@pytest.fixture
def page_at(context_for: Callable[[int], BrowserContext]) -> Iterator[Callable[[int], Page]]:
    pages: list[Page] = []

    def open_page(width: int) -> Page:
        page = context_for(width).new_page()
        pages.append(page)
        return page

    yield open_page
    for page in pages:
        page.close()


@pytest.fixture(scope="module")
def visit(browser: Browser, example_url: str) -> Iterator[Callable[[str], dict[int, dict[str, Any]]]]:
    """Each page is loaded once, at the narrowest width, then resized to each wider one: per width, the
    requests made until then and axe-core's violations. One navigation serves every width (a page
    load, its scripts and its network idle are most of a visit), and a request after a resize (an
    image or a stylesheet only a wider layout fetches) counts too.

    One tab serves every visit: a new tab costs Chromium three times the CPU of a navigation (a
    renderer, its compositor, and axe-core's 500 KB compiled again). axe-core is put into each page once,
    at its first check (tests/support/browsing.axe_run). The context routes every request, which turns Chromium's cache
    off (Playwright does so for routing): each page fetches everything it uses, as a first visit does."""
    done: dict[str, dict[int, dict[str, Any]]] = {}
    narrow, *wider = sorted(WIDTHS.values())
    widest = max(WIDTHS.values())
    context = _new_context(browser, narrow)
    page = context.new_page()
    urls: list[str] = []
    network = _Network(page)
    page.on("request", lambda request: urls.append(request.url))

    def load(path: str) -> dict[int, dict[str, Any]]:
        if path not in done:
            results: dict[int, dict[str, Any]] = {}
            page.set_viewport_size({"width": narrow, "height": 900})
            page.goto("about:blank")  # the last page's requests end here, before this page's are counted
            urls.clear()
            page.goto(example_url + path, wait_until="load")
            network.quiet(0.1)  # what the scripts fetch right after the load event is in the page axe reads
            for width in (narrow, *wider):
                if width != narrow:
                    page.set_viewport_size({"width": width, "height": 900})
                    # Two frames: the resize's layout, media queries and resize observers are done.
                    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
                violations = axe_run(page)
                if width == widest:
                    # Network idle as Playwright means it (no request for 500 ms), the axe runs counted
                    # in: a request scripts make later (search index, ...) is in the last width's list.
                    network.quiet(0.5)
                results[width] = {"path": path, "requests": list(urls), "violations": violations}
            done[path] = results
        return done[path]

    yield load
    context.close()


class _Network:
    """The page's requests in flight, and when the last one started or ended."""

    def __init__(self, page: Page) -> None:
        self.page, self.open, self.last = page, set[Request](), time.monotonic()
        page.on("request", lambda request: self._moved(request, True))
        page.on("requestfinished", lambda request: self._moved(request, False))
        page.on("requestfailed", lambda request: self._moved(request, False))

    def _moved(self, request: Request, started: bool) -> None:
        (self.open.add if started else self.open.discard)(request)
        self.last = time.monotonic()

    def quiet(self, seconds: float, timeout: float = 30.0) -> None:
        """Back once no request has been in flight for `seconds`; a request still open after
        `timeout` fails the test, as Playwright's networkidle would."""
        deadline = time.monotonic() + timeout
        while self.open or time.monotonic() - self.last < seconds:
            if time.monotonic() > deadline:
                raise AssertionError(f"requests open for {timeout:.0f} s: {sorted(r.url for r in self.open)}")
            self.page.wait_for_timeout(25)


def _describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation.get('impact')}): {violation['help']} <{violation.get('helpUrl')}>"
        )
        for node in violation["nodes"][:3]:
            lines.append(f"    {' '.join(map(str, node['target']))}\n      {node['html'][:300]}")
        if len(violation["nodes"]) > 3:
            lines.append(f"    ... and {len(violation['nodes']) - 3} more")
    return "\n".join(lines)


# The page kinds are known only once the example is built, after collection: they are dealt out to
# SHARDS tests (kind n to shard n % SHARDS), so that both test workers share the visits.
SHARDS = 6


@pytest.mark.parametrize("shard", range(SHARDS), ids=[f"{n + 1}-of-{SHARDS}" for n in range(SHARDS)])
def test_every_page_kind_is_accessible_and_local(shard: int, kinds: dict[str, str], visit, example_url: str) -> None:
    """One page of every kind found in the build, at every width: no axe-core WCAG 2.1 A/AA violation,
    and no request outside the site. Each page loads once for all widths."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm install` in {ROOT}")
    mine = dict(sorted(kinds.items())[shard::SHARDS])
    assert mine, f"shard {shard + 1} of {SHARDS} has no page kind: only {len(kinds)} kinds ({', '.join(kinds)})"
    problems: list[str] = []
    for kind, path in mine.items():
        for width, result in visit(path).items():
            where = f"{kind} (/{path}) at {width}px"
            if result["violations"]:
                problems.append(f"{where}, axe-core:\n{_describe(result['violations'])}")
            if not result["requests"]:
                problems.append(f"{where}: no request was recorded")
            outside = sorted({url for url in result["requests"] if not url.startswith((example_url, "data:"))})
            if outside:
                problems.append(f"{where} requests outside the site:\n  " + "\n  ".join(outside))
    assert not problems, f"on {len(mine)} page kinds ({', '.join(mine)}):\n" + "\n".join(problems)


def _calendar_pages(site: Path) -> list[Path]:
    """Every page of the calendar: months, and the weeks (or days) of busy months."""
    return sorted(p for p in site.glob("kalender/*/**/index.html"))


class _Events(HTMLParser):
    """The data-* attributes of the event items of a month page (and the JSON-LD scripts of a page)."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[dict[str, str]] = []
        self.jsonld: list[str] = []
        self._in_jsonld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {key: value or "" for key, value in attrs}
        if tag == "li" and "zm-event" in attributes.get("class", "").split() and "data-gemeente" in attributes:
            self.events.append({key[5:]: value for key, value in attributes.items() if key.startswith("data-")})
        if tag == "script" and attributes.get("type") == "application/ld+json":
            self._in_jsonld = True
            self.jsonld.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_jsonld = False

    def handle_data(self, data: str) -> None:
        if self._in_jsonld:
            self.jsonld[-1] += data


def _parse(file: Path) -> _Events:
    parser = _Events()
    parser.feed(file.read_text(encoding="utf-8"))
    parser.close()
    return parser


def _state(page: Page) -> list[dict[str, Any]]:
    return page.evaluate(STATE_JS, EVENTS)


def _wait_state(page: Page, ok: Callable[[list[dict[str, Any]]], bool], timeout: float = 5.0) -> list[dict[str, Any]]:
    """The event items once `ok` holds (or the last state after `timeout` seconds, for the assertion)."""
    deadline = time.monotonic() + timeout
    state = _state(page)
    while not ok(state) and time.monotonic() < deadline:
        page.wait_for_timeout(50)
        state = _state(page)
    return state


def _ended(item: dict[str, Any], now: str) -> bool:
    return datetime.fromisoformat(item["end"]) < datetime.fromisoformat(now)


def test_calendar_filters(example_site: Path, example_url: str, page_at) -> None:
    months = [(file, _parse(file).events) for file in _calendar_pages(example_site)]
    chosen = next(((file, events) for file, events in months if len({e["gemeente"] for e in events}) >= 2), None)
    assert chosen, "no month page has events in two municipalities"
    file, events = chosen
    # Prefer a municipality with both free and paid events there, so the "gratis" box changes something.
    municipalities = sorted({e["gemeente"] for e in events})
    mixed = [m for m in municipalities if {e.get("gratis", "0") for e in events if e["gemeente"] == m} == {"0", "1"}]
    municipality = (mixed or municipalities)[0]
    path = file.parent.relative_to(example_site).as_posix() + "/"

    page = page_at(1280)
    page.goto(example_url + path)
    form = page.locator("form.zm-filters")
    assert form.is_visible(), "the script did not show the filter form"
    total = len(_state(page))
    assert total == len(events)

    form.locator("select[name=gemeente]").select_option(municipality)
    state = _wait_state(page, lambda s: all(i["gemeente"] == municipality for i in s if i["visible"]))
    shown = [i for i in state if i["visible"]]
    wrong = [i for i in shown if municipality not in i["gemeente"].split()]
    assert not wrong, f"{municipality} selected on /{path}, but these stay visible: {wrong}"
    assert len(shown) < total, f"{municipality} selected on /{path}, but nothing was hidden"
    assert shown, f"{municipality} selected on /{path}, but no event is left"

    form.locator("input[name=gratis]").check()
    state = _wait_state(page, lambda s: all(i["gratis"] == "1" for i in s if i["visible"]))
    shown = [i for i in state if i["visible"]]
    wrong = [i for i in shown if i["gratis"] != "1" or municipality not in i["gemeente"].split()]
    assert not wrong, f"{municipality} + gratis on /{path}, but these stay visible: {wrong}"

    form.locator("button[type=reset]").click()
    expected = [not _ended(i, BUILD_MORNING) for i in state]
    state = _wait_state(page, lambda s: [i["visible"] for i in s] == expected)
    wrong = [i for i, want in zip(state, expected, strict=True) if i["visible"] != want]
    assert not wrong, f"after reset on /{path} these items have the wrong visibility: {wrong}"
    assert form.locator("select[name=gemeente]").input_value() == ""
    assert not form.locator("[name=gratis]").is_checked()


def test_without_javascript_everything_shows(browser: Browser, example_site: Path, example_url: str) -> None:
    path = _first(example_site, "kalender/[0-9][0-9][0-9][0-9]-[0-9][0-9]")
    in_html = len(_parse(example_site / path / "index.html").events)
    assert in_html, f"/{path} has no events"
    context = _new_context(browser, 375, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(example_url + path)
        items = page.locator(EVENTS)
        assert items.count() == in_html
        assert page.locator(f"{EVENTS}:visible").count() == in_html, "without JavaScript some events are hidden"
        assert page.locator("form.zm-filters").count() == 1
        assert not page.locator("form.zm-filters").is_visible(), "without JavaScript the filter form shows"
    finally:
        context.close()


def test_script_hides_dates_passed_since_the_build(browser: Browser, example_site: Path, example_url: str) -> None:
    # A calendar page with dates on both sides of the later day (a month, or a week of a busy one).
    for file in _calendar_pages(example_site):
        events = _parse(file).events
        if any(_ended(e, LATER_DAY) for e in events) and not all(_ended(e, LATER_DAY) for e in events):
            break
    else:
        pytest.fail(f"no calendar page has dates both before and after {LATER_DAY}: pick another day")
    path = file.parent.relative_to(example_site).as_posix() + "/"
    context = _new_context(browser, 1280, now=LATER_DAY)
    try:
        page = context.new_page()
        page.goto(example_url + path)
        expected = [not _ended(e, LATER_DAY) for e in _state(page)]
        state = _wait_state(page, lambda s: [i["visible"] for i in s] == expected)
        wrong = [i for i, want in zip(state, expected, strict=True) if i["visible"] != want]
        assert not wrong, f"/{path} with the clock on {LATER_DAY}: wrong visibility for {wrong}"
    finally:
        context.close()


def test_activity_pages_have_event_jsonld(example_site: Path) -> None:
    pages = sorted(example_site.glob("activiteiten/*/index.html"))
    assert pages, "the example site has no activity pages"
    problems: list[str] = []
    for file in pages:
        where = file.relative_to(example_site).as_posix()
        if 'http-equiv="refresh"' in file.read_text("utf-8"):
            continue  # a former id's redirect page (tests/site/test_former.py)
        blocks = _parse(file).jsonld
        if len(blocks) != 1:
            problems.append(f"{where}: {len(blocks)} JSON-LD blocks")
            continue
        try:
            data = json.loads(blocks[0])
        except json.JSONDecodeError as error:
            problems.append(f"{where}: JSON-LD does not parse: {error}")
            continue
        if not data.get("name"):
            problems.append(f"{where}: no name")
        try:
            # A time has its offset; a whole day is a date only (schema.org Date), both ends alike.
            whole_day = len(data["startDate"]) == len("2027-04-21")
            if whole_day != (len(data["endDate"]) == len("2027-04-21")):
                problems.append(f"{where}: startDate {data['startDate']} and endDate {data['endDate']} differ in kind")
            elif not whole_day and datetime.fromisoformat(data["startDate"]).utcoffset() is None:
                problems.append(f"{where}: startDate {data['startDate']} has no UTC offset")
        except (KeyError, TypeError, ValueError) as error:
            problems.append(f"{where}: startDate missing or invalid ({error!r})")
        location = data.get("location")
        address = location.get("address") if isinstance(location, dict) else None
        if not isinstance(address, dict) or address.get("@type") != "PostalAddress":
            problems.append(f"{where}: location.address is not a PostalAddress: {location!r}")
            continue
        for field in ("streetAddress", "postalCode", "addressLocality"):
            if not address.get(field):
                problems.append(f"{where}: location.address.{field} is missing")
    assert not problems, "\n".join(problems)
