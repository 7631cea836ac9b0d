"""Finding clashes (the rules are in `model.clashes`): an index, so the cost follows what clashes.

The dates that take place are put in buckets by date, municipality and age band; only dates in
one bucket can clash, and within a bucket one sweep in time order compares a date only with the
dates still running when it starts. Whether two activities compete (an age band in common, no
organiser in common) is decided once per pair of activities, not once per date.

What is kept is bounded by what is reported, not by the number of clashing dates: 300 partners
with a weekly activity at the same hour are 44,850 pairs meeting on 26 Wednesdays (1.2 million
clashing dates). Per pair: its dates and how often they meet; per month: how many clashes and
the first `MONTH_SHOWN`; per date: with how many others it clashes and the first `AGAINST_SHOWN`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from operator import attrgetter
from typing import Generic, TypeVar

from zondermuren.model import months
from zondermuren.model.huis import Activity, Huis, Municipality
from zondermuren.model.schedule import Occurrence, all_occurrences

HORIZON_MONTHS = 6  # the current month and the five after it
NOT_HAPPENING = {"afgelast", "verplaatst"}  # a moved date's original; its new date is its own occurrence
MONTH_SHOWN = 25  # clashing dates listed per month (botsingen, /planning/); the rest as "en N meer"
AGAINST_SHOWN = 3  # activities a date names as "Botsing met" in the month grid; the rest as "en N meer"
DAY = 24 * 60
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Meeting:
    """One date on which two activities overlap."""

    first: Occurrence
    second: Occurrence

    @property
    def date(self) -> dt.date:
        return min(self.first.date, self.second.date)


@dataclass(frozen=True)
class Clash:
    """A pair of activities that overlap on one or more dates, in source order (first, second)."""

    first: Activity
    second: Activity
    bands: tuple[str, ...]
    municipality: Municipality
    dates: tuple[dt.date, ...]  # every date both happen at overlapping times, in order
    meetings: int  # clashing dates: more than len(dates) when one activity happens twice on a date


@dataclass(frozen=True)
class Shown(Generic[T]):
    """`count` clashes, of which `shown` are named; a template writes the rest as "en N meer"."""

    count: int
    shown: tuple[T, ...] = ()

    @property
    def more(self) -> int:
        return self.count - len(self.shown)


@dataclass(frozen=True)
class Survey:
    """The clashes in [start, end), and what the coordinator's lists show of them."""

    start: dt.date
    end: dt.date
    happening: tuple[Occurrence, ...]  # every date that takes place, of all activities, in date order
    clashes: tuple[Clash, ...]  # in source order of the first activity, then the second
    months: dict[tuple[int, int], Shown[tuple[Meeting, Clash]]]  # in date and time order
    others: dict[int, Shown[Occurrence]]  # by id() of an occurrence in `happening`: the dates it meets

    @property
    def total(self) -> int:
        return sum(clash.meetings for clash in self.clashes)

    def in_month(self, year: int, month: int) -> Shown[tuple[Meeting, Clash]]:
        return self.months.get((year, month), Shown(0))

    def against(self, occurrence: Occurrence) -> Shown[Occurrence]:
        return self.others.get(id(occurrence), Shown(0))


def horizon(today: dt.date) -> tuple[dt.date, dt.date]:
    """[today, end): from today to the first day after the last month that counts."""
    year, month = months.following(today.year, today.month, HORIZON_MONTHS + 1)[-1]
    return today, dt.date(year, month, 1)


def can_clash(activity: Activity) -> bool:
    return activity.kind != "online" and bool(activity.offer.audience.bands())


def source_order(activity: Activity) -> tuple[str, int, str]:
    return (activity.source, activity.line, activity.id)


def _minutes(time: str, default: int) -> int:
    """ "HH:MM" as minutes of the day; "" is the start or the end of the day. A date never runs past
    its own day (an overnight activity has a date per day), so minutes compare like the times."""
    if not time:
        return default
    hours, minutes = time.split(":")
    return int(hours) * 60 + int(minutes)


class _Date:
    """A date in the sweep, shared by the buckets of its age bands, with the clashes it is in."""

    __slots__ = ("start", "end", "index", "occurrence", "count", "shown")

    def __init__(self, occurrence: Occurrence, index: int) -> None:
        self.start = _minutes(occurrence.start, 0)
        self.end = _minutes(occurrence.end, DAY)
        self.index = index  # of its activity, in source order
        self.occurrence = occurrence
        self.count = 0
        self.shown: list[Occurrence] = []


_Meeting = tuple[int, int, int, _Date, _Date]  # sort key (start, first, second) and the two dates


