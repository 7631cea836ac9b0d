"""Every message `zondermuren check` can show, as the exact line a partner or coordinator reads.

Each case copies the small valid Huis in tests/fixtures/minimal/, makes one small mistake in it
(the kind partners make in a web editor) and asserts the full line `file:line:col: field: message
— hint` and its level. Cases marked xfail describe the message a user should get but does not yet.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from testkit import sitebuild
from zondermuren import cli
from zondermuren.problems import Level
from zondermuren.sources import reading

FIXTURE = Path(__file__).parents[1] / "fixtures" / "minimal"
TODAY = sitebuild.DAY  # the day of every test build (the `today` fixture)

HUIS = "huis.yml"
BIB = "partners/bib-noorddorp"
FICHE = f"{BIB}/fiche.yml"
ACTS = f"{BIB}/activiteiten.yml"
CB = "partners/cb-zuiddorp"
CB_FICHE = f"{CB}/fiche.yml"
CB_ACTS = f"{CB}/activiteiten.yml"

YAML = "de YAML-opmaak klopt niet (verwacht geldige YAML, gevonden: {})"
YAML_HINT = " — kijk na of inspringing, dubbele punten en aanhalingstekens kloppen"
DATE = "een datum als JJJJ-MM-DD, zoals 2026-05-16"
TIME = "een uur als UU:MM, zoals 09:30"
LANGUAGE = "onbekende taalcode (verwacht een ISO-taalcode zoals nl, fr, ar; gevonden '{}')"

# -- editing a copy of the fixture ---------------------------------------------------------------

Edit = Callable[[Path], None]


def replace(file: str, old: str, new: str) -> Edit:
    """Replace text that occurs exactly once, so a changed fixture cannot silently test nothing."""

    def edit(root: Path) -> None:
        path = root / file
        text = path.read_text("utf-8")
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {file}"
        path.write_text(text.replace(old, new), "utf-8")

    return edit


def write(file: str, content: str | bytes) -> Edit:
    def edit(root: Path) -> None:
        path = root / file
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, "utf-8")

    return edit


def append(file: str, text: str) -> Edit:
    def edit(root: Path) -> None:
        path = root / file
        path.write_text(path.read_text("utf-8") + text, "utf-8")

    return edit


def remove(name: str) -> Edit:
    def edit(root: Path) -> None:
        path = root / name
        shutil.rmtree(path) if path.is_dir() else path.unlink()

    return edit


def rename(old: str, new: str) -> Edit:
    return lambda root: (root / old).rename(root / new)


def copy_dir(old: str, new: str) -> Edit:
    return lambda root: shutil.copytree(root / old, root / new)


def latin1_fiche(root: Path) -> None:
    """The fiche saved as Windows-1252 by an old editor (the Arabic line cannot be, so it goes)."""
    path = root / FICHE
    lines = [line for line in path.read_text("utf-8").splitlines(keepends=True) if not line.startswith("  ar:")]
    path.write_bytes("".join(lines).replace("Boeken en spelletjes", "Boeken én spelletjes").encode("cp1252"))


def remove_fiche_block(start: str, end: str) -> Edit:
    """Cut the bib fiche from the line `start` up to (not including) the line `end`."""

    def edit(root: Path) -> None:
        path = root / FICHE
        text = path.read_text("utf-8")
        assert text.count(start) == 1 and text.count(end) == 1
        path.write_text(text[: text.index(start)] + text[text.index(end) :], "utf-8")

    return edit


def copy_fixture(tmp_path: Path) -> Path:
    root = tmp_path / "huis"
    shutil.copytree(FIXTURE, root)
    return root


def problems_after(tmp_path: Path, *edits: Edit) -> list:
    root = copy_fixture(tmp_path)
    for edit in edits:
        edit(root)
    return reading.check(root, TODAY).problems


# -- the cases -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    id: str
    expected: str  # "<root>" stands for the absolute path of the copied Huis
    edits: tuple[Edit, ...]
    level: Level = Level.ERROR
    bug: str = ""  # why the engine does not produce `expected` yet (the case is then xfail)


def case(id: str, expected: str, *edits: Edit, warning: bool = False, bug: str = "") -> Case:
    return Case(id, expected, edits, Level.WARNING if warning else Level.ERROR, bug)


# A one-off activity of cb-zuiddorp, which has two locations.
CB_ACTIVITY = """\
activiteiten:
  - id: {id}
    titel: Spreekuur
    datum: "2026-12-03"
    van: "14:00"
    tot: "16:00"
{locatie}    doelgroep:
      ouders: [0-3]
