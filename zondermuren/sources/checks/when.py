"""When an activity happens: hours or the whole day, one day or several (checks of stage 1).

The shapes a Huis's year has: a morning (`van`/`tot`), a whole day (`hele_dag: true`), a camp
over several days with the same hours each day (`datum` to `tot_en_met`), a weekend away that
runs through the nights (`doorlopend: true`). Every combination that cannot be meant gets one
message saying which of these to write instead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from zondermuren.problems import Problem
from zondermuren.recurrence import Rule
from zondermuren.sources.checks import statuses
from zondermuren.sources.parsing.documents import Document, Path_

MAX_SPAN_DAYS = 62  # longer than two months is not one activity but a series (herhaling)
MAX_SERIES_DATES = 400  # a year of daily dates: every page listing a series stays small


def is_time(value: object) -> bool:
    return isinstance(value, str) and re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9]", value) is not None


def is_date(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def hours(doc: Document, base: tuple, item: dict) -> Iterator[Problem]:
    """Hours or `hele_dag`, never both and never neither; an end after the start."""
    start, end = item.get("van"), item.get("tot")
    if item.get("hele_dag") is True:
        yield from statuses.moved_whole_day(doc, base, item)
        given = [key for key in ("van", "tot") if key in item]
        if given:
            yield doc.problem(
                base + (given[0],),
                f"hele dag en uren samen (verwacht hele_dag: true zonder uren, of uren zonder hele_dag, "
                f"gevonden {' en '.join(given)})",
                f"verwijder {' en '.join(given)}, of hele_dag: true als de activiteit maar een paar uur duurt",
            )
        if item.get("doorlopend") is True:
            yield doc.problem(
                base + ("doorlopend",),
                "doorlopend bij een activiteit van hele dagen (verwacht doorlopend: true met een beginuur en een "
                "einduur, gevonden hele_dag: true)",
                "verwijder doorlopend; hele_dag: true met datum en tot_en_met geeft al elke dag",
            )
        return
    missing = [key for key in ("van", "tot") if key not in item]
    for key in missing:
        example = "10:00" if key == "van" else "11:30"
        yield doc.problem(
            base + (key,),
            f"verplicht veld ontbreekt (verwacht '{key}', of hele_dag: true, gevonden niets)",
            f"voeg '{key}: {example}' toe, of 'hele_dag: true' voor een activiteit die de hele dag duurt",
        )
    if missing:
        return
    overnight = item.get("doorlopend") is True and "tot_en_met" in item
    if isinstance(start, str) and isinstance(end, str) and is_time(start) and is_time(end) and end <= start:
        if overnight:
            return  # Friday 18:00 to Sunday 14:00: the end is on another day
        yield doc.problem(
            base + ("tot",),
            f"einduur ligt niet na beginuur (verwacht later dan {start}, gevonden {end})",
            # An end in the small hours is a night through, not a typo.
            "loopt de activiteit door tot de volgende dag? Geef tot_en_met (de laatste dag) en doorlopend: true"
            if item.get("datum") and end <= "06:00"
            else "",
        )


def days(doc: Document, base: tuple, item: dict) -> Iterator[Problem]:
    """Which days, and what happens on them: the run of days, then the statuses (`sources.statuses`)."""
    yield from _run(doc, base, item)
    yield from statuses.per_date(doc, base, item)


def _run(doc: Document, base: tuple, item: dict) -> Iterator[Problem]:
    """`tot_en_met` belongs to one `datum`, lies after it and within two months; `doorlopend` needs it."""
    last = item.get("tot_en_met")
    if item.get("doorlopend") is True and last is None:
        yield doc.problem(
            base + ("doorlopend",),
            "doorlopend zonder laatste dag (verwacht tot_en_met: met de laatste dag, gevonden niets)",
            "voeg tot_en_met: JJJJ-MM-DD toe, of verwijder doorlopend bij een activiteit van één dag",
        )
    if last is None:
        return
    if "herhaling" in item:
        yield doc.problem(
            base + ("tot_en_met",),
            "tot_en_met naast herhaling (verwacht de laatste dag van een reeks in het herhaling-blok, gevonden "
            "ernaast)",
            "zet tot_en_met in het herhaling-blok, onder vanaf",
        )
        return
    first = item.get("datum")
    if not (isinstance(first, str) and isinstance(last, str) and is_date(first) and is_date(last)):
        return  # the schema reported the missing or wrong date already
    span = (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days
    if span <= 0:
        yield doc.problem(
            base + ("tot_en_met",),
            f"laatste dag ligt niet na de eerste (verwacht later dan {first}, gevonden {last})",
            "verwijder tot_en_met bij een activiteit van één dag",
        )
    elif span >= MAX_SPAN_DAYS:
        yield doc.problem(
            base + ("tot_en_met",),
            f"activiteit van {span + 1} dagen (verwacht hoogstens {MAX_SPAN_DAYS} dagen na elkaar, gevonden "
            f"{first} tot en met {last})",
            "maak er een reeks van met herhaling: (bijvoorbeeld wekelijks op de dagen dat ze doorgaat)",
        )
    status = item.get("status", "gepland")
    if status == "verplaatst":
        yield doc.problem(
            base + ("status",),
            "een activiteit over meerdere dagen verplaatst (verwacht de nieuwe data in datum en tot_en_met, "
            "gevonden status: verplaatst)",
            "pas datum en tot_en_met aan en leg de verandering uit in de beschrijving; "
            "één dag verplaats je met per_datum",
        )
    if item.get("doorlopend") is True and item.get("per_datum"):
        yield doc.problem(
            base + ("per_datum",),
            "per_datum bij een doorlopende activiteit (verwacht één status voor het geheel, gevonden per_datum)",
            "gebruik status: afgelast of status: volzet voor de hele activiteit",
        )


def span_dates(item: dict) -> list[str]:
    """Every day of a one-off activity as written (one, or `datum` to `tot_en_met`)."""
    first = dt.date.fromisoformat(item["datum"])
    last = dt.date.fromisoformat(item.get("tot_en_met", item["datum"]))
    return [(first + dt.timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]


def series_problems(doc: Document, index: int, item: dict) -> list[Problem]:
    """Exceptions and per-date statuses must name a date the series actually falls on."""
    dates = sorted(d.isoformat() for d in rule_of(item["herhaling"]).dates())
    if len(dates) > MAX_SERIES_DATES:
        return [
            doc.problem(
                ("activiteiten", index, "herhaling", "tot_en_met"),
                f"reeks met te veel data (verwacht hoogstens {MAX_SERIES_DATES}, gevonden {len(dates)} tussen "
                f"{dates[0]} en {dates[-1]})",
                "laat de reeks hoogstens een jaar lopen en verleng ze later met een nieuwe tot_en_met",
            )
        ]
    if not dates:
        return [
            doc.problem(
                ("activiteiten", index, "herhaling"),
                "reeks zonder data (verwacht minstens één datum tussen vanaf en tot_en_met, gevonden geen enkele)",
                "kijk na of de dagen (en week:) wel tussen vanaf en tot_en_met vallen",
            )
        ]
    problems = []
    outside = "datum valt niet in de reeks (verwacht een datum van de reeks, gevonden {})"
    skipped, changed = item["herhaling"].get("behalve", []), set(item.get("per_datum") or {})
    for slot, day in enumerate(skipped):
        at: Path_ = ("activiteiten", index, "herhaling", "behalve", slot)
        if day not in dates:
            problems.append(doc.problem(at, outside.format(day), _nearest(day, dates)))
        elif day in changed:
            # per_datum goes first (model.building): a moved session or a reason is never lost.
            problems.append(
                doc.problem(
                    at,
                    f"datum staat ook bij per_datum (verwacht een datum bij behalve of bij per_datum, gevonden "
                    f"{day} bij allebei)",
                    f"verwijder {day} uit behalve: per_datum gaat voor, zo zien gezinnen wat er die dag gebeurt",
                    warn=True,
                )
            )
    if set(dates) <= set(skipped) - changed:
        problems.append(
            doc.problem(
                ("activiteiten", index, "herhaling", "behalve"),
                f"alle data van de reeks staan bij behalve (verwacht minstens één datum die doorgaat, gevonden "
                f"alle {len(dates)} data bij behalve)",
                "gaat de reeks helemaal niet door? Haal de data uit behalve en zet status: afgelast met een reden, "
                "dan zien gezinnen dat ze afgelast is",
            )
        )
    return problems + named_dates(doc, index, item, dates)


def named_dates(doc: Document, index: int, item: dict, dates: list[str]) -> list[Problem]:
    """A per-date status names a day the activity takes place: of its series, or of its days."""
    known, problems = set(dates), []
    if "herhaling" in item:
        outside = "datum valt niet in de reeks (verwacht een datum van de reeks, gevonden {})"
    else:
        outside = (
            f"datum valt niet op een dag van de activiteit (verwacht {dates[0]} tot en met {dates[-1]}, gevonden {{}})"
        )
    for day in item.get("per_datum", {}):
        if day not in known:
            at: Path_ = ("activiteiten", index, "per_datum", day)
            problems.append(doc.problem(at, outside.format(day), _nearest(day, dates), key=True))
    return problems


def rule_of(data: dict) -> Rule:
    """The recurrence rule of a `herhaling` block as written (before the demo shift)."""
    return Rule(
        frequency=data["frequentie"],
        weekdays=tuple(data["dagen"]),
        start=dt.date.fromisoformat(data["vanaf"]),
        until=dt.date.fromisoformat(data["tot_en_met"]),
        week=data.get("week"),
    )


def _nearest(day: str, dates: list[str]) -> str:
    """The series date closest to `day`; on a tie the earlier one, so every run says the same."""
    if not dates:
        return ""
    target = dt.date.fromisoformat(day)
    best = min(sorted(dates), key=lambda d: abs((dt.date.fromisoformat(d) - target).days))
    return f"bedoelde je {best}?"
