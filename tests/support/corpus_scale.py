"""Bad-input corpus, sturdy part two: scale. Registered in tests/support/corpus_cases.py (CLASSES, CASES, EXPECTED).

Many partners at one moment: the sources are fine (the check's own list is empty), the clash
warnings `zondermuren check` adds are capped, and the Huis builds with bounded planning pages.
tests/model/test_clash_scale.py asserts the capped lines of this case and of 300 partners at one hour.
"""

from __future__ import annotations

from tests.sources.test_messages import Edit, write
from tests.support import corpus_cases as base
from tests.support.corpus_cases import Case, c

CLASSES: dict[str, str] = {
    "pile-up": "many partners at the same hour for the same ages: clash warnings capped with 'en N meer'",
}
base.CLASSES.update(CLASSES)


def speelpunt(number: int) -> list[Edit]:
    """A partner in Noorddorp with a reading hour at the library's: 2026-12-05, 10:00-11:00, 3-6."""
    folder = f"partners/speelpunt-{number}"
    fiche = (
        f"naam: Speelpunt {number}\n"
        "types: [spel-en-ontmoetingsinitiatief]\n"
        "betrokkenheid: gemiddeld\n"
        "beschrijving: Spelen met het hele gezin.\n"
        "levensdomeinen: [vrije-tijd]\n"
        "locaties:\n"
        "  - id: lokaal\n"
        "    adres:\n"
        f"      straat: Speelstraat {number}\n"
        '      postcode: "9000"\n'
        "      gemeente: noorddorp\n"
        'laatst_nagekeken: "2026-10-01"\n'
    )
    activities = (
        "activiteiten:\n"
        f"  - id: verhaaltjesuur-{number}\n"
        f"    titel: Verhaaltjesuur {number}\n"
        '    datum: "2026-12-05"\n'
        '    van: "10:00"\n'
        '    tot: "11:00"\n'
        "    doelgroep:\n"
        "      kinderen: [3-6]\n"
    )
    return [write(f"{folder}/fiche.yml", fiche), write(f"{folder}/activiteiten.yml", activities)]


CASES: list[Case] = [
    c("five-at-one-hour", "pile-up", *(edit for number in range(1, 5) for edit in speelpunt(number))),
]
EXPECTED: dict[str, tuple[str, ...]] = {
    "five-at-one-hour": (),
}