"""

SCHEMA_CASES = [
    case(
        "unknown-key-suggestion",
        f"{FICHE}:14:1: werkgebeid: onbekend veld (verwacht een veldnaam uit docs/velden.md; gevonden 'werkgebeid')"
        " — bedoelde je 'werkgebied'?",
        replace(FICHE, "werkgebied:", "werkgebeid:"),
    ),
    case(
        "unknown-key-suggestion-short-list",
        f"{FICHE}:20:7: locaties[1].adres.postcod: onbekend veld (verwacht een van: straat, postcode, gemeente;"
        " gevonden 'postcod') — bedoelde je 'postcode'?",
        replace(FICHE, '  postcode: "9000"', '  postcod: "9000"'),
    ),
    case(
        "unknown-key-no-suggestion",
        f"{FICHE}:20:7: locaties[1].adres.huisnummer: onbekend veld (verwacht een van: straat, postcode, gemeente;"
        " gevonden 'huisnummer') — verwijder het veld of kijk de schrijfwijze na in docs/velden.md",
        replace(FICHE, "      straat: Marktplein 1\n", '      straat: Marktplein\n      huisnummer: "1"\n'),
    ),
    case(
        "required-missing",
        f"{FICHE}:2:1: betrokkenheid: verplicht veld ontbreekt (verwacht 'betrokkenheid', gevonden niets)"
        " — voeg 'betrokkenheid:' toe",
        replace(FICHE, "betrokkenheid: gemiddeld\n", ""),
    ),
    case(
        "required-missing-nested",
        f"{FICHE}:19:7: locaties[1].adres.gemeente: verplicht veld ontbreekt (verwacht 'gemeente', gevonden niets)"
        " — voeg 'gemeente:' toe",
        replace(FICHE, "      gemeente: noorddorp\n", ""),
    ),
    case(
        "required-missing-dutch-translation",
        f"{ACTS}:5:7: activiteiten[1].titel.nl: verplicht veld ontbreekt (verwacht 'nl', gevonden niets)"
        " — voeg 'nl:' toe",
        replace(ACTS, "      nl: Voorleesuur\n", ""),
    ),
    case(
        "enum-suggestion",
        f"{FICHE}:4:16: betrokkenheid: onbekende waarde (verwacht een van: kernpartner, gemiddeld, minimaal, indirect;"
        " gevonden 'gemideld') — bedoelde je 'gemiddeld'?",
        replace(FICHE, "betrokkenheid: gemiddeld", "betrokkenheid: gemideld"),
    ),
    case(
        "enum-suggestion-capitals",
        f"{FICHE}:21:17: locaties[1].adres.gemeente: onbekende waarde (verwacht een van: noorddorp, zuiddorp;"
        " gevonden 'Noorddorp') — bedoelde je 'noorddorp'?",
        replace(FICHE, "gemeente: noorddorp", "gemeente: Noorddorp"),
    ),
    case(
        "enum-no-suggestion",
        f"{FICHE}:4:16: betrokkenheid: onbekende waarde (verwacht een van: kernpartner, gemiddeld, minimaal, indirect;"
        " gevonden 'sponsor')",
        replace(FICHE, "betrokkenheid: gemiddeld", "betrokkenheid: sponsor"),
    ),
    case(
        "enum-long-list",
        f"{FICHE}:3:9: types[1]: onbekende waarde (verwacht een van de 43 codes uit de woordenlijst"
        " (zie docs/velden.md); gevonden 'bibliotheken') — bedoelde je 'bibliotheek'?",
        replace(FICHE, "types: [bibliotheek]", "types: [bibliotheken]"),
    ),
    case(
        "type-number-for-text",
        f"{FICHE}:19:15: locaties[1].adres.straat: verkeerde soort waarde (verwacht tekst, gevonden 1234)"
        ' — zet de waarde tussen aanhalingstekens: "1234"',
        replace(FICHE, "straat: Marktplein 1", "straat: 1234"),
    ),
    case(
        "type-null-optional",
        f"{FICHE}:12:8: gratis: verkeerde soort waarde (verwacht true of false, gevonden niets)"
        " — vul een waarde in of verwijder de regel",
        replace(FICHE, "gratis: true", "gratis:"),
    ),
    case(
        "type-null-required",
        f"{FICHE}:2:6: naam: verkeerde soort waarde (verwacht tekst, gevonden niets) — vul een waarde in",
        replace(FICHE, "naam: Bibliotheek Noorddorp", "naam:"),
    ),
    case(
        "type-text-for-list",
        f"{FICHE}:3:8: types: verkeerde soort waarde (verwacht een lijst (regels die met '- ' beginnen),"
        " gevonden 'bibliotheek') — schrijf een lijst: [bibliotheek]",
        replace(FICHE, "types: [bibliotheek]", "types: bibliotheek"),
    ),
    case(
        "type-ja-for-boolean",
        f"{FICHE}:12:9: gratis: verkeerde soort waarde (verwacht true of false, gevonden 'ja') — bedoelde je true?",
        replace(FICHE, "gratis: true", "gratis: ja"),
    ),
    case(
        "type-quoted-number-for-integer",
        f"{ACTS}:18:13: activiteiten[2].herhaling.week: verkeerde soort waarde (verwacht een geheel getal,"
        " gevonden '1') — haal de aanhalingstekens weg: 1",
        replace(ACTS, "frequentie: wekelijks", "frequentie: maandelijks"),
        replace(ACTS, "      dagen: [wo]\n", '      dagen: [wo]\n      week: "1"\n'),
    ),
    case(
        "type-unquoted-decimal-time",
        f'{ACTS}:24:10: activiteiten[2].van: verkeerde soort waarde (verwacht {TIME}, gevonden 9.30) — bedoelde je "09:30"?',
        replace(ACTS, 'van: "09:30"', "van: 9.30"),
    ),
    case(
        "date-format-day-first",
        f"{FICHE}:32:19: laatst_nagekeken: ongeldige datum (verwacht {DATE}; gevonden '01-10-2026')"
        " — bedoelde je 2026-10-01?",
        replace(FICHE, 'laatst_nagekeken: "2026-10-01"', 'laatst_nagekeken: "01-10-2026"'),
    ),
    case(
        "date-format-slashes",
        f"{ACTS}:8:12: activiteiten[1].datum: ongeldige datum (verwacht {DATE}; gevonden '5/12/2026')"
        " — bedoelde je 2026-12-05?",
        replace(ACTS, 'datum: "2026-12-05"', 'datum: "5/12/2026"'),
    ),
    case(
        "date-does-not-exist",
        f"{ACTS}:19:19: activiteiten[2].herhaling.tot_en_met: ongeldige datum (verwacht {DATE}; gevonden '2027-02-30')"
        " — kijk na of die dag bestaat",
        replace(ACTS, 'tot_en_met: "2027-01-27"', 'tot_en_met: "2027-02-30"'),
    ),
    case(
        "time-format-single-digit-hour",
        f"{ACTS}:24:10: activiteiten[2].van: ongeldige waarde (verwacht {TIME}; gevonden '9:30') — bedoelde je \"09:30\"?",
        replace(ACTS, 'van: "09:30"', "van: 9:30"),
    ),
    case(
        "time-format-dot",
        f"{ACTS}:24:10: activiteiten[2].van: ongeldige waarde (verwacht {TIME}; gevonden '9.30') — bedoelde je \"09:30\"?",
        replace(ACTS, 'van: "09:30"', 'van: "9.30"'),
    ),
    case(
        "time-format-h",
        f"{FICHE}:24:14: locaties[1].openingsuren[1].van: ongeldige waarde (verwacht {TIME}; gevonden '9h00')"
        ' — bedoelde je "09:00"?',
        replace(FICHE, 'van: "09:00"', 'van: "9h00"'),
    ),
    case(
        "time-format-u",
        f"{ACTS}:24:10: activiteiten[2].van: ongeldige waarde (verwacht {TIME}; gevonden '9u30') — bedoelde je \"09:30\"?",
        replace(ACTS, 'van: "09:30"', 'van: "9u30"'),
    ),
    case(
        "pattern",
        f"{FICHE}:27:10: contact.email: ongeldige waarde (verwacht een e-mailadres, zoals info@voorbeeld.be;"
        " gevonden 'bib(at)noorddorp.be')",
        replace(FICHE, "email: bib@noorddorp.example.org", "email: bib(at)noorddorp.be"),
    ),
    case(
        "min-items",
        f"{FICHE}:9:17: levensdomeinen: lege lijst (verwacht minstens één waarde, gevonden geen enkele) — vul de lijst aan",
        replace(FICHE, "levensdomeinen: [vrije-tijd, onderwijs]", "levensdomeinen: []"),
    ),
    case(
        "min-length-empty",
        f"{CB_FICHE}:5:15: beschrijving: lege tekst (verwacht tekst, of per taal een tekst met minstens nl:,"
        " gevonden '') — vul een tekst in",
        replace(CB_FICHE, "beschrijving: Consulten voor baby's en peuters.", 'beschrijving: ""'),
    ),
    case(
        "min-length-too-short",
        f"{HUIS}:2:7: naam: te korte tekst (verwacht minstens 3 tekens, gevonden 'HK') — vul de volledige naam in",
        replace(HUIS, "naam: Huis van het Kind Testdorp", "naam: HK"),
    ),
    case(
        "unique-items",
        f"{FICHE}:13:17: talen[3]: dubbele waarde (verwacht elke waarde één keer, gevonden 'nl' nog eens)"
        " — verwijder de tweede",
        replace(FICHE, "talen: [nl, fr]", "talen: [nl, fr, nl]"),
    ),
    case(
        "unknown-language-key",
        f"{ACTS}:6:7: activiteiten[1].titel.de: onbekende taalcode (verwacht een van: nl, fr, ar, en, tr, uk; gevonden 'de')"
        " — voeg de taal eerst toe aan talen in huis.yml",
        replace(ACTS, "      fr: Heure du conte", "      de: Vorlesestunde"),
    ),
    case(
        "unknown-language-key-suggestion",
        f"{ACTS}:6:7: activiteiten[1].titel.Fr: onbekende taalcode (verwacht een van: nl, fr, ar, en, tr, uk; gevonden 'Fr')"
        " — bedoelde je 'fr'?",
        replace(ACTS, "      fr: Heure du conte", "      Fr: Heure du conte"),
    ),
    case(
        "key-not-a-slug",
        f"{HUIS}:20:7: woordenlijsten.campagnes.toevoegen.Dag van de Vader: ongeldige sleutel (verwacht kleine"
        " letters, cijfers en koppeltekens, zoals 'babyzwemmen-dorp'; gevonden 'Dag van de Vader')",
        append(HUIS, "woordenlijsten:\n  campagnes:\n    toevoegen:\n      Dag van de Vader: Vaderdag\n"),
    ),
    case(
        "per-datum-key-not-a-date",
        f"{ACTS}:22:7: activiteiten[2].per_datum.13-01-2027: ongeldige datum (verwacht {DATE}; gevonden '13-01-2027')"
        " — bedoelde je 2027-01-13?",
        replace(ACTS, '"2027-01-13":', '"13-01-2027":'),
    ),
    case(
        "type-nee-for-boolean",
        f"{FICHE}:12:9: gratis: verkeerde soort waarde (verwacht true of false, gevonden 'nee') — bedoelde je false?",
        replace(FICHE, "gratis: true", "gratis: nee"),
    ),
    case(
        "type-quoted-true-for-boolean",
        f"{FICHE}:12:9: gratis: verkeerde soort waarde (verwacht true of false, gevonden 'true')"
        " — haal de aanhalingstekens weg: true",
        replace(FICHE, "gratis: true", 'gratis: "true"'),
    ),
    case(
        "type-quoted-number-not-a-choice",
        f"{ACTS}:18:13: activiteiten[2].herhaling.week: verkeerde soort waarde (verwacht een geheel getal,"
        " gevonden '5') — kies een van: 1, 2, 3, 4, -1 (zonder aanhalingstekens)",
        replace(ACTS, "frequentie: wekelijks", "frequentie: maandelijks"),
        replace(ACTS, "      dagen: [wo]\n", '      dagen: [wo]\n      week: "5"\n'),
    ),
    case(
        "type-boolean-for-choice",
        f"{FICHE}:4:16: betrokkenheid: verkeerde soort waarde (verwacht een van: kernpartner, gemiddeld, minimaal,"
        " indirect; gevonden true)",
        replace(FICHE, "betrokkenheid: gemiddeld", "betrokkenheid: true"),
    ),
    case(
        "type-number-for-time",
        f'{ACTS}:24:10: activiteiten[2].van: verkeerde soort waarde (verwacht {TIME}, gevonden 9) — bedoelde je "09:00"?',
        replace(ACTS, 'van: "09:30"', "van: 9"),
    ),
    case(
        "date-format-missing-zero",
        f"{ACTS}:8:12: activiteiten[1].datum: ongeldige datum (verwacht {DATE}; gevonden '2026-12-5')"
        " — bedoelde je 2026-12-05?",
        replace(ACTS, 'datum: "2026-12-05"', 'datum: "2026-12-5"'),
    ),
    case(
        "time-format-u-without-minutes",
        f"{ACTS}:24:10: activiteiten[2].van: ongeldige waarde (verwacht {TIME}; gevonden '9u') — bedoelde je \"09:00\"?",
        replace(ACTS, 'van: "09:30"', 'van: "9u"'),
    ),
]

YAML_CASES = [
    case(
        "yaml-tab",
        f"{FICHE}:7:1: "
        + YAML.format("een tab (gebruik spaties om in te springen)")
        + " — vervang de tab door spaties, evenveel als bij de andere regels op die hoogte",
        replace(FICHE, "  fr: Des livres", "\tfr: Des livres"),
    ),
    case(
        "yaml-bad-indentation",
        f"{FICHE}:17:4: " + YAML.format("een regel die niet goed is ingesprongen") + YAML_HINT,
        replace(FICHE, "    naam: Bibliotheek\n", "   naam: Bibliotheek\n"),
    ),
    case(
        "yaml-unclosed-quote",
        f"{FICHE}:2:7: "
        + YAML.format("een aanhalingsteken dat niet gesloten wordt")
        + ' — zet een " aan het einde van de tekst op deze regel',
        replace(FICHE, "naam: Bibliotheek Noorddorp", 'naam: "Bibliotheek Noorddorp'),
    ),
    case(
        "yaml-unclosed-quote-last-line",
        f"{FICHE}:33:14: "
        + YAML.format("het einde van het bestand terwijl een aanhalingsteken nog openstaat")
        + ' — zet een " aan het einde van de tekst op deze regel',
        replace(FICHE, 'beheerders: ["@bib-noorddorp"]', 'beheerders: ["@bib-noorddorp]'),
    ),
    case(
        "yaml-apostrophe-in-single-quotes",
        f"{CB_FICHE}:5:36: "
        + YAML.format("tekst na het aanhalingsteken dat de tekst afsluit")
        + " — schrijf een ' binnen '...' dubbel ('') of zet de tekst tussen dubbele aanhalingstekens",
        replace(
            CB_FICHE,
            "beschrijving: Consulten voor baby's en peuters.",
            "beschrijving: 'Consulten voor baby's en peuters.'",
        ),
    ),
    case(
        "yaml-missing-colon",
        f"{FICHE}:4:14: "
        + YAML.format("een regel zonder dubbele punt na de veldnaam")
        + " — zet een dubbele punt na de veldnaam: betrokkenheid: gemiddeld",
        replace(FICHE, "betrokkenheid: gemiddeld", "betrokkenheid gemiddeld"),
    ),
    case(
        "yaml-unclosed-list",
        f"{FICHE}:3:8: " + YAML.format("een lijst die met [ begint maar niet met ] sluit") + YAML_HINT,
        replace(FICHE, "types: [bibliotheek]", "types: [bibliotheek"),
    ),
    case(
        "yaml-unquoted-at-sign",
        f"{FICHE}:33:14: "
        + YAML.format("een waarde die met @ begint")
        + ' — zet een waarde die met @ begint tussen aanhalingstekens, zoals "@jan-peeters"',
        replace(FICHE, 'beheerders: ["@bib-noorddorp"]', "beheerders: [@bib-noorddorp]"),
    ),
    case(
        "yaml-two-documents",
        f"{FICHE}:34:1: " + YAML.format("meer dan één document (--- ) in één bestand") + YAML_HINT,
        append(FICHE, "---\nnaam: Bib\n"),
    ),
    case(
        "yaml-colon-in-value",
        f"{FICHE}:2:18: " + YAML.format("een dubbele punt op een plek waar geen veld kan beginnen") + YAML_HINT,
        replace(FICHE, "naam: Bibliotheek Noorddorp", "naam: Bibliotheek: Noorddorp"),
    ),
    case(
        "yaml-list-item-indentation",
        f"{CB_FICHE}:13:5: " + YAML.format("een lijstteken '-' dat niet goed is ingesprongen") + YAML_HINT,
        replace(CB_FICHE, "  - id: stationsplein", "    - id: stationsplein"),
    ),
    case(
        "yaml-undefined-alias",
        f"{FICHE}:2:7: " + YAML.format("een verwijzing (*) naar iets dat niet bestaat") + YAML_HINT,
        replace(FICHE, "naam: Bibliotheek Noorddorp", "naam: *bib"),
    ),
    case(
        "yaml-markdown-emphasis-at-start",
        f"{CB_FICHE}:5:15: " + YAML.format("een tekst die met * begint") + " — zet de tekst tussen aanhalingstekens",
        replace(CB_FICHE, "beschrijving: Consulten", "beschrijving: *Gratis* consulten"),
    ),
    case(
        "yaml-duplicate-key",
        f"{FICHE}:34:1: naam: veld 'naam' staat twee keer in dezelfde lijst van velden (verwacht elk veld één keer,"
        " gevonden ook op regel 2) — voeg de twee samen of verwijder er een",
        append(FICHE, "naam: Bib\n"),
    ),
    case(
        "yaml-control-character",
        f"{FICHE}:6:27: het bestand bevat een onzichtbaar stuurteken (verwacht gewone tekst, gevonden teken U+000B)"
        " — verwijder het teken of typ de tekst opnieuw",
        replace(FICHE, "spelletjes voor", "spelletjes\x0bvoor"),
    ),
    case(
        "file-not-utf8",
        f"{FICHE}:1:1: het bestand is niet in UTF-8 opgeslagen (verwacht UTF-8-tekst) — bewaar het opnieuw als UTF-8 in je editor",
        latin1_fiche,
    ),
    case(
        "file-empty",
        f"{ACTS}:1:1: het bestand is leeg (verwacht velden zoals in het voorbeeld)",
        write(ACTS, ""),
    ),
    case(
        "file-only-comments",
        f"{CB_FICHE}:1:1: het bestand is leeg (verwacht velden zoals in het voorbeeld)",
        write(CB_FICHE, "# nog in te vullen\n"),
    ),
    case(
        "huis-file-empty",
        f"{HUIS}:1:1: het bestand is leeg (verwacht velden zoals in het voorbeeld)",
        write(HUIS, ""),
    ),
    case(
        "yaml-text-after-closing-quote",
        f"{FICHE}:2:21: "
        + YAML.format("tekst na het aanhalingsteken dat de tekst afsluit")
        + " — zet de hele tekst tussen de aanhalingstekens",
        replace(FICHE, "naam: Bibliotheek Noorddorp", 'naam: "Bibliotheek" Noorddorp'),
    ),
    case(
        "yaml-quote-in-double-quotes",
        f"{FICHE}:2:21: "
        + YAML.format("tekst na het aanhalingsteken dat de tekst afsluit")
        + ' — schrijf een " binnen "..." als \\" of zet de tekst tussen enkele aanhalingstekens',
        replace(FICHE, "naam: Bibliotheek Noorddorp", 'naam: "Bibliotheek "Noorddorp""'),
    ),
    case(
        "yaml-backslash-in-double-quotes",
        f"{FICHE}:19:21: "
        + YAML.format("een \\ binnen dubbele aanhalingstekens")
        + " — schrijf \\\\ voor een \\ of zet de tekst tussen enkele aanhalingstekens",
        replace(FICHE, "straat: Marktplein 1", 'straat: "Markt\\plein 1"'),
    ),
    case(
        "yaml-unclosed-flow-mapping",
        f"{FICHE}:10:12: " + YAML.format("een lijst van velden die met { begint maar niet met } sluit") + YAML_HINT,
        replace(FICHE, "doelgroep:\n  kinderen: [0-3, 3-6]", "doelgroep: {kinderen: [0-3, 3-6]"),
    ),
    case(
        "yaml-missing-comma-in-flow-mapping",
        f"{FICHE}:28:41: " + YAML.format("een lijst van velden tussen { en } waarin een komma ontbreekt") + YAML_HINT,
        replace(
            FICHE,
            "  persoon:\n    naam: An Peeters\n    toestemming: true",
            "  persoon: {naam: An Peeters toestemming: true}",
        ),
    ),
    case(
        "yaml-extra-bracket",
        f"{FICHE}:3:21: " + YAML.format("een haakje ] of } te veel") + YAML_HINT,
        replace(FICHE, "types: [bibliotheek]", "types: [bibliotheek]]"),
    ),
    case(
        "yaml-ampersand-at-start",
        f"{FICHE}:2:7: " + YAML.format("een tekst die met & begint") + " — zet de tekst tussen aanhalingstekens",
        replace(FICHE, "naam: Bibliotheek Noorddorp", "naam: & Noorddorp"),
    ),
    case(
        "yaml-percent-at-start",
        f"{FICHE}:2:7: " + YAML.format("een waarde die met % begint") + " — zet de tekst tussen aanhalingstekens",
        replace(FICHE, "naam: Bibliotheek Noorddorp", "naam: %Bibliotheek"),
    ),
    case(
        "yaml-tag",
        f"{FICHE}:2:7: " + YAML.format("een waarde die met ! begint") + " — zet de tekst tussen aanhalingstekens",
        replace(FICHE, "naam: Bibliotheek Noorddorp", "naam: !Belangrijk Bibliotheek"),
    ),
    case(
        "yaml-block-scalar",
        f"{CB_FICHE}:5:17: " + YAML.format("een tekstblok (| of >) dat niet goed geschreven is") + YAML_HINT,
        replace(CB_FICHE, "beschrijving: Consulten", "beschrijving: | Consulten"),
    ),
    case(
        "yaml-duplicate-anchor",
        f"{FICHE}:17:11: " + YAML.format("een anker (&) dat twee keer voorkomt") + " — geef elk anker een eigen naam",
        replace(FICHE, "naam: Bibliotheek Noorddorp", "naam: &bib Bibliotheek Noorddorp"),
        replace(FICHE, "    naam: Bibliotheek\n", "    naam: &bib Bibliotheek\n"),
    ),
    case(
        "yaml-recursive-alias",
        f"{FICHE}:31:8: "
        + YAML.format("een verwijzing (*) naar het blok waarin ze zelf staat")
        + " — verwijs niet naar het blok waarin de verwijzing zelf staat, of schrijf de waarde uit",
        replace(FICHE, "contact:\n", "contact: &c\n"),
        replace(FICHE, "    toestemming: true\n", "    toestemming: true\n  ook: *c\n"),
    ),
]

CHECK_CASES = [
    case(
        "logo-missing",
        f"{FICHE}:31:7: logo: logobestand bestaat niet (verwacht een bestand in {BIB}/, gevonden 'logo.png')"
        " — bedoelde je 'logo.svg'?",
        replace(FICHE, "logo: logo.svg", "logo: logo.png"),
    ),
    case(
        "logo-missing-no-suggestion",
        f"{FICHE}:31:7: logo: logobestand bestaat niet (verwacht een bestand in {BIB}/, gevonden 'beeldmerk.gif')"
        " — upload het logo in de map van de partner",
        replace(FICHE, "logo: logo.svg", "logo: beeldmerk.gif"),
    ),
    case(
        "logo-outside-folder",
        f"{FICHE}:31:7: logo: logo staat buiten de map van de partner (verwacht een bestand in {BIB}/,"
        " gevonden '../../assets/logo.svg') — kopieer het logo naar de map van de partner",
        replace(FICHE, "logo: logo.svg", "logo: ../../assets/logo.svg"),
    ),
    case(
        "logo-too-large",
        f"{FICHE}:31:7: logo: logo is te groot (verwacht hoogstens 1 MB, gevonden 1,2 MB)"
        " — verklein het beeld of bewaar het als SVG",
        write(f"{BIB}/logo.png", b"\x89PNG" + bytes(1_200_000)),
        replace(FICHE, "logo: logo.svg", "logo: logo.png"),
    ),
    case(
        "logo-not-an-image",
        f"{FICHE}:31:7: logo: logo is geen afbeelding (verwacht SVG, PNG, JPG of WebP, gevonden 'logo.png')"
        " — bewaar het logo als PNG of SVG",
        write(f"{BIB}/logo.png", b"dit is geen afbeelding"),
        replace(FICHE, "logo: logo.svg", "logo: logo.png"),
    ),
    case(
        "language-name-instead-of-code",
        f"{FICHE}:13:13: talen[2]: " + LANGUAGE.format("Arabisch") + " — bedoelde je 'ar'?",
        replace(FICHE, "talen: [nl, fr]", "talen: [nl, Arabisch]"),
    ),
    case(
        "language-three-letter-code",
        f"{FICHE}:13:13: talen[2]: " + LANGUAGE.format("ara") + " — bedoelde je 'ar'?",
        replace(FICHE, "talen: [nl, fr]", "talen: [nl, ara]"),
    ),
    case(
        "language-name-in-activity",
        f"{ACTS}:8:17: activiteiten[1].talen[2]: " + LANGUAGE.format("Arabisch") + " — bedoelde je 'ar'?",
        replace(ACTS, "    soort: evenement\n", "    soort: evenement\n    talen: [nl, Arabisch]\n"),
    ),
    case(
        "person-without-consent",
        f"{FICHE}:30:18: contact.persoon.toestemming: naam van een persoon zonder toestemming (verwacht"
        " toestemming: true, gevonden false) — verwijder de naam of vraag eerst toestemming",
        replace(FICHE, "toestemming: true", "toestemming: false"),
    ),
    case(
        "fiche-stale",
        f"{FICHE}:32:19: laatst_nagekeken: fiche niet nagekeken sinds 2025-05-22 (verwacht hoogstens 12 maanden"
        " geleden, gevonden 18 maanden) — vraag @bib-noorddorp de fiche na te kijken",
        replace(FICHE, 'laatst_nagekeken: "2026-10-01"', 'laatst_nagekeken: "2025-05-22"'),
        warning=True,
    ),
    case(
        "fiche-stale-just-over-a-year",
        f"{FICHE}:32:19: laatst_nagekeken: fiche niet nagekeken sinds 2025-11-01 (verwacht hoogstens 12 maanden"
        " geleden, gevonden 12 maanden en 21 dagen) — vraag @bib-noorddorp de fiche na te kijken",
        replace(FICHE, 'laatst_nagekeken: "2026-10-01"', 'laatst_nagekeken: "2025-11-01"'),
        warning=True,
    ),
    case(
        "fiche-not-reviewed",
        f"{CB_FICHE}:2:1: laatst_nagekeken: de fiche zegt niet wanneer ze het laatst is nagekeken (verwacht laatst_nagekeken:"
        " JJJJ-MM-DD, gevonden niets) — kijk de fiche na en vul de datum in",
        replace(CB_FICHE, 'laatst_nagekeken: "2026-06-15"\n', ""),
        warning=True,
    ),
    case(
        "review-date-in-future",
        f"{FICHE}:32:19: laatst_nagekeken: datum in de toekomst (verwacht vandaag of vroeger, gevonden 2026-12-01)",
        replace(FICHE, 'laatst_nagekeken: "2026-10-01"', 'laatst_nagekeken: "2026-12-01"'),
    ),
    case(
        "duplicate-location-id",
        f"{CB_FICHE}:13:9: locaties[2].id: dubbele locatiecode (verwacht een unieke code, gevonden 'kerkstraat'"
        " ook bij locaties[1]) — geef elke locatie een eigen code",
        replace(CB_FICHE, "- id: stationsplein", "- id: kerkstraat"),
    ),
    case(
        "opening-hours-end-before-start",
        f"{FICHE}:25:14: locaties[1].openingsuren[1].tot: einduur ligt niet na beginuur (verwacht later dan 09:00,"
        " gevonden 08:00)",
        replace(FICHE, 'tot: "12:00"', 'tot: "08:00"'),
    ),
    case(
        "activity-end-before-start",
        f"{ACTS}:10:10: activiteiten[1].tot: einduur ligt niet na beginuur (verwacht later dan 10:00, gevonden 09:45)",
        replace(ACTS, 'van: "10:00"\n    tot: "11:00"', 'van: "10:00"\n    tot: "09:45"'),
    ),
    case(
        "activity-date-and-series",
        f"{ACTS}:13:5: activiteiten[2]: datum en herhaling samen (verwacht datum: of herhaling:, gevonden beide)"
        " — gebruik datum voor één keer, herhaling voor een reeks",
        replace(ACTS, "    titel: Babyspel\n", '    titel: Babyspel\n    datum: "2026-12-02"\n'),
    ),
    case(
        "activity-neither-date-nor-series",
        f"{ACTS}:3:5: activiteiten[1]: wanneer ontbreekt (verwacht datum: of herhaling:, gevonden geen van beide)"
        " — gebruik datum voor één keer, herhaling voor een reeks",
        replace(ACTS, '    datum: "2026-12-05"\n', ""),
    ),
    case(
        "series-end-before-start",
        f"{ACTS}:19:19: activiteiten[2].herhaling.tot_en_met: einde ligt voor het begin (verwacht 2026-11-25 of later,"
        " gevonden 2026-11-01)",
        replace(ACTS, 'tot_en_met: "2027-01-27"', 'tot_en_met: "2026-11-01"'),
    ),
    case(
        "monthly-series-without-week",
        f"{ACTS}:16:7: activiteiten[2].herhaling: maandelijkse reeks zonder vaste dag (verwacht één dag en week:,"
        " zoals dagen: [wo] en week: 1 voor elke eerste woensdag)",
        replace(ACTS, "frequentie: wekelijks", "frequentie: maandelijks"),
    ),
    case(
        "week-on-weekly-series",
        f"{ACTS}:18:13: activiteiten[2].herhaling.week: week: hoort alleen bij een maandelijkse reeks"
        " (gevonden frequentie 'wekelijks') — verwijder week:",
        replace(ACTS, "      dagen: [wo]\n", "      dagen: [wo]\n      week: 1\n"),
    ),
    case(
        "moved-without-new-date",
        f"{ACTS}:8:13: activiteiten[1].status: verplaatst zonder nieuwe datum (verwacht verplaatst_naar: met een"
        " datum, gevonden niets) — voeg verplaatst_naar: {datum: JJJJ-MM-DD} toe",
        replace(ACTS, "    soort: evenement\n", "    soort: evenement\n    status: verplaatst\n"),
    ),
    case(
        "moved-date-without-new-date",
        f"{ACTS}:23:9: activiteiten[2].per_datum.2027-01-13: verplaatst zonder nieuwe datum (verwacht"
        " verplaatst_naar: met een datum, gevonden niets) — voeg verplaatst_naar: {datum: JJJJ-MM-DD} toe",
        replace(ACTS, "status: afgelast", "status: verplaatst"),
    ),
    case(
        "new-date-without-status-moved",
        f"{ACTS}:9:7: activiteiten[1].verplaatst_naar: nieuwe datum bij een activiteit die niet verplaatst is"
        " (verwacht status: verplaatst, gevonden 'gepland')",
        replace(
            ACTS, "    soort: evenement\n", '    soort: evenement\n    verplaatst_naar:\n      datum: "2026-12-12"\n'
        ),
    ),
    case(
        "co-organiser-unknown",
        f"{ACTS}:27:26: activiteiten[2].mede_organisatoren[1]: onbekende partner (verwacht de mapnaam van een andere"
        " partner, gevonden 'cb-zuidorp') — bedoelde je 'cb-zuiddorp'?",
        replace(ACTS, "mede_organisatoren: [cb-zuiddorp]", "mede_organisatoren: [cb-zuidorp]"),
    ),
    case(
        "co-organiser-self",
        f"{ACTS}:27:26: activiteiten[2].mede_organisatoren[1]: een partner kan niet met zichzelf samenwerken"
        " (verwacht een andere partner, gevonden de partner zelf) — verwijder 'bib-noorddorp' uit mede_organisatoren",
        replace(ACTS, "mede_organisatoren: [cb-zuiddorp]", "mede_organisatoren: [bib-noorddorp]"),
    ),
    case(
        "location-missing-with-several",
        f"{CB_ACTS}:2:5: activiteiten[1]: locatie ontbreekt (verwacht locatie: met een code of een adres, gevonden"
        " niets terwijl de partner 2 locaties heeft) — kies een van: kerkstraat, stationsplein",
        write(CB_ACTS, CB_ACTIVITY.format(id="spreekuur", locatie="")),
    ),
    case(
        "location-missing-without-locations",
        f"{ACTS}:3:5: activiteiten[1]: locatie ontbreekt (verwacht locatie: met een code of een adres, gevonden"
        " niets terwijl de partner geen locaties heeft) — geef een naam en adres",
        replace(FICHE, "locaties:\n  - id: bib\n", "andere_locaties:\n  - id: bib\n"),
        remove_fiche_block("andere_locaties:", "contact:"),
    ),
    case(
        "location-unknown",
        f"{ACTS}:26:14: activiteiten[2].locatie: onbekende locatie (verwacht een van: bib; gevonden 'bibb')"
        " — bedoelde je 'bib'?",
        replace(ACTS, "locatie: cb-zuiddorp/kerkstraat", "locatie: bibb"),
    ),
    case(
        "location-unknown-of-other-partner",
        f"{ACTS}:26:14: activiteiten[2].locatie: onbekende locatie (verwacht een van: cb-zuiddorp/kerkstraat,"
        " cb-zuiddorp/stationsplein; gevonden 'cb-zuiddorp/kerkstrat') — bedoelde je 'cb-zuiddorp/kerkstraat'?",
        replace(ACTS, "locatie: cb-zuiddorp/kerkstraat", "locatie: cb-zuiddorp/kerkstrat"),
    ),
    case(
        "location-unknown-partner",
        f"{ACTS}:26:14: activiteiten[2].locatie: onbekende partner in locatie (verwacht 'partner/locatie', gevonden"
        " 'cb-zuidorp/kerkstraat') — bedoelde je 'cb-zuiddorp'?",
        replace(ACTS, "locatie: cb-zuiddorp/kerkstraat", "locatie: cb-zuidorp/kerkstraat"),
    ),
    case(
        "activity-id-duplicate-across-partners",
        f"{CB_ACTS}:2:9: activiteiten[1].id: dubbele activiteitscode (verwacht een unieke code, gevonden 'voorleesuur'"
        f" ook in {ACTS}:3) — geef de nieuwste activiteit een andere code, zoals 'voorleesuur-2'; de code van een"
        " activiteit die al op de site staat blijft beter, want affiches verwijzen ernaar",
        write(CB_ACTS, CB_ACTIVITY.format(id="voorleesuur", locatie="    locatie: kerkstraat\n")),
    ),
    case(
        "series-exception-not-in-series",
        f"{ACTS}:20:17: activiteiten[2].herhaling.behalve[1]: datum valt niet in de reeks (verwacht een datum van de"
        " reeks, gevonden 2026-12-31) — bedoelde je 2026-12-30?",
        replace(ACTS, 'behalve: ["2026-12-30"]', 'behalve: ["2026-12-31"]'),
    ),
    case(
        "series-per-date-not-in-series",
        f"{ACTS}:22:7: activiteiten[2].per_datum.2027-01-14: datum valt niet in de reeks (verwacht een datum van de"
        " reeks, gevonden 2027-01-14) — bedoelde je 2027-01-13?",
        replace(ACTS, '"2027-01-13":', '"2027-01-14":'),
    ),
    case(
        "activity-without-audience",
        f"{ACTS}:3:5: activiteiten[1]: activiteit zonder leeftijdsgroep (verwacht doelgroep: met kinderen of ouders)"
        " — zo vinden gezinnen ze bij 'mijn kind is ...'",
        replace(ACTS, "    doelgroep:\n      kinderen: [3-6]\n", ""),
        warning=True,
    ),
    case(
        "series-without-dates",
        f"{ACTS}:16:7: activiteiten[2].herhaling: reeks zonder data (verwacht minstens één datum tussen vanaf en"
        " tot_en_met, gevonden geen enkele) — kijk na of de dagen (en week:) wel tussen vanaf en tot_en_met vallen",
        replace(ACTS, 'vanaf: "2026-11-25"', 'vanaf: "2026-11-26"'),
        replace(ACTS, 'tot_en_met: "2027-01-27"', 'tot_en_met: "2026-11-30"'),
    ),
]

SOURCE_CASES = [
    case(
        "huis-missing",
        f"{HUIS}:1:1: huis.yml ontbreekt (verwacht de instellingen van het Huis in <root>/huis.yml)"
        " — kopieer huis.yml van het voorbeeld",
        remove(HUIS),
    ),
    case(
        "huis-first-language-not-nl",
        f"{HUIS}:13:9: talen[1]: de eerste taal is de standaardtaal (verwacht 'nl', gevonden 'fr') — zet nl vooraan",
        replace(HUIS, "talen: [nl, fr, ar]", "talen: [fr, nl, ar]"),
    ),
    case(
        "huis-unknown-language",
        f"{HUIS}:13:17: talen[3]: " + LANGUAGE.format("xx"),
        replace(HUIS, "talen: [nl, fr, ar]", "talen: [nl, fr, xx]"),
    ),
    case(
        "huis-duplicate-municipality",
        f"{HUIS}:7:9: gemeenten[2].id: dubbele gemeentecode (verwacht een unieke code, gevonden 'noorddorp' twee keer)",
        replace(HUIS, "- id: zuiddorp", "- id: noorddorp"),
    ),
    case(
        "huis-colour-contrast",
        f"{HUIS}:16:12: kleuren.primair: te weinig contrast met wit voor tekst (verwacht minstens 4,5:1 voor WCAG AA,"
        " gevonden 1,5:1 voor #ffcc00): de site en het drukwerk gebruiken #8e7200 voor tekst, links en knoppen"
        " — kies zelf een donkerdere tint als je '#8e7200' niet mooi vindt",
        replace(HUIS, 'primair: "#1d5e8c"', 'primair: "#ffcc00"'),
        warning=True,
    ),
    case(
        "huis-logo-missing",
        f"{HUIS}:14:7: logo: logobestand bestaat niet (verwacht een bestand vanaf de hoofdmap, gevonden 'logo.svg')"
        " — bedoelde je 'assets/logo.svg'?",
        replace(HUIS, "logo: assets/logo.svg", "logo: logo.svg"),
    ),
    case(
        "huis-logo-missing-no-suggestion",
        f"{HUIS}:14:7: logo: logobestand bestaat niet (verwacht een bestand vanaf de hoofdmap, gevonden"
        " 'beeldmerk.gif') — zet het logo in assets/ en schrijf het pad vanaf de hoofdmap, zoals assets/logo.svg",
        replace(HUIS, "logo: assets/logo.svg", "logo: beeldmerk.gif"),
    ),
    case(
        "huis-logo-near-miss",
        f"{HUIS}:14:7: logo: logobestand bestaat niet (verwacht een bestand vanaf de hoofdmap, gevonden"
        " 'assets/logo.png') — bedoelde je 'assets/logo.svg'?",
        replace(HUIS, "logo: assets/logo.svg", "logo: assets/logo.png"),
    ),
    case(
        "partner-folder-bad-name",
        "partners/CB Zuiddorp/:1:1: ongeldige mapnaam (verwacht kleine letters, cijfers en koppeltekens,"
        " gevonden 'CB Zuiddorp') — bedoelde je 'cb-zuiddorp'?",
        rename(CB, "partners/CB Zuiddorp"),
    ),
    case(
        "partner-folder-accents",
        "partners/Crèche Zonneschijn/:1:1: ongeldige mapnaam (verwacht kleine letters, cijfers en koppeltekens,"
        " gevonden 'Crèche Zonneschijn') — bedoelde je 'creche-zonneschijn'?",
        rename(CB, "partners/Crèche Zonneschijn"),
    ),
    case(
        "partner-folder-duplicate",
        f"{BIB}/:1:1: dubbele partnermap (verwacht een unieke naam, gevonden ook 'partners/Bib-noorddorp')",
        copy_dir(BIB, "partners/Bib-noorddorp"),
    ),
    case(
        "partner-unknown-file",
        f"{BIB}/activiteiten.yaml:1:1: onbekend bestand (verwacht fiche.yml, activiteiten.yml of een logo,"
        " gevonden 'activiteiten.yaml') — bedoelde je 'activiteiten.yml'?",
        rename(ACTS, f"{BIB}/activiteiten.yaml"),
    ),
    case(
        "partner-fiche-missing",
        f"{CB_FICHE}:1:1: fiche ontbreekt (verwacht {CB_FICHE}) — kopieer een fiche van een andere partner en pas ze aan",
        remove(CB_FICHE),
    ),
    case(
        "no-partners",
        "partners/:1:1: geen partners gevonden (verwacht een map per partner in partners/, met een fiche.yml)",
        remove("partners"),
    ),
    case(
        "huis-language-name",
        f"{HUIS}:13:17: talen[3]: " + LANGUAGE.format("Arabisch") + " — bedoelde je 'ar'?",
        replace(HUIS, "talen: [nl, fr, ar]", "talen: [nl, fr, Arabisch]"),
    ),
    case(
        "huis-logo-outside-root",
        f"{HUIS}:14:7: logo: logo staat buiten de hoofdmap van het Huis (verwacht een bestand vanaf de hoofdmap,"
        " gevonden '../logo.svg') — kopieer het logo naar assets/",
        replace(HUIS, "logo: assets/logo.svg", "logo: ../logo.svg"),
    ),
    case(
        "huis-logo-not-an-image",
        f"{HUIS}:14:7: logo: logo is geen afbeelding (verwacht SVG, PNG, JPG of WebP, gevonden 'assets/logo.svg')"
        " — bewaar het logo als PNG of SVG",
        write("assets/logo.svg", "dit is geen afbeelding"),
    ),
]

CASES = SCHEMA_CASES + YAML_CASES + CHECK_CASES + SOURCE_CASES


def _param(c: Case):
    marks = [pytest.mark.xfail(reason=c.bug, strict=True)] if c.bug else []
    return pytest.param(c, marks=marks)


def test_case_ids_are_unique():
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))


def test_fixture_is_clean():
    assert reading.check(FIXTURE, TODAY).problems == []


@pytest.mark.parametrize("c", [_param(c) for c in CASES], ids=[c.id for c in CASES])
def test_message(c: Case, tmp_path: Path):
    root = copy_fixture(tmp_path)
    for edit in c.edits:
        edit(root)
    found = {str(p): p for p in reading.check(root, TODAY).problems}
    expected = c.expected.replace("<root>", str(root))
    assert expected in found, "not found:\n  " + expected + "\namong:\n  " + "\n  ".join(found)
    assert found[expected].level is c.level


def test_nearest_date_suggestion_is_stable(tmp_path: Path):
    root = copy_fixture(tmp_path)
    replace(ACTS, "frequentie: wekelijks", "frequentie: tweewekelijks")(root)
    # The series falls on 2026-12-09 and 2026-12-23; 2026-12-16 is exactly between them.
    replace(ACTS, 'behalve: ["2026-12-30"]', 'behalve: ["2026-12-16"]')(root)
    replace(ACTS, '"2027-01-13":', '"2027-01-06":')(root)
    script = (
        "import datetime, pathlib, sys; from zondermuren.sources import reading;"
        "print([p.hint for p in reading.check(pathlib.Path(sys.argv[1]), datetime.date(2026, 11, 22)).problems])"
    )
    hints = set()
    for seed in ("0", "1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", script, str(root)], capture_output=True, text=True, env=env)
        assert run.returncode == 0, run.stderr
        hints.add(run.stdout.strip())
    assert hints == {"['bedoelde je 2026-12-09?']"}


def test_unreadable_fiche_does_not_make_references_to_it_fail(tmp_path: Path):
    found = problems_after(tmp_path, replace(CB_FICHE, "betrokkenheid: kernpartner", "betrokkenheid kernpartner"))
    assert [p.file for p in found] == [CB_FICHE]


@pytest.mark.parametrize(
    "edit",
    [
        replace(FICHE, "talen: [nl, fr]", "talen: [nl, Arabisch]"),
        replace(ACTS, "    soort: evenement\n", "    soort: evenement\n    talen: [nl, Arabisch]\n"),
    ],
    ids=["fiche", "activity"],
)
def test_language_name_gives_one_message(edit, tmp_path: Path):
    """The schema (pattern) and the language check must not both report 'Arabisch'."""
    found = problems_after(tmp_path, edit)
    assert len(found) == 1, "\n".join(str(p) for p in found)


# -- one run shows every mistake -----------------------------------------------------------------

FOUR_MISTAKES = (
    replace(FICHE, "werkgebied:", "werkgebeid:"),
    replace(FICHE, "betrokkenheid: gemiddeld", "betrokkenheid: gemideld"),
    replace(FICHE, 'laatst_nagekeken: "2026-10-01"', 'laatst_nagekeken: "01-10-2026"'),
    replace(FICHE, "logo: logo.svg", "logo: logo.png"),
)
FOUR_ERRORS = [
    f"{FICHE}:4:16: betrokkenheid: onbekende waarde (verwacht een van: kernpartner, gemiddeld, minimaal, indirect;"
    " gevonden 'gemideld') — bedoelde je 'gemiddeld'?",
    f"{FICHE}:14:1: werkgebeid: onbekend veld (verwacht een veldnaam uit docs/velden.md; gevonden 'werkgebeid')"
    " — bedoelde je 'werkgebied'?",
    f"{FICHE}:31:7: logo: logobestand bestaat niet (verwacht een bestand in {BIB}/, gevonden 'logo.png')"
    " — bedoelde je 'logo.svg'?",
    f"{FICHE}:32:19: laatst_nagekeken: ongeldige datum (verwacht {DATE}; gevonden '01-10-2026')"
    " — bedoelde je 2026-10-01?",
]


def test_four_mistakes_in_one_fiche_give_four_errors(tmp_path: Path):
    found = problems_after(tmp_path, *FOUR_MISTAKES)
    assert [str(p) for p in sorted(found)] == FOUR_ERRORS
    assert all(p.level is Level.ERROR for p in found)


def test_cli_prints_every_error_and_fails(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setenv("ZONDERMUREN_TODAY", TODAY.isoformat())
    root = copy_fixture(tmp_path)
    for edit in FOUR_MISTAKES:
        edit(root)
    assert cli.main(["--map", str(root), "check"]) == 1
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        "4 fouten gevonden:",
        *(f"  {line}" for line in FOUR_ERRORS),
        "De bronbestanden bevatten fouten; er is niets gebouwd.",
    ]
    assert out == ""
    assert "Traceback" not in out + err


def test_cli_on_clean_fixture(capsys, monkeypatch):
    monkeypatch.setenv("ZONDERMUREN_TODAY", TODAY.isoformat())
    assert cli.main(["--map", str(FIXTURE), "check"]) == 0
    out, err = capsys.readouterr()
    assert out == "In orde: 2 partners, 2 activiteiten.\n"
    assert err == ""


def test_cli_shows_warnings_on_stdout_and_passes(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setenv("ZONDERMUREN_TODAY", TODAY.isoformat())
    root = copy_fixture(tmp_path)
    replace(CB_FICHE, 'laatst_nagekeken: "2026-06-15"\n', "")(root)
    assert cli.main(["--map", str(root), "check"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "1 waarschuwing:",
        f"  {CB_FICHE}:2:1: laatst_nagekeken: de fiche zegt niet wanneer ze het laatst is nagekeken (verwacht laatst_nagekeken:"
        " JJJJ-MM-DD, gevonden niets) — kijk de fiche na en vul de datum in",
        "In orde: 2 partners, 2 activiteiten.",
    ]
    assert err == ""
