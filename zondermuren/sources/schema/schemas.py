"""JSON Schemas of the three file kinds: huis.yml, a partner's fiche.yml and activiteiten.yml.

The schema is the single description of the data: validation uses it, editors use the published
copy in `schema/` (via `# yaml-language-server: $schema=...`) to autocomplete and underline, and
the Dutch field reference (`zondermuren velden`) is generated from it, so the three cannot drift.
Enumerations come from the Huis's own vocabularies and municipalities, so they are built per Huis.
`x-verwacht` says in Dutch what a pattern expects, for error messages and the reference page.
"""

from __future__ import annotations

from zondermuren.recurrence import WEEKDAYS
from zondermuren.release import FORMAT
from zondermuren.sources.schema.parts import (
    COLOUR,
    DATE,
    EMAIL,
    LANGUAGE,
    PHONE,
    SLUG,
    TIME,
    UIT_ID,
    UIT_RULE,
    URL,
    Schema,
    address,
    common_offer,
    describe,
    enum,
    former_ids,
    list_of,
    object_of,
    term,
    translatable,
)
from zondermuren.vocabulary import Vocabularies

# A user (`@jan-peeters`) or a team (`@org/team`) on the git host, as CODEOWNERS names them.
USERNAME = {
    "type": "string",
    "pattern": "^@?[A-Za-z0-9-]+(/[A-Za-z0-9_.-]+)?$",
    "x-verwacht": "een gebruikersnaam zoals @jan-peeters",
}

# An IPDC product: the web address of its page, or its number in the catalogue (1502, with or without quotes).
IPDC = {
    "type": ["string", "integer"],
    "pattern": "^(https?://[^\\s\"'<>]+|[1-9][0-9]{0,6})$",
    "minimum": 1,
    "maximum": 9_999_999,
    "x-verwacht": "het webadres van een product in IPDC (https://...) of zijn productnummer, zoals 1502",
}

__all__ = ["Schema", "activities_schema", "fiche_schema", "huis_schema", "translatable"]


