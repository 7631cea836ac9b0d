"""YAML syntax mistakes partners make, reported at the line and column of the mistake with a hint
for that mistake (`sources.parsing.yaml_messages`), and `prijs:` pointed to `kosten`.

Each case edits the minimal Huis once and asserts the whole problem list: a quote left open is
reported where it opens (also when the next line's own quote closes it), a missing colon or a
missing space after it where it belongs, a list item without "- " and a tab where they are.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sources.test_messages import ACTS, FICHE, Edit, append, problems_after, replace

YAML = "de YAML-opmaak klopt niet (verwacht geldige YAML, gevonden: {}) — {}"
OPEN = "een aanhalingsteken dat niet gesloten wordt"
AT_END = "het einde van het bestand terwijl een aanhalingsteken nog openstaat"
CLOSE_DOUBLE = 'zet een " aan het einde van de tekst op deze regel'
CLOSE_SINGLE = "zet een ' aan het einde van de tekst op deze regel"
NO_COLON = "een regel zonder dubbele punt na de veldnaam"
NO_SPACE = "een veldnaam zonder spatie na de dubbele punt"
TAB = "een tab (gebruik spaties om in te springen)"
TAB_HINT = "vervang de tab door spaties, evenveel als bij de andere regels op die hoogte"
NO_DASH = "een element van een lijst zonder '- ' ervoor"
NO_DASH_HINT = "begin de regel met '- ', zoals de andere elementen van de lijst erboven"
# The unknown field `prijs` (docs/velden.md calls it `kosten`, in a fiche and in an activity).
PRICE = "onbekend veld (verwacht een veldnaam uit docs/velden.md; gevonden 'prijs') — bedoelde je 'kosten'?"

CASES: dict[str, tuple[list[Edit], list[str]]] = {
    "double-quote-open": (
        [replace(FICHE, "naam: Bibliotheek Noorddorp\n", 'naam: "Bibliotheek Noorddorp\n')],
        [f"{FICHE}:2:7: " + YAML.format(OPEN, CLOSE_DOUBLE)],
    ),
    # The next line's quoted "@..." closes the open quote; '@' then looked like the mistake.
    "double-quote-open-before-a-quoted-at-sign": (
        [replace(FICHE, "naam: Bibliotheek Noorddorp\n", 'naam: "Bibliotheek Noorddorp\nbeheerders:\n  - "@an"\n')],
        [f"{FICHE}:2:7: " + YAML.format(OPEN, CLOSE_DOUBLE)],
    ),
    "double-quote-open-in-a-list": (
        [append(FICHE, 'beheerders:\n  - "@an-peeters\n  - "@jan-peeters"\n')],
        [f"{FICHE}:35:5: " + YAML.format(OPEN, CLOSE_DOUBLE)],
    ),
    "double-quote-open-before-a-quoted-time": (
        [replace(ACTS, '    van: "10:00"\n', '    van: "10:00\n')],
        [f"{ACTS}:9:10: " + YAML.format(OPEN, CLOSE_DOUBLE)],
    ),
    "single-quote-open": (
        [replace(ACTS, "    titel: Babyspel\n", "    titel: 'Babyspel\n")],
        [f"{ACTS}:14:12: " + YAML.format(AT_END, CLOSE_SINGLE)],
    ),
    "single-quote-open-before-a-quoted-at-sign": (
        [replace(FICHE, "naam: Bibliotheek Noorddorp\n", "naam: 'Bibliotheek Noorddorp\nbeheerders:\n  - '@an'\n")],
        [f"{FICHE}:2:7: " + YAML.format(OPEN, CLOSE_SINGLE)],
    ),
    "missing-colon": (
        [replace(FICHE, "gratis: true\n", "gratis true\n")],
        [f"{FICHE}:12:7: " + YAML.format(NO_COLON, "zet een dubbele punt na de veldnaam: gratis: true")],
    ),
    "missing-colon-nested": (
        [replace(FICHE, "    naam: Bibliotheek\n", "    naam Bibliotheek\n")],
        [f"{FICHE}:17:9: " + YAML.format(NO_COLON, "zet een dubbele punt na de veldnaam: naam: Bibliotheek")],
    ),
    "missing-space-after-colon": (
        [replace(FICHE, "gratis: true\n", "gratis:true\n")],
        [f"{FICHE}:12:8: " + YAML.format(NO_SPACE, "zet een spatie na de dubbele punt: gratis: true")],
    ),
    "missing-space-after-colon-long-value": (
        [replace(FICHE, "    naam: Bibliotheek\n", "    naam:Bibliotheek van Noorddorp in de oude pastorie\n")],
        [
            f"{FICHE}:17:10: "
            + YAML.format(NO_SPACE, "zet een spatie na de dubbele punt: naam: Bibliotheek van Noorddorp in de oude…")
        ],
    ),
    "list-item-without-dash": (
        [replace(ACTS, "  - id: babyspel\n", "  id: babyspel\n")],
        [f"{ACTS}:13:3: " + YAML.format(NO_DASH, NO_DASH_HINT)],
    ),
    "tab-for-indentation": (
        [replace(FICHE, "    naam: Bibliotheek\n", "\tnaam: Bibliotheek\n")],
        [f"{FICHE}:17:1: " + YAML.format(TAB, TAB_HINT)],
    ),
    "price-in-an-activity": (
        [replace(ACTS, "    soort: evenement\n", "    soort: evenement\n    prijs: 3 euro\n")],
        [f"{ACTS}:8:5: activiteiten[1].prijs: {PRICE}"],
    ),
    "price-in-a-fiche": (
        [replace(FICHE, "gratis: true\n", "gratis: false\nprijs: 3 euro per maand\n")],
        [f"{FICHE}:13:1: prijs: {PRICE}"],
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_syntax_message(name: str, tmp_path: Path):
    edits, expected = CASES[name]
    assert [str(p) for p in problems_after(tmp_path, *edits)] == expected
