"""The command that makes print material: `drukwerk`, all of it or a choice, with a progress bar."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from zondermuren import build
from zondermuren.cli.invocation import Invocation, problems, wrong_usage
from zondermuren.problems import SourceError

# The choices, as (option, metavar, what it keeps); each may be given more than once.
CHOICES = (
    ("--partner", "MAP", "alleen het drukwerk van deze partner (de naam van zijn map onder partners/)"),
    ("--activiteit", "ID", "alleen de affiches van deze activiteit (haar id in activiteiten.yml)"),
    ("--campagne", "CODE", "alleen het drukwerk van deze campagne en de affiches van haar activiteiten"),
    ("--soort", "SOORT", f"alleen deze soort: {', '.join(build.PRINT_KINDS)}"),
    ("--variant", "VARIANT", "alleen deze variant: kantoor (eigen printer) of drukker (drukkerij)"),
    ("--taal", "TAAL", "alleen in deze taal: een van de talen van huis.yml (nl, fr, ...)"),
)


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--uit", type=Path, metavar="MAP", help="kopieer de PDF's naar deze map")
    for flag, meta, what in CHOICES:
        parser.add_argument(flag, metavar=meta, action="append", default=[], help=what + "; mag vaker")


def drukwerk(run: Invocation) -> int:
    """Draw the chosen print items (all by default) into the cache; with --uit, copy them there."""
    if run.address:  # QR codes would lead there
        problems([run.address])
        return 1
    try:
        loaded = build.load(run.root, run.options)
    except SourceError as error:
        problems(error.problems)
        return 1
    args = run.args
    choice = build.Choice(
        tuple(args.partner),
        tuple(args.activiteit),
        tuple(args.campagne),
        tuple(args.soort),
        tuple(args.variant),
        tuple(args.taal),
    )
    folder = args.uit.resolve() if args.uit else None
    try:
        printed = build.print_material(run.root, loaded, run.options, choice, progress=_bar, folder=folder)
    except build.ChoiceError as error:
        return wrong_usage(str(error))
    if printed.warnings:
        problems(printed.warnings)
    drawn, seconds, count = printed.drawn, printed.seconds, len(printed.files)
    rate = f", {drawn / seconds:.1f} per seconde" if drawn else ""
    pictures = ""
    if printed.pictures:
        previews, cards = len(printed.pictures["previews"].drawn), len(printed.pictures["cards"].drawn)
        pictures = f" Voorbeelden {previews} gemaakt, kaarten {cards} gemaakt."
    print(
        f"Drukwerk: {count} stuks, {drawn} gemaakt en {count - drawn} uit de cache in {seconds:.1f} s{rate}."
        + (f" Geschreven in {folder}." if folder else "")
        + pictures
    )
    return 0


@contextmanager
def _bar(total: int) -> Iterator[Callable[[int], None]]:
    """Many items to draw: a progress bar (rich) on stderr, advanced as batches are done."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("drukwerk"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True)) as progress:
        task = progress.add_task("drukwerk", total=total)
        yield lambda done: progress.advance(task, done)
