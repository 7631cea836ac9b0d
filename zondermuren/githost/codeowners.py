"""CODEOWNERS from the sources: each partner's `beheerders` review its folder, the coordinators the rest.

The git host asks a code owner's review on every pull request that touches their files. GitHub
ignores an owner without write access to the repository (CONTRIBUTING.md says how to give it).
The coordinators are owners of every partner folder too, so a change is never stuck when a
partner is away. The text itself is made in the sources (`sources.checks.owners`), where `check`
warns about a stale file; this module writes it and checks it for `zondermuren codeowners`.
"""

from __future__ import annotations

from pathlib import Path

from zondermuren.problems import Problem
from zondermuren.sources.checks import owners
from zondermuren.sources.reading import Sources

FILE = owners.FILE
HEADER = owners.HEADER


def render(sources: Sources) -> str:
    """The CODEOWNERS text for a checked Huis (later lines win, so the catch-all comes first)."""
    assert sources.settings is not None
    return owners.render(sources.settings.data, {slug: doc.data for slug, doc in sources.fiches.items()})


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
    """A problem when the checked-in CODEOWNERS is missing or not what the sources make, else None."""
    found = owners.differs(root, render(sources), file)
    return None if found is False else owners.problem(file, found is True)
