"""A status or a change of date reaches families one way only: on the page, in every feed, in JSON-LD, in print.

Each test edits the minimal Huis the way a partner would (the edits of tests/support/corpus_calendar.py),
builds it in-process without print, and reads what families get: the activity page as the
templates wrote it, every iCalendar feed (parsed by icalendar, and expanded by `ical`, a second
reader with its own timeline), the JSON-LD block and the poster's text. Every feed of the minimal
Huis and of each calendar case the check accepts is walked event by event against RFC 5545.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
from pathlib import Path

import pytest
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar

from tests.sources.test_messages import FIXTURE, TODAY
from tests.support.corpus_cases import corpus_calendar  # through corpus_cases, which registers it first
from zondermuren import build
from zondermuren.feeds import ical
from zondermuren.model import building, schedule
from zondermuren.model.huis import BRUSSELS, Huis
from zondermuren.options import Options
from zondermuren.printing import registry
from zondermuren.problems import Level
from zondermuren.site import translations
from zondermuren.sources import reading

SITE = "https://huis.example.org/"
BABYSPEL = "babyspel@huis.example.org"
CASES = {case.id: case for case in corpus_calendar.CASES}
# Calendar cases the check accepts with a warning only; with the cases it accepts without a word
# they are built, so their feeds are walked (a case that turns into an error fails the build).
WARNINGS_ONLY = (
    "excluded-and-moved",
    "excluded-and-cancelled",
    "every-date-excluded-but-one-moved",
    "reason-without-status",
)
ACCEPTED = [
    case.id for case in corpus_calendar.CASES if not corpus_calendar.EXPECTED[case.id] or case.id in WARNINGS_ONLY
]


def _copy(tmp_path: Path, case_id: str | None) -> Path:
    root = tmp_path / "huis"
    shutil.copytree(FIXTURE, root)
    for edit in CASES[case_id].edits if case_id else ():
        edit(root)
    return root


def built(tmp_path: Path, case_id: str | None) -> tuple[Path, build.Prepared]:
    root = _copy(tmp_path, case_id)
    return root, build.prepare(root, root / "content", Options(TODAY, SITE, with_print=False))


def dates_on_page(root: Path, activity_id: str, language: str = "") -> list[str]:
    """The text of each date the activity page lists, as a reader sees it (tags stripped)."""
    suffix = f".{language}" if language else ""
    page = (root / "content" / "activiteiten" / f"{activity_id}{suffix}.md").read_text("utf-8")
    (listing,) = re.findall(r'<ul class="zm-dates">(.*?)</ul>', page, re.S)
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", li)).split()) for li in re.findall(r"<li.*?</li>", listing)]


def json_ld(root: Path, activity_id: str) -> dict:
    page = (root / "content" / "activiteiten" / f"{activity_id}.md").read_text("utf-8")
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return json.loads(block)


def feeds(prepared: build.Prepared) -> dict[str, bytes]:
    return {path: data for path, data in prepared.files.items() if path.endswith(".ics") and isinstance(data, bytes)}


def events_of(data: bytes, uid: str) -> list:
    return [e for e in Calendar.from_ical(data).walk("VEVENT") if str(e["uid"]) == uid]


def shown(data: bytes, first: dt.date, last: dt.date, uid: str = BABYSPEL) -> list[tuple[dt.date | dt.datetime, str]]:
    """What a calendar app shows of one event from `first` to `last`, as the second reader expands the feed."""
    calendar = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    timeline = calendar.timeline_tz(BRUSSELS)
    return [
        (event.dtstart, event.status.value if event.status else "")
        for event in timeline.overlapping(first, last + dt.timedelta(days=1))
        if event.uid == uid
    ]


def poster_dates(huis: Huis, activity_id: str) -> str:
    """The 'Wanneer' text of the activity's Dutch A4 poster (planned, not drawn)."""
    poster = next(
        item
        for item in registry.plan(huis, SITE)
        if (item.kind, item.key, item.language, item.size) == ("affiche", activity_id, "nl", "a4")
    )
    return dict(poster.spec["facts"])["Wanneer"]


