"""`make bench`: our build against plain MkDocs + Material on synthetic Huizen of several sizes.

    python -m bench.run [--sizes small,large,huge] [--runs 3] [--profile large] [--keep]
    python -m bench.run --sizes clash300      (300 partners at one hour: bench/clash_scale.py)
    python -m bench.run --sizes '' --serve ''  (the example only: cold make site, print per kind, first view)
    python -m bench.run --no-example           (the sizes and the serve latency only)

Every figure is the median of --runs runs on this machine, each build in its own subprocess.
Results go to bench/out/results-<timestamp>.json; the last line printed is the `bench:` summary.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from bench import clash_scale, example, printkinds, projects, report, search, serve
from bench.builds import BIN, TODAY, environment, mkdocs_build
from bench.measure import CommandFailed, changed_files, mtimes, site_stats, timed
from testkit.huizen import generate
from zondermuren.site import pages

OUT = Path(__file__).resolve().parent / "out"
CHANGED_FICHE_NOTE = " Deze fiche werd net aangepast."
PRINT_SIZES = {"small", "large"}  # the issue: print at small and large; at huge, the site only


PREVIEW_URL = "http://127.0.0.1:8000/"  # what `mkdocs serve` makes the site address


def forget_pages(project: Path) -> None:
    """Remove the generated pages, so that the next build writes every page again (a full build)."""
    manifest = project / "content" / pages.MANIFEST
    for name in manifest.read_text("utf-8").split():
        (project / "content" / name).unlink(missing_ok=True)
    manifest.unlink()


def change_one_fiche(project: Path) -> Path:
    """Edit the Dutch description of the first partner's fiche, as a partner would in the web editor."""
    fiche = sorted((project / "partners").glob("*/fiche.yml"))[0]
    data = yaml.safe_load(fiche.read_text("utf-8"))
    data["beschrijving"]["nl"] += CHANGED_FICHE_NOTE
    generate.write_yaml(fiche, data, "../../schema/fiche.schema.json")
    return fiche


KEYS = ("ours_cold", "ours_full", "ours_nochange", "ours_fiche", "baseline_full", "check")


def one_run(run: int, huis: Path, work: Path, result: dict[str, Any], with_print: bool) -> None:
    """Ours with an empty print cache, ours in full with it warm, ours again unchanged, ours after
    one fiche changed, the baseline, and the check. Each copy of the project has its own cache."""
    timings, logs, base = result["timings"], work / "logs" / f"run{run}", work / "baseline"
    project = projects.ours(work / f"run{run}", huis)
    if with_print:  # without print, a cold build is the full build below
        timings["ours_cold"].append(mkdocs_build(project, logs / "ours-cold.log", with_print))
        forget_pages(project)
    timings["ours_full"].append(mkdocs_build(project, logs / "ours-full.log", with_print))
    if run == 0:
        result["site_ours"] = site_stats(project / "site")
        result["search"] = search.measure(project / "site")  # Pagefind: bytes per query, indexing s
        projects.baseline(project, base, with_print)
    before = mtimes(project / "content")
    timings["ours_nochange"].append(mkdocs_build(project, logs / "ours-nochange.log", with_print))
    result["rewritten"]["nochange"] = changed_files(project / "content", before)
    change_one_fiche(project)
    before = mtimes(project / "content")
    timings["ours_fiche"].append(mkdocs_build(project, logs / "ours-fiche.log", with_print))
    result["rewritten"]["fiche"] = changed_files(project / "content", before)
    timings["baseline_full"].append(mkdocs_build(base, logs / "baseline-full.log"))
    if run == 0:
        result["site_baseline"] = site_stats(base / "site")
    if with_print and run == 0:
        # A preview with print on (its QR codes lead to the serve address), then the real site:
        # the real site's print items must all still be in the cache.
        mkdocs_build(project, logs / "ours-preview.log", with_print, site_url=PREVIEW_URL)
        after = mkdocs_build(project, logs / "ours-after-preview.log", with_print)
        result["print_after_preview_drawn"] = after["print_drawn"]
    check = [str(BIN / "zondermuren"), "--map", str(huis), "check"]
    timings["check"].append(timed(check, work, environment(), logs / "check.log").as_dict())
    shutil.rmtree(project)


