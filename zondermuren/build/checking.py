"""The first stages: the sources read and checked (`check` -> Checked), and the model (`load` -> Loaded).

Also the two reports the command line makes from the model (`vertalingen`, `botsingen`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from zondermuren.model import building, clashes
from zondermuren.model.huis import Huis
from zondermuren.options import Options
from zondermuren.problems import Problem
from zondermuren.site import pages, translations
from zondermuren.sources import reading


@dataclass(frozen=True)
class Checked:
    """What `check` found: every problem of the sources (in the order found), and the sources as
    read, for the git host's tools (CODEOWNERS, the field reference) that work from them."""

    sources: reading.Sources
    problems: list[Problem]
    # Clashes need the model (dates expanded, moved dates placed): only sources without errors have one.
    clashes: list[Problem] = field(default_factory=list)

    @property
    def readable(self) -> bool:
        """huis.yml could be read: the sources are complete enough for the git host's tools."""
        return self.sources.settings is not None

    @property
    def errors(self) -> list[Problem]:
        return self.sources.errors

    @property
    def partners(self) -> int:
        return len(self.sources.fiches)

    @property
    def activities(self) -> int:
        return sum(len(doc.data["activiteiten"]) for doc in self.sources.activities.values())


def check(root: Path, options: Options, *, with_clashes: bool = True) -> Checked:
    """Read and check every source of the Huis (`zondermuren check`); never raises for the sources."""
    sources = reading.check(root, options.today, site_url=options.site_url)
    found = []
    if with_clashes and sources.settings is not None and not sources.errors:
        found = clashes.warnings(building.build(sources, options.today))
    return Checked(sources, list(sources.problems), found)


@dataclass(frozen=True)
class Loaded:
    """The model of a Huis whose sources have no errors, and the warnings that came with it."""

    huis: Huis
    warnings: list[Problem]


def load(root: Path, options: Options) -> Loaded:
    """The model, for the commands that read it; raises `problems.SourceError` with every problem.

    Nothing is written into the Huis (no cache of what was published): `vertalingen` and
    `botsingen` only read."""
    huis, warnings = building.load(root, options.today)
    return Loaded(huis, warnings)


def translation_report(loaded: Loaded, docs_dir: Path) -> str:
    """Which texts miss a translation, per language (`zondermuren vertalingen`)."""
    generated = pages.generated_files(docs_dir)
    return translations.as_text(translations.gaps(loaded.huis, docs_dir, generated), loaded.huis)


def clash_report(loaded: Loaded) -> str:
    """Every clash of the coming months, by month (`zondermuren botsingen`)."""
    return clashes.as_text(loaded.huis)
