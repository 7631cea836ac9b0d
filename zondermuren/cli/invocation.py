"""One run of a command: what `main` read once (the Huis's folder, the options, the command line
and the environment) and hands to the command's function."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from zondermuren.options import Options
from zondermuren.problems import Problem, report


@dataclass(frozen=True)
class Invocation:
    root: Path  # the Huis's folder (--map), resolved
    options: Options
    args: argparse.Namespace
    environ: Mapping[str, str]  # the git host's runner speaks through it (GITHUB_ACTIONS, ...)
    address: Problem | None = None  # what is wrong with mkdocs.yml's site_url, when something is


def problems(found: list[Problem]) -> None:
    """The problems as `zondermuren check` lists them, on stderr (the command then fails)."""
    print(report(found), file=sys.stderr)


def wrong_usage(message: str) -> int:
    """One Dutch line for a value the command cannot use: exit 2."""
    print(f"Fout: {message}", file=sys.stderr)
    return 2
