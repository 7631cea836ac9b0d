"""HSDS's schedules: opening hours and activity dates with a fixed UTC offset (see `hsds`).

Time zones: HSDS gives a schedule one fixed UTC offset (`timezone`, in hours, and `opens_at`
"09:00+01:00"), while Brussels changes its offset twice a year. So a schedule never crosses a
switch: weekly opening hours come as one schedule per daylight-saving period (`valid_from`/
`valid_to`), the current period and the next one, each with that period's offset; a series of
activities is split the same way, and a single date takes its own day's offset. The nightly
build moves the window on, so a directory that reads the export at least twice a year always
has the hours of today. Dates a series skips or cancels have no place in HSDS's rule: they are
named in the schedule's `notes` (and the activity's page, the service's `url`, has them all).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from zondermuren.model import schedule
from zondermuren.model.huis import BRUSSELS, WEEKDAYS, Activity
from zondermuren.recurrence import FREQUENCIES

OPEN_PERIODS = 2  # opening hours: the daylight-saving period of today, and the next one
BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
Row = dict[str, Any]


def clean(**fields: Any) -> Row:
    """A record without its empty fields: HSDS leaves out what is unknown."""
    return {key: value for key, value in fields.items() if value not in ("", None)}


def activity_schedules(activity: Activity, today: dt.date) -> list[Row]:
    """An activity's dates as schedules: a series by its rule per daylight-saving period, a date on its own."""
    found: list[Row] = []
    dates = schedule.occurrences(activity)
    if activity.series is not None:
        series = activity.series
        frequency, interval = FREQUENCIES[series.frequency]
        byday = [BYDAY[WEEKDAYS.index(day)] for day in series.weekdays]
        if frequency == "MONTHLY":
            byday = [f"{series.week}{byday[0]}"]
        rule_dates = series.dates()
        for first, last, offset in dst_periods(today, series.until):
            inside = [day for day in rule_dates if first <= day <= last and day >= series.start]
            if not inside:
                continue
            gone = [o.date.isoformat() for o in dates if first <= o.date <= last and o.status == "afgelast"]
            gone += [day.isoformat() for day in series.skipped if first <= day <= last]
            found.append(
                clean(
                    valid_from=max(first, series.start).isoformat(),
                    valid_to=min(last, series.until).isoformat(),
                    dtstart=inside[0].isoformat(),
                    until=inside[-1].isoformat(),
                    timezone=offset,
                    freq=frequency,
                    interval=interval if interval > 1 else None,
                    wkst="MO" if interval > 1 else None,
                    byday=",".join(byday),
                    opens_at=at(activity.start, offset),
                    closes_at=at(activity.end, offset),
                    notes="Gaat niet door op " + ", ".join(sorted(gone)) + "." if gone else "",
                )
            )
        dates = [o for o in dates if o.moved_from is not None]  # a moved session: a date of its own
    for occurrence in dates:
        if occurrence.date < today or occurrence.status == "afgelast":
            continue
        offset = utc_offset(occurrence.date)
        found.append(
            clean(
                valid_from=occurrence.date.isoformat(),
                valid_to=occurrence.date.isoformat(),
                dtstart=occurrence.date.isoformat(),
                timezone=offset,
                opens_at=at(occurrence.start, offset),
                closes_at=at(occurrence.end, offset),
                description="Hele dag." if occurrence.all_day else "",
            )
        )
    return found


def at(hour: str, offset: int) -> str:
    """An hour with its UTC offset, as HSDS's opens_at wants it: '09:00', 1 -> '09:00+01:00'; '' stays ''."""
    return f"{hour}{offset:+03d}:00" if hour else ""


def utc_offset(day: dt.date) -> int:
    """Brussels' offset from UTC in whole hours at noon of a day: 1 in winter, 2 in summer."""
    moment = dt.datetime.combine(day, dt.time(12), BRUSSELS).utcoffset()
    assert moment is not None
    return int(moment.total_seconds() // 3600)


@lru_cache(maxsize=64)
def dst_periods(today: dt.date, until: dt.date | None = None) -> list[tuple[dt.date, dt.date, int]]:
    """(first day, last day, offset) of the daylight-saving periods from the one of `today` on: the
    period of today and the next one, or every period up to `until`. A period begins on the day of
    a switch, so valid_from and valid_to stay the same for half a year, whatever day the build runs."""
    start = today
    while utc_offset(start - dt.timedelta(days=1)) == utc_offset(today):
        start -= dt.timedelta(days=1)
    periods: list[tuple[dt.date, dt.date, int]] = []
    day = start
    while len(periods) < OPEN_PERIODS or (until is not None and day <= until):
        offset, last = utc_offset(day), day
        while utc_offset(last + dt.timedelta(days=1)) == offset:
            last += dt.timedelta(days=1)
        periods.append((day, last, offset))
        day = last + dt.timedelta(days=1)
    return periods
