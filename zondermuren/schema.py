"""JSON Schemas of the three file kinds: huis.yml, a partner's fiche.yml and activiteiten.yml.

The schema is the single description of the data: validation uses it, editors use the published
copy in `schema/` (via `# yaml-language-server: $schema=...`) to autocomplete and underline, and
the Dutch field reference (`zondermuren velden`) is generated from it, so the three cannot drift.
Enumerations come from the Huis's own vocabularies and municipalities, so they are built per Huis.
`x-verwacht` says in Dutch what a pattern expects, for error messages and the reference page.
"""

from __future__ import annotations

from typing import Any

from zondermuren.vocabulary import Vocabularies

Schema = dict[str, Any]

SLUG = {
    "type": "string",
    "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
    "x-verwacht": "kleine letters, cijfers en koppeltekens, zoals 'babyzwemmen-dorp'",
}
DATE = {"type": "string", "format": "date", "x-verwacht": "een datum als JJJJ-MM-DD, zoals 2026-05-16"}
TIME = {
    "type": "string",
    "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$",
    "x-verwacht": "een uur als UU:MM, zoals 09:30",
}
WEEKDAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
EMAIL = {
    "type": "string",
    "pattern": r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$",
    "x-verwacht": "een e-mailadres, zoals info@voorbeeld.be",
}
PHONE = {
    "type": "string",
    "pattern": r"^\+?[0-9][0-9 ./]{5,18}[0-9]$",
    "x-verwacht": "een telefoonnummer met cijfers en spaties, zoals 09 123 45 67 of +32 9 123 45 67",
}
URL = {"type": "string", "pattern": "^https?://[^\\s]+$", "x-verwacht": "een webadres dat begint met https://"}
LANGUAGE = {
    "type": "string",
    "pattern": "^[a-z]{2,3}$",
    "x-verwacht": "een taalcode van 2 of 3 kleine letters, zoals nl, fr, ar of tr",
}
COLOUR = {"type": "string", "pattern": "^#[0-9a-fA-F]{6}$", "x-verwacht": "een kleur als #RRGGBB, zoals #1f5c99"}


def _describe(description: str, schema: Schema) -> Schema:
    return {"description": description, **schema}


def _enum(keys: list[str], description: str) -> Schema:
    return {"description": description, "type": "string", "enum": keys}


def _list(items: Schema, description: str, min_items: int = 0) -> Schema:
    schema: Schema = {"description": description, "type": "array", "items": items, "uniqueItems": True}
    if min_items:
        schema["minItems"] = min_items
    return schema


def _object(description: str, properties: dict[str, Schema], required: tuple[str, ...] = ()) -> Schema:
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


def _audience(vocab: Vocabularies) -> Schema:
    ages = vocab.keys("leeftijden")
    return _object(
        "Voor wie: leeftijden van de kinderen en, apart, ouders van kinderen van die leeftijd.",
        {
            "kinderen": _list(_enum(ages, "Leeftijdsgroep."), "Voor kinderen en jongeren van deze leeftijd."),
            "ouders": _list(_enum(ages, "Leeftijdsgroep."), "Voor (aanstaande) ouders van kinderen van deze leeftijd."),
        },
    )


def _address(municipalities: list[str]) -> Schema:
    return _object(
        "Adres.",
        {
            "straat": _describe("Straat en huisnummer.", {"type": "string", "minLength": 3}),
            "postcode": {
                "description": "Postcode.",
                "type": "string",
                "pattern": "^[1-9][0-9]{3}$",
                "x-verwacht": '4 cijfers tussen aanhalingstekens, zoals "9000"',
            },
            "gemeente": _enum(municipalities, "Gemeente, met de code uit huis.yml."),
        },
        ("straat", "postcode", "gemeente"),
    )


def _common_offer(vocab: Vocabularies, languages: list[str]) -> dict[str, Schema]:
    """Fields that a fiche and an activity share: for whom, cost, registration, languages."""
    return {
        "doelgroep": _audience(vocab),
        "gratis": _describe("Gratis (true) of betalend (false).", {"type": "boolean"}),
        "kosten": translatable(languages, "Wat het kost en welke korting er is."),
        "inschrijving": _enum(["verplicht", "gewenst", "niet-nodig"], "Moet je je inschrijven?"),
        "talen": _list(LANGUAGE, "Talen die gesproken worden (taalcodes)."),
    }


