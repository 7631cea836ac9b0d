"""A month as a grid of weeks (Monday first) and days, each day with its dates of activities.

One model for every month overview: the coordinator's planning page draws it as an HTML table,
and a printed month calendar can draw the same grid. It knows nothing of HTML or print: only
which day sits in which cell, whether that day belongs to the month, and what happens on it.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from zondermuren.model.schedule import Occurrence


@dataclass(frozen=True)
class Day:
    date: dt.date
    in_month: bool  # False for the days of the previous or next month that fill the first and last week
    occurrences: tuple[Occurrence, ...] = ()


@dataclass(frozen=True)
class Week:
    days: tuple[Day, ...]  # seven, Monday to Sunday

    @property
    def number(self) -> int:
        """The ISO week number (Belgian calendars and schools count weeks this way)."""
        return self.days[0].date.isocalendar().week


@dataclass(frozen=True)
class Month:
    year: int
    month: int
    weeks: tuple[Week, ...]

    @property
    def first(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def days(self) -> list[Day]:
        """The days of the month itself, in order (not the fillers of the first and last week)."""
        return [day for week in self.weeks for day in week.days if day.in_month]

    @property
    def occurrences(self) -> list[Occurrence]:
        return [occurrence for day in self.days for occurrence in day.occurrences]


def month_grid(year: int, month: int, occurrences: Iterable[Occurrence] = ()) -> Month:
    """The grid of (year, month): 4 to 6 weeks; each day holds its occurrences in the order given.

    Occurrences of other months are left out, also on the filler days: a filler day belongs to the
    grid of its own month, so a date is never shown twice in a row of month overviews."""
    per_day: dict[dt.date, list[Occurrence]] = {}
    for occurrence in occurrences:
        if (occurrence.date.year, occurrence.date.month) == (year, month):
            per_day.setdefault(occurrence.date, []).append(occurrence)
    weeks = tuple(
        Week(tuple(Day(day, day.month == month, tuple(per_day.get(day, ()))) for day in week))
        for week in calendar.Calendar(firstweekday=calendar.MONDAY).monthdatescalendar(year, month)
    )
    return Month(year, month, weeks)


def following(year: int, month: int, count: int) -> list[tuple[int, int]]:
    """(year, month) and the count - 1 months after it."""
    index = year * 12 + month - 1
    return [(number // 12, number % 12 + 1) for number in range(index, index + count)]
