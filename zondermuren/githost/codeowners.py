"""CODEOWNERS from the sources: each partner's `beheerders` review its folder, the coordinators the rest.

The git host asks a code owner's review on every pull request that touches their files. GitHub
ignores an owner without write access to the repository (CONTRIBUTING.md says how to give it).
The coordinators are owners of every partner folder too, so a change is never stuck when a
partner is away.
"""

from __future__ import annotations

from pathlib import Path

from zondermuren import urls
from zondermuren.problems import Problem
from zondermuren.sources.reading import Sources

FILE = ".github/CODEOWNERS"
HEADER = """\
# Gemaakt door `zondermuren codeowners` uit huis.yml (coordinatoren) en de fiches (beheerders).
# Pas dit bestand niet met de hand aan: pas de fiche of huis.yml aan en maak het opnieuw.
# Wie hier staat, moet schrijfrechten hebben op de repository (zie CONTRIBUTING.md).
"""


def _user(name: str) -> str:
    return name if name.startswith("@") else "@" + name


def render(sources: Sources) -> str:
    """The CODEOWNERS text for a checked Huis (later lines win, so the catch-all comes first)."""
    assert sources.settings is not None
    coordinators = [_user(name) for name in sources.settings.data.get("coordinatoren", [])]
    lines = [HEADER, "# Alles wat niet in de map van een partner staat: de coördinatoren."]
    lines.append("* " + " ".join(coordinators) if coordinators else "# (nog geen coordinatoren in huis.yml)")
    lines += ["", "# Elke partner: de beheerders uit zijn fiche, en de coördinatoren."]
    for slug, doc in sorted(sources.fiches.items()):
        editors = [_user(name) for name in doc.data.get("beheerders", []) if isinstance(name, str)]
        owners = list(dict.fromkeys(editors + coordinators))
        if owners:
            lines.append(f"/{urls.partner_folder(slug)} " + " ".join(owners))
    return "\n".join(lines) + "\n"


def missing_coordinators(sources: Sources) -> list[Problem]:
    """A CODEOWNERS without coordinators leaves every shared file without a reviewer."""
    assert sources.settings is not None
    if sources.settings.data.get("coordinatoren"):
        return []
    return [
        Problem(
            sources.settings.file,
            1,
            1,
            "coordinatoren",
            "geen coördinatoren (verwacht een lijst van gebruikersnamen op de git-host, gevonden niets)",
            'voeg toe: coordinatoren: ["@jouw-gebruikersnaam"]',
        )
    ]


def stale(sources: Sources, root: Path, file: str = FILE) -> Problem | None:
    """A problem when the checked-in CODEOWNERS is not what the sources make, else None."""
    path = root / file
    found = path.read_text("utf-8") if path.is_file() else None
    if found == render(sources):
        return None
    what = "ontbreekt" if found is None else "is verouderd"
    return Problem(
        file,
        1,
        1,
        "",
        f"{file} {what} (verwacht de eigenaars uit huis.yml en de beheerders van de fiches, "
        f"gevonden {'niets' if found is None else 'een andere lijst'})",
        "maak het opnieuw met `zondermuren codeowners` en voeg het toe aan je wijziging",
    )
