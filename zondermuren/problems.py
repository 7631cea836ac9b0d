"""Problems found in a Huis's sources, and how they are shown to partners and coordinators."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    ERROR = "fout"
    WARNING = "waarschuwing"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one place. `field` is the path partners read, e.g. `locaties[1].adres`."""

    file: str
    line: int
    column: int
    field: str
    message: str
    hint: str = ""
    level: Level = Level.ERROR

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}: "
        what = f"{self.field}: {self.message}" if self.field else self.message
        return where + what + (f" — {self.hint}" if self.hint else "")


class SourceError(Exception):
    """Raised when sources have errors; carries every problem so they can all be shown at once."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(report(problems))
        self.problems = problems


# Words partners reach for where the kit has another one (field names and values alike).
SYNONYMS = {
    "plaats": "locatie",
    "waar": "locatie",
    "geannuleerd": "afgelast",
    "geschrapt": "afgelast",
    "gecanceld": "afgelast",
    "uitgesteld": "verplaatst",
    "vol": "volzet",
    "volgeboekt": "volzet",
    "omschrijving": "beschrijving",
    "begin": "van",
    "start": "van",
    "einde": "tot",
    "telefoonnummer": "telefoon",
    "tel": "telefoon",
    "nummer": "telefoon",  # a help line's number (huis.yml hulplijnen) is its `telefoon`, as everywhere
    "mail": "email",
    "e-mail": "email",
    "url": "website",
    "prijs": "kosten",  # docs/velden.md: what it costs is `kosten` (fiche and activity)
    "kostprijs": "kosten",
}


def suggestion(found: object, choices: Iterable[str]) -> str:
    """'bedoelde je ...?' for a near miss or a synonym, or '' when nothing is close enough to help."""
    if not isinstance(found, str):
        return ""
    options = list(choices)
    lowered = {option.lower(): option for option in options}
    if found.lower() in lowered:
        return f"bedoelde je '{lowered[found.lower()]}'?"
    meant = SYNONYMS.get(found.lower().strip())
    if meant in lowered:
        return f"bedoelde je '{lowered[meant]}'?"
    close = difflib.get_close_matches(found.lower(), list(lowered), n=1, cutoff=0.6)
    return f"bedoelde je '{lowered[close[0]]}'?" if close else ""


def quoted(value: object) -> str:
    """A value as a partner typed it, for 'gevonden ...'."""
    if value is None:
        return "niets"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, dict):
        return "een lijst van velden"
    if isinstance(value, list):
        return "een lijst"
    return str(value)


def decimal(number: float) -> str:
    """A number with one decimal as Dutch writes it: 1,2 (not 1.2)."""
    return f"{number:.1f}".replace(".", ",")


def report(problems: list[Problem]) -> str:
    """All problems, errors first, each group sorted by file and line, with counts in Dutch."""
    errors = sorted(p for p in problems if p.level is Level.ERROR)
    warnings = sorted(p for p in problems if p.level is Level.WARNING)
    lines: list[str] = []
    if errors:
        lines.append(f"{len(errors)} {'fout' if len(errors) == 1 else 'fouten'} gevonden:")
        lines.extend(f"  {p}" for p in errors)
    if warnings:
        count = len(warnings)
        lines.append(f"{count} {'waarschuwing' if count == 1 else 'waarschuwingen'}:")
        lines.extend(f"  {p}" for p in warnings)
    return "\n".join(lines)
