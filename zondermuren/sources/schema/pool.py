"""pool.yml, the description of a regional pool (docs/regio.md): its JSON Schema and the codes that must agree.

Checked in every Huis that takes the pool in (sources/region.py, at the copy) and by `zondermuren regio
check` (build/pool.py, in the pool itself), with the same Dutch messages.
"""

from __future__ import annotations

from zondermuren.problems import Problem, suggestion
from zondermuren.sources.parsing.documents import Document
from zondermuren.sources.schema.parts import SLUG, describe, list_of, object_of
from zondermuren.sources.schema.schemas import USERNAME
from zondermuren.sources.schema.validation import validate

_HTTPS = {"type": "string", "pattern": "^https://[^\\s\"'<>]+$", "x-verwacht": "een webadres dat begint met https://"}
_CODES = {"type": "string", "minLength": 1}
# pool.yml (docs/regio.md): checked in every Huis that takes the pool in, and by `zondermuren regio check`.
POOL_SCHEMA = object_of(
    "De beschrijving van een regionale pool van partners.",
    {
        "naam": describe("De code van de pool: de map partners/_regio/<naam>/ in elk Huis.", SLUG),
        "regio": describe(
            "De naam van de regio, op de pagina's van de gedeelde partners.", {"type": "string", "minLength": 2}
        ),
        "beheerders": list_of(USERNAME, "Wie wijzigingen aan de pool nakijkt.", min_items=1),
        "versie": describe("De versie van de kopie (zondermuren regio bijwerken zet ze).", {"type": "string"}),
        "gemeenten": list_of(
            object_of(
                "Een gemeente van de regio.",
                {
                    "id": describe("Korte code, gebruikt in de adressen van de fiches.", SLUG),
                    "naam": describe("Naam zoals gezinnen ze kennen.", {"type": "string", "minLength": 2}),
                    "postcodes": list_of(
                        {
                            "type": "string",
                            "pattern": "^[0-9]{4}$",
                            "x-verwacht": 'een postcode van 4 cijfers, zoals "9000"',
                        },
                        "Postcodes.",
                        min_items=1,
                    ),
                },
                ("id", "naam", "postcodes"),
            ),
            "De gemeenten van de regio.",
            min_items=1,
        ),
        "huizen": list_of(
            object_of(
                "Een Huis van de regio.",
                {
                    "naam": describe(
                        "De naam van het Huis, zoals in zijn huis.yml.", {"type": "string", "minLength": 2}
                    ),
                    "website": describe("Het adres van zijn site.", _HTTPS),
                    "gemeenten": list_of(_CODES, "Codes van de gemeenten hierboven.", min_items=1),
                },
                ("naam", "website", "gemeenten"),
            ),
            "De Huizen van de regio.",
        ),
    },
    ("naam", "regio", "beheerders", "gemeenten"),
)


def pool_problems(pool: Document) -> list[Problem]:
    """pool.yml's own mistakes: its schema, then codes that must agree (each municipality once, each Huis's
    municipalities among the pool's)."""
    found = validate(pool, POOL_SCHEMA)
    if found:
        return found
    codes: list[str] = []
    for index, municipality in enumerate(pool.data["gemeenten"]):
        if municipality["id"] in codes:
            message = f"dubbele gemeentecode (verwacht een unieke code, gevonden '{municipality['id']}' twee keer)"
            found.append(pool.problem(("gemeenten", index, "id"), message))
        codes.append(municipality["id"])
    for index, huis in enumerate(pool.data.get("huizen") or []):
        for at, code in enumerate(huis["gemeenten"]):
            if code not in codes:
                message = f"onbekende gemeente (verwacht een code uit gemeenten van pool.yml, gevonden '{code}')"
                hint = suggestion(code, codes) or f"de pool heeft: {', '.join(dict.fromkeys(codes))}"
                found.append(pool.problem(("huizen", index, "gemeenten", at), message, hint))
    return found


__all__ = ["POOL_SCHEMA", "pool_problems"]