def bench_size(size: generate.Size, runs: int, work: Path, seed: int) -> dict[str, Any]:
    print(f"[{size.name}] generating {size.partners} partners ...", flush=True)
    huis = generate.generate(size, work / "huis", seed)
    counts = generate.count(huis)
    print(f"[{size.name}] {counts}", flush=True)
    timings: dict[str, list[dict[str, Any]]] = {key: [] for key in KEYS}
    result: dict[str, Any] = {"size": vars(size), "counts": counts, "timings": timings, "rewritten": {}}
    result["with_print"] = size.name in PRINT_SIZES
    for run in range(runs):
        one_run(run, huis, work, result, result["with_print"])
        done = ", ".join(f"{key} {timings[key][-1]['wall_s']:.1f}s" for key in KEYS if timings[key])
        print(f"[{size.name}] run {run + 1}/{runs}: {done}", flush=True)
    wall = {key: report.median([t["wall_s"] for t in timings[key]]) for key in KEYS}
    cpu = {key: report.median([t["cpu_s"] for t in timings[key]]) for key in KEYS}
    return result | {
        "median_wall_s": wall,
        "median_cpu_s": cpu,
        "ours_s": wall["ours_full"],
        "baseline_s": wall["baseline_full"],
        "ratio": wall["ours_full"] / wall["baseline_full"],
        "overhead_s": wall["ours_full"] - wall["baseline_full"],
        # CPU seconds (ours counts its forked workers): steadier than wall time on a shared machine.
        "overhead_cpu_s": cpu["ours_full"] - cpu["baseline_full"],
        "ratio_cpu": cpu["ours_full"] / cpu["baseline_full"],
        "print": print_figures(timings) if result["with_print"] else {},
        # The issue asks print per kind at the example and the small size; in this process, one worker.
        "print_kinds": printkinds.measure(huis, work / "kinds-cache") if size.name == "small" else {},
    }


def print_figures(timings: dict[str, list[dict[str, Any]]]) -> dict[str, float]:
    """Medians: items drawn in the cold build, its print seconds and items per second, and the
    items drawn again in the full (warm), unchanged and one-fiche builds (all should be 0)."""
    cold = timings["ours_cold"]
    return {
        "items": report.median([t["print_drawn"] + t["print_reused"] for t in cold]),
        "cold_drawn": report.median([t["print_drawn"] for t in cold]),
        "cold_print_s": report.median([t["print_s"] for t in cold]),
        "items_per_s": report.median([t["print_drawn"] / t["print_s"] for t in cold if t["print_s"]]),
        "warm_drawn": max((t["print_drawn"] for t in timings["ours_full"]), default=0),
        "nochange_drawn": max((t["print_drawn"] for t in timings["ours_nochange"]), default=0),
        "fiche_drawn": max((t["print_drawn"] for t in timings["ours_fiche"]), default=0),
    }


