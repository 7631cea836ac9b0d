"""`zondermuren regio`: a regional pool's partners (docs/regio.md).

`bijwerken`: the pool's files at a version into this Huis, then this Huis's check.
`check [<map>]`: the pool itself (its pool.yml and every fiche, by the checks a Huis's partners pass),
for the pool repository's own pull requests (.github/workflows/huis-pool-controle.yml).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from zondermuren import build
from zondermuren.cli.invocation import Invocation, problems, wrong_usage
from zondermuren.problems import Level


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "actie",
        choices=["bijwerken", "check"],
        help="bijwerken: haal de pool binnen in partners/_regio/; check: controleer een pool (de map MAP)",
    )
    parser.add_argument(
        "pool_map", nargs="?", type=Path, metavar="MAP", help="bij check: de map van de pool (standaard .)"
    )
    parser.add_argument("--pool", type=Path, help="bij bijwerken: de map of de git-repository van de pool")
    parser.add_argument("--versie", help="bij bijwerken: een tag of commit van de pool (standaard: de map zoals ze is)")


def regio(run: Invocation) -> int:
    if run.args.actie == "check":
        return _check(run)
    if run.args.pool is None:
        return wrong_usage("regio bijwerken: --pool ontbreekt (verwacht de map of de git-repository van de pool)")
    if run.args.pool_map is not None:
        return wrong_usage(f"regio bijwerken: onverwacht '{run.args.pool_map}' (de pool komt na --pool)")
    done = build.update_pool(run.root, run.args.pool, run.args.versie)
    if done.errors:
        for line in done.errors:
            print(f"Fout: {line}", file=sys.stderr)
        print("Er is niets veranderd.", file=sys.stderr)
        return 1
    print(f"Pool {done.pool}: versie {done.previous or '(geen)'} -> {done.version}")
    for label, files in (("nieuw", done.added), ("gewijzigd", done.changed), ("verwijderd", done.removed)):
        for name in files:
            print(f"  {label}: {name}")
    if not (done.added or done.changed or done.removed):
        print("  de bestanden van de pool zijn niet veranderd")
    checked = build.check(run.root, run.options)  # the Huis with the new version, before anyone merges it
    if checked.problems or checked.clashes:
        problems(checked.problems + checked.clashes)
    if checked.errors:
        print("Dit Huis heeft fouten met deze versie van de pool: kijk ze na voor je de wijziging samenvoegt.")
        return 1
    print("De controle van dit Huis met de nieuwe versie is in orde.")
    return 0


def _check(run: Invocation) -> int:
    if run.args.pool is not None or run.args.versie is not None:
        return wrong_usage(
            "regio check: --pool en --versie horen bij bijwerken (verwacht: zondermuren regio check MAP)"
        )
    folder = (run.args.pool_map or Path(".")).resolve()
    if not folder.is_dir():
        return wrong_usage(f"regio check: {folder} is geen map (verwacht de map van de pool)")
    found = build.check_pool(folder, run.options.today)
    if found:
        problems(found)
    if any(p.level is Level.ERROR for p in found):
        return 1
    print("De pool is in orde: elk Huis dat ze opneemt, controleert ze nog eens met zijn eigen gegevens.")
    return 0
