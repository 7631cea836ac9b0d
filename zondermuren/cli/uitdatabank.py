"""The command `uitdatabank`: the activities as UiTdatabank documents (`--uitvoer`), and the push (`--verstuur`).

Exit codes as every command's: 0 done (warnings allowed), 1 errors in the sources or a document
UiT refused, 2 wrong usage: neither option, or no credentials in the environment to send with.

`--publiceer SITE --opgehaald FILE --status CODE` is the publishing run's (`make uitdatabank`, after
the build): the record curl fetched from the live site goes into the built site again, updated by a
send when the credentials are set. It fails (1) only when it must keep the site offline: credentials
set and the live record unreadable. Everything else is said, and the site goes online with its record.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path

from zondermuren import build
from zondermuren.cli.invocation import Invocation, problems, wrong_usage
from zondermuren.problems import SourceError


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--uitvoer", type=Path, metavar="MAP", help="schrijf de documenten (JSON) in deze map")
    parser.add_argument(
        "--verstuur",
        action="store_true",
        help="verstuur wat veranderde naar UiTdatabank (toegang: UITDATABANK_CLIENT_ID en UITDATABANK_CLIENT_SECRET)",
    )
    parser.add_argument(
        "--register",
        type=Path,
        metavar="BESTAND",
        help=f"wat al verstuurd is, met de id's van UiTdatabank (standaard: {build.UIT_RECORD})",
    )
    parser.add_argument(
        "--register-adres", action="store_true", help="toon het webadres waar de gepubliceerde site het register houdt"
    )
    parser.add_argument(
        "--publiceer",
        type=Path,
        metavar="MAP",
        help="zet het register in de gebouwde site (MAP), na verzenden als er toegang is (make uitdatabank)",
    )
    parser.add_argument("--opgehaald", type=Path, metavar="BESTAND", help="met --publiceer: het register van de site")
    parser.add_argument("--status", metavar="CODE", help="met --publiceer: het HTTP-antwoord van de site (curl)")


def uitdatabank(run: Invocation) -> int:
    args = run.args
    if run.address is not None and (args.register_adres or args.publiceer is not None or args.verstuur):
        problems([run.address])  # the ids and the record's address are made from site_url
        return 1
    if args.register_adres:
        print(build.uitdatabank_record_address(run.options.site_url))
        return 0
    if args.publiceer is not None:
        return _publish(run)
    if args.uitvoer is None and not args.verstuur:
        return wrong_usage("zeg wat er moet gebeuren: --uitvoer MAP (de documenten in een map), --verstuur, of beide")
    try:
        loaded = build.load(run.root, run.options)
    except SourceError as error:
        problems(error.problems)
        return 1
    export = build.uitdatabank_export(loaded, run.options.site_url, run.environ)
    if export.warnings:
        problems(export.warnings)
    if args.uitvoer is not None:
        try:
            count = export.write(args.uitvoer.resolve())
        except OSError as error:
            return wrong_usage(f"--uitvoer: verwacht een map om in te schrijven, gevonden '{args.uitvoer}' ({error})")
        print(
            f"{count} documenten voor UiTdatabank in {args.uitvoer}: "
            f"{len(export.events)} evenementen, {len(export.places)} plaatsen."
        )
    if not args.verstuur:
        return 0
    record = args.register if args.register is not None else run.root / build.UIT_RECORD
    try:
        sent = build.uitdatabank_send(export, run.environ, record)
    except build.UitSendError as error:
        return wrong_usage(str(error))
    print(f"UiTdatabank: {len(sent.created)} nieuw, {len(sent.updated)} bijgewerkt, {sent.unchanged} ongewijzigd.")
    for line in sent.refused:
        print(f"Fout: {line}", file=sys.stderr)
    return 1 if sent.refused else 0


def _publish(run: Invocation) -> int:
    args = run.args
    if args.opgehaald is None or args.status is None:
        return wrong_usage(
            "--publiceer MAP: verwacht ook --opgehaald BESTAND en --status CODE (zoals make uitdatabank)"
        )
    site: Path = args.publiceer
    if not site.is_dir():
        return wrong_usage(f"--publiceer: verwacht de gebouwde site (een map), gevonden '{site}'")
    say = _Log(run.environ)
    where = build.uitdatabank_record_address(run.options.site_url)
    sends = build.uitdatabank_wanted(run.environ)
    try:
        record = build.uitdatabank_fetched(args.opgehaald, args.status, where)
    except build.UitSendError as error:
        if sends:  # sending without it, or putting a site without it online, would create everything again
            say.error(f"{error}; niets verstuurd en de site niet online gezet — de volgende run probeert opnieuw")
            return 1
        say.warning(f"{error}; de site gaat online zonder register (geen toegang tot UiTdatabank ingesteld)")
        return 0
    target = site / build.UIT_RECORD_ON_SITE
    if record is not None:
        build.uitdatabank_place(args.opgehaald, site)
    if not sends:
        kept = "opnieuw online gezet" if record is not None else "er is er nog geen"
        print(f"UiTdatabank: niets verstuurd (geen toegang ingesteld); het register: {kept}.")
        return 0
    # From here the record is in the site: whatever goes wrong is said, and the site goes online with it.
    try:
        loaded = build.load(run.root, run.options)
    except SourceError as error:
        problems(error.problems)
        return 0
    export = build.uitdatabank_export(loaded, run.options.site_url, run.environ)
    try:
        sent = build.uitdatabank_send(export, run.environ, target, seconds=build.UIT_SEND_SECONDS)
    except build.UitSendError as error:
        say.error(f"{error}; niets verstuurd")
        return 0
    print(
        f"UiTdatabank: {len(sent.created)} nieuw, {len(sent.updated)} bijgewerkt, {sent.unchanged} ongewijzigd"
        + (f", {sent.postponed} voor de volgende keer (de tijd was om)" if sent.postponed else "")
        + f"; het register staat in {target}."
    )
    for line in sent.refused:
        say.error(line)
    return 0


class _Log:
    """A line for the run's log; on GitHub Actions also an annotation, so a green run still shows it."""

    def __init__(self, environ: Mapping[str, str]) -> None:
        self.github = environ.get("GITHUB_ACTIONS") == "true"

    def error(self, line: str) -> None:
        print(("::error::" if self.github else "") + f"Fout: {line}", file=sys.stderr)

    def warning(self, line: str) -> None:
        print(("::warning::" if self.github else "") + f"Waarschuwing: {line}", file=sys.stderr)
