"""`make bench-netwerk`: `zondermuren netwerk --bouwen` at 5 and 10 Huizen x 25 partners, 5 of them shared.

    python -m bench.network [--huizen 5,10] [--parallel N] [--keep]

Each Huis: 20 partners of its own (the small synthetic Huis's generator, a seed per Huis) and the 5 partners
of one regional pool, taken in through the update path (`build.update_pool`, as `zondermuren regio bijwerken`).
One run per size, print off, on this machine's cores; the figures are the command's own table (seconds and
peak memory per Huis) and the whole command's time. The estimate for N Huizen on a matrix of runners (one
Huis per job) is the slowest job measured plus a runner's set-up (checkout, Python, pip install), which is
not measured here and is given as an assumption: RUNNER_SETUP.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from bench.builds import BIN, environment
from testkit.huizen import generate
from testkit.huizen.words import MUNICIPALITIES
from testkit.sitebuild import copy_project
from zondermuren import build

OWN = generate.Size("netwerk", 20, 120)  # 20 own partners + 5 shared = 25
SHARED = generate.Size("pool", 5, 30)
RUNNER_SETUP = 60.0  # seconds: checkout, setup-python with a warm pip cache, pip install (GitHub's own figures vary)
MATRIX_PARALLEL = 20  # jobs at once on GitHub's free plan
_ROW = re.compile(r"^(\S+) +(\d+) +(\d+) +(\d+|-) +(\d+) +(\d+) +([\d.]+) +(\d+) MB$")


def pool(target: Path) -> list[str]:
    """A pool of 5 partners (fiches and their activities among themselves), for every municipality."""
    generate.generate(SHARED, target, seed=9)
    (target / "huis.yml").unlink()
    shutil.rmtree(target / "assets")
    for folder in (target / "partners").iterdir():
        folder.rename(target / folder.name)
    (target / "partners").rmdir()
    for listed in target.glob("*/activiteiten.yml"):  # the generator numbers its codes: none may be a Huis's own
        data = yaml.safe_load(listed.read_text("utf-8"))
        for activity in data["activiteiten"]:
            activity["id"] = f"regio-{activity['id']}"
        generate.write_yaml(listed, data, "../schema/activiteiten.schema.json")
    municipalities = [{"id": key, "naam": name, "postcodes": [code]} for key, name, code in MUNICIPALITIES]
    data = {"naam": "bench-regio", "regio": "Benchmarkregio", "beheerders": ["@bench"], "versie": "1"}
    (target / "pool.yml").write_text(yaml.safe_dump({**data, "gemeenten": municipalities}, allow_unicode=True), "utf-8")
    return sorted(p.name for p in target.iterdir() if p.is_dir())


def huis(target: Path, number: int, pool_dir: Path, shared: list[str]) -> None:
    seed = number
    while True:  # a Huis's own partner with the slug of a shared one is an error (regio.md): another seed
        generated = generate.generate(OWN, target.parent / f"bron-{number}", seed=seed)
        if not {p.name for p in (generated / "partners").iterdir()} & set(shared):
            break
        seed += 1000
    settings = yaml.safe_load((generated / "huis.yml").read_text("utf-8"))
    settings["naam"] = f"Huis van het Kind Bench {number}"
    settings["regio"] = {"pool": "bench-regio", "versie": "1", "partners": shared}
    (generated / "huis.yml").write_text(yaml.safe_dump(settings, allow_unicode=True, sort_keys=False), "utf-8")
    copy_project(target, generated)
    shutil.rmtree(generated)
    done = build.update_pool(target, pool_dir, None)
    assert not done.errors, done.errors


def run(count: int, work: Path, parallel: int) -> tuple[float, list[tuple[str, ...]], str]:
    network = work / f"netwerk-{count}"
    network.mkdir(parents=True)
    shared = pool(network / "pool")
    for number in range(1, count + 1):
        huis(network / f"huis-{number:02}", number, network / "pool", shared)
    lines = [
        "naam: bench",
        "huizen:",
        *(f"  - map: huis-{n:02}" for n in range(1, count + 1)),
        "pools:",
        "  - map: pool",
    ]
    (network / "netwerk.yml").write_text("\n".join(lines) + "\n", "utf-8")
    command = [str(BIN / "zondermuren"), "netwerk", "netwerk.yml", "--bouwen", "--parallel", str(parallel)]
    command += ["--werkmap", str(work / f"werk-{count}")]
    started = time.monotonic()
    done = subprocess.run(command, cwd=network, env=environment(), capture_output=True, text=True)
    total = time.monotonic() - started
    rows = [match.groups() for line in done.stdout.splitlines() if (match := _ROW.match(line))]
    return total, rows, done.stdout + done.stderr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.network")
    parser.add_argument("--huizen", default="5,10")
    parser.add_argument("--parallel", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bench-netwerk-"))
    summary = []
    try:
        for count in (int(n) for n in args.huizen.split(",")):
            total, rows, output = run(count, work, args.parallel)
            print(output)
            if len(rows) != count or any(row[4] != "0" for row in rows):
                print(f"bench-netwerk: {count} Huizen: not every Huis built", file=sys.stderr)
                return 1
            seconds = [float(row[6]) for row in rows]
            peak = max(int(row[7]) for row in rows)
            summary.append((count, total, sum(seconds) / count, max(seconds), peak))
        print("Huizen  totaal (s)  s per Huis (gem.)  s per Huis (max)  piekgeheugen (MB)  totaal / Huis (s)")
        for count, total, mean, slowest, peak in summary:
            print(f"{count:>6}  {total:>10.1f}  {mean:>17.1f}  {slowest:>16.1f}  {peak:>17}  {total / count:>17.1f}")
        slowest = max(row[3] for row in summary)
        for huizen in (20, 200):
            waves = math.ceil(huizen / MATRIX_PARALLEL)
            estimate = waves * (RUNNER_SETUP + slowest)
            print(
                f"bench-netwerk: {huizen} Huizen on a matrix ({MATRIX_PARALLEL} jobs at once, {waves} waves of one job "
                f"per Huis): about {estimate / 60:.0f} min ({RUNNER_SETUP:.0f} s set-up + {slowest:.0f} s per job)"
            )
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"bench-netwerk: kept {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
