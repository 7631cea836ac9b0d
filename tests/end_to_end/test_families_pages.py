"""Families' pages for families (issue 24), on the shared example build, at 375 px in Chromium:
the calendar opens on the coming days' activities, counts say "1 activiteit" / "N activiteiten",
a partner page has no print-shop words and one line to its print page, a series' other dates
unfold on its page, the feeds page tells each phone what to tap and folds the long lists, and the
Huis's name in the header is whole (nl, ar). What a phone does with the subscribe links cannot be
tested here: their shape is.

The site is built for 2026-11-22 (sitebuild.TODAY); the browser's clock is fixed on that morning so
the script that hides passed dates leaves the lists as built.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page

from testkit import sitebuild
from tests.support.browsing import axe_violations
from zondermuren.model import building, schedule

PARTNER = "bibliotheek-lindevelde"
SERIES = "babycafe-heidegem"  # a weekly series with more coming dates than its page lists at first
PRINT_SHOP_WORDS = ["afloop", "snijtekens", "gespiegeld", "drukkerij", "kantoor", "PDF", "A4", "A3"]
PREFIX = {"nl": "", "ar": "ar/"}


@pytest.fixture(scope="module")
def phone(browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport={"width": 375, "height": 800}, locale="nl-BE")
    context.clock.set_fixed_time("2026-11-22T09:00:00+01:00")
    yield context
    context.close()


@pytest.fixture(scope="module")
def page(phone: BrowserContext) -> Page:
    """One tab that each test navigates (a new tab costs Chromium three times a navigation); the
    tests only go to pages and read them."""
    return phone.new_page()


@pytest.fixture(scope="module")
def huis(example_site: Path):
    return building.load(example_site.parent / "project", sitebuild.DAY)[0]


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_calendar_lists_the_coming_days_activities_first(page: Page, example_url: str, language: str) -> None:
    page.goto(example_url + PREFIX[language] + "kalender/")
    events = page.locator(".zm-kalender section.zm-day ul.zm-events > li")
    assert events.count() >= 5
    assert events.first.is_visible()
    # The dates come before the months, which stay as navigation below them.
    first_event = events.first.bounding_box()
    months = page.locator("#maanden").bounding_box()
    assert first_event and months and first_event["y"] < months["y"]
    assert page.locator(".zm-kalender ul.zm-tiles a.zm-tile").count() >= 6
    days = [
        dt.date.fromisoformat(d) for d in page.locator("section.zm-day").evaluate_all("s => s.map(x => x.dataset.day)")
    ]
    assert days == sorted(days) and days[0] >= sitebuild.DAY and days[-1] < sitebuild.DAY + dt.timedelta(days=14)
    # At 375 px nothing sticks out sideways.
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    assert axe_violations(page) == []


def test_counts_say_activiteit_and_activiteiten(example_site: Path, huis) -> None:
    upcoming = schedule.upcoming(schedule.all_occurrences(huis.activities), huis.today)
    months = schedule.by_month(upcoming)
    calendar = (example_site / "kalender/index.html").read_text("utf-8")
    tiles = re.findall(r"<strong>[^<]*</strong><span>([^<]*)</span></a>", calendar)
    assert tiles == [f"{len(months[key])} activiteit{'en' if len(months[key]) != 1 else ''}" for key in sorted(months)]
    # The tiles count activities, never "resultaten" (the search's own words, in its settings, may).
    assert "resultaten" not in calendar[calendar.index("<article") : calendar.index("</article>")]
    # The week tiles of busy months: one of them holds a single date.
    found = "\n".join(p.read_text("utf-8") for p in (example_site / "kalender").glob("*/index.html"))
    assert "<span>1 activiteit</span>" in found
    assert re.search(r"<span>\d+ activiteiten</span>", found)
    assert not re.search(r'class="zm-tile"[^>]*>.*?resultaten', found)
    arabic = (example_site / "ar/kalender/index.html").read_text("utf-8")
    assert re.search(r"<span>\d+ (نشاطًا|نشاط|أنشطة)</span>", arabic)
    french = "\n".join(p.read_text("utf-8") for p in (example_site / "fr/kalender").glob("*/index.html"))
    assert "<span>1 activité</span>" in french and re.search(r"<span>\d+ activités</span>", french)


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_partner_page_is_for_families_and_links_its_print_page(page: Page, example_url: str, language: str) -> None:
    page.goto(example_url + PREFIX[language] + f"partners/{PARTNER}/")
    text = page.locator(".md-content").inner_text()
    assert [word for word in PRINT_SHOP_WORDS if word in text] == []
    assert page.locator(".md-content a[href$='.pdf']").count() == 0
    assert page.locator(".md-content .zm-prints").count() == 0
    line = page.locator(".md-content a[href$='drukwerk/" + PARTNER + "/']")
    assert line.count() == 1
    if language == "nl":
        assert line.inner_text() == "Affiches en stickers voor partners"
    assert axe_violations(page) == []
    line.click()
    page.wait_for_load_state()
    assert page.url == example_url + PREFIX[language] + f"drukwerk/{PARTNER}/"
    # The print choices that were on the partner page: stickers, plates and posters, office first.
    assert page.locator(".zm-prints a[href$='.pdf']").count() >= 8
    assert page.locator(f".md-content a[href$='partners/{PARTNER}/']").count() >= 1  # and back
    assert axe_violations(page) == []


def test_activity_pages_keep_one_poster_link(example_site: Path) -> None:
    html = (example_site / "activiteiten/voorleesuurtje-lindevelde/index.html").read_text("utf-8")
    assert len(re.findall(r'href="[^"]+\.pdf"', html)) == 1


def test_more_dates_open_a_list_of_every_coming_date(page: Page, example_url: str, huis) -> None:
    activity = next(a for a in huis.activities if a.id == SERIES)
    coming = [o for o in schedule.occurrences(activity) if o.date >= huis.today]
    assert len(coming) > 12, "the example's series should have more dates than its page lists at first"
    page.goto(example_url + f"activiteiten/{SERIES}/")
    summary = page.locator("details.zm-more-dates > summary")
    assert summary.inner_text().strip() == f"En nog {len(coming) - 12} andere data"
    folded = page.locator("details.zm-more-dates li")
    assert not folded.first.is_visible()
    summary.click()
    assert folded.first.is_visible()
    items = page.locator("dd ul.zm-dates > li")
    statuses = items.evaluate_all("lis => lis.map(li => li.className)")
    assert statuses == [f"zm-event--{o.status}" for o in coming]
    ends = items.evaluate_all("lis => lis.map(li => li.dataset.end)")
    assert ends == [o.ends_at.isoformat() for o in coming]
    assert axe_violations(page) == []


def test_feeds_page_tells_each_phone_what_to_tap_and_folds_the_lists(
    page: Page, example_site: Path, example_url: str, huis
) -> None:
    html = (example_site / "agenda/index.html").read_text("utf-8")
    google = re.findall(r'href="(https://calendar\.google\.com/calendar/render\?cid=[^"]+)"', html)
    assert google
    for link in google:
        cid = urllib.parse.parse_qs(urllib.parse.urlsplit(link.replace("&amp;", "&")).query)["cid"][0]
        assert re.fullmatch(r"webcal://zondermuren\.test/feeds/[a-z0-9-]+\.ics", cid), cid
    assert re.search(r'href="webcal://zondermuren\.test/feeds/huis\.ics"', html)
    howto = html[html.index('id="hoe"') :].replace("&#39;", "'")
    assert "Android: tik op 'Google Agenda' en dan op 'Toevoegen'" in howto
    assert "iPhone en iPad: tik op 'Apple of Outlook'" in howto
    assert "op een computer" not in html
    for municipality in huis.municipalities.values():
        assert f'<details id="gemeente-{municipality.id}">' in html
    page.goto(example_url + "agenda/")
    folded = page.locator(".zm-feeds details")
    assert folded.count() >= len(huis.municipalities)
    assert folded.evaluate_all("ds => ds.filter(d => d.open).length") == 0
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height < 4000, height  # was 9,500 px with every list open
    assert axe_violations(page) == []
    first = next(iter(huis.municipalities.values()))
    page.goto(example_url + f"agenda/#gemeente-{first.id}")
    assert page.locator(f"#gemeente-{first.id}").evaluate("d => d.open")


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_the_huis_name_in_the_header_is_whole_at_375_px(page: Page, example_url: str, huis, language: str) -> None:
    page.goto(example_url + PREFIX[language] + "partners/")
    name = page.locator(".md-header__title .md-header__topic:first-child .md-ellipsis")
    assert name.inner_text().strip() == huis.name
    fits = name.evaluate(
        """el => ({scroll: el.scrollWidth, client: el.clientWidth, height: el.scrollHeight,
                   clientHeight: el.clientHeight, overflow: getComputedStyle(el).textOverflow,
                   bottom: el.getBoundingClientRect().bottom,
                   header: document.querySelector('.md-header').getBoundingClientRect().bottom})"""
    )
    assert fits["scroll"] <= fits["client"], fits
    assert fits["height"] <= fits["clientHeight"] + 1, fits
    assert fits["overflow"] != "ellipsis", fits
    assert fits["bottom"] <= fits["header"], fits  # wrapped, it still fits in the header bar
