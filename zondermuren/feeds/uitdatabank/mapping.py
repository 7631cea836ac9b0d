"""What translates from our fields to UiTdatabank's, one small rule each.

UiT accepts texts in four languages only (nl, fr, de, en: publiq's common-language.json) and one
event type per event (its taxonomy, table in termen.yml). Ids are UUIDv5 of the site's address and
an activity's or location's first id: the same every export, so a second send updates.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from zondermuren.model.huis import BRUSSELS, Activity, Location, Partner, Place, Text

LANGUAGES = ("nl", "fr", "de", "en")  # the only languages a UiT text may have
TABLE = Path(__file__).with_name("termen.yml")
PRODUCTION = "https://io.uitdatabank.be"
# Our statuses as UiT's status types (common-status.json); volzet stays Available, its booking is closed.
STATUS = {
    "gepland": "Available",
    "volzet": "Available",
    "afgelast": "Unavailable",
    "verplaatst": "TemporarilyUnavailable",
}


@dataclass(frozen=True)
class Terms:
    events: dict[str, dict[str, str]]  # kind -> {id, label}
    services: frozenset[str]
    place: dict[str, str]


@cache
def terms() -> Terms:
    data = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    return Terms(
        {kind: {k: str(v) for k, v in term.items()} for kind, term in data["evenementen"].items()},
        frozenset(data["diensten"]),
        {k: str(v) for k, v in data["plaats"].items()},
    )


def event_term(kind: str) -> list[dict[str, str]] | None:
    term = terms().events.get(kind)
    return [{"id": term["id"], "label": term["label"], "domain": "eventtype"}] if term else None


def place_term() -> list[dict[str, str]]:
    term = terms().place
    return [{"id": term["id"], "label": term["label"], "domain": "eventtype"}]


def _id(site_url: str, what: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{site_url.rstrip('/')}/#uitdatabank/{what}"))


def event_id(site_url: str, activity: Activity) -> str:
    """Stable across renames: the activity's first id, and its partner's first folder name."""
    return _id(site_url, f"activiteit/{_first(activity.partner)}/{activity.first_id}")


def place_id(site_url: str, place: Place, owner: Partner | None) -> str:
    """A partner's location by its first ids; another place by its name and address."""
    if place.location is not None and owner is not None:
        return _id(site_url, f"locatie/{_first(owner)}/{_first_location(place.location)}")
    name = place.name.nl if place.name else ""
    return _id(site_url, f"plaats/{name}/{place.address.one_line()}")


def _first(partner: Partner) -> str:
    return partner.former_ids[0] if partner.former_ids else partner.slug


def _first_location(location: Location) -> str:
    return location.former_ids[0] if location.former_ids else location.id


def localized(text: Text | None, limit: int = 0) -> dict[str, str]:
    """The translations UiT accepts, Dutch first; cut to `limit` characters on a word."""
    if text is None:
        return {}
    found = {lang: " ".join(text.translations[lang].split()) for lang in LANGUAGES if text.has(lang)}
    if limit:
        found = {lang: _cut(value, limit) for lang, value in found.items()}
    return {lang: value for lang, value in found.items() if value}


def _cut(value: str, limit: int) -> str:
    if len(value) <= limit:
        return value
    return value[: limit - 2].rsplit(" ", 1)[0] + " …"


def latin(value: str) -> bool:
    """Written in Latin letters (Dutch can be): an Arabic-only or Cyrillic-only text is not."""
    letters = [c for c in value if c.isalpha()]
    return not letters or any("LATIN" in unicodedata.name(c, "") for c in letters)


def age_range(bands: set[str]) -> str | None:
    """Our age bands ("0-3", "3-6") as UiT's typicalAgeRange ("0-6"); pregnancy counts as 0."""
    numbers = []
    for band in bands:
        if band in ("kinderwens", "prenataal"):
            numbers.append((0, 0))
        elif "-" in band and all(part.isdigit() for part in band.split("-")):
            low, high = band.split("-")
            numbers.append((int(low), int(high)))
    if not numbers:
        return None
    return f"{min(n[0] for n in numbers)}-{max(n[1] for n in numbers)}"


def moment(day: dt.date, hour: str, end: bool = False) -> str:
    """A date and "HH:MM" in Brussels with its offset; "" is the day's start, or its end."""
    if not hour:
        time = dt.time(23, 59, 59) if end else dt.time()
    else:
        time = dt.time.fromisoformat(hour)
    return dt.datetime.combine(day, time, BRUSSELS).isoformat()


def booking(register_via: str, page: str) -> dict[str, Any]:
    """`inschrijven_via` as UiT's bookingInfo: a web address, an e-mail address or a phone number."""
    via = register_via.strip()
    if via.startswith(("http://", "https://")):
        return {"url": via, "urlLabel": {"nl": "Inschrijven"}}
    if "@" in via and " " not in via:
        return {"email": via}
    if via and sum(c.isdigit() for c in via) >= 6:
        return {"phone": via}
    return {"url": page, "urlLabel": {"nl": "Meer info"}}
