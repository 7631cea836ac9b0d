"""Whole days, runs of days and weekends through the nights, read back as calendar apps read them.

Two readers: icalendar parses the feed; `ical` (a second, independent parser with its own
timeline of RRULE, EXDATE and RECURRENCE-ID) lists the events a phone would show in a window.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

import pytest
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar

from testkit.sitebuild import ROOT
from zondermuren.feeds import ical, jsonld
from zondermuren.model import building, schedule
from zondermuren.model.huis import BRUSSELS

TODAY = dt.date(2026, 11, 23)  # the example's demo anchor: its dates stand as written
SITE = "https://huis.example.org/"


@pytest.fixture(scope="module")
def huis():
    loaded, _ = building.load(ROOT, TODAY)
    return loaded


@pytest.fixture(scope="module")
def feeds(huis):
    return ical.all_feeds(huis, SITE)


def feed(feeds, activity_id: str) -> Calendar:
    return Calendar.from_ical(feeds[f"feeds/activiteit-{activity_id}.ics"])


@dataclass(frozen=True)
class Shown:
    """One event as the second reader's timeline lists it."""

    start: dt.date  # a DATE, or a date-time in Brussels
    end: dt.date
    status: str


def shown(data: bytes, first: dt.date, last: dt.date) -> list[Shown]:
    """What a calendar app shows from `first` to `last` (inclusive), as the second reader expands it."""
    calendar = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    timeline = calendar.timeline_tz(BRUSSELS)
    return [
        Shown(event.dtstart, event.dtend, event.status.value if event.status else "")
        for event in timeline.overlapping(first, last + dt.timedelta(days=1))
    ]


def raw(feeds, activity_id: str) -> bytes:
    return feeds[f"feeds/activiteit-{activity_id}.ics"]


def test_an_all_day_activity_is_one_date_valued_day(feeds):
    cal = feed(feeds, "buitenspeeldag-heidegem")
    (event,) = cal.walk("VEVENT")
    assert "VALUE=DATE" in event.to_ical().decode().split("DTSTART")[1].split(":")[0]
    assert event.decoded("dtstart") == dt.date(2027, 4, 21)
    assert event.decoded("dtend") == dt.date(2027, 4, 22)  # exclusive: the next day
    days = shown(raw(feeds, "buitenspeeldag-heidegem"), dt.date(2027, 4, 1), dt.date(2027, 4, 30))
    assert days == [Shown(dt.date(2027, 4, 21), dt.date(2027, 4, 22), "CONFIRMED")]


def test_a_run_of_whole_days_with_one_cancelled_day_expands_to_exactly_its_days(feeds):
    cal = feed(feeds, "jeugdboekenweek-tentoonstelling")
    master = next(e for e in cal.walk("VEVENT") if "recurrence-id" not in e)
    assert master["rrule"].to_ical().decode() == "FREQ=DAILY;UNTIL=20270314"
    days = shown(raw(feeds, "jeugdboekenweek-tentoonstelling"), dt.date(2027, 3, 1), dt.date(2027, 3, 31))
    expected = [dt.date(2027, 3, 6) + dt.timedelta(days=n) for n in range(9)]
    assert days == [
        Shown(day, day + dt.timedelta(days=1), "CANCELLED" if day == dt.date(2027, 3, 9) else "CONFIRMED")
        for day in expected
    ]
    assert not any(isinstance(e.start, dt.datetime) for e in days)


def test_a_camp_is_one_event_whose_days_are_all_covered_with_their_hours(feeds):
    cal = feed(feeds, "zomertaalkamp")
    events = cal.walk("VEVENT")
    assert len({e["uid"] for e in events}) == 1
    master = next(e for e in events if "recurrence-id" not in e)
    assert master["rrule"].to_ical().decode().startswith("FREQ=DAILY;UNTIL=20270709T")
    days = shown(raw(feeds, "zomertaalkamp"), dt.date(2027, 7, 1), dt.date(2027, 7, 31))
    found = [(e.start, e.end) for e in days]

    def at(day: int, start: int, end: int) -> tuple[dt.datetime, dt.datetime]:
        return dt.datetime(2027, 7, day, start, tzinfo=BRUSSELS), dt.datetime(2027, 7, day, end, tzinfo=BRUSSELS)

    # Thursday's day moved to Saturday, 9:00 to 15:00 (per_datum: verplaatst).
    assert [(s.isoformat(), e.isoformat()) for s, e in found] == [
        (s.isoformat(), e.isoformat())
        for s, e in [at(5, 9, 16), at(6, 9, 16), at(7, 9, 16), at(9, 9, 16), at(10, 9, 15)]
    ]


