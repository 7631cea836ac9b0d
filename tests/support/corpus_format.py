"""Bad-input corpus: the data format. Registered in tests/support/corpus_cases.py (CLASSES, CASES, EXPECTED).

`formaat:` in huis.yml says which format the Huis's files are in. A newer one than the engine reads
is one error, alone, even with a fiche in that newer format next to it (its renamed field would
otherwise be one more "unknown field" per fiche); a value that is no format at all is the schema's
to refuse; `formaat: 1` (the engine's) and no `formaat` (every Huis made before it existed) pass.
An older format than the engine's cannot happen while FORMAT is 1: tests/sources/test_format.py
raises FORMAT to show that message.
"""

from __future__ import annotations

from tests.sources.test_messages import FICHE, HUIS, append, replace
from tests.support import corpus_cases as base
from tests.support.corpus_cases import Case, c

CLASSES: dict[str, str] = {
    "data-format": "formaat in huis.yml: another format than the engine's stops the check with one message",
}
base.CLASSES.update(CLASSES)

_NEWER = (
    "huis.yml:17:10: formaat: de bestanden van dit Huis zijn in een nieuwer gegevensformaat dan deze engine kent: "
    "zondermuren 1.0.0 leest formaat 1 (verwacht formaat 1 of lager, gevonden formaat {found}); de andere bestanden "
    "zijn daarom niet nagekeken — werk de engine bij: zet in requirements.txt een nieuwere versie van zondermuren "
    "en voer `make install` uit"
)
_KIND = "huis.yml:17:10: formaat: verkeerde soort waarde (verwacht een geheel getal vanaf 1, zoals 1, gevonden {found})"

CASES: list[Case] = [
    c("format-current", "data-format", append(HUIS, "formaat: 1\n")),
    c("format-newer", "data-format", append(HUIS, "formaat: 2\n")),
    # A fiche already in the made-up format 2 (a renamed field): still the one message, nothing about the fiche.
    c(
        "format-newer-fiche-too",
        "data-format",
        append(HUIS, "formaat: 2\n"),
        replace(FICHE, "betrokkenheid:", "rol:"),
    ),
    c("format-far-newer", "data-format", append(HUIS, "formaat: 12\n")),
    c("format-zero", "data-format", append(HUIS, "formaat: 0\n")),
    c("format-word", "data-format", append(HUIS, "formaat: een\n")),
    c("format-quoted", "data-format", append(HUIS, 'formaat: "1"\n')),
    # Written as a version number: 1.0 is format 1 (JSON Schema's integer too), 2.0 is format 2.
    c("format-as-version-current", "data-format", append(HUIS, "formaat: 1.0\n")),
    c("format-as-version-newer", "data-format", append(HUIS, "formaat: 2.0\n")),
    c("format-as-version-half", "data-format", append(HUIS, "formaat: 1.5\n")),
]
EXPECTED: dict[str, tuple[str, ...]] = {
    "format-current": (),
    "format-newer": (_NEWER.format(found=2),),
    "format-newer-fiche-too": (_NEWER.format(found=2),),
    "format-far-newer": (_NEWER.format(found=12),),
    "format-zero": (
        "huis.yml:17:10: formaat: ongeldige waarde (verwacht een geheel getal vanaf 1, zoals 1; gevonden 0)",
    ),
    "format-word": (_KIND.format(found="'een'"),),
    "format-quoted": (_KIND.format(found="'1'") + " — haal de aanhalingstekens weg: 1",),
    "format-as-version-current": (),
    "format-as-version-newer": (_NEWER.format(found=2),),
    "format-as-version-half": (_KIND.format(found="1.5"),),
}