def huis_schema(vocab: Vocabularies) -> Schema:
    lists = {
        name: _object(
            f"Aanpassingen aan de woordenlijst {name}.",
            {
                "toevoegen": {
                    "description": "Nieuwe termen: code met label per taal.",
                    "type": "object",
                    "propertyNames": SLUG,
                    "additionalProperties": {"type": ["string", "object"]},
                },
                "weglaten": _list({"type": "string", "enum": vocab.keys(name)}, "Codes die deze Huis niet gebruikt."),
            },
        )
        for name in vocab.lists
    }
    municipality = _object(
        "Een gemeente van het Huis.",
        {
            "id": _describe("Korte code, gebruikt in adressen en webadressen.", SLUG),
            "naam": _describe("Naam zoals gezinnen ze kennen.", {"type": "string", "minLength": 2}),
            "postcodes": _list({**_address([])["properties"]["postcode"]}, "Postcodes van de gemeente.", 1),
            "website": _describe("Website van de gemeente.", URL),
        },
        ("id", "naam", "postcodes"),
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Instellingen van een Huis van het Kind (huis.yml)",
        **_object(
            "Instellingen van het Huis.",
            {
                "naam": _describe("Naam van het Huis.", {"type": "string", "minLength": 3}),
                "gemeenten": _list(municipality, "De gemeenten van het Huis (1 tot 6 of meer).", 1),
                "contact": _object(
                    "Het ene contactpunt van het Huis, op elke pagina en elke affiche.",
                    {
                        "email": EMAIL,
                        "telefoon": PHONE,
                        "website": URL,
                        "sociaal": _describe("Pagina op een sociaal netwerk.", URL),
                    },
                    ("email",),
                ),
                "kleuren": _object(
                    "Huisstijlkleuren (contrast wordt nagekeken).",
                    {"primair": COLOUR, "accent": COLOUR},
                    ("primair",),
                ),
                "talen": _list(LANGUAGE, "Talen van de site; de eerste is de standaardtaal (nl).", 1),
                "logo": _describe("Het logo van Huis van het Kind (pad vanaf de hoofdmap).", {"type": "string"}),
                "demo": _object(
                    "Alleen voor een voorbeeldhuis: verschuif alle data in hele weken zodat de kalender nooit leeg is.",
                    {"ankerdatum": _describe("De week waarin de voorbeelddata begonnen.", DATE)},
                    ("ankerdatum",),
                ),
                "woordenlijsten": _object("Aanpassingen aan de woordenlijsten.", lists),
            },
            ("naam", "gemeenten", "contact", "talen"),
        ),
    }


def fiche_schema(vocab: Vocabularies, municipalities: list[str], languages: list[str]) -> Schema:
    opening = _object(
        "Openingsuren op een of meer weekdagen.",
        {
            "dagen": _list(_enum(WEEKDAYS, "Weekdag: ma, di, wo, do, vr, za of zo."), "Weekdagen.", 1),
            "van": TIME,
            "tot": TIME,
        },
        ("dagen", "van", "tot"),
    )
    location = _object(
        "Een plaats waar gezinnen terechtkunnen.",
        {
            "id": _describe("Korte code van de locatie, uniek binnen deze partner.", SLUG),
            "naam": translatable(languages, "Naam van de locatie."),
            "adres": _address(municipalities),
            "openingsuren": _list(opening, "Wanneer de locatie open is."),
            "uren_opmerking": translatable(languages, "Uitleg bij de uren, zoals 'alleen op afspraak'."),
            "zonder_afspraak": _describe("Gezinnen kunnen zonder afspraak binnenlopen.", {"type": "boolean"}),
            "rolstoel": _describe("Toegankelijk met een rolstoel.", {"type": "boolean"}),
            "buggy": _describe("Toegankelijk met een buggy of kinderwagen.", {"type": "boolean"}),
            "bereikbaarheid": translatable(languages, "Bus, tram, parking."),
        },
        ("id", "adres"),
    )
    person = _object(
        "Een contactpersoon: alleen met uitdrukkelijke toestemming van die persoon.",
        {
            "naam": {"type": "string", "minLength": 2},
            "rol": translatable(languages, "Rol of functie."),
            "toestemming": _describe("De persoon gaf toestemming om de naam te publiceren.", {"type": "boolean"}),
        },
        ("naam", "toestemming"),
    )
    properties = {
        "naam": _describe("Naam van de partner.", {"type": "string", "minLength": 2}),
        "types": _list(_enum(vocab.keys("partnertypes"), "Soort organisatie."), "Soorten organisatie.", 1),
        "betrokkenheid": _enum(vocab.keys("betrokkenheid"), "Hoe nauw de partner betrokken is bij het Huis."),
        "verplichte_partner": _describe("Partner die zich volgens het decreet moet aansluiten.", {"type": "boolean"}),
        "beschrijving": translatable(languages, "Wat de partner doet, in eenvoudige taal (B1)."),
        "pijlers": _list(_enum(vocab.keys("pijlers"), "Pijler."), "Decretale pijlers."),
        "levensdomeinen": _list(_enum(vocab.keys("levensdomeinen"), "Levensdomein."), "Levensdomeinen.", 1),
        "aanbod": _list(_enum(vocab.keys("aanbodvormen"), "Aanbodvorm."), "Soorten aanbod."),
        **_common_offer(vocab, languages),
        "anoniem": _describe("Gezinnen kunnen anoniem terecht.", {"type": "boolean"}),
        "werkgebied": _list(_enum(municipalities, "Gemeente."), "Gemeenten waar de partner werkt."),
        "locaties": _list(location, "Locaties (leeg voor een partner zonder loket)."),
        "contact": _object(
            "Hoe gezinnen en professionals de partner bereiken (functionele adressen).",
            {"telefoon": PHONE, "email": EMAIL, "website": URL, "facebook": URL, "persoon": person},
        ),
        "doorverwijzen": translatable(languages, "Voor professionals: hoe verwijs je een gezin door?"),
        "logo": _describe(
            "Logo van de partner: een bestand in de map van de partner (SVG, PNG of JPG).", {"type": "string"}
        ),
        "laatst_nagekeken": _describe("Wanneer de fiche het laatst is nagekeken.", DATE),
        "beheerders": _list(
            {"type": "string", "pattern": "^@?[A-Za-z0-9-]+$", "x-verwacht": "een gebruikersnaam zoals @jan-peeters"},
            "Gebruikersnamen op de git-host van wie deze fiche mag aanpassen.",
        ),
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Fiche van een partner (partners/<partner>/fiche.yml)",
        **_object(
            "Fiche van een partner.", properties, ("naam", "types", "betrokkenheid", "beschrijving", "levensdomeinen")
        ),
    }


