"""CODEOWNERS as the sources make it, and the warning when the checked-in file says otherwise.

The text is made here, in the sources, and not in the git host's kit (`githost.codeowners`, which
writes it), because `check` and the coordinator page must tell a stale file: a partner who adds a
folder in the git host's web editor cannot run `zondermuren codeowners`, so without a word the new
folder would have no reviewer but the catch-all, and a changed `beheerders` would not count.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from zondermuren import urls
from zondermuren.problems import Level, Problem
from zondermuren.sources.parsing.documents import Document

FILE = ".github/CODEOWNERS"
HEADER = """\
# Gemaakt door `zondermuren codeowners` uit huis.yml (coordinatoren) en de fiches (beheerders).
# Pas dit bestand niet met de hand aan: pas de fiche of huis.yml aan en maak het opnieuw.
# Wie hier staat, moet schrijfrechten hebben op de repository (zie CONTRIBUTING.md).
"""


def _user(name: str) -> str:
    return name if name.startswith("@") else "@" + name


def render(settings: Mapping[str, Any], fiches: Mapping[str, Mapping[str, Any]]) -> str:
    """The CODEOWNERS text from huis.yml's data and each fiche's (later lines win: the catch-all first)."""
    coordinators = [_user(name) for name in settings.get("coordinatoren", [])]
    lines = [HEADER, "# Alles wat niet in de map van een partner staat: de coördinatoren."]
    lines.append("* " + " ".join(coordinators) if coordinators else "# (nog geen coordinatoren in huis.yml)")
    lines += ["", "# Elke partner: de beheerders uit zijn fiche, en de coördinatoren."]
    for slug, data in sorted(fiches.items()):
        editors = [_user(name) for name in data.get("beheerders", []) if isinstance(name, str)]
        owners = list(dict.fromkeys(editors + coordinators))
        if owners:
            lines.append(f"/{urls.partner_folder(slug)} " + " ".join(owners))
    return "\n".join(lines) + "\n"


def differs(root: Path, expected: str, file: str = FILE) -> bool | None:
    """Whether the file differs from `expected`; None when there is no such regular file.

    The size is compared before anything is read: a pull request could make the file a link to
    something huge, and only a file of the expected size is worth reading."""
    path = root / file
    if path.is_symlink() or not path.is_file():
        return None
    wanted = expected.encode("utf-8")
    if path.stat().st_size != len(wanted):
        return True
    return path.read_bytes() != wanted


def problem(file: str, found: bool, level: Level = Level.ERROR) -> Problem:
    """The file is missing (`found` False) or stale: say so and which command makes it again."""
    what = "is verouderd" if found else "ontbreekt"
    return Problem(
        file,
        1,
        1,
        "",
        f"{file} {what} (verwacht de eigenaars uit huis.yml en de beheerders van de fiches, "
        f"gevonden {'een andere lijst' if found else 'niets'})",
        "maak het opnieuw met `zondermuren codeowners` en voeg het toe aan je wijziging"
        + (" (wie in de webeditor werkt: vraag het aan de coördinator)" if level is Level.WARNING else ""),
        level,
    )


def warnings(root: Path, settings: Document, fiches: Mapping[str, Document]) -> list[Problem]:
    """`check`'s warning for a checked-in CODEOWNERS that is not what the sources make.

    Only for sources without errors (what `zondermuren codeowners` would write is not known
    before), and never for a Huis without the file (a Huis on GitLab, say, does not use it)."""
    if differs(root, render(settings.data, {slug: doc.data for slug, doc in fiches.items()})):
        return [problem(FILE, True, Level.WARNING)]
    return []