WEDNESDAYS = [dt.date.fromisoformat(day) for day in corpus_calendar.WEDNESDAYS if day != "2026-12-30"]


def test_a_series_cancelled_in_one_line_is_cancelled_on_every_date_everywhere(tmp_path: Path):
    root, prepared = built(tmp_path, "series-cancelled-as-a-whole")
    reason = "De zaal wordt verbouwd."
    page = dates_on_page(root, "babyspel")
    assert len(page) == len(WEDNESDAYS) == 9
    assert all(line.endswith(f"Afgelast {reason}") for line in page), page
    assert all(line.endswith(f"Annulé {reason}") for line in dates_on_page(root, "babyspel", "fr"))
    holding = {path: data for path, data in feeds(prepared).items() if BABYSPEL.encode() in data}
    assert len(holding) == 15  # three languages: the Huis, Zuiddorp, both organisers, the activity itself
    for path, data in holding.items():
        (event,) = events_of(data, BABYSPEL)  # one event for the whole series, no override per date
        assert str(event["status"]) == "CANCELLED", path
        assert reason in str(event["description"]), path
        assert shown(data, WEDNESDAYS[0], WEDNESDAYS[-1]) == [
            (dt.datetime.combine(day, dt.time(9, 30), BRUSSELS), "CANCELLED") for day in WEDNESDAYS
        ], path
    assert str(events_of(holding["feeds/activiteit-babyspel.ics"], BABYSPEL)[0]["summary"]) == "Afgelast: Babyspel"
    assert str(events_of(holding["feeds/fr/activiteit-babyspel.ics"], BABYSPEL)[0]["summary"]) == "Annulé: Babyspel"
    assert json_ld(root, "babyspel")["eventStatus"] == "https://schema.org/EventCancelled"
    rhythm, *listed, more = poster_dates(prepared.huis, "babyspel").splitlines()
    assert listed == [f"woensdag {day} (Afgelast)" for day in ("25 november 2026", "2 december 2026",
        "9 december 2026", "16 december 2026", "23 december 2026", "6 januari 2027")]  # fmt: skip
    assert more == "En nog 3 andere data"
    # The coordinator's translation report names the one field to translate, not a copy per date.
    report = {gaps.language: gaps for gaps in translations.gaps(prepared.huis, root / "content", set())}
    assert report["fr"].activities["partners/bib-noorddorp/activiteiten.yml: babyspel"] == ["titel", "reden"]


def test_a_full_series_says_why_on_every_date_and_one_cancelled_date_differs(tmp_path: Path):
    root, prepared = built(tmp_path, "series-full-with-one-date-cancelled")
    page = dates_on_page(root, "babyspel")
    cancelled = [line for line in page if "13 januari" in line]
    assert cancelled == ["woensdag 13 januari 2027, 09:30–11:00 Afgelast"]
    assert all(line.endswith("Volzet Alle plaatsen zijn weg.") for line in page if line not in cancelled)
    data = prepared.files["feeds/activiteit-babyspel.ics"]
    assert isinstance(data, bytes)
    master, override = events_of(data, BABYSPEL)
    assert (str(master["summary"]), str(master["status"])) == ("Volzet: Babyspel", "CONFIRMED")
    assert str(master["description"]).startswith("Volzet: Alle plaatsen zijn weg.")
    assert override.decoded("recurrence-id") == dt.datetime(2027, 1, 13, 9, 30, tzinfo=BRUSSELS)
    assert (str(override["summary"]), str(override["status"])) == ("Afgelast: Babyspel", "CANCELLED")
    statuses = [status for _, status in shown(data, WEDNESDAYS[0], WEDNESDAYS[-1])]
    assert statuses == ["CANCELLED" if day == dt.date(2027, 1, 13) else "CONFIRMED" for day in WEDNESDAYS]
    assert json_ld(root, "babyspel")["eventStatus"] == "https://schema.org/EventScheduled"


