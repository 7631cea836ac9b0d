"""`zondermuren migreer`: a Huis's files to the data format this engine reads, and what changed, in Dutch."""

from __future__ import annotations

import argparse
import sys

from zondermuren import build, release
from zondermuren.cli.invocation import Invocation

DRY_RUN = "--droog"


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(DRY_RUN, action="store_true", help="schrijf niets: toon alleen wat er zou veranderen")


def migreer(run: Invocation) -> int:
    dry_run = bool(run.args.droog)
    done = build.migrate(run.root, write=not dry_run)
    engine = f"zondermuren {release.VERSION}"
    if done.errors:
        for line in done.errors:
            print(f"Fout: {line}", file=sys.stderr)
        print("Er is niets veranderd.", file=sys.stderr)
        return 1
    for name in done.skipped:
        print(f"overgeslagen: {name} (een snelkoppeling; `zondermuren check` zegt wat ermee moet)")
    assert done.found is not None  # no errors: huis.yml said its format
    if done.found > done.target:
        print(
            f"Fout: de bestanden van dit Huis zijn in formaat {done.found}, nieuwer dan {engine} leest "
            f"(formaat {done.target}); migreer zet niet terug — werk de engine bij: zet in requirements.txt "
            "een nieuwere versie van zondermuren en voer `make install` uit",
            file=sys.stderr,
        )
        return 1
    if done.found == done.target:
        print(f"De bestanden van dit Huis zijn al in formaat {done.target}, dat van {engine}: er is niets te doen.")
        return 0
    heading = "zou dit veranderen" if dry_run else "is dit veranderd"
    print(f"Van formaat {done.found} naar formaat {done.target} ({engine}) {heading}:")
    for name, notes in done.changed.items():
        print(f"  {name}: " + "; ".join(notes))
    for name in done.layout:
        print(f"let op: {name} had een eigen inspringing; kijk na of de opmaak nog is zoals je ze wil")
    count = len(done.changed)
    files = f"{count} {'bestand' if count == 1 else 'bestanden'}"
    if dry_run:
        print(f"Er is niets geschreven ({DRY_RUN}); zonder {DRY_RUN} worden deze {files} aangepast.")
    else:
        print(
            f"{files} aangepast; het commentaar en de opmaak bleven staan. "
            "Kijk de wijziging na (git diff) en voer daarna `zondermuren check` uit."
        )
    return 0
