"""The messages about when an activity happens (sources/checks/when.py): the whole problem list per case.

Each case edits the minimal Huis the way a partner would, in a web editor, and asserts every
line `zondermuren check` prints; the last cases are the shapes that must pass without a word.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.sources.test_messages import ACTS, problems_after, replace, write
from zondermuren.githost import reference

ONE = 'datum: "2026-12-05"\n    van: "10:00"\n    tot: "11:00"'
CASES = {
    "all-day-with-hours": [replace(ACTS, ONE, 'datum: "2026-12-05"\n    hele_dag: true\n    van: "10:00"')],
    "all-day-and-overnight": [
        replace(
            ACTS, ONE, 'datum: "2026-12-05"\n    tot_en_met: "2026-12-06"\n    hele_dag: true\n    doorlopend: true'
        )
    ],
    "hours-missing": [replace(ACTS, ONE, 'datum: "2026-12-05"\n    van: "10:00"')],
    "overnight-without-last-day": [replace(ACTS, ONE, ONE + "\n    doorlopend: true")],
    "last-day-before-first": [
        replace(ACTS, ONE, 'datum: "2026-12-05"\n    tot_en_met: "2026-12-04"\n    hele_dag: true')
    ],
    "run-too-long": [replace(ACTS, ONE, 'datum: "2026-12-05"\n    tot_en_met: "2027-03-05"\n    hele_dag: true')],
    "last-day-beside-series": [
        replace(
            ACTS,
            '    van: "09:30"\n    tot: "11:00"',
            '    van: "09:30"\n    tot: "11:00"\n    tot_en_met: "2027-01-27"',
        )
    ],
    "day-outside-the-run": [
        replace(
            ACTS,
            ONE,
            'datum: "2026-12-05"\n    tot_en_met: "2026-12-07"\n    hele_dag: true\n    per_datum:\n      "2026-12-09":\n        status: afgelast',
        )
    ],
    "run-moved-as-a-whole": [
        replace(
            ACTS,
            ONE,
            'datum: "2026-12-05"\n    tot_en_met: "2026-12-07"\n    hele_dag: true\n    status: verplaatst\n    verplaatst_naar: {datum: "2026-12-12"}',
        )
    ],
    "overnight-with-per-date": [
        replace(
            ACTS,
            ONE,
            'datum: "2026-12-05"\n    tot_en_met: "2026-12-07"\n    doorlopend: true\n    van: "18:00"\n    tot: "14:00"\n    per_datum:\n      "2026-12-06":\n        status: afgelast',
        )
    ],
    "end-in-the-small-hours": [replace(ACTS, ONE, 'datum: "2026-12-05"\n    van: "20:00"\n    tot: "02:00"')],
    "overnight-is-fine": [
        replace(
            ACTS,
            ONE,
            'datum: "2026-12-05"\n    tot_en_met: "2026-12-07"\n    doorlopend: true\n    van: "18:00"\n    tot: "14:00"',
        )
    ],
    "camp-with-a-cancelled-day-is-fine": [
        replace(
            ACTS,
            ONE,
            'datum: "2026-12-05"\n    tot_en_met: "2026-12-07"\n    van: "09:00"\n    tot: "16:00"\n    per_datum:\n      "2026-12-06":\n        status: afgelast',
        )
    ],
}

EXPECTED = {
    "all-day-with-hours": [
        "partners/bib-noorddorp/activiteiten.yml:10:10: activiteiten[1].van: hele dag en uren samen (verwacht hele_dag: true zonder uren, of uren zonder hele_dag, gevonden van) — verwijder van, of hele_dag: true als de activiteit maar een paar uur duurt",
    ],
    "all-day-and-overnight": [
        "partners/bib-noorddorp/activiteiten.yml:11:17: activiteiten[1].doorlopend: doorlopend bij een activiteit van hele dagen (verwacht doorlopend: true met een beginuur en een einduur, gevonden hele_dag: true) — verwijder doorlopend; hele_dag: true met datum en tot_en_met geeft al elke dag",
    ],
    "hours-missing": [
        "partners/bib-noorddorp/activiteiten.yml:3:5: activiteiten[1].tot: verplicht veld ontbreekt (verwacht 'tot', of hele_dag: true, gevonden niets) — voeg 'tot: 11:30' toe, of 'hele_dag: true' voor een activiteit die de hele dag duurt",
    ],
    "overnight-without-last-day": [
        "partners/bib-noorddorp/activiteiten.yml:11:17: activiteiten[1].doorlopend: doorlopend zonder laatste dag (verwacht tot_en_met: met de laatste dag, gevonden niets) — voeg tot_en_met: JJJJ-MM-DD toe, of verwijder doorlopend bij een activiteit van één dag",
    ],
    "last-day-before-first": [
        "partners/bib-noorddorp/activiteiten.yml:9:17: activiteiten[1].tot_en_met: laatste dag ligt niet na de eerste (verwacht later dan 2026-12-05, gevonden 2026-12-04) — verwijder tot_en_met bij een activiteit van één dag",
    ],
    "run-too-long": [
        "partners/bib-noorddorp/activiteiten.yml:9:17: activiteiten[1].tot_en_met: activiteit van 91 dagen (verwacht hoogstens 62 dagen na elkaar, gevonden 2026-12-05 tot en met 2027-03-05) — maak er een reeks van met herhaling: (bijvoorbeeld wekelijks op de dagen dat ze doorgaat)",
    ],
    "last-day-beside-series": [
        "partners/bib-noorddorp/activiteiten.yml:26:17: activiteiten[2].tot_en_met: tot_en_met naast herhaling (verwacht de laatste dag van een reeks in het herhaling-blok, gevonden ernaast) — zet tot_en_met in het herhaling-blok, onder vanaf",
    ],
    "day-outside-the-run": [
        "partners/bib-noorddorp/activiteiten.yml:12:7: activiteiten[1].per_datum.2026-12-09: datum valt niet op een dag van de activiteit (verwacht 2026-12-05 tot en met 2026-12-07, gevonden 2026-12-09) — bedoelde je 2026-12-07?",
    ],
    "run-moved-as-a-whole": [
        "partners/bib-noorddorp/activiteiten.yml:11:13: activiteiten[1].status: een activiteit over meerdere dagen verplaatst (verwacht de nieuwe data in datum en tot_en_met, gevonden status: verplaatst) — pas datum en tot_en_met aan en leg de verandering uit in de beschrijving; één dag verplaats je met per_datum",
    ],
    "overnight-with-per-date": [
        "partners/bib-noorddorp/activiteiten.yml:14:7: activiteiten[1].per_datum: per_datum bij een doorlopende activiteit (verwacht één status voor het geheel, gevonden per_datum) — gebruik status: afgelast of status: volzet voor de hele activiteit",
    ],
    "end-in-the-small-hours": [
        "partners/bib-noorddorp/activiteiten.yml:10:10: activiteiten[1].tot: einduur ligt niet na beginuur (verwacht later dan 20:00, gevonden 02:00) — loopt de activiteit door tot de volgende dag? Geef tot_en_met (de laatste dag) en doorlopend: true",
    ],
    "overnight-is-fine": [],
    "camp-with-a-cancelled-day-is-fine": [],
}


@pytest.mark.parametrize("name", CASES)
def test_when_messages(name: str, tmp_path: Path):
    found = [str(p).replace(str(tmp_path / "huis"), "<root>") for p in problems_after(tmp_path, *CASES[name])]
    assert found == EXPECTED[name]


@pytest.mark.parametrize("title", reference.SHAPES)
def test_every_example_in_the_field_reference_passes_the_check(title: str, tmp_path: Path):
    """docs/velden.md shows one example per shape; each is a valid activity as written there."""
    example = yaml.safe_dump({"activiteiten": [reference.SHAPES[title]]}, allow_unicode=True, sort_keys=False)
    assert example in (Path(__file__).parents[2] / "docs" / "velden.md").read_text("utf-8")
    assert [str(p) for p in problems_after(tmp_path, write(ACTS, example))] == []
