"""The command line as a table: each sub-command a name, a line of help, its options and one function.

`parser()` turns the table into argparse sub-commands (`cli.dutch.Parser`: Dutch throughout);
`main` (cli/__init__.py) runs the function of the command given with an `Invocation`: the Huis's
folder, the options and what the command line and the environment said. A new command is one
row here and one function in the module of its group.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from zondermuren import release
from zondermuren.cli import checking, dutch, migrating, network, overviews, prints, region, scaffold, uitdatabank
from zondermuren.cli.invocation import Invocation


def _nothing(parser: argparse.ArgumentParser) -> None:
    """A command without options of its own."""


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    run: Callable[[Invocation], int]
    arguments: Callable[[argparse.ArgumentParser], None] = _nothing


COMMANDS = (
    Command("check", "controleer huis.yml en alle fiches en activiteiten", checking.check, checking.check_arguments),
    Command(
        "codeowners",
        f"maak {checking.CODEOWNERS} uit huis.yml en de beheerders",
        checking.codeowners,
        checking.codeowners_arguments,
    ),
    Command(
        "uit-formulier",
        "maak van een ingevuld formulier (issue) een wijziging",
        checking.from_form,
        checking.from_form_arguments,
    ),
    Command("velden", "maak schema/*.json en docs/velden.md opnieuw", checking.reference),
    Command("vertalingen", "welke teksten missen een vertaling, per taal", overviews.translations),
    Command(
        "botsingen",
        "activiteiten voor dezelfde gezinnen op hetzelfde moment in dezelfde gemeente, per maand",
        overviews.clashes,
    ),
    Command(
        "drukwerk",
        "maak affiches, raamstickers, naamborden en het andere drukwerk (PDF)",
        prints.drukwerk,
        prints.arguments,
    ),
    Command(
        "migreer",
        "zet huis.yml, de fiches en de activiteiten om naar het gegevensformaat van deze engine",
        migrating.migreer,
        migrating.arguments,
    ),
    Command(
        "regio",
        "haal de gedeelde partners van een regionale pool binnen (bijwerken) en controleer het Huis",
        region.regio,
        region.arguments,
    ),
    Command(
        "netwerk",
        "controleer (en bouw) alle Huizen van een netwerk tegelijk, en schrijf de matrix voor de runners",
        network.netwerk,
        network.arguments,
    ),
    Command(
        "uitdatabank",
        "maak de activiteiten klaar voor UiTdatabank (UiTinVlaanderen), en verstuur ze als dat gevraagd is",
        uitdatabank.uitdatabank,
        uitdatabank.arguments,
    ),
    Command("nieuw", "maak een nieuw Huis: een map met alles om te beginnen", scaffold.new, scaffold.new_arguments),
    Command(
        "bijwerken",
        "werk de bestanden bij die van de motor komen (Makefile, workflows, ...)",
        scaffold.update,
        scaffold.update_arguments,
    ),
)

EPILOG = (
    "Afsluitcodes: 0 in orde (waarschuwingen mogen), 1 fouten in de bronbestanden, 2 verkeerd gebruik. "
    "Meer uitleg bij een opdracht: zondermuren OPDRACHT --help."
)


def parser() -> dutch.Parser:
    """The command line's parser: `--map`, then one of the commands of the table."""
    main = dutch.Parser(
        prog="zondermuren",
        description="Huis zonder muren: controleer een Huis, maak zijn drukwerk en zijn naslag.",
        epilog=EPILOG,
    )
    main.add_argument(
        "--version",
        action="version",
        version=f"zondermuren {release.VERSION} (gegevensformaat {release.FORMAT})",
        help="toon de versie en het gegevensformaat dat ze leest, en stop",
    )
    main.add_argument("--map", type=Path, default=Path("."), help="hoofdmap van het Huis (standaard: hier)")
    commands = main.add_subparsers(dest="command", required=True, title="opdrachten", metavar="OPDRACHT")
    for command in COMMANDS:
        described = command.help[:1].upper() + command.help[1:] + "."
        sub = commands.add_parser(command.name, help=command.help, description=described)
        command.arguments(sub)
        sub.set_defaults(run=command.run)
    return main
