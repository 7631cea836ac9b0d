"""The one recurrence rule of a series: which dates it has, and how iCalendar writes it (RRULE).

The check (which dates may a `behalve` name?), the calendar pages and the feeds all ask this
module, so they can never disagree about the days of a series. dateutil's rrule is the reference
implementation behind icalendar's recurrence handling: the dates listed here are the dates a
phone expands from the published RRULE.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from dateutil import rrule

BRUSSELS = ZoneInfo("Europe/Brussels")
WEEKDAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
_BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
# frequentie -> (iCalendar FREQ, INTERVAL)
FREQUENCIES = {"wekelijks": ("WEEKLY", 1), "tweewekelijks": ("WEEKLY", 2), "maandelijks": ("MONTHLY", 1)}


@dataclass(frozen=True)
class Rule:
    """A series as the sources state it: how often, on which weekdays, from when until when."""

    frequency: str  # wekelijks, tweewekelijks, maandelijks
    weekdays: tuple[str, ...]
    start: dt.date
    until: dt.date
    week: int | None = None  # maandelijks: the n-th weekday of the month (-1: the last)

    def ical(self) -> dict[str, Any]:
        """The RRULE value: UNTIL in UTC, as RFC 5545 3.3.10 requires when DTSTART carries a TZID."""
        frequency, interval = FREQUENCIES[self.frequency]
        days = [_BYDAY[WEEKDAYS.index(day)] for day in self.weekdays]
        if frequency == "MONTHLY":
            days = [f"{self.week}{days[0]}"]
        until = dt.datetime.combine(self.until, dt.time(23, 59, 59), BRUSSELS).astimezone(dt.UTC)
        rule: dict[str, Any] = {"FREQ": frequency, "UNTIL": until, "BYDAY": days}
        if interval > 1:
            # WKST decides which weeks count for a fortnightly series: written out, as dateutil uses it.
            rule["INTERVAL"] = interval
            rule["WKST"] = "MO"
        return rule

    def dates(self) -> list[dt.date]:
        """Every date of the series (before exceptions are taken out), expanded from `ical()`."""
        ical = self.ical()
        weekdays = [getattr(rrule, day[-2:]) for day in ical["BYDAY"]]
        if ical["FREQ"] == "MONTHLY":
            weekdays = [weekdays[0](self.week)]
        expanded = rrule.rrule(
            rrule.MONTHLY if ical["FREQ"] == "MONTHLY" else rrule.WEEKLY,
            dtstart=dt.datetime.combine(self.start, dt.time()),
            until=dt.datetime.combine(self.until, dt.time(23, 59)),
            byweekday=weekdays,
            interval=ical.get("INTERVAL", 1),
            wkst=rrule.MO,
        )
        return [moment.date() for moment in expanded]