def test_a_weekend_through_the_nights_is_one_block(feeds):
    cal = feed(feeds, "weekend-aanstaande-ouders")
    (event,) = cal.walk("VEVENT")
    assert "rrule" not in event
    assert event.decoded("dtstart") == dt.datetime(2027, 6, 4, 18, tzinfo=BRUSSELS)
    assert event.decoded("dtend") == dt.datetime(2027, 6, 6, 14, tzinfo=BRUSSELS)
    assert shown(raw(feeds, "weekend-aanstaande-ouders"), dt.date(2027, 6, 1), dt.date(2027, 6, 30)) == [
        Shown(dt.datetime(2027, 6, 4, 18, tzinfo=BRUSSELS), dt.datetime(2027, 6, 6, 14, tzinfo=BRUSSELS), "CONFIRMED")
    ]


def test_local_times_stay_put_across_the_daylight_saving_changes(feeds):
    """The Friday teen night is at 19:00 in Brussels in winter and in summer (27 March 2027)."""
    nights = shown(raw(feeds, "tienerwerking-de-loods"), dt.date(2026, 11, 23), dt.date(2027, 11, 12))
    assert len(nights) > 40
    starts = [e.start for e in nights if isinstance(e.start, dt.datetime)]
    assert len(starts) == len(nights)
    assert {start.astimezone(BRUSSELS).strftime("%H:%M") for start in starts} == {"19:00"}
    offsets = {start.astimezone(BRUSSELS).utcoffset() for start in starts}
    assert offsets == {dt.timedelta(hours=1), dt.timedelta(hours=2)}  # both sides of the change


def test_the_second_reader_sees_every_date_the_pages_list(huis, feeds):
    """Per activity: the days the second reader expands are the days the calendar pages list."""
    for activity in huis.activities:
        dates = schedule.occurrences(activity)
        if dates[-1].date < TODAY - dt.timedelta(days=ical.KEEP_PAST_DAYS):
            continue
        listed = {(o.date, o.status == "afgelast") for o in dates if o.status != "verplaatst"}
        seen = set()
        for event in shown(raw(feeds, activity.id), dates[0].date, dates[-1].date):
            day = event.start.astimezone(BRUSSELS).date() if isinstance(event.start, dt.datetime) else event.start
            end = event.end
            last = (end.astimezone(BRUSSELS) - dt.timedelta(seconds=1)).date() if isinstance(end, dt.datetime) else (
                end - dt.timedelta(days=1))  # fmt: skip
            if activity.overnight:
                assert (day, last) == (activity.date, activity.last_date)
                seen |= {(o.date, o.status == "afgelast") for o in dates}
                continue
            assert last == day, activity.id  # one block per day, never through the night
            seen.add((day, event.status == "CANCELLED"))
        assert seen == listed, activity.id


def test_json_ld_gives_whole_days_as_dates_and_a_run_from_first_to_last_day(huis):
    by_id = {a.id: a for a in huis.activities}
    url = "https://huis.example.org/x/"

    def event(activity_id: str) -> dict:
        activity = by_id[activity_id]
        return jsonld.event(activity, schedule.occurrences(activity), "nl", url)

    day = event("buitenspeeldag-heidegem")
    assert (day["startDate"], day["endDate"]) == ("2027-04-21", "2027-04-21")
    run = event("jeugdboekenweek-tentoonstelling")
    assert (run["startDate"], run["endDate"]) == ("2027-03-06", "2027-03-14")
    camp = event("zomertaalkamp")
    assert (camp["startDate"], camp["endDate"]) == ("2027-07-05T09:00:00+02:00", "2027-07-09T16:00:00+02:00")
    weekend = event("weekend-aanstaande-ouders")
    assert (weekend["startDate"], weekend["endDate"]) == ("2027-06-04T18:00:00+02:00", "2027-06-06T14:00:00+02:00")
    json.dumps([day, run, camp, weekend])  # serialisable as the page writes it


def test_every_event_has_sequence_and_last_modified(feeds):
    for name, data in feeds.items():
        for event in Calendar.from_ical(data).walk("VEVENT"):
            assert isinstance(event.decoded("sequence"), int), name
            assert event.decoded("last-modified") == event.decoded("dtstamp"), name
    text = feeds["feeds/huis.ics"].decode()
    assert not re.search(r"DTSTART;TZID=Europe/Brussels:\d{8}T000000\r\nDTEND;TZID=Europe/Brussels:\d{8}T235900", text)