class _Pair:
    """Two activities: `band` is the bucket that counts their meetings (the first age band they share),
    None when they do not compete (no band in common, or an organiser in common)."""

    __slots__ = ("band", "bands", "dates", "meetings")

    def __init__(self, bands: tuple[str, ...], competing: bool) -> None:
        self.band = bands[0] if competing and bands else None
        self.bands = bands
        self.dates: list[dt.date] = []
        self.meetings = 0


def survey(huis: Huis, start: dt.date | None = None, end: dt.date | None = None) -> Survey:
    """Every clash with a date in [start, end) (default: `horizon`), and the bounded lists of them."""
    if start is None or end is None:
        start, end = horizon(huis.today)
    happening = tuple(
        o for o in all_occurrences(huis.activities) if start <= o.date < end and o.status not in NOT_HAPPENING
    )
    candidates = sorted((a for a in huis.activities if can_clash(a)), key=source_order)
    rank = {id(activity): index for index, activity in enumerate(candidates)}
    audiences = [activity.offer.audience.bands() for activity in candidates]
    organisers = [frozenset(p.slug for p in activity.organisers) for activity in candidates]
    ages = {band: index for index, band in enumerate(huis.vocab.keys("leeftijden"))}  # youngest first
    buckets: dict[tuple[dt.date, str, str], list[_Date]] = {}
    dates: list[_Date] = []
    for occurrence in happening:
        index = rank.get(id(occurrence.activity))
        if index is None:
            continue
        dates.append(record := _Date(occurrence, index))
        place = occurrence.activity.place.address.municipality.id
        for band in audiences[index]:
            buckets.setdefault((occurrence.date, place, band), []).append(record)

    size = len(candidates)
    pairs: dict[int, _Pair] = {}
    month_counts: dict[tuple[int, int], int] = {}
    month_shown: dict[tuple[int, int], list[_Meeting]] = {}
    today: list[_Meeting] = []  # the current date's meetings, while its month has room
    current: dt.date | None = None
    by_time = attrgetter("start", "end", "index")
    for day, place, band in sorted(buckets):
        if day != current:
            _keep(month_shown, current, today)
            current, today = day, []
        month = (day.year, day.month)
        collecting = len(month_shown.setdefault(month, [])) < MONTH_SHOWN
        found = 0
        running: list[_Date] = []
        for record in sorted(buckets[day, place, band], key=by_time):
            running = [other for other in running if other.end > record.start]
            for other in running:
                one, two = (other, record) if other.index < record.index else (record, other)
                if one.index == two.index:
                    continue  # one activity twice on a day
                key = one.index * size + two.index
                pair = pairs.get(key)
                if pair is None:
                    shared = audiences[one.index] & audiences[two.index]
                    competing = not organisers[one.index] & organisers[two.index]
                    pair = pairs[key] = _Pair(tuple(sorted(shared, key=lambda b: (ages.get(b, 99), b))), competing)
                if pair.band != band:
                    continue  # no clash, or counted in the bucket of their first shared band
                pair.meetings += 1
                if not pair.dates or pair.dates[-1] != day:
                    pair.dates.append(day)
                found += 1
                for this, that in ((one, two), (two, one)):
                    this.count += 1
                    if len(this.shown) < AGAINST_SHOWN:
                        this.shown.append(that.occurrence)
                if collecting:
                    today.append((one.start, one.index, two.index, one, two))
            running.append(record)
        month_counts[month] = month_counts.get(month, 0) + found
    _keep(month_shown, current, today)

    clashes = []
    by_key: dict[int, Clash] = {}
    for key in sorted(pairs):
        pair = pairs[key]
        if pair.band is None or not pair.meetings:
            continue
        first, second = candidates[key // size], candidates[key % size]
        municipality = first.place.address.municipality
        by_key[key] = Clash(first, second, pair.bands, municipality, tuple(pair.dates), pair.meetings)
        clashes.append(by_key[key])
    listed = {
        month: Shown(
            count,
            tuple(
                (Meeting(o.occurrence, t.occurrence), by_key[o.index * size + t.index])
                for *_, o, t in month_shown[month]
            ),
        )
        for month, count in sorted(month_counts.items())
        if count
    }
    others = {id(d.occurrence): Shown(d.count, tuple(d.shown)) for d in dates if d.count}
    return Survey(start, end, happening, tuple(clashes), listed, others)


def _keep(month_shown: dict[tuple[int, int], list[_Meeting]], day: dt.date | None, today: list[_Meeting]) -> None:
    """A date done: its meetings in time and source order, as many as its month still has room for."""
    if day is None or not today:
        return
    kept = month_shown[day.year, day.month]
    today.sort(key=lambda meeting: meeting[:3])
    kept.extend(today[: MONTH_SHOWN - len(kept)])


def find(huis: Huis, start: dt.date | None = None, end: dt.date | None = None) -> list[Clash]:
    """Every clash with a date in [start, end) (default: `horizon`), in source order of the first activity."""
    return list(survey(huis, start, end).clashes)
