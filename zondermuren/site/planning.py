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
from zondermuren.model.clashes import Clash, Meeting
from zondermuren.model.huis import Huis
from zondermuren.model.schedule import Occurrence, all_occurrences

INDEX = "planning/index"


def month_path(grid: months.Month) -> str:
    return f"planning/{grid.year}-{grid.month:02d}"


def _key(occurrence: Occurrence) -> tuple[str, str, str]:
    # Occurrences hold a mutable Activity and cannot be hashed; these three tell them apart.
    return (occurrence.activity.id, occurrence.date.isoformat(), occurrence.start)


@dataclass(frozen=True)
class Plan:
    """The coming months' grids and their clashes; `against` tells a template what a date clashes with."""

    grids: tuple[months.Month, ...]
    clashes: tuple[Clash, ...]
    others: dict[tuple[str, str, str], tuple[Occurrence, ...]]
    per_month: dict[tuple[int, int], list[tuple[Meeting, Clash]]]

    def against(self, occurrence: Occurrence) -> tuple[Occurrence, ...]:
        return self.others.get(_key(occurrence), ())

    def clashes_in(self, grid: months.Month) -> list[tuple[Meeting, Clash]]:
        return self.per_month.get((grid.year, grid.month), [])


def plan(huis: Huis) -> Plan:
    start, end = clashes.horizon(huis.today)
    found = clashes.find(huis, start, end)
    others: dict[tuple[str, str, str], list[Occurrence]] = {}
    for clash in found:
        for meeting in clash.meetings:
            others.setdefault(_key(meeting.first), []).append(meeting.second)
            others.setdefault(_key(meeting.second), []).append(meeting.first)
    happening = [
        occurrence
        for occurrence in all_occurrences(huis.activities)
        if start <= occurrence.date < end and occurrence.status not in clashes.NOT_HAPPENING
    ]
    last = end.year * 12 + end.month - (start.year * 12 + start.month)  # months from start's up to end's
    grids = tuple(
        months.month_grid(year, month, happening) for year, month in months.following(start.year, start.month, last)
    )
    return Plan(grids, tuple(found), {key: tuple(value) for key, value in others.items()}, clashes.by_month(found))


def where(occurrence: Occurrence) -> str:
    """The municipality of a date, or "online"."""
    activity = occurrence.activity
    return "online" if activity.kind == "online" else activity.place.address.municipality.name
