"""Dates of activities as families see them: every occurrence with its status, moved dates included.

A series is expanded by its `recurrence.Rule`, the same rule the iCalendar feed publishes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from zondermuren.model.huis import BRUSSELS, Activity, Series, Text


def series_dates(series: Series) -> list[dt.date]:
    """Every date of the series, before exceptions (`behalve`) are taken out."""
    return series.dates()


@dataclass(frozen=True)
class Occurrence:
    """One date of an activity, as families see it in the calendar.

    `start`/`end` are "HH:MM" or "": "" start is from the start of the day, "" end until its
    end, so a whole day has both "". A day of a multi-day activity knows the whole `span`."""

    activity: Activity
    date: dt.date
    start: str
    end: str
    status: str = "gepland"  # gepland, afgelast, verplaatst, volzet
    reason: Text | None = None
    moved_to: dt.date | None = None
    moved_from: dt.date | None = None
    span: tuple[dt.date, dt.date] | None = None  # first and last day of a multi-day activity

    @property
    def all_day(self) -> bool:
        return not self.start and not self.end

    @property
    def starts_at(self) -> dt.datetime:
        return dt.datetime.combine(self.date, dt.time.fromisoformat(self.start or "00:00"), BRUSSELS)

    @property
    def ends_at(self) -> dt.datetime:
        if not self.end:
            return dt.datetime.combine(self.date + dt.timedelta(days=1), dt.time(), BRUSSELS)
        return dt.datetime.combine(self.date, dt.time.fromisoformat(self.end), BRUSSELS)

    @property
    def day_of_span(self) -> tuple[int, int] | None:
        """(n, of): this is day n of a multi-day activity of `of` days."""
        if self.span is None:
            return None
        return (self.date - self.span[0]).days + 1, (self.span[1] - self.span[0]).days + 1

    @property
    def key(self) -> str:
        """Stable per date of an activity, used in page anchors and iCalendar RECURRENCE-IDs."""
        return f"{self.activity.id}-{self.date.isoformat()}"


def hours_on(activity: Activity, day: dt.date) -> tuple[str, str]:
    """A day's hours: an overnight activity starts on its first day and ends on its last."""
    if not activity.overnight:
        return activity.start, activity.end
    assert activity.date is not None and activity.last_date is not None
    return (activity.start if day == activity.date else "", activity.end if day == activity.last_date else "")


def occurrences(activity: Activity) -> list[Occurrence]:
    """All dates of one activity with their status; a moved date also appears on its new date."""
    span = None
    if activity.series:
        skipped = set(activity.series.skipped)
        dates = [day for day in series_dates(activity.series) if day not in skipped]
    else:
        assert activity.date is not None  # the checks: an activity has either a date or a series
        dates = activity.days()
        if activity.last_date:
            span = (activity.date, activity.last_date)
    result: list[Occurrence] = []
    for day in dates:
        start, end = hours_on(activity, day)
        change = activity.changes.get(day)
        if change is None:
            result.append(Occurrence(activity, day, start, end, span=span))
            continue
        result.append(Occurrence(activity, day, start, end, change.status, change.reason, change.moved_to, span=span))
        if change.status == "verplaatst" and change.moved_to:
            start = change.moved_start or activity.start
            end = change.moved_end or activity.end
            # A session of a full series stays full on its new date (the same families come).
            full = "volzet" if activity.whole and activity.whole.status == "volzet" else "gepland"
            result.append(Occurrence(activity, change.moved_to, start, end, full, change.reason, moved_from=day))
    return sorted(result, key=lambda o: (o.date, o.start))


def all_occurrences(activities: Iterable[Activity]) -> list[Occurrence]:
    found = [occurrence for activity in activities for occurrence in occurrences(activity)]
    return sorted(found, key=lambda o: (o.date, o.start, o.activity.id))


def upcoming(found: Iterable[Occurrence], today: dt.date) -> list[Occurrence]:
    return [occurrence for occurrence in found if occurrence.date >= today]


def by_month(found: Iterable[Occurrence]) -> dict[tuple[int, int], list[Occurrence]]:
    months: dict[tuple[int, int], list[Occurrence]] = {}
    for occurrence in found:
        months.setdefault((occurrence.date.year, occurrence.date.month), []).append(occurrence)
    return months
