"""The data format of a Huis's files (`formaat:` in huis.yml), checked before anything else is.

A Huis whose files are in another format than this engine reads would otherwise get dozens of
field errors that all mean one thing (a renamed field is "unknown" in every fiche), so a format
other than `release.FORMAT` is one problem, alone: it names both formats and what to run, and the
check stops there (the message says the other files were not checked, so the short list is not
mistaken for a clean bill).

No `formaat:` means format 1: every Huis made before the field existed is in format 1, so the
absence is unambiguous, and a warning asking for a line that changes nothing would teach
coordinators to skip warnings. `zondermuren migreer` writes the field when it migrates.
A `formaat` that is no whole number from 1 is left to the schema, which says so in its own words.
"""

from __future__ import annotations

from typing import Any

from zondermuren import release
from zondermuren.problems import Problem
from zondermuren.sources.parsing.documents import Document

FIELD = "formaat"
UNDECLARED = 1  # the format of files without `formaat:` (they predate it)
MIGRATE = "zondermuren migreer"


def declared(data: Any) -> int | None:
    """The format huis.yml's data says it is in; None when it says something the schema refuses."""
    if not isinstance(data, dict) or FIELD not in data:
        return UNDECLARED
    value = data[FIELD]
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # `2.0`: JSON Schema's integer too, so the schema would let it through unchecked
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        return None
    return value


def problems(doc: Document) -> list[Problem]:
    """The one problem of a huis.yml in another format than this engine reads, or []."""
    found = declared(doc.data)
    current = release.FORMAT
    if not isinstance(doc.data, dict) or found is None or found == current:
        return []  # not a mapping, or no whole number from 1: the schema's to say
    said = f"formaat {found}" if FIELD in doc.data else f"geen formaat, dus formaat {UNDECLARED}"
    engine = f"zondermuren {release.VERSION} leest formaat {current}"
    unchecked = "de andere bestanden zijn daarom niet nagekeken"
    if found > current:
        message = (
            f"de bestanden van dit Huis zijn in een nieuwer gegevensformaat dan deze engine kent: {engine} "
            f"(verwacht formaat {current} of lager, gevonden {said}); {unchecked}"
        )
        hint = (
            "werk de engine bij: zet in requirements.txt een nieuwere versie van zondermuren en voer `make install` uit"
        )
    else:
        message = (
            f"de bestanden van dit Huis zijn in een ouder gegevensformaat: {engine} "
            f"(verwacht formaat {current}, gevonden {said}); {unchecked}"
        )
        hint = (
            f"voer `{MIGRATE}` uit: dat zet huis.yml, de fiches en de activiteiten om naar formaat {current} "
            f"en laat het commentaar staan (`{MIGRATE} --droog` toont eerst wat er verandert)"
        )
    return [doc.problem((FIELD,), message, hint)]
