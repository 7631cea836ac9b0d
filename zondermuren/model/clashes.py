"""Clashes: two partners planning something for the same families at the same time and place.

Huizen find it "enorm moeilijk" to keep partners from planning the same thing at the same moment
(meetings "op verschillende plaatsen maar niet op hetzelfde moment"). Two activities clash on a date
when all of these hold:

- their audiences share an age band, of the children or of the parents (a parents' evening for 0-3
  and a toddler morning compete for one family);
- they happen in the same municipality;
- their times overlap (touching ends, 10-11 and 11-12, do not);
- no partner organises both (a co-organiser counts as an organiser: they planned it together).

Activities without an audience and online activities never clash, and neither do dates that do
not happen (cancelled, or the original date of a moved one; its new date does count).

A clash is a warning, never an error: partners may have good reasons, and the coordinator decides.
Only the coming months count (`HORIZON_MONTHS`, the current month included): past clashes do not
matter, and a series planned a year ahead should not warn every day until then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from zondermuren.i18n import Translator
from zondermuren.model import months
from zondermuren.model.huis import Activity, Huis, Municipality
from zondermuren.model.schedule import Occurrence, all_occurrences
from zondermuren.problems import Level, Problem

HORIZON_MONTHS = 6  # the current month and the five after it
NOT_HAPPENING = {"afgelast", "verplaatst"}  # a moved date's original; its new date is its own occurrence
DATES_SHOWN = 3  # dates named in a warning; the rest as "en N meer"


@dataclass(frozen=True)
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
    meetings: tuple[Meeting, ...]

    @property
    def dates(self) -> list[dt.date]:
        return sorted({meeting.date for meeting in self.meetings})


def horizon(today: dt.date) -> tuple[dt.date, dt.date]:
    """[today, end): from today to the first day after the last month that counts."""
    year, month = months.following(today.year, today.month, HORIZON_MONTHS + 1)[-1]
    return today, dt.date(year, month, 1)


def _can_clash(activity: Activity) -> bool:
    return activity.kind != "online" and bool(activity.offer.audience.bands())


def _order(activity: Activity) -> tuple[str, int, str]:
    return (activity.source, activity.line, activity.id)


def find(huis: Huis, start: dt.date | None = None, end: dt.date | None = None) -> list[Clash]:
    """Every clash with a date in [start, end) (default: `horizon`), in source order of the first activity.

    One sweep over the dates of each municipality in time order: only dates still running when
    the next one starts are compared, so a regional Huis with thousands of dates stays fast."""
    if start is None or end is None:
        start, end = horizon(huis.today)
    candidates = [activity for activity in huis.activities if _can_clash(activity)]
    dates = [
        occurrence
        for occurrence in all_occurrences(candidates)
        if start <= occurrence.date < end and occurrence.status not in NOT_HAPPENING
    ]
    places: dict[str, list[Occurrence]] = {}
    for occurrence in dates:
        places.setdefault(occurrence.activity.place.address.municipality.id, []).append(occurrence)
    found: dict[tuple[int, int], list[Meeting]] = {}
    pairs: dict[tuple[int, int], tuple[Activity, Activity]] = {}
    for here in places.values():
        running: list[Occurrence] = []
        for occurrence in sorted(here, key=lambda o: (o.starts_at, o.ends_at, _order(o.activity))):
            running = [other for other in running if other.ends_at > occurrence.starts_at]
            for other in running:
                if _compete(other.activity, occurrence.activity):
                    first, second = sorted((other, occurrence), key=lambda o: _order(o.activity))
                    key = (id(first.activity), id(second.activity))
                    pairs[key] = (first.activity, second.activity)
                    found.setdefault(key, []).append(Meeting(first, second))
            running.append(occurrence)
    ages = {band: index for index, band in enumerate(huis.vocab.keys("leeftijden"))}  # youngest first
    clashes = [
        Clash(
            first,
            second,
            tuple(sorted(first.offer.audience.bands() & second.offer.audience.bands(), key=lambda b: ages.get(b, 99))),
            first.place.address.municipality,
            tuple(sorted(found[key], key=lambda m: (m.date, m.first.starts_at))),
        )
        for key, (first, second) in pairs.items()
    ]
    return sorted(clashes, key=lambda c: (_order(c.first), _order(c.second)))


def _compete(one: Activity, other: Activity) -> bool:
    """For the same families, by different partners (the times and the place are checked already)."""
    if one is other:
        return False
    if {p.slug for p in one.organisers} & {p.slug for p in other.organisers}:
        return False
    return bool(one.offer.audience.bands() & other.offer.audience.bands())


def hours(occurrence: Occurrence) -> str:
    """The time of a date as the coordinator reads it; an all-day date (no start, no end) is "hele dag"."""
    start, end = occurrence.start, occurrence.end
    if not start and not end:
        return "hele dag"
    if not start:
        return f"tot {end}"
    if not end:
        return f"vanaf {start}"
    return f"{start}–{end}"


def _dates(days: list[dt.date]) -> str:
    shown = [day.isoformat() for day in days[:DATES_SHOWN]]
    rest = len(days) - len(shown)
    if rest:
        return ", ".join(shown) + f" en {rest} meer"
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " en " + shown[-1]


def _field(activity: Activity, huis: Huis) -> str:
    """`activiteiten[n]`: the activity's place in its own file, as partners read field paths."""
    own = [a for a in huis.partners[activity.partner.slug].activities if a.source == activity.source]
    return f"activiteiten[{own.index(activity)}]"


