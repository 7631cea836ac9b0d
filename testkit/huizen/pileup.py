"""The clash pile-up Huis: N partners, each with one weekly activity at the same hour, for the same
ages, in the same municipality, so that every pair of them clashes on every Wednesday of the coming
months. Measured by the benchmark (bench/clash_scale.py) and bounded by tests/model/test_clash_scale.py.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from testkit.huizen.generate import ROOT, TODAY, write_yaml

MUNICIPALITY = {"id": "noorddorp", "naam": "Noorddorp", "postcodes": ["9000"]}
HUIS_LOGO = ROOT / "tests" / "fixtures" / "minimal" / "assets" / "logo.svg"


def slug(number: int) -> str:
    return f"partner-{number:03d}"


def fiche(number: int) -> dict[str, Any]:
    return {
        "naam": f"Partner {number:03d}",
        "types": ["bibliotheek"],
        "betrokkenheid": "gemiddeld",
        "beschrijving": f"Partner {number:03d} van het Huis.",
        "levensdomeinen": ["vrije-tijd"],
        "doelgroep": {"kinderen": ["3-6"]},
        "locaties": [
            {
                "id": "lokaal",
                "adres": {"straat": f"Marktplein {number}", "postcode": "9000", "gemeente": MUNICIPALITY["id"]},
            }
        ],
        "laatst_nagekeken": (TODAY - dt.timedelta(days=30)).isoformat(),
    }


def activity(number: int, today: dt.date, suffix: str = "") -> dict[str, Any]:
    """Every Wednesday from today for a year, 14:00–15:00, for children of 3-6."""
    return {
        "id": f"speelmoment-{number:03d}{suffix}",
        "titel": f"Speelmoment {number:03d}{suffix}",
        "herhaling": {
            "frequentie": "wekelijks",
            "dagen": ["wo"],
            "vanaf": today.isoformat(),
            "tot_en_met": (today + dt.timedelta(days=364)).isoformat(),
        },
        "van": "14:00",
        "tot": "15:00",
        "doelgroep": {"kinderen": ["3-6"]},
    }


def generate(target: Path, partners: int = 300, today: dt.date = TODAY, each: int = 1) -> Path:
    """A Huis of `partners` partners with `each` such activities (ids -1, -2, ... when more than one):
    all clash with those of every other partner. It passes `check`, with warnings."""
    if target.exists():
        shutil.rmtree(target)
    (target / "assets").mkdir(parents=True)
    shutil.copy2(HUIS_LOGO, target / "assets" / "logo.svg")
    settings = {
        "naam": "Huis van het Kind Botsdorp",
        "gemeenten": [MUNICIPALITY],
        "contact": {"email": "info@huis.example.org", "telefoon": "09 123 45 67"},
        "talen": ["nl", "fr", "en", "ar"],  # as mkdocs.yml has them, so the Huis builds as a site
        "logo": "assets/logo.svg",
    }
    write_yaml(target / "huis.yml", settings, "schema/huis.schema.json")
    for number in range(1, partners + 1):
        folder = target / "partners" / slug(number)
        folder.mkdir(parents=True)
        write_yaml(folder / "fiche.yml", fiche(number), "../../schema/fiche.schema.json")
        schema = "../../schema/activiteiten.schema.json"
        planned = [activity(number, today, f"-{n}" if each > 1 else "") for n in range(1, each + 1)]
        write_yaml(folder / "activiteiten.yml", {"activiteiten": planned}, schema)
    return target