def activities_schema(vocab: Vocabularies, municipalities: list[str], languages: list[str]) -> Schema:
    moved = _object("Nieuwe datum en uren.", {"datum": DATE, "van": TIME, "tot": TIME}, ("datum",))
    per_date = _object(
        "Wat er met deze ene datum van de reeks gebeurt.",
        {
            "status": _enum(["afgelast", "verplaatst", "volzet"], "Status van deze datum."),
            "reden": translatable(languages, "Korte uitleg voor gezinnen."),
            "verplaatst_naar": moved,
        },
        ("status",),
    )
    series = _object(
        "Een reeks: wekelijks, om de twee weken of maandelijks, met een einde.",
        {
            "frequentie": _enum(["wekelijks", "tweewekelijks", "maandelijks"], "Hoe vaak."),
            "dagen": _list(_enum(WEEKDAYS, "Weekdag."), "Op welke weekdag(en).", 1),
            "week": {
                "description": "Bij maandelijks: de hoeveelste weekdag van de maand (1 tot 4, of -1 voor de laatste).",
                "type": "integer",
                "enum": [1, 2, 3, 4, -1],
            },
            "vanaf": DATE,
            "tot_en_met": DATE,
            "behalve": _list(DATE, "Data waarop de reeks niet doorgaat (zoals schoolvakanties)."),
        },
        ("frequentie", "dagen", "vanaf", "tot_en_met"),
    )
    place = _object(
        "Een plaats die geen locatie van de partner is.",
        {"naam": translatable(languages, "Naam van de plaats."), "adres": _address(municipalities)},
        ("naam", "adres"),
    )
    activity = _object(
        "Een activiteit.",
        {
            "id": _describe("Vaste, unieke code: verandert nooit, ook niet als titel of datum verandert.", SLUG),
            "titel": translatable(languages, "Titel."),
            "beschrijving": translatable(languages, "Beschrijving (eenvoudige opmaak mag: lijstjes, *nadruk*, links)."),
            "soort": _enum(vocab.keys("aanbodvormen"), "Soort activiteit."),
            "datum": _describe("Datum van een eenmalige activiteit.", DATE),
            "herhaling": series,
            "van": TIME,
            "tot": TIME,
            "locatie": {
                "description": "Code van een locatie van de partner (of 'partner/locatie' van een "
                "mede-organisator), of een andere plaats met naam en adres.",
                "type": ["string", "object"],
                **{k: v for k, v in place.items() if k not in ("description", "type")},
            },
            **_common_offer(vocab, languages),
            "inschrijven_via": _describe("Webadres, e-mail of telefoonnummer om in te schrijven.", {"type": "string"}),
            "campagnes": _list(_enum(vocab.keys("campagnes"), "Campagne."), "Campagnes waar de activiteit bij hoort."),
            "mede_organisatoren": _list(SLUG, "Andere partners (mapnaam) die meedoen."),
            "status": _enum(["gepland", "afgelast", "verplaatst", "volzet"], "Status (standaard: gepland)."),
            "reden": translatable(languages, "Korte uitleg bij afgelast, verplaatst of volzet."),
            "verplaatst_naar": moved,
            "per_datum": {
                "description": "Bij een reeks: status per datum (JJJJ-MM-DD), zoals afgelast of volzet.",
                "type": "object",
                "propertyNames": DATE,
                "additionalProperties": per_date,
            },
        },
        ("id", "titel", "van", "tot"),
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Activiteiten van een partner (partners/<partner>/activiteiten.yml)",
        **_object(
            "Activiteiten van een partner.", {"activiteiten": _list(activity, "De activiteiten.")}, ("activiteiten",)
        ),
    }