def machine() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "loadavg": os.getloadavg(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="small,large,huge", help="comma-separated: small,large,huge, clashN (N partners at one hour)"
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--huge-runs", type=int, help="runs at the huge size (default: --runs; one takes ~25 min)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--profile", metavar="SIZE", help="profile one of our builds at SIZE with pyinstrument")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (projects, sites, logs)")
    parser.add_argument(
        "--serve",
        default="small,example",
        help="comma-separated Huizen (small, large, huge, example) whose `mkdocs serve` latency is measured "
        "('' for none); 'example:nl+ar' previews with TALEN=nl,ar",
    )
    parser.add_argument(
        "--no-example",
        action="store_true",
        help="skip the example's cold `make site`, its print per kind and its home page's first view",
    )
    args = parser.parse_args(argv)
    os.environ.update(environment())
    if args.profile:
        from bench import profiling

        return profiling.main(generate.SIZES[args.profile], OUT, args.seed)
    sizes = [name for name in args.sizes.split(",") if name]
    if piles := [name for name in sizes if re.fullmatch(r"clash[0-9]+", name)]:
        for name in piles:
            clash_scale.run(int(name.removeprefix("clash")), args.runs, True, args.keep)
        sizes = [name for name in sizes if name not in piles]
        if not sizes:
            return 0
    unknown = [name for name in sizes if name not in generate.SIZES]
    if unknown:
        parser.error(f"unknown size(s): {', '.join(unknown)} (choose from {', '.join(generate.SIZES)})")
    runs = {name: args.huge_runs if name == "huge" and args.huge_runs else args.runs for name in sizes}
    previews = [name for name in args.serve.split(",") if name]
    wrong = [name for name in previews if name.split(":")[0] not in generate.SIZES and name.split(":")[0] != "example"]
    if wrong:
        parser.error(f"unknown --serve Huis: {', '.join(wrong)}")
    return run_all(sizes, runs, args.seed, args.keep, previews, args.runs, not args.no_example)


def serve_latency(name: str, work: Path, seed: int, runs: int) -> dict[str, Any]:
    """`mkdocs serve` of the example Huis or a synthetic one: save-to-page seconds, builds per save."""
    print(f"[serve {name}] {runs} saves ...", flush=True)
    size, _, languages = name.partition(":")
    huis = generate.ROOT if size == "example" else generate.generate(generate.SIZES[size], work / "huis", seed)
    project = projects.ours(work / "project", huis)
    env = environment() | {"ZONDERMUREN_DRUKWERK": "uit"}  # as `make serve` has it
    if languages:
        env["TALEN"] = languages.replace("+", ",")
    found = serve.measure(project, env, work / "serve.log", runs) | {"loadavg": os.getloadavg()}
    print(f"[serve {name}] {found['latencies_s']} s, builds {found['builds']}", flush=True)
    return found


def run_all(
    sizes: list[str],
    runs: dict[str, int],
    seed: int,
    keep: bool,
    previews: list[str] | None = None,
    serve_runs: int = 3,
    with_example: bool = True,
) -> int:
    started = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = OUT / f"results-{started}.json"
    document: dict[str, Any] = {"started": started, "today": TODAY, "runs": runs, "machine_start": machine()}
    results: dict[str, Any] = {}
    failed: dict[str, str] = {}
    work = Path(tempfile.mkdtemp(prefix="zondermuren-bench-"))
    try:
        for name in sizes:
            try:
                results[name] = bench_size(generate.SIZES[name], runs[name], work / name, seed)
            except CommandFailed as error:  # a build failure at scale is a finding: report it, go on
                print(f"[{name}] BUILD FAILED\n{error}", flush=True)
                failed[name] = str(error)
            document |= {"sizes": results, "failed": failed, "machine_end": machine()}
            report.save(path, document)
        if with_example:
            try:
                document["example"] = example.measure(work / "example")
            except CommandFailed as error:
                print(f"[example] BUILD FAILED\n{error}", flush=True)
                failed["example"] = str(error)
            document |= {"failed": failed, "machine_end": machine()}
            report.save(path, document)
        served: dict[str, Any] = {}
        for name in previews or []:
            try:
                served[name] = serve_latency(name, work / f"serve-{name.replace(':', '-')}", seed, serve_runs)
            except AssertionError as error:  # a preview that never showed the change is a finding too
                print(f"[serve {name}] FAILED\n{error}", flush=True)
                failed[f"serve {name}"] = str(error)
            document |= {"serve": served, "failed": failed, "machine_end": machine()}
            report.save(path, document)
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print(report.table(results))
    print(report.serve_table(document.get("serve", {})))
    print(report.example_table(document.get("example", {})))
    for name, message in failed.items():
        print(f"\n{name}: build failed (no figures):\n{message}")
    print(f"\nresults: {path}" + (f"\nwork folder: {work}" if keep else ""))
    print(report.last_line(results, list(generate.SIZES), document.get("serve", {}), document.get("example")))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
