"""Synthetic partner fiches: 1 to 3 locations with opening hours, translated texts and a logo."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from testkit.huizen.texts import aligned, paragraph, slug
from testkit.huizen.words import MUNICIPALITIES, NAMES, NOTE_WORDS, PLACE_WORDS, STREETS
from zondermuren.vocabulary import Vocabularies

VOCAB = Vocabularies.default()
DAYS = ("ma", "di", "wo", "do", "vr", "za")
OPENING = (("09:00", "12:00"), ("13:30", "17:00"), ("09:00", "16:30"), ("14:00", "18:30"), ("08:30", "11:30"))
SPOKEN = ("nl", "fr", "en", "ar", "tr", "ru", "uk", "es", "pl", "ro")


@dataclass(frozen=True)
class Fiche:
    slug: str
    data: dict[str, Any]
    logo: str  # SVG text, or "" for a partner without a logo

    @property
    def locations(self) -> list[str]:
        return [location["id"] for location in self.data.get("locaties", [])]


def partner_names(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """`count` distinct (type code, name) pairs such as ('kinderopvang-baby-peuter', 'Kinderopvang ...')."""
    types = VOCAB.keys("partnertypes")
    found: dict[str, tuple[str, str]] = {}
    while len(found) < count:
        code = rng.choice(types)
        label = VOCAB.label("partnertypes", code, "nl").split(" (")[0].split(" / ")[0]
        place = rng.choice(MUNICIPALITIES)[1]
        name = f"{label} {rng.choice(NAMES)}" if rng.random() < 0.6 else f"{label} {place}"
        if len(found) >= len(types) * 20:  # large Huizen: a number keeps names distinct
            name = f"{name} {len(found) + 1}"
        found.setdefault(slug(name), (code, name))
    return list(found.values())


def address(rng: random.Random) -> dict[str, str]:
    code, _, postcode = rng.choice(MUNICIPALITIES)
    return {"straat": f"{rng.choice(STREETS)} {rng.randint(1, 180)}", "postcode": postcode, "gemeente": code}


def location(rng: random.Random, index: int) -> dict[str, Any]:
    street = rng.choice(STREETS)
    hours = [
        {"dagen": sorted(rng.sample(DAYS, rng.randint(1, 3)), key=DAYS.index), "van": start, "tot": end}
        for start, end in rng.sample(OPENING, rng.randint(1, 3))
    ]
    place = {
        "id": f"{slug(street)}-{index + 1}",
        "naam": aligned(PLACE_WORDS, street),
        "adres": {**address(rng), "straat": f"{street} {rng.randint(1, 180)}"},
        "openingsuren": hours,
        "rolstoel": rng.random() < 0.7,
        "buggy": rng.random() < 0.8,
        "bereikbaarheid": paragraph(rng, (1, 1)),
    }
    if rng.random() < 0.4:
        place["uren_opmerking"] = aligned(NOTE_WORDS)
    if rng.random() < 0.5:
        place["zonder_afspraak"] = True
    return place


def ages(rng: random.Random) -> dict[str, list[str]]:
    bands = VOCAB.keys("leeftijden")
    start = rng.randrange(len(bands))
    chosen = bands[start : start + rng.randint(1, 3)]
    return {"kinderen": chosen, "ouders": chosen} if rng.random() < 0.5 else {"ouders": chosen}


def logo(rng: random.Random, name: str) -> str:
    colour = f"#{rng.randrange(0x1000000):06x}"
    initials = "".join(word[0] for word in name.split()[:2]).upper()
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 48" width="120" height="48">'
        f'<rect width="120" height="48" rx="8" fill="{colour}"/>'
        f'<text x="60" y="31" font-size="20" text-anchor="middle" fill="#fff">{initials}</text></svg>\n'
    )


def fiche(rng: random.Random, code: str, name: str, today: dt.date) -> Fiche:
    key = slug(name)
    municipalities = [m[0] for m in MUNICIPALITIES]
    data: dict[str, Any] = {
        "naam": name,
        "types": [code],
        "betrokkenheid": rng.choice(VOCAB.keys("betrokkenheid")),
        "beschrijving": paragraph(rng, (2, 4)),
        "pijlers": rng.sample(VOCAB.keys("pijlers"), rng.randint(1, 2)),
        "levensdomeinen": rng.sample(VOCAB.keys("levensdomeinen"), rng.randint(1, 3)),
        "aanbod": rng.sample(VOCAB.keys("aanbodvormen"), rng.randint(1, 3)),
        "doelgroep": ages(rng),
        "gratis": rng.random() < 0.7,
        "inschrijving": rng.choice(("verplicht", "gewenst", "niet-nodig")),
        "talen": ["nl", *rng.sample(SPOKEN[1:], rng.randint(0, 3))],
        "werkgebied": sorted(rng.sample(municipalities, rng.randint(1, 6)), key=municipalities.index),
        "locaties": [location(rng, i) for i in range(rng.choice((1, 1, 1, 2, 2, 3)))],
        "contact": {
            "telefoon": f"09 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            "email": f"info@{key}.example.org",
            "website": f"https://{key}.example.org/",
        },
        "doorverwijzen": paragraph(rng, (1, 1)),
        "laatst_nagekeken": (today - dt.timedelta(days=rng.randint(0, 330))).isoformat(),
        "beheerders": [f"@{key[:30].strip('-')}"],
    }
    if not data["gratis"]:
        data["kosten"] = paragraph(rng, (1, 1))
    if rng.random() < 0.15:
        data["verplichte_partner"] = True
    if rng.random() < 0.2:
        data["contact"]["persoon"] = {
            "naam": "Sam Peeters",
            "rol": aligned(("Coördinator", "Coordinatrice", "Coordinator", "منسقة")),
            "toestemming": True,
        }
    has_logo = rng.random() < 0.85
    if has_logo:
        data["logo"] = "logo.svg"
    return Fiche(key, data, logo(rng, name) if has_logo else "")