def huis_schema(vocab: Vocabularies) -> Schema:
    lists = {
        name: object_of(
            f"Aanpassingen aan de woordenlijst {name}.",
            {
                "toevoegen": {
                    "description": "Nieuwe termen: code met label per taal en de cluster, zoals speelotheek: "
                    "{nl: Speelotheek, cluster: opvang-en-vrije-tijd}."
                    if name == "partnertypes"
                    else "Nieuwe termen: code met een label, of een label per taal ({nl: ..., fr: ...}).",
                    "type": "object",
                    "propertyNames": SLUG,
                    "additionalProperties": term(with_cluster=name == "partnertypes"),
                },
                "weglaten": list_of({"type": "string", "enum": vocab.keys(name)}, "Codes die deze Huis niet gebruikt."),
            },
        )
        for name in vocab.lists
    }
    municipality = object_of(
        "Een gemeente van het Huis.",
        {
            "id": describe("Korte code, gebruikt in adressen en webadressen.", SLUG),
            "naam": describe("Naam zoals gezinnen ze kennen.", {"type": "string", "minLength": 2}),
            "postcodes": list_of({**address([])["properties"]["postcode"]}, "Postcodes van de gemeente.", 1),
            "website": describe("Website van de gemeente.", URL),
        },
        ("id", "naam", "postcodes"),
    )
    own: Schema = {  # regio.eigen.<partner>: the picks are checked here, an override with the fiche (sources/region.py)
        "type": "object",
        "properties": {
            "betrokkenheid": enum(vocab.keys("betrokkenheid"), "Hoe nauw de partner betrokken is bij dit Huis."),
            "locaties": list_of(SLUG, "Alleen deze locaties (standaard: die in de gemeenten van het Huis)."),
            "activiteiten": list_of(SLUG, "Alleen deze activiteiten (standaard: die op een getoonde plaats)."),
        },
    }
    shared = {"type": "object", "propertyNames": SLUG, "additionalProperties": own, "x-sleutel": "partner"}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Instellingen van een Huis van het Kind (huis.yml)",
        **object_of(
            "Instellingen van het Huis.",
            {
                "formaat": describe(
                    "Het gegevensformaat van de bestanden van dit Huis (zonder: 1). `zondermuren migreer` zet het "
                    f"hoger wanneer een nieuwe engine een ander formaat leest; deze engine leest formaat {FORMAT}.",
                    {"type": "integer", "minimum": 1, "x-verwacht": f"een geheel getal vanaf 1, zoals {FORMAT}"},
                ),
                "naam": describe("Naam van het Huis.", {"type": "string", "minLength": 3}),
                "gemeenten": list_of(municipality, "De gemeenten van het Huis (1 tot 6 of meer).", 1),
                "contact": object_of(
                    "Het ene contactpunt van het Huis, op elke pagina en elke affiche.",
                    {
                        "email": EMAIL,
                        "telefoon": PHONE,
                        "website": URL,
                        "sociaal": describe("Pagina op een sociaal netwerk.", URL),
                    },
                    ("email",),
                ),
                "kleuren": object_of(
                    "Huisstijlkleuren (contrast wordt nagekeken).",
                    {"primair": COLOUR, "accent": COLOUR},
                    ("primair",),
                ),
                "talen": list_of(LANGUAGE, "Talen van de site; de eerste is de standaardtaal (nl).", 1),
                "logo": describe("Het logo van Huis van het Kind (pad vanaf de hoofdmap).", {"type": "string"}),
                "coordinatoren": list_of(
                    USERNAME,
                    "Gebruikersnamen op de git-host van de coördinatoren: zij keuren alles goed wat niet "
                    "in de map van één partner staat (CODEOWNERS).",
                    1,
                ),
                "hulplijnen": list_of(
                    object_of(
                        "Een eigen hulplijn van het Huis of de regio.",
                        {
                            "naam": describe(
                                "Naam en waarvoor, zoals 'Opvoedingslijn, vragen over opvoeding'.", term(False)
                            ),
                            "telefoon": describe("Het nummer om te bellen.", PHONE),
                            "wanneer": describe("Wanneer de lijn bereikbaar is, zoals 'ma-vr 9-17 uur'.", term(False)),
                            "talen": list_of(LANGUAGE, "Talen die aan de lijn gesproken worden (taalcodes)."),
                        },
                        ("naam", "telefoon"),
                    ),
                    "Eigen hulplijnen op de pagina Hulp nodig, nu? (na 112, 1712, 102, 106 en 1813).",
                ),
                "regio": object_of(
                    "Partners uit een regionale pool, één keer bijgehouden voor alle Huizen van de regio "
                    "(docs/regio.md). De kopie staat in partners/_regio/<pool>/ en komt van zondermuren regio bijwerken.",
                    {
                        "pool": describe("De code van de pool (naam in zijn pool.yml).", SLUG),
                        "versie": describe(
                            "De versie van de pool in de kopie (zondermuren regio bijwerken zet ze).",
                            {"type": "string", "minLength": 1, "x-verwacht": "een versie zoals '2026.12'"},
                        ),
                        "partners": list_of(describe("Een partner van de pool.", SLUG), "Partners uit de pool.", 1),
                        "eigen": describe(
                            "Per gedeelde partner wat van dit Huis is: betrokkenheid, locaties en activiteiten "
                            "(een keuze), en velden van de fiche die dit Huis anders toont (contact per veld).",
                            shared,
                        ),
                    },
                    ("pool", "versie", "partners"),
                ),
                "demo": object_of(
                    "Alleen voor een voorbeeldhuis: verschuif alle data in hele weken zodat de kalender nooit leeg is.",
                    {"ankerdatum": describe("De week waarin de voorbeelddata begonnen.", DATE)},
                    ("ankerdatum",),
                ),
                "woordenlijsten": object_of("Aanpassingen aan de woordenlijsten.", lists),
            },
            ("naam", "gemeenten", "contact", "talen"),
        ),
    }


