"""The commands that give the coordinator an overview: `vertalingen` and `botsingen`."""

from __future__ import annotations

from zondermuren import build
from zondermuren.cli.invocation import Invocation, problems
from zondermuren.problems import SourceError


def _loaded(run: Invocation) -> build.Loaded | None:
    """The checked Huis, or None after its problems are shown (the command then exits 1)."""
    try:
        return build.load(run.root, run.options)
    except SourceError as error:
        problems(error.problems)
        return None


def translations(run: Invocation) -> int:
    if (loaded := _loaded(run)) is None:
        return 1
    print(build.translation_report(loaded, run.root / "content"))
    return 0


def clashes(run: Invocation) -> int:
    """Every clash of the coming months, by month (warnings: always exit 0 once checked)."""
    if (loaded := _loaded(run)) is None:
        return 1
    print(build.clash_report(loaded))
    return 0
