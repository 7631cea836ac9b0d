"""The clash pile-up: N partners, each with one weekly activity at the same hour, for the same ages,
in the same municipality. Every pair of them clashes on every Wednesday of the coming months.

    python -m bench.clash_scale [--partners 300] [--runs 1] [--no-build] [--keep]
    python -m bench.run --sizes clash300          (the same, from `make bench`)

Measures `zondermuren check`, `zondermuren botsingen` and the site build with print off
(`ZONDERMUREN_DRUKWERK=uit`), each in its own subprocess: wall and CPU seconds (the machine is
shared: CPU time is the steadier figure), peak memory, and how much each printed or wrote.
Found in the field at 300 partners: 44,851 warnings (20 MB) from `check`, 1.4 GB and 253 MB of
output from `botsingen`, a build killed at 8 GB after 10 minutes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench import projects, report
from bench.builds import BIN, environment, mkdocs_build
from bench.measure import site_stats, timed
from testkit.huizen.pileup import generate

OUT = Path(__file__).resolve().parent / "out"
LIMITS = {"check": (10.0, 500.0), "botsingen": (10.0, 500.0), "build": (300.0, None)}  # (s, MB)


def _output(log: Path) -> dict[str, int]:
    text = log.read_text("utf-8", errors="replace")
    return {"output_lines": len(text.splitlines()), "output_bytes": len(text.encode())}


def measure(partners: int, work: Path, with_build: bool = True, keep: bool = False) -> dict[str, Any]:
    """One run of check, botsingen and (optionally) the build on a fresh pile-up Huis."""
    huis = generate(work / "huis", partners)
    found: dict[str, Any] = {}
    for command in ("check", "botsingen"):
        log = work / "logs" / f"{command}.log"
        timing = timed([str(BIN / "zondermuren"), "--map", str(huis), command], work, environment(), log)
        found[command] = timing.as_dict() | _output(log)
    if with_build:
        project = projects.ours(work / "project", huis)
        found["build"] = mkdocs_build(project, work / "logs" / "build.log", with_print=False)
        site = project / "site"
        planning = sorted((site / "planning").rglob("*.html"))
        found["build"]["planning_max_bytes"] = max((p.stat().st_size for p in planning), default=0)
        found["build"] |= site_stats(site)
        if not keep:
            shutil.rmtree(project)
    return found


def table(partners: int, runs: list[dict[str, Any]]) -> str:
    lines = [f"clash pile-up, {partners} partners (median of {len(runs)} run(s)):"]
    for command, (seconds, megabytes) in LIMITS.items():
        if command not in runs[0]:
            continue
        wall = report.median([run[command]["wall_s"] for run in runs])
        cpu = report.median([run[command]["cpu_s"] for run in runs])
        peak = max(run[command]["peak_rss_mb"] for run in runs)
        within = wall < seconds and (megabytes is None or peak < megabytes)
        extra = (
            f", printed {runs[0][command]['output_lines']} lines ({runs[0][command]['output_bytes']} bytes)"
            if "output_lines" in runs[0][command]
            else f", largest planning page {runs[0][command]['planning_max_bytes']} bytes, largest page "
            f"{runs[0][command]['html_max_bytes']} bytes ({runs[0][command]['html_max_page']})"
        )
        limit = f"< {seconds:.0f} s" + (f", < {megabytes:.0f} MB" if megabytes else "")
        lines.append(
            f"  {command:<10} wall {wall:6.1f} s  cpu {cpu:6.1f} s  peak {peak:6.0f} MB{extra}  "
            f"[{'ok' if within else 'OVER'}: {limit}]"
        )
    return "\n".join(lines)


def run(partners: int, runs: int, with_build: bool, keep: bool) -> int:
    work = Path(tempfile.mkdtemp(prefix="zondermuren-clashes-"))
    try:
        results = []
        for number in range(runs):
            print(f"[clash{partners}] run {number + 1}/{runs} ...", flush=True)
            results.append(measure(partners, work / f"run{number}", with_build, keep))
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    OUT.mkdir(exist_ok=True)
    path = OUT / f"clashes-{partners}-{dt.datetime.now():%Y%m%d-%H%M%S}.json"
    path.write_text(json.dumps({"partners": partners, "runs": results}, indent=1), "utf-8")
    print(table(partners, results))
    print(f"results: {path}" + (f"\nwork folder: {work}" if keep else ""))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partners", type=int, default=300)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--no-build", action="store_true", help="check and botsingen only")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (Huis, project, logs)")
    args = parser.parse_args(argv)
    return run(args.partners, args.runs, not args.no_build, args.keep)


if __name__ == "__main__":
    sys.exit(main())