def fiche_schema(vocab: Vocabularies, municipalities: list[str], languages: list[str]) -> Schema:
    opening = object_of(
        "Openingsuren op een of meer weekdagen.",
        {
            "dagen": list_of(enum(WEEKDAYS, "Weekdag: ma, di, wo, do, vr, za of zo."), "Weekdagen.", 1),
            "van": TIME,
            "tot": TIME,
        },
        ("dagen", "van", "tot"),
    )
    location = object_of(
        "Een plaats waar gezinnen terechtkunnen.",
        {
            "id": describe("Korte code van de locatie, uniek binnen deze partner.", SLUG),
            "naam": translatable(languages, "Naam van de locatie."),
            "adres": address(municipalities),
            "openingsuren": list_of(opening, "Wanneer de locatie open is."),
            "uren_opmerking": translatable(languages, "Uitleg bij de uren, zoals 'alleen op afspraak'."),
            "zonder_afspraak": describe("Gezinnen kunnen zonder afspraak binnenlopen.", {"type": "boolean"}),
            "rolstoel": describe("Toegankelijk met een rolstoel.", {"type": "boolean"}),
            "buggy": describe("Toegankelijk met een buggy of kinderwagen.", {"type": "boolean"}),
            "bereikbaarheid": translatable(languages, "Bus, tram, parking."),
            "vorige_ids": former_ids("locatie"),
            "uitdatabank_id": describe(
                "Deze plaats bestaat al in UiTdatabank (zoals een bibliotheek): haar id, zodat activiteiten "
                "hier die plaats gebruiken in plaats van een nieuwe te maken.",
                UIT_ID,
            ),
        },
        ("id", "adres"),
    )
    person = object_of(
        "Een contactpersoon: alleen met uitdrukkelijke toestemming van die persoon.",
        {
            "naam": {"type": "string", "minLength": 2},
            "rol": translatable(languages, "Rol of functie."),
            "toestemming": describe("De persoon gaf toestemming om de naam te publiceren.", {"type": "boolean"}),
        },
        ("naam", "toestemming"),
    )
    properties = {
        "naam": describe("Naam van de partner.", {"type": "string", "minLength": 2}),
        "vorige_ids": former_ids("partnermap"),
        "types": list_of(enum(vocab.keys("partnertypes"), "Soort organisatie."), "Soorten organisatie.", 1),
        "betrokkenheid": enum(vocab.keys("betrokkenheid"), "Hoe nauw de partner betrokken is bij het Huis."),
        "verplichte_partner": describe("Partner die zich volgens het decreet moet aansluiten.", {"type": "boolean"}),
        "beschrijving": translatable(languages, "Wat de partner doet, in eenvoudige taal (B1)."),
        "pijlers": list_of(enum(vocab.keys("pijlers"), "Pijler."), "Decretale pijlers."),
        "levensdomeinen": list_of(enum(vocab.keys("levensdomeinen"), "Levensdomein."), "Levensdomeinen.", 1),
        "aanbod": list_of(enum(vocab.keys("aanbodvormen"), "Aanbodvorm."), "Soorten aanbod."),
        **common_offer(vocab, languages),
        "anoniem": describe("Gezinnen kunnen anoniem terecht.", {"type": "boolean"}),
        "werkgebied": list_of(enum(municipalities, "Gemeente."), "Gemeenten waar de partner werkt."),
        "locaties": list_of(location, "Locaties (leeg voor een partner zonder loket)."),
        "contact": object_of(
            "Hoe gezinnen en professionals de partner bereiken (functionele adressen).",
            {"telefoon": PHONE, "email": EMAIL, "website": URL, "facebook": URL, "persoon": person},
        ),
        "doorverwijzen": translatable(languages, "Voor professionals: hoe verwijs je een gezin door?"),
        "uitdatabank": describe(UIT_RULE, {"type": "boolean"}),
        "sociale_kaart": describe(
            "De pagina van de partner op De Sociale Kaart: de partnerpagina toont 'ook op De Sociale Kaart'.", URL
        ),
        "ipdc": list_of(
            IPDC,
            "Producten van de partner in de productencatalogus van de overheid (IPDC, LPDC voor een gemeente): "
            "het webadres van de productpagina of het productnummer.",
            1,
        ),
        "logo": describe(
            "Logo van de partner: een bestand in de map van de partner (SVG, PNG of JPG).", {"type": "string"}
        ),
        "laatst_nagekeken": describe("Wanneer de fiche het laatst is nagekeken.", DATE),
        "beheerders": list_of(
            USERNAME,
            "Gebruikersnamen op de git-host van wie deze fiche mag aanpassen.",
        ),
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Fiche van een partner (partners/<partner>/fiche.yml)",
        **object_of(
            "Fiche van een partner.", properties, ("naam", "types", "betrokkenheid", "beschrijving", "levensdomeinen")
        ),
    }