def warning(clash: Clash, huis: Huis) -> Problem:
    """One warning per pair, on the first activity's line, naming the second one's file and line."""
    first, second = clash.first, clash.second
    count = len(clash.dates)
    return Problem(
        first.source,
        first.line,
        1,
        _field(first, huis),
        f"'{first.title.nl}' botst met '{second.title.nl}' van {second.partner.name} ({second.source}:{second.line}): "
        f"voor dezelfde gezinnen (leeftijd {', '.join(clash.bands)}) in {clash.municipality.name} op hetzelfde moment "
        + (f"op {_dates(clash.dates)}" if count == 1 else f"op {count} data ({_dates(clash.dates)})"),
        "spreek samen een ander moment of een andere gemeente af, zodat gezinnen naar beide kunnen "
        "(zie /planning/ op de site of zondermuren botsingen)",
        Level.WARNING,
    )


def warnings(huis: Huis) -> list[Problem]:
    """The warnings of the coming months, in the order `problems.report` lists them."""
    return sorted(warning(clash, huis) for clash in find(huis))


def by_month(clashes: Iterable[Clash]) -> dict[tuple[int, int], list[tuple[Meeting, Clash]]]:
    """Each clashing date under its month, in date and time order: the coordinator's list."""
    found: dict[tuple[int, int], list[tuple[Meeting, Clash]]] = {}
    meetings = [(meeting, clash) for clash in clashes for meeting in clash.meetings]
    for meeting, clash in sorted(meetings, key=lambda m: (m[0].date, m[0].first.starts_at, _order(m[1].first))):
        found.setdefault((meeting.date.year, meeting.date.month), []).append((meeting, clash))
    return found


def as_text(huis: Huis) -> str:
    """`zondermuren botsingen`: every clash of the coming months, by month, in Dutch."""
    start, end = horizon(huis.today)
    clashes = find(huis, start, end)
    last = end - dt.timedelta(days=1)
    if not clashes:
        return f"Geen botsingen van {start.isoformat()} tot en met {last.isoformat()}."
    nl = Translator("nl")
    total = sum(len(clash.meetings) for clash in clashes)
    lines = [
        f"{total} {'botsing' if total == 1 else 'botsingen'} van {start.isoformat()} tot en met {last.isoformat()} "
        f"({len(clashes)} {'paar' if len(clashes) == 1 else 'paren'} activiteiten):"
    ]
    for (year, month), found in by_month(clashes).items():
        lines += ["", f"{nl.month(year, month)} ({len(found)}):"]
        for meeting, clash in found:
            lines.append(
                f"  {meeting.date.isoformat()} in {clash.municipality.name}, leeftijd {', '.join(clash.bands)}: "
                f"{_described(meeting.first)} en {_described(meeting.second)}"
            )
    return "\n".join(lines)


def _described(occurrence: Occurrence) -> str:
    activity = occurrence.activity
    return f"{hours(occurrence)} '{activity.title.nl}' van {activity.partner.name} ({activity.source}:{activity.line})"
