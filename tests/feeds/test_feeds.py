"""iCalendar feeds, parsed back with icalendar and expanded with dateutil as a calendar app would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from testkit.sitebuild import ROOT
from zondermuren.feeds import ical
from zondermuren.model import building, schedule
from zondermuren.model.huis import BRUSSELS

TODAY = dt.date(2026, 11, 22)
SITE = "https://huis.example.org/"


@pytest.fixture(scope="module")
def huis():
    loaded, _ = building.load(ROOT, TODAY)
    return loaded


@pytest.fixture(scope="module")
def all_feeds(huis):
    return ical.all_feeds(huis, SITE)


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def expand(event) -> list[dt.datetime]:
    """The dates of a VEVENT as a calendar app computes them: RRULE from DTSTART, minus EXDATE."""
    start = event.decoded("dtstart")
    if "rrule" not in event:
        return [start]
    rule = rrulestr(event["rrule"].to_ical().decode(), dtstart=start)
    excluded = set()
    exdates = event.get("exdate", [])
    for group in exdates if isinstance(exdates, list) else [exdates]:
        excluded |= {d.dt for d in group.dts}
    return [moment for moment in rule if moment not in excluded]


def test_every_feed_parses_and_every_event_is_complete(all_feeds):
    assert "feeds/huis.ics" in all_feeds and "feeds/fr/huis.ics" in all_feeds
    assert any(name.startswith("feeds/gemeente-") for name in all_feeds)
    assert any(name.startswith("feeds/partner-") for name in all_feeds)
    for name, data in all_feeds.items():
        cal = parse(data)
        assert cal["version"] == "2.0", name
        events = cal.walk("VEVENT")
        assert events, f"{name} has no events"
        assert [tz["tzid"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Brussels"], name
        for event in events:
            for prop in ("uid", "dtstamp", "dtstart", "summary"):
                assert prop in event, f"{name}: {prop} missing in {event.get('uid')}"
            start = event.decoded("dtstart")
            if isinstance(start, dt.datetime):  # a time of day is local time in Brussels
                assert event["dtstart"].params["TZID"] == "Europe/Brussels", name
                assert start.tzinfo is not None
            else:  # a whole day is a DATE, with the next day as its (exclusive) end
                assert event["dtstart"].params["VALUE"] == "DATE", name
                assert isinstance(event.decoded("dtend"), dt.date) and event.decoded("dtend") > start, name


def test_weekly_series_keeps_local_time_across_daylight_saving(huis, all_feeds):
    cal = parse(all_feeds["feeds/huis.ics"])
    crossing = 0
    for event in cal.walk("VEVENT"):
        if "rrule" not in event or "recurrence-id" in event or not isinstance(event.decoded("dtstart"), dt.datetime):
            continue  # whole days have no time to keep (tests/feeds/test_calendar_shapes.py)
        moments = expand(event)
        activity = next(a for a in huis.activities if event["uid"].startswith(a.id + "@"))
        assert {m.astimezone(BRUSSELS).strftime("%H:%M") for m in moments} == {activity.start}, activity.id
        offsets = {m.astimezone(BRUSSELS).utcoffset() for m in moments}
        crossing += len(offsets) == 2
        # The feed yields exactly the dates the web calendar shows (cancelled ones included).
        web = {o.date for o in schedule.occurrences(activity) if not o.moved_from}
        assert {m.date() for m in moments} == web, activity.id
    assert crossing >= 3, "the example should have series on both sides of a daylight-saving change"


def test_babymassage_dates_exceptions_and_cancellation(all_feeds):
    cal = parse(all_feeds["feeds/partner-consultatiebureau-beekdonk.ics"])
    events = [e for e in cal.walk("VEVENT") if str(e["uid"]).startswith("babymassage-beekdonk@")]
    master = next(e for e in events if "recurrence-id" not in e)
    moments = expand(master)
    days = {m.date() for m in moments}
    assert dt.date(2026, 11, 25) in days and dt.date(2027, 3, 31) in days
    assert dt.date(2026, 12, 30) not in days  # `behalve`: the series does not happen that day
    assert moments[-1].utcoffset() == dt.timedelta(hours=2)  # after the change to summer time
    assert moments[0].utcoffset() == dt.timedelta(hours=1)
    cancelled = [e for e in events if "recurrence-id" in e and e["status"] == "CANCELLED"]
    assert [e.decoded("recurrence-id") for e in cancelled] == [dt.datetime(2027, 1, 13, 10, 0, tzinfo=BRUSSELS)]
    full = [e for e in events if "recurrence-id" in e and str(e["summary"]).startswith("Volzet")]
    assert [e.decoded("recurrence-id").date() for e in full] == [dt.date(2027, 2, 10)]


def test_uids_are_stable_across_builds(huis):
    first = parse(ical.all_feeds(huis, SITE)["feeds/huis.ics"])
    again, _ = building.load(ROOT, TODAY)
    second = parse(ical.all_feeds(again, SITE)["feeds/huis.ics"])
    uids = sorted(str(e["uid"]) for e in first.walk("VEVENT"))
    assert uids == sorted(str(e["uid"]) for e in second.walk("VEVENT"))
    assert len({u for u in uids}) == len(huis.activities)  # one UID per activity, overrides share it
    # A later build (another "today") keeps every UID: they come from the activity ids.
    later, _ = building.load(ROOT, TODAY + dt.timedelta(days=3))
    third = parse(ical.all_feeds(later, SITE)["feeds/huis.ics"])
    assert set(uids) == {str(e["uid"]) for e in third.walk("VEVENT")}


def test_feeds_use_the_language_of_the_page(all_feeds):
    french = parse(all_feeds["feeds/fr/activiteit-babymassage-beekdonk.ics"]).walk("VEVENT")[0]
    arabic = parse(all_feeds["feeds/ar/activiteit-babymassage-beekdonk.ics"]).walk("VEVENT")[0]
    assert str(french["summary"]) == "Massage pour bébés"
    assert str(arabic["summary"]) == "تدليك الرضع"
    assert str(french["url"]) == SITE + "fr/activiteiten/babymassage-beekdonk/"


def test_built_site_publishes_the_feeds(example_site: Path):
    data = (example_site / "feeds" / "huis.ics").read_bytes()
    assert parse(data).walk("VEVENT")
    assert (example_site / "feeds" / "ar" / "huis.ics").is_file()