def test_a_moved_session_of_a_full_series_is_full_on_its_new_date(tmp_path: Path):
    root, prepared = built(tmp_path, "series-full-with-one-date-moved")
    assert "vrijdag 15 januari 2027, 09:30–11:00 Volzet Verplaatst van woensdag 13 januari" in dates_on_page(
        root, "babyspel"
    )
    data = prepared.files["feeds/activiteit-babyspel.ics"]
    assert isinstance(data, bytes)
    master, moved = events_of(data, BABYSPEL)
    assert (str(master["summary"]), str(moved["summary"])) == ("Volzet: Babyspel", "Volzet: Babyspel")
    assert moved.decoded("dtstart") == dt.datetime(2027, 1, 15, 9, 30, tzinfo=BRUSSELS)


def test_a_date_excluded_and_moved_keeps_its_moved_session_and_reason(tmp_path: Path):
    root, prepared = built(tmp_path, "excluded-and-moved")
    page = dates_on_page(root, "babyspel")
    assert "woensdag 30 december 2026, 09:30–11:00 Verplaatst Verplaatst naar zaterdag 2 januari Kerstvakantie." in page
    assert "zaterdag 2 januari 2027, 10:00–11:30 Verplaatst van woensdag 30 december Kerstvakantie." in page
    data = prepared.files["feeds/activiteit-babyspel.ics"]
    assert isinstance(data, bytes)
    assert b"EXDATE" not in data
    moved = [e for e in events_of(data, BABYSPEL) if "recurrence-id" in e]
    assert [e.decoded("recurrence-id") for e in moved] == [dt.datetime(2026, 12, 30, 9, 30, tzinfo=BRUSSELS)]
    assert moved[0].decoded("dtstart") == dt.datetime(2027, 1, 2, 10, tzinfo=BRUSSELS)
    assert str(moved[0]["description"]).startswith("Verplaatst van woensdag 30 december: Kerstvakantie.")
    starts = [start for start, _ in shown(data, dt.date(2026, 12, 28), dt.date(2027, 1, 3))]
    assert starts == [dt.datetime(2027, 1, 2, 10, tzinfo=BRUSSELS)]


def test_a_cancelled_camp_says_afgelast_on_every_day_never_volzet(tmp_path: Path):
    root, prepared = built(tmp_path, "camp-cancelled")
    page = dates_on_page(root, "voorleesuur")
    assert [line.split(" ")[1] for line in page] == ["5", "6", "7"]
    assert all("Afgelast Te weinig inschrijvingen." in line and "Volzet" not in line for line in page), page
    for path, data in feeds(prepared).items():
        for event in events_of(data, "voorleesuur@huis.example.org"):
            assert str(event["status"]) == "CANCELLED", path
    when = poster_dates(prepared.huis, "voorleesuur")
    assert when.count("(Afgelast)") == 3 and "Volzet" not in when


def test_under_a_cancelled_camp_a_full_day_is_refused_and_the_model_keeps_it_cancelled(tmp_path: Path):
    """Where the label is chosen (model.building): a cancelled whole wins over a day's own status,
    so even the sources the check refuses never show one day of a cancelled camp as full."""
    sources = reading.check(_copy(tmp_path, "camp-cancelled-with-a-full-day"), TODAY)
    assert [p.field for p in sources.problems if p.level is Level.ERROR] == [
        "activiteiten[1].per_datum.2026-12-06.status"
    ]
    huis = building.build(sources, TODAY)
    camp = next(a for a in huis.activities if a.id == "voorleesuur")
    assert [o.status for o in schedule.occurrences(camp)] == ["afgelast"] * 3


def test_a_whole_day_moved_to_some_hours_is_those_hours_everywhere(tmp_path: Path):
    root, prepared = built(tmp_path, "whole-day-moved-with-both-hours")
    assert dates_on_page(root, "voorleesuur") == [
        "zaterdag 5 december 2026, hele dag Verplaatst Verplaatst naar zaterdag 12 december",
        "zaterdag 12 december 2026, 10:00–16:00 Verplaatst van zaterdag 5 december",
    ]
    data = prepared.files["feeds/activiteit-voorleesuur.ics"]
    assert isinstance(data, bytes)
    (event,) = events_of(data, "voorleesuur@huis.example.org")
    moments = (event.decoded("dtstart"), event.decoded("dtend"))
    assert moments == (dt.datetime(2026, 12, 12, 10, tzinfo=BRUSSELS), dt.datetime(2026, 12, 12, 16, tzinfo=BRUSSELS))
    assert str(event["description"]).startswith("Verplaatst van zaterdag 5 december")
    found = json_ld(root, "voorleesuur")
    assert (found["startDate"], found["endDate"]) == ("2026-12-12T10:00:00+01:00", "2026-12-12T16:00:00+01:00")
    assert (found["eventStatus"], found["previousStartDate"]) == ("https://schema.org/EventRescheduled", "2026-12-05")


