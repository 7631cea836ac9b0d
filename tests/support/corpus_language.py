"""Bad-input corpus: Dutch that is hard to read. Registered in tests/support/corpus_cases.py (CLASSES, CASES, EXPECTED).

`zondermuren check` warns (never blocks) when a Dutch description (a fiche's or an activity's
`beschrijving`, a fiche's `doorverwijzen`) has a sentence of more than 25 words, or a Flesch-Douma
score under 40; a text of one sentence or under 20 words gets no score
(zondermuren/sources/checks/readability.py). Every case is accepted, so the runner also builds it; the texts
that must not be warned are in tests/sources/test_readability.py (no build needed).
"""

from __future__ import annotations

from tests.sources.test_messages import ACTS, CB_FICHE, FICHE
from tests.support import corpus_cases as base
from tests.support.corpus_cases import Case, append, c, replace

CLASSES: dict[str, str] = {
    "language": "hard Dutch in a description: a long sentence or a low reading score warned, never blocked",
}
base.CLASSES.update(CLASSES)

_NL = "  nl: Boeken en spelletjes voor het hele gezin.\n"  # the bib's fiche, line 6
# 29 words in one sentence: named, but one sentence gets no score.
LONG = (
    "Wij helpen ouders die vragen hebben over de opvoeding van hun kinderen en wij zoeken samen met hen "
    "naar een oplossing die past bij hun gezin en hun buurt."
)
# 3 sentences, 21 words, 82 syllables (19 + 32 + 31): 206,835 - 0,93 x 21/3 - 77 x 82/21 = -100,3.
HARD = (
    "Wij bieden laagdrempelige opvoedingsondersteuning aan gezinnen. De consultatiebureaus organiseren "
    "informatiesessies over borstvoedingsproblematiek en slaapproblemen. Gezinsondersteunende activiteiten "
    "worden regelmatig georganiseerd met partnerorganisaties."
)
ADVICE = (
    "schrijf korte zinnen van 15 à 20 woorden, gewone woorden en actieve zinnen "
    "(tips: Heerlijk Helder van de Vlaamse overheid, https://overheid.vlaanderen.be/communicatie/heerlijk-helder)"
)
_LONG_29 = (
    "zin te lang voor wie moeilijk leest (verwacht hoogstens 25 woorden per zin, gevonden 29 woorden in "
    "'Wij helpen ouders die vragen hebben …')"
)

CASES: list[Case] = [
    c("language-long-sentence", "language", replace(FICHE, _NL, f"  nl: {LONG}\n")),
    c("language-hard-words", "language", replace(CB_FICHE, "Consulten voor baby's en peuters.", HARD)),
    # In a literal block (`|`) lines stay lines: the warning is on the sentence's own line (10, not 6).
    c(
        "language-long-sentence-in-a-block",
        "language",
        replace(FICHE, _NL, f"  nl: |\n    Boeken voor het hele gezin.\n\n    Kom langs.\n    {LONG}\n"),
    ),
    # Two long sentences: the first is named, the other counted.
    c("language-two-long-sentences", "language", append(CB_FICHE, f"doorverwijzen: {LONG} {LONG}\n")),
    # An activity's description, in the per-language form: only its nl is read.
    c(
        "language-activity",
        "language",
        replace(
            ACTS,
            "    soort: evenement\n",
            f"    beschrijving:\n      nl: {HARD}\n      fr: {HARD}\n    soort: evenement\n",
        ),
    ),
]

EXPECTED: dict[str, tuple[str, ...]] = {
    "language-long-sentence": (f"partners/bib-noorddorp/fiche.yml:6:7: beschrijving.nl: {_LONG_29} — {ADVICE}",),
    "language-hard-words": (
        "partners/cb-zuiddorp/fiche.yml:5:15: beschrijving: tekst moeilijk te lezen (verwacht een leesbaarheidsscore "
        "van minstens 40, gevonden -100,3: gemiddeld 7,0 woorden per zin en 3,9 lettergrepen per woord) — " + ADVICE,
    ),
    "language-long-sentence-in-a-block": (
        f"partners/bib-noorddorp/fiche.yml:10:5: beschrijving.nl: {_LONG_29} — {ADVICE}",
    ),
    "language-two-long-sentences": (
        "partners/cb-zuiddorp/fiche.yml:19:16: doorverwijzen: zin te lang voor wie moeilijk leest (verwacht "
        "hoogstens 25 woorden per zin, gevonden 29 woorden in 'Wij helpen ouders die vragen hebben …', en nog 1 "
        f"lange zin) — {ADVICE}",
    ),
    "language-activity": (
        "partners/bib-noorddorp/activiteiten.yml:8:11: activiteiten[1].beschrijving.nl: tekst moeilijk te lezen "
        "(verwacht een leesbaarheidsscore van minstens 40, gevonden -100,3: gemiddeld 7,0 woorden per zin en 3,9 "
        "lettergrepen per woord) — " + ADVICE,
    ),
}
