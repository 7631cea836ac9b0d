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

What is printed stays readable however many partners pile up at one moment (300 partners at the
same hour are 44,850 pairs): one warning per pair of activities, at most `PAIR_SHOWN` per pair of
partners and `ACTIVITY_SHOWN` per activity, at most `WARNINGS_SHOWN` in all, and every cut says
"en N meer". `model.clash_index` finds them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from zondermuren import urls
from zondermuren.i18n import Translator
from zondermuren.model.clash_index import (
    HORIZON_MONTHS,
    NOT_HAPPENING,
    Clash,
    Meeting,
    Shown,
    Survey,
    find,
    horizon,
    survey,
)
from zondermuren.model.huis import Activity, Huis
from zondermuren.model.schedule import Occurrence
from zondermuren.problems import Level, Problem

__all__ = ["HORIZON_MONTHS", "NOT_HAPPENING", "Clash", "Meeting", "Shown", "Survey", "find", "horizon", "survey"]

DATES_SHOWN = 3  # dates named in a warning; the rest as "en N meer"
PAIR_SHOWN = 3  # warnings for the activities of one pair of partners; the rest in one line
ACTIVITY_SHOWN = 3  # warnings on one activity; the rest in one line
WARNINGS_SHOWN = 30  # clash warnings in all (`check`, the build log); the rest in one line
HINT = (
    "spreek samen een ander moment of een andere gemeente af, zodat gezinnen naar beide kunnen "
    f"(zie {urls.shown(urls.planning())} op de site of zondermuren botsingen)"
)


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


def _dates(days: Sequence[dt.date]) -> str:
    shown = [day.isoformat() for day in days[:DATES_SHOWN]]
    rest = len(days) - len(shown)
    if rest:
        return ", ".join(shown) + f" en {rest} meer"
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " en " + shown[-1]


def _field(activity: Activity, huis: Huis) -> str:
    """`activiteiten[n]`: the activity's place in its own file, as partners read field paths."""
    own = [a for a in huis.partners[activity.partner.slug].activities if a.source == activity.source]
    return f"activiteiten[{own.index(activity)}]" if activity in own else "activiteiten"


def _at(activity: Activity, huis: Huis, message: str) -> Problem:
    return Problem(activity.source, activity.line, 1, _field(activity, huis), message, HINT, Level.WARNING)


def warning(clash: Clash, huis: Huis) -> Problem:
    """One warning per pair, on the first activity's line, naming the second one's file and line."""
    first, second = clash.first, clash.second
    count = len(clash.dates)
    return _at(
        first,
        huis,
        f"'{first.title.nl}' botst met '{second.title.nl}' van {second.partner.name} ({second.source}:{second.line}): "
        f"voor dezelfde gezinnen (leeftijd {', '.join(clash.bands)}) in {clash.municipality.name} op hetzelfde moment "
        + (f"op {_dates(clash.dates)}" if count == 1 else f"op {count} data ({_dates(clash.dates)})"),
    )


def _plural(count: int, one: str, more: str) -> str:
    return f"{count} {one if count == 1 else more}"


def _first_date(cut: list[Clash]) -> str:
    return min(clash.dates[0] for clash in cut).isoformat()


def warnings(huis: Huis) -> list[Problem]:
    """The warnings of the coming months, in the order `problems.report` lists them, capped."""
    return capped(find(huis), huis)


def capped(clashes: list[Clash], huis: Huis) -> list[Problem]:
    """A warning per pair in source order, until a pair of partners or an activity has had its share;
    what is left over is said in one line per pair of partners, per activity, and for the rest."""
    entries: list[tuple[Problem, int]] = []  # a warning and the pairs of activities it covers
    per_partners: dict[tuple[str, str], list[Clash]] = {}
    per_activity: dict[int, list[Clash]] = {}
    cut_partners: dict[tuple[str, str], list[Clash]] = {}
    cut_activity: dict[int, list[Clash]] = {}
    for clash in clashes:
        partners = (clash.first.partner.slug, clash.second.partner.slug)
        if len(per_partners.setdefault(partners, [])) >= PAIR_SHOWN:
            cut_partners.setdefault(partners, []).append(clash)
        elif len(per_activity.setdefault(id(clash.first), [])) >= ACTIVITY_SHOWN:
            cut_activity.setdefault(id(clash.first), []).append(clash)
        else:
            per_partners[partners].append(clash)
            per_activity[id(clash.first)].append(clash)
            entries.append((warning(clash, huis), 1))
    for cut in cut_partners.values():
        first, second = cut[0].first.partner.name, cut[0].second.partner.name
        text = (
            f"en {_plural(len(cut), 'paar', 'paren')} activiteiten meer van {first} en {second} die botsen, "
            f"de eerste op {_first_date(cut)}"
        )
        entries.append((_at(cut[0].first, huis, text), len(cut)))
    for cut in cut_activity.values():
        others = len({clash.second.partner.slug for clash in cut})
        text = (
            f"'{cut[0].first.title.nl}' botst ook met {_plural(len(cut), 'andere activiteit', 'andere activiteiten')}"
            f" van {_plural(others, 'partner', 'partners')}, de eerste op {_first_date(cut)}"
        )
        entries.append((_at(cut[0].first, huis, text), len(cut)))
    entries.sort()
    if len(entries) <= WARNINGS_SHOWN:
        return [problem for problem, _ in entries]
    shown, rest = entries[: WARNINGS_SHOWN - 1], entries[WARNINGS_SHOWN - 1 :]
    left = sum(pairs for _, pairs in rest)
    where = rest[0][0]
    text = (
        f"en {_plural(left, 'paar', 'paren')} activiteiten meer die botsen, niet elk apart gemeld "
        f"({_plural(len(clashes), 'paar', 'paren')} in totaal)"
    )
    summary = Problem(where.file, where.line, where.column, where.field, text, HINT, Level.WARNING)
    return [problem for problem, _ in shown] + [summary]


def as_text(huis: Huis) -> str:
    """`zondermuren botsingen`: the clashes of the coming months, by month, in Dutch (each month capped)."""
    found = survey(huis)
    last = found.end - dt.timedelta(days=1)
    span = f"van {found.start.isoformat()} tot en met {last.isoformat()}"
    if not found.clashes:
        return f"Geen botsingen {span}."
    nl = Translator("nl", huis.root)
    total, pairs = found.total, len(found.clashes)
    lines = [f"{_plural(total, 'botsing', 'botsingen')} {span} ({_plural(pairs, 'paar', 'paren')} activiteiten):"]
    for (year, month), listed in found.months.items():
        lines += ["", f"{nl.month(year, month)} ({listed.count}):"]
        for meeting, clash in listed.shown:
            lines.append(
                f"  {meeting.date.isoformat()} in {clash.municipality.name}, leeftijd {', '.join(clash.bands)}: "
                f"{_described(meeting.first)} en {_described(meeting.second)}"
            )
        if listed.more:
            page = urls.shown(urls.planning_month(year, month))
            lines.append(f"  en {listed.more} meer in {nl.month(year, month)} (zie {page})")
    return "\n".join(lines)


def _described(occurrence: Occurrence) -> str:
    activity = occurrence.activity
    return f"{hours(occurrence)} '{activity.title.nl}' van {activity.partner.name} ({activity.source}:{activity.line})"
