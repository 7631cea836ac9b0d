"""Building blocks of the JSON Schemas: value types with Dutch `x-verwacht` texts, and helpers."""

from __future__ import annotations

from typing import Any

from zondermuren.vocabulary import Vocabularies

Schema = dict[str, Any]

SLUG = {
    "type": "string",
    "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
    "x-verwacht": "kleine letters, cijfers en koppeltekens, zoals 'babyzwemmen-dorp'",
}
# Years 2000-2099: a date far outside now is a typo (9999), and would overflow date arithmetic.
DATE = {
    "type": "string",
    "format": "date",
    "pattern": "^20[0-9]{2}-",
    "x-verwacht": "een datum als JJJJ-MM-DD, zoals 2026-05-16",
}
TIME = {
    "type": "string",
    "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$",
    "x-verwacht": "een uur als UU:MM, zoals 09:30",
}
EMAIL = {
    "type": "string",
    "pattern": r"^[^@\s\"'<>()]+@[^@\s\"'<>()]+\.[a-z]{2,}$",
    "x-verwacht": "een e-mailadres, zoals info@voorbeeld.be",
}
PHONE = {
    "type": "string",
    "pattern": r"^\+?[0-9][0-9 ./]{5,18}[0-9]$",
    "x-verwacht": "een telefoonnummer met cijfers en spaties, zoals 09 123 45 67 of +32 9 123 45 67",
}
URL = {
    "type": "string",
    "pattern": "^https?://[^\\s\"'<>]+$",
    "x-verwacht": "een webadres dat begint met https://",
}
LANGUAGE = {
    "type": "string",
    "pattern": "^[a-z]{2,3}$",
    "x-verwacht": "een taalcode van 2 of 3 kleine letters, zoals nl, fr, ar of tr",
}
COLOUR = {"type": "string", "pattern": "^#[0-9a-fA-F]{6}$", "x-verwacht": "een kleur als #RRGGBB, zoals #1f5c99"}
# A UiTdatabank id (a UUID), as its page shows it: https://www.uitinvlaanderen.be/agenda/.../<uuid>.
UIT_ID = {
    "type": "string",
    "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
    "x-verwacht": "een UiTdatabank-id van 36 tekens, zoals 85b04295-479c-40f5-b3dd-469dfb4387b3",
}
# What goes to UiTdatabank (`zondermuren uitdatabank`), said where a partner opts out.
UIT_RULE = (
    "Naar UiTdatabank (UiTinVlaanderen en de gemeentelijke agenda's): false om niets door te geven. "
    "Alleen activiteiten met komende data gaan mee; consulten, spreekuren, onthaalpunten en ander vast aanbod "
    "met openingsuren (soort consult, spreekuur, onthaalpunt, individuele-begeleiding, materiele-hulp, "
    "opvang, spelotheek, online) zijn geen evenementen en blijven weg."
)


def describe(description: str, schema: Schema) -> Schema:
    return {"description": description, **schema}


def enum(keys: list[str], description: str) -> Schema:
    return {"description": description, "type": "string", "enum": keys}


def list_of(items: Schema, description: str, min_items: int = 0) -> Schema:
    schema: Schema = {"description": description, "type": "array", "items": items, "uniqueItems": True}
    if min_items:
        schema["minItems"] = min_items
    return schema


def object_of(description: str, properties: dict[str, Schema], required: tuple[str, ...] = ()) -> Schema:
    schema: Schema = {
        "description": description,
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
    }
    if required:
        schema["required"] = list(required)
    return schema


def translatable(languages: list[str], description: str) -> Schema:
    """A plain Dutch text, or a text per language: {nl: ..., fr: ...}."""
    return {
        "description": description + " Gewone tekst (Nederlands) of een tekst per taal (nl:, fr:, ...).",
        "type": ["string", "object"],
        "minLength": 1,
        "propertyNames": {"enum": languages},
        "additionalProperties": {"type": "string", "minLength": 1},
        "required": ["nl"],
        "x-verwacht": "tekst, of per taal een tekst met minstens nl:",
    }


def term(with_cluster: bool) -> Schema:
    """A term a Huis adds to a vocabulary: its Dutch label, or a label per language (and, for a
    partner type, its cluster). Labels become page titles and print: text only, never a number or a list."""
    keys = "^([a-z]{2,3}|cluster)$" if with_cluster else LANGUAGE["pattern"]
    return {
        "type": ["string", "object"],
        "minLength": 1,
        "propertyNames": {
            "pattern": keys,
            "x-verwacht": "een taalcode zoals nl of fr" + (", of cluster" if with_cluster else ""),
        },
        "additionalProperties": {"type": "string", "minLength": 1},
        "required": ["nl"],
        "x-verwacht": "tekst, of per taal een tekst met minstens nl:",
    }


def audience(vocab: Vocabularies) -> Schema:
    ages = vocab.keys("leeftijden")
    return object_of(
        "Voor wie: leeftijden van de kinderen en, apart, ouders van kinderen van die leeftijd.",
        {
            "kinderen": list_of(enum(ages, "Leeftijdsgroep."), "Voor kinderen en jongeren van deze leeftijd."),
            "ouders": list_of(
                enum(ages, "Leeftijdsgroep."), "Voor (aanstaande) ouders van kinderen van deze leeftijd."
            ),
        },
    )


def address(municipalities: list[str]) -> Schema:
    return object_of(
        "Adres.",
        {
            "straat": describe("Straat en huisnummer.", {"type": "string", "minLength": 3}),
            "postcode": {
                "description": "Postcode (met of zonder aanhalingstekens).",
                "type": ["string", "integer"],
                "pattern": "^[1-9][0-9]{3}$",
                "minimum": 1000,
                "maximum": 9999,
                "x-verwacht": '4 cijfers, zoals "9000"',
            },
            "gemeente": enum(municipalities, "Gemeente, met de code uit huis.yml."),
        },
        ("straat", "postcode", "gemeente"),
    )


def common_offer(vocab: Vocabularies, languages: list[str]) -> dict[str, Schema]:
    """Fields that a fiche and an activity share: for whom, cost, registration, languages."""
    return {
        "doelgroep": audience(vocab),
        "gratis": describe("Gratis (true) of betalend (false).", {"type": "boolean"}),
        "kosten": translatable(languages, "Wat het kost en welke korting er is."),
        "inschrijving": enum(["verplicht", "gewenst", "niet-nodig"], "Moet je je inschrijven?"),
        "talen": list_of(LANGUAGE, "Talen die gesproken worden (taalcodes)."),
    }


def former_ids(kind: str) -> Schema:
    """Ids a published item had before: their pages, feeds and posters' QR codes keep working."""
    return list_of(
        SLUG,
        f"Vroegere code(s) van deze {kind}, de oudste eerst: oude links en QR-codes blijven werken, "
        "en de agenda's van gezinnen blijven dezelfde afspraak bijwerken.",
    )