def activities_schema(vocab: Vocabularies, municipalities: list[str], languages: list[str]) -> Schema:
    moved = object_of(
        "Nieuwe datum, en uren als die veranderen (bij hele_dag: van en tot samen, of geen van beide).",
        {"datum": DATE, "van": TIME, "tot": TIME},
        ("datum",),
    )
    per_date = object_of(
        "Wat er met deze ene datum van de reeks gebeurt.",
        {
            "status": enum(["afgelast", "verplaatst", "volzet"], "Status van deze datum."),
            "reden": translatable(languages, "Korte uitleg voor gezinnen."),
            "verplaatst_naar": moved,
        },
        ("status",),
    )
    series = object_of(
        "Een reeks: wekelijks, om de twee weken of maandelijks, met een einde.",
        {
            "frequentie": enum(["wekelijks", "tweewekelijks", "maandelijks"], "Hoe vaak."),
            "dagen": list_of(enum(WEEKDAYS, "Weekdag."), "Op welke weekdag(en).", 1),
            "week": {
                "description": "Bij maandelijks: de hoeveelste weekdag van de maand (1 tot 4, of -1 voor de laatste).",
                "type": "integer",
                "enum": [1, 2, 3, 4, -1],
            },
            "vanaf": DATE,
            "tot_en_met": DATE,
            "behalve": list_of(
                DATE, "Data waarop de reeks niet doorgaat (zoals schoolvakanties); een datum in per_datum gaat voor."
            ),
        },
        ("frequentie", "dagen", "vanaf", "tot_en_met"),
    )
    place = object_of(
        "Een plaats die geen locatie van de partner is.",
        {"naam": translatable(languages, "Naam van de plaats."), "adres": address(municipalities)},
        ("naam", "adres"),
    )
    activity = object_of(
        "Een activiteit.",
        {
            "id": describe(
                "Vaste, unieke code: blijft dezelfde, ook als titel of datum verandert (moet ze toch veranderen, zet de oude dan bij vorige_ids).",
                SLUG,
            ),
            "vorige_ids": former_ids("activiteit"),
            "titel": translatable(languages, "Titel."),
            "beschrijving": translatable(languages, "Beschrijving (eenvoudige opmaak mag: lijstjes, *nadruk*, links)."),
            "soort": enum(vocab.keys("aanbodvormen"), "Soort activiteit."),
            "datum": describe("Datum van een eenmalige activiteit (bij meerdere dagen: de eerste dag).", DATE),
            "tot_en_met": describe(
                "Bij een activiteit over meerdere dagen (een kamp, een weekend): de laatste dag.", DATE
            ),
            "herhaling": series,
            "van": describe(
                "Beginuur; verplicht, behalve bij hele_dag (bij meerdere dagen: elke dag, bij doorlopend: op de eerste dag).",
                TIME,
            ),
            "tot": describe(
                "Einduur; verplicht, behalve bij hele_dag (bij meerdere dagen: elke dag, bij doorlopend: op de laatste dag).",
                TIME,
            ),
            "hele_dag": describe(
                "De activiteit duurt de hele dag (zoals de Buitenspeeldag): zonder van en tot.", {"type": "boolean"}
            ),
            "doorlopend": describe(
                "Bij meerdere dagen: loopt door, ook 's nachts (een weekend weg), van het beginuur op de eerste "
                "dag tot het einduur op de laatste dag.",
                {"type": "boolean"},
            ),
            "locatie": {
                "description": "Code van een locatie van de partner (of 'partner/locatie' van een "
                "mede-organisator), of een andere plaats met naam en adres.",
                "type": ["string", "object"],
                **{k: v for k, v in place.items() if k not in ("description", "type")},
            },
            **common_offer(vocab, languages),
            "inschrijven_via": describe("Webadres, e-mail of telefoonnummer om in te schrijven.", {"type": "string"}),
            "campagnes": list_of(enum(vocab.keys("campagnes"), "Campagne."), "Campagnes waar de activiteit bij hoort."),
            "mede_organisatoren": list_of(SLUG, "Andere partners (mapnaam) die meedoen."),
            "status": enum(
                ["gepland", "afgelast", "verplaatst", "volzet"],
                "Status (standaard: gepland); bij een reeks of een activiteit over meerdere dagen geldt ze voor elke datum.",
            ),
            "reden": translatable(
                languages,
                "Korte uitleg bij afgelast, verplaatst of volzet, bij elke datum op de site en in de agenda's.",
            ),
            "verplaatst_naar": moved,
            "uitdatabank": describe(UIT_RULE, {"type": "boolean"}),
            "per_datum": {
                "description": "Bij een reeks of een activiteit over meerdere dagen: status per datum (JJJJ-MM-DD), "
                "zoals afgelast of volzet.",
                "type": "object",
                "propertyNames": DATE,
                "additionalProperties": per_date,
            },
        },
        ("id", "titel"),
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Activiteiten van een partner (partners/<partner>/activiteiten.yml)",
        **object_of(
            "Activiteiten van een partner.", {"activiteiten": list_of(activity, "De activiteiten.")}, ("activiteiten",)
        ),
    }
