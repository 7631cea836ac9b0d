"""Synthetic activities: one-off dates and weekly, fortnightly and monthly series, sized to a target.

A Huis of a given size should have about `target` dates in the coming 12 months; series lengths
are drawn from that budget, and `generate` counts the real number with the engine afterwards.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from testkit.huizen.fiches import Fiche, address, ages
from testkit.huizen.texts import aligned, paragraph, slug, with_markdown
from testkit.huizen.words import REASONS, TITLES
from zondermuren.model.huis import Series
from zondermuren.model.schedule import series_dates

HORIZON = 364  # days after today that count as "the coming 12 months"
KINDS = ("once", "wekelijks", "tweewekelijks", "maandelijks")
PERIOD = {"wekelijks": 7, "tweewekelijks": 14, "maandelijks": 30}
STARTS = ("09:00", "09:30", "10:00", "13:30", "14:00", "16:00", "19:00", "19:30")
WEEKDAYS = ("ma", "di", "wo", "do", "vr", "za")


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _times(rng: random.Random) -> dict[str, str]:
    start = rng.choice(STARTS)
    hour, minute = map(int, start.split(":"))
    return {"van": start, "tot": f"{min(hour + rng.randint(1, 3), 23):02d}:{minute:02d}"}


def _change(rng: random.Random, day: dt.date) -> dict[str, Any]:
    status = rng.choice(("afgelast", "afgelast", "volzet", "verplaatst"))
    change: dict[str, Any] = {"status": status}
    if status != "volzet":
        change["reden"] = aligned(rng.choice(REASONS))
    if status == "verplaatst":
        change["verplaatst_naar"] = {"datum": _iso(day + dt.timedelta(days=1)), **_times(rng)}
    return change


def series(rng: random.Random, frequency: str, wanted: int, today: dt.date) -> tuple[dict[str, Any], dict[str, Any]]:
    """A `herhaling` with about `wanted` dates from today on, and its `per_datum`."""
    days = sorted(rng.sample(WEEKDAYS, 2 if frequency == "wekelijks" and rng.random() < 0.3 else 1))
    week = rng.choice((1, 2, 3, 4, -1)) if frequency == "maandelijks" else None
    skips = rng.choice((0, 0, 1, 2)) if wanted > 3 else 0
    span = (wanted + skips) * PERIOD[frequency] // len(days)
    if rng.random() < 0.15:
        start = today - dt.timedelta(days=rng.randint(14, 90))  # a series that is already running
    else:
        start = today + dt.timedelta(days=rng.randint(0, max(0, HORIZON - span - 7)))
    last = today + dt.timedelta(days=HORIZON)
    dates = series_dates(Series(frequency, tuple(days), start, last, week))
    ahead = [d for d in dates if d >= today][: wanted + skips] or dates[:1]
    herhaling: dict[str, Any] = {"frequentie": frequency, "dagen": days}
    if week is not None:
        herhaling["week"] = week
    herhaling |= {"vanaf": _iso(start), "tot_en_met": _iso(ahead[-1])}
    skipped = rng.sample(ahead[1:], min(skips, len(ahead) - 1))
    if skipped:
        herhaling["behalve"] = [_iso(d) for d in sorted(skipped)]
    free = [d for d in ahead if d not in skipped]
    changed = rng.sample(free, min(len(free), rng.choice((0, 0, 1, 2)))) if len(free) > 2 else []
    return herhaling, {_iso(d): _change(rng, d) for d in sorted(changed)}


def _place(rng: random.Random, owner: Fiche, partners: list[Fiche]) -> tuple[str | dict[str, Any], list[str]]:
    """Where it happens, and the co-organisers: one of the partner's own locations, a co-organiser's
    location ('partner/locatie'), or another place with a name and an address."""
    roll = rng.random()
    others = [p for p in rng.sample(partners, min(3, len(partners))) if p.slug != owner.slug][: rng.randint(1, 2)]
    if roll < 0.08 or not owner.locations:
        name = rng.choice(("Sporthal", "Ontmoetingscentrum", "Park", "Bibliotheek"))
        place = {"naam": aligned((name, name, name, name)), "adres": address(rng)}
        return place, [p.slug for p in others] if roll < 0.04 else []
    if roll < 0.2 and others and others[0].locations:
        return f"{others[0].slug}/{rng.choice(others[0].locations)}", [p.slug for p in others]
    return rng.choice(owner.locations), [p.slug for p in others] if roll < 0.25 else []


def activity(
    rng: random.Random, number: int, owner: Fiche, partners: list[Fiche], kind: str, wanted: int, today: dt.date
) -> dict[str, Any]:
    title = rng.choice(TITLES)
    suffix = rng.choice(("", "", owner.data["naam"].split()[-1]))
    item: dict[str, Any] = {
        "id": f"{slug(title[0] + ' ' + suffix)}-{number}",
        "titel": aligned(title, suffix),
        "beschrijving": with_markdown(rng),
        "soort": title[4],
    }
    if kind == "once":
        offset = rng.randint(-60, -1) if rng.random() < 0.1 else rng.randint(0, HORIZON)
        item["datum"] = _iso(today + dt.timedelta(days=offset))
    else:
        item["herhaling"], per_date = series(rng, kind, wanted, today)
        if per_date:
            item["per_datum"] = per_date
    item |= _times(rng)
    item["locatie"], co_organisers = _place(rng, owner, partners)
    item["doelgroep"] = ages(rng)
    item["gratis"] = rng.random() < 0.75
    if not item["gratis"]:
        item["kosten"] = paragraph(rng, (1, 1))
    item["inschrijving"] = rng.choice(("verplicht", "gewenst", "niet-nodig"))
    if item["inschrijving"] != "niet-nodig":
        item["inschrijven_via"] = owner.data["contact"]["email"]
    item["talen"] = ["nl", *rng.sample(("fr", "en", "ar", "tr"), rng.randint(0, 2))]
    if co_organisers:
        item["mede_organisatoren"] = co_organisers
    if rng.random() < 0.05:
        item["campagnes"] = ["week-van-de-opvoeding"]
    if kind == "once" and rng.random() < 0.06:
        item["status"] = "afgelast"
        item["reden"] = aligned(rng.choice(REASONS))
    return item


def plan(rng: random.Random, partners: int, target: int) -> list[tuple[int, str, int]]:
    """(partner index, kind, wanted dates) per activity, so that all dates add up to about `target`."""
    slots = [
        (index, rng.choices(KINDS, weights=(40, 30, 15, 15))[0])
        for index in range(partners)
        for _ in range(rng.choices((0, 1, 2, 3, 4), weights=(8, 25, 30, 22, 15))[0])
    ]
    budget = target - sum(0.9 for _, kind in slots if kind == "once")
    weights = [rng.uniform(0.3, 1.7) if kind != "once" else 0.0 for _, kind in slots]
    total = sum(weights) or 1.0
    result = []
    for (index, kind), weight in zip(slots, weights, strict=True):
        wanted = max(2, round(budget * weight / total)) if kind != "once" else 1
        if kind == "maandelijks" and wanted > 11:
            kind = "tweewekelijks"
        if kind == "tweewekelijks" and wanted > 25:
            kind = "wekelijks"
        result.append((index, kind, min(wanted, 100)))
    return result
