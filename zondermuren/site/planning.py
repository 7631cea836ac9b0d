"""The coordinator's planning pages: who does what where in the coming months, clashes marked.

`/planning/` lists the clashes by month (what `zondermuren botsingen` prints) and links one page
per month with its grid (`model.months`), so a partner can pick a free moment before planning.
One page per month keeps each page light on a phone, also for a regional Huis with thousands of
dates. Only dates that take place are shown: a cancelled date or the original of a moved one
leaves the moment free.
"""

from __future__ import annotations

from dataclasses import dataclass

from zondermuren.model import clashes, months
from zondermuren.model.huis import Huis
from zondermuren.model.schedule import Occurrence

DAY_SHOWN = 30  # dates a day of the grid lists; the rest as "en N meer" (the calendar has them all)


@dataclass(frozen=True)
class Plan:
    """The coming months' grids and their clashes; `against` tells a template what a date clashes with.

    All are bounded (`model.clash_index`): a month lists its first clashes, a date its first few
    others and a day of the grid its first `day_shown` dates, each with how many there are in all,
    so 300 partners at one hour stay a light page."""

    grids: tuple[months.Month, ...]
    found: clashes.Survey
    day_shown: int = DAY_SHOWN

    @property
    def total(self) -> int:
        return self.found.total

    def against(self, occurrence: Occurrence) -> clashes.Shown[Occurrence]:
        return self.found.against(occurrence)

    def clashes_in(self, grid: months.Month) -> clashes.Shown[tuple[clashes.Meeting, clashes.Clash]]:
        return self.found.in_month(grid.year, grid.month)


def plan(huis: Huis) -> Plan:
    found = clashes.survey(huis)
    start, end = found.start, found.end
    last = end.year * 12 + end.month - (start.year * 12 + start.month)  # months from start's up to end's
    grids = tuple(
        months.month_grid(year, month, found.happening)
        for year, month in months.following(start.year, start.month, last)
    )
    return Plan(grids, found)


def where(occurrence: Occurrence) -> str:
    """The municipality of a date, or "online"."""
    activity = occurrence.activity
    return "online" if activity.kind == "online" else activity.place.address.municipality.name
