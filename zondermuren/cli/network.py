"""`zondermuren netwerk <netwerk.yml>`: check (and build) every Huis of a network, in parallel; one summary table.

Each Huis runs as a process of its own (`cli.network_job`) in its own working folder, at most `--parallel`
at once (default: this machine's cores); the table says per Huis its partners, activities, built pages,
errors, warnings, seconds and peak memory. Exit 1 when a Huis has an error, naming it. The command also
writes the git host's files for the same work spread over runners (githost/network.py, docs/netwerk.md).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zondermuren.cli import network_job
from zondermuren.cli.invocation import Invocation, wrong_usage
from zondermuren.githost import network
from zondermuren.problems import Problem, report

_MAIN = "import sys; from zondermuren.cli import main; sys.exit(main())"  # the console script, wherever it is
HEADERS = ("Huis", "partners", "activiteiten", "pagina's", "fouten", "waarschuwingen", "seconden", "geheugen")


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("bestand", type=Path, help="het netwerk: netwerk.yml (docs/netwerk.md)")
    parser.add_argument(
        "--bouwen", action="store_true", help="bouw ook elke site (zonder drukwerk), niet alleen de controle"
    )
    parser.add_argument("--drukwerk", action="store_true", help="met --bouwen: maak ook het drukwerk")
    parser.add_argument(
        "--werkmap", type=Path, help="waar elk Huis gekopieerd en gebouwd wordt (standaard: een tijdelijke map)"
    )
    parser.add_argument(
        "--parallel", type=int, metavar="N", help="hoeveel Huizen tegelijk (standaard: het aantal kernen)"
    )
    parser.add_argument(
        "--huis", action="append", metavar="NAAM", help="alleen dit Huis (een job van de matrix); mag vaker"
    )
    # The command starts itself once per Huis with --taak (a process of its own, see cli/network_job.py).
    parser.add_argument("--taak", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--bewaren", action="store_true", help=argparse.SUPPRESS)


@dataclass(frozen=True)
class Row:
    name: str
    folder: str  # relative to netwerk.yml: the Huis's problems name their files from there
    result: dict[str, Any]


def table(rows: Sequence[Sequence[str]]) -> str:
    """Columns of text: the first to the left, the numbers to the right, two spaces apart."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def _job(
    member: network.Member,
    folder: Path,
    work: Path,
    args: argparse.Namespace,
    environ: dict[str, str],
) -> Row:
    huis = folder / member.folder
    if not (huis / "huis.yml").is_file():
        message = f"de map van het Huis ontbreekt (verwacht {member.folder}/huis.yml, gevonden niets)"
        hint = (
            f"check {member.repository} op versie {member.version} uit in {member.folder}" if member.repository else ""
        )
        text = report([Problem(network.FILE, 1, 1, f"huizen: {member.name}", message, hint)])
        return Row(member.name, member.folder, {"errors": 1, "warnings": 0, "report": text})
    command = [sys.executable, "-c", _MAIN, "--map", str(huis), "netwerk", str(args.bestand.resolve())]
    command += ["--huis", member.name, "--taak", str(work / member.name)]
    command += ["--bouwen"] * args.bouwen + ["--drukwerk"] * args.drukwerk + ["--bewaren"] * bool(args.werkmap)
    started = time.monotonic()
    done = subprocess.run(command, env=environ, capture_output=True, text=True)
    seconds = time.monotonic() - started  # the whole process: its start and imports are part of a Huis's time
    try:
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):  # the job stopped before it could answer: say so, never a traceback
        last = (done.stderr.strip().splitlines() or [f"code {done.returncode}"])[-1]
        return Row(
            member.name,
            member.folder,
            {"errors": 1, "warnings": 0, "report": f"1 fout gevonden:\n  de controle stopte onverwacht ({last})"},
        )
    result["seconds"] = seconds
    return Row(member.name, member.folder, result)