# -- RFC 5545: every event of every feed -----------------------------------------------------------


def _kind(value: object) -> str:
    return "date-time" if isinstance(value, dt.datetime) else "date"


def assert_valid_rfc5545(path: str, data: bytes) -> int:
    """Every VEVENT: UID and DTSTAMP, DTSTART and DTEND of one value type with DTEND later, and
    the RECURRENCE-IDs, EXDATEs and RRULE UNTIL of a series in the value type of its DTSTART.
    Read back by both icalendar and `ical` (which refuses mixed types on its own). Returns the count."""
    events = Calendar.from_ical(data).walk("VEVENT")
    masters = {str(e["uid"]): e for e in events if "recurrence-id" not in e}
    for event in events:
        where = f"{path} {event.get('uid')} {event.get('recurrence-id') and event.decoded('recurrence-id')}"
        assert event.get("uid") and event.get("dtstamp"), where
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert _kind(start) == _kind(end), where
        assert end > start, where
        master_start = masters[str(event["uid"])].decoded("dtstart")
        if "recurrence-id" in event:
            assert _kind(event.decoded("recurrence-id")) == _kind(master_start), where
        exdates = event.get("exdate", [])
        for group in exdates if isinstance(exdates, list) else [exdates]:
            assert {_kind(d.dt) for d in group.dts} == {_kind(start)}, where
        if "rrule" in event:
            (until,) = event["rrule"]["UNTIL"]
            assert _kind(until) == _kind(start), where
            assert isinstance(until, dt.date) and (
                not isinstance(until, dt.datetime) or until.utcoffset() == dt.timedelta()
            ), where
    calendar = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    for event in calendar.timeline_tz(BRUSSELS).overlapping(dt.date(2026, 1, 1), dt.date(2028, 1, 1)):
        assert _kind(event.dtstart) == _kind(event.dtend) and event.dtend > event.dtstart, path
    return len(events)


@pytest.mark.parametrize("case_id", [None, *ACCEPTED], ids=lambda case_id: case_id or "minimal")
def test_every_event_of_every_feed_is_valid_rfc5545(case_id: str | None, tmp_path: Path):
    _, prepared = built(tmp_path, case_id)
    found = feeds(prepared)
    assert len(found) == 21  # three languages: the Huis, two municipalities, two partners, two activities
    assert sum(assert_valid_rfc5545(path, data) for path, data in found.items()) > 0


def test_the_feeds_stay_valid_even_for_a_whole_day_moved_with_only_a_start_hour(tmp_path: Path):
    """The check refuses it (tests/support/corpus_calendar.py); built anyway, the feed writer still gives one
    value type: the page's 'vanaf 10:00' is 10:00 to the end of that day, never a DATE end."""
    sources = reading.check(_copy(tmp_path, "whole-day-moved-with-a-start-hour"), TODAY)
    assert [p.field for p in sources.problems] == ["activiteiten[1].verplaatst_naar.van"]
    written = ical.all_feeds(building.build(sources, TODAY), SITE)
    assert sum(assert_valid_rfc5545(path, data) for path, data in written.items()) > 0
    (event,) = events_of(written["feeds/activiteit-voorleesuur.ics"], "voorleesuur@huis.example.org")
    assert event.decoded("dtstart") == dt.datetime(2026, 12, 12, 10, tzinfo=BRUSSELS)
    assert event.decoded("dtend") == dt.datetime(2026, 12, 13, tzinfo=BRUSSELS)
