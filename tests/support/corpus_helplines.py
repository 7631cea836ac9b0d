"""Bad-input corpus: a Huis's own help lines. Registered in tests/support/corpus_cases.py (CLASSES, CASES, EXPECTED).

`hulplijnen:` in huis.yml adds local numbers to /hulp-nu/, after the ones every Huis lists. A
number is checked as every phone number of the kit is (contact.telefoon of huis.yml and of a
fiche: the same pattern, the same messages), its languages as a fiche's are; its name and hours
are text, or a text per language with at least nl. Accepted cases are built by the runner: a
name with markup stays text.
"""

from __future__ import annotations

from tests.sources.test_messages import HUIS, Edit, append
from tests.support import corpus_cases as base
from tests.support.corpus_cases import Case, c

CLASSES: dict[str, str] = {
    "helplines": "hulplijnen in huis.yml: a number checked like every phone number, texts with nl, real languages",
}
base.CLASSES.update(CLASSES)


def lines(text: str) -> Edit:
    """huis.yml with `hulplijnen:` and these entries (the fixture's huis.yml has 16 lines: they start at 18)."""
    return append(HUIS, "hulplijnen:\n" + text)


_PHONE = "een telefoonnummer met cijfers en spaties, zoals 09 123 45 67 of +32 9 123 45 67"

CASES: list[Case] = [
    c(
        "helpline-whole",
        "helplines",
        lines(
            "  - naam: {nl: Opvoedingslijn, fr: Ligne parents}\n"
            "    telefoon: 09 234 56 78\n"
            "    wanneer: {nl: ma-vr 9-17 uur, ar: من الاثنين إلى الجمعة}\n"
            "    talen: [nl, ar]\n"
        ),
    ),
    c("helpline-name-and-number", "helplines", lines("  - naam: Opvoedingslijn\n    telefoon: +32 9 234 56 78\n")),
    # Markup in a name is text on the page (the runner builds it and reads the page back).
    c(
        "helpline-markup",
        "helplines",
        lines('  - naam: "<b>Lijn</b> <script>alert(1)</script>"\n    telefoon: 09/234.56.78\n'),
    ),
    c("helpline-two-numbers", "helplines", lines("  - naam: Lijn\n    telefoon: 09 234 56 78 of 09 876 54 32\n")),
    # A short number (1813) is one of the kit's own; a Huis's own line has a whole number.
    c("helpline-short-number", "helplines", lines('  - naam: Lijn\n    telefoon: "1813"\n')),
    c("helpline-number-unquoted", "helplines", lines("  - naam: Lijn\n    telefoon: 9234567\n")),
    c("helpline-without-number", "helplines", lines("  - naam: Lijn\n    wanneer: altijd\n")),
    # `nummer` for `telefoon`: the field is named as a phone is everywhere else in huis.yml and a fiche.
    c("helpline-number-field", "helplines", lines("  - naam: Lijn\n    nummer: 09 234 56 78\n")),
    c("helpline-without-name", "helplines", lines("  - telefoon: 09 234 56 78\n")),
    c(
        "helpline-hours-without-nl",
        "helplines",
        lines("  - naam: Lijn\n    telefoon: 09 234 56 78\n    wanneer: {en: weekdays}\n"),
    ),
    c(
        "helpline-language-name",
        "helplines",
        lines("  - naam: Lijn\n    telefoon: 09 234 56 78\n    talen: [nl, Arabisch]\n"),
    ),
    c(
        "helpline-language-unknown",
        "helplines",
        lines("  - naam: Lijn\n    telefoon: 09 234 56 78\n    talen: [nl, xx]\n"),
    ),
    c("helpline-not-a-list", "helplines", append(HUIS, "hulplijnen:\n  naam: Lijn\n  telefoon: 09 234 56 78\n")),
]
_LANGUAGE = "huis.yml:20:17: hulplijnen[1].talen[2]: onbekende taalcode (verwacht een ISO-taalcode zoals nl, fr, ar; gevonden '{}')"
EXPECTED: dict[str, tuple[str, ...]] = {
    "helpline-whole": (),
    "helpline-name-and-number": (),
    "helpline-markup": (),
    "helpline-two-numbers": (
        f"huis.yml:19:15: hulplijnen[1].telefoon: ongeldige waarde (verwacht {_PHONE}; gevonden '09 234 56 78 of 09 876 54 32')",
    ),
    "helpline-short-number": (
        f"huis.yml:19:15: hulplijnen[1].telefoon: ongeldige waarde (verwacht {_PHONE}; gevonden '1813')",
    ),
    "helpline-number-unquoted": (
        f"huis.yml:19:15: hulplijnen[1].telefoon: verkeerde soort waarde (verwacht {_PHONE}, gevonden 9234567)"
        ' — zet de waarde tussen aanhalingstekens: "9234567"',
    ),
    "helpline-without-number": (
        "huis.yml:18:5: hulplijnen[1].telefoon: verplicht veld ontbreekt (verwacht 'telefoon', gevonden niets)"
        " — voeg 'telefoon:' toe",
    ),
    "helpline-number-field": (
        "huis.yml:18:5: hulplijnen[1].telefoon: verplicht veld ontbreekt (verwacht 'telefoon', gevonden niets)"
        " — voeg 'telefoon:' toe",
        "huis.yml:19:5: hulplijnen[1].nummer: onbekend veld (verwacht een van: naam, telefoon, wanneer, talen;"
        " gevonden 'nummer') — bedoelde je 'telefoon'?",
    ),
    "helpline-without-name": (
        "huis.yml:18:5: hulplijnen[1].naam: verplicht veld ontbreekt (verwacht 'naam', gevonden niets) — voeg 'naam:' toe",
    ),
    "helpline-hours-without-nl": (
        "huis.yml:20:14: hulplijnen[1].wanneer.nl: verplicht veld ontbreekt (verwacht 'nl', gevonden niets)"
        " — voeg 'nl:' toe",
    ),
    "helpline-language-name": (_LANGUAGE.format("Arabisch") + " — bedoelde je 'ar'?",),
    # A code of the right shape that is no language: the check after the schema's (as a fiche's talen).
    "helpline-language-unknown": (_LANGUAGE.format("xx"),),
    "helpline-not-a-list": (
        "huis.yml:18:3: hulplijnen: verkeerde soort waarde (verwacht een lijst (regels die met '- ' beginnen),"
        " gevonden een lijst van velden)",
    ),
}