def _cell(value: Any, unit: float = 1, digits: int = 0) -> str:
    if value is None:
        return "-"
    return f"{value / unit:.{digits}f}"


def summary(rows: Sequence[Row]) -> str:
    body = [
        (
            row.name,
            _cell(row.result.get("partners")),
            _cell(row.result.get("activities")),
            _cell(row.result.get("pages")),
            str(row.result["errors"]),
            str(row.result["warnings"]),
            _cell(row.result.get("seconds"), digits=1),
            _cell(row.result.get("peak_kib"), 1024) + " MB" if row.result.get("peak_kib") else "-",
        )
        for row in rows
    ]
    return table([HEADERS, *body])


def netwerk(run: Invocation) -> int:
    args = run.args
    file = args.bestand.resolve()
    if not file.is_file():
        found_there = f"gevonden niets op '{args.bestand}'"
        return wrong_usage(
            f"ongeldige waarde voor bestand: het bestand bestaat niet (verwacht {network.FILE}, {found_there})"
        )
    if args.parallel is not None and args.parallel < 1:
        return wrong_usage(f"ongeldige waarde voor --parallel: verwacht 1 of meer, gevonden {args.parallel}")
    found, problems = network.read(file)
    if found is None:
        print(report(problems), file=sys.stderr)
        return 1
    folder = file.parent
    chosen = list(found.huizen)
    if args.huis:
        names = [h.name for h in found.huizen]
        if unknown := [n for n in args.huis if n not in names]:
            expected = f"verwacht een van {', '.join(names)}, gevonden '{unknown[0]}'"
            return wrong_usage(f"ongeldige waarde voor --huis: geen Huis van het netwerk ({expected})")
        chosen = [h for h in found.huizen if h.name in args.huis]
    if args.taak is not None and len(chosen) == 1:  # one Huis, in this process: started by the command (_job)
        args.taak.mkdir(parents=True, exist_ok=True)
        flags = {"with_build": args.bouwen, "with_print": args.drukwerk, "keep": args.bewaren}
        more = network.pool_lag(found, folder, chosen[0])
        done = network_job.run(run.root, args.taak, run.options, run.address, more, **flags, environ=run.environ)
        print(json.dumps(done, ensure_ascii=False))
        return 0
    if not args.huis:  # a matrix job (--huis) leaves the network's files as they are
        for name in network.write_ci(found, folder):
            print(f"Geschreven: {name}")
    workers = args.parallel or os.cpu_count() or 1
    environ = dict(run.environ)
    with tempfile.TemporaryDirectory(prefix="zondermuren-netwerk-") as temporary:
        work = (args.werkmap or Path(temporary)).resolve()
        with ThreadPoolExecutor(max_workers=workers) as pool:
            rows = list(pool.map(lambda member: _job(member, folder, work, args, environ), chosen))
    print(
        f"Netwerk {found.title}: {len(rows)} {'Huis' if len(rows) == 1 else 'Huizen'}, "
        f"{'gebouwd' if args.bouwen else 'gecontroleerd'}, {min(workers, len(rows))} tegelijk"
    )
    print(summary(rows))
    # Of a Huis with only warnings, where to see them; of a Huis with errors, its whole report.
    warned = [row for row in rows if row.result["warnings"] and not row.result["errors"]]
    if warned:
        print("\nWaarschuwingen (zondermuren --map <map> check toont ze):")
    for row in warned:
        print(f"  {row.name}: {row.result['warnings']} in {row.folder}")
    for row in rows:
        if row.result["errors"]:
            print(f"\n{row.name} ({row.folder}):\n{row.result['report']}", file=sys.stderr)
    failed = [row.name for row in rows if row.result["errors"]]
    if failed:
        print(
            f"\nFouten in {len(failed)} {'Huis' if len(failed) == 1 else 'Huizen'}: {', '.join(failed)}.",
            file=sys.stderr,
        )
        return 1
    print("\nAlle Huizen in orde.")
    return 0
