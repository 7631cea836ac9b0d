"""One Huis of a network (`zondermuren netwerk`), in a process of its own: `zondermuren --map <Huis> netwerk
<netwerk.yml> --taak <working folder>`, started by the command itself (cli/network.py).

A process per Huis: the Huizen run on all cores, one Huis's memory is measured alone (its peak resident
size, with the MkDocs build it starts), and a crash in one never takes the others down. The Huis is copied
into its own working folder first (with its .git: the feeds' SEQUENCE is read from its history), because a
build writes its generated pages into content/: two builds never write into one folder, nor into the
network's own checkout. The command prints one JSON object: the counts for the summary table and the Dutch report.
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from zondermuren import build
from zondermuren.options import Options
from zondermuren.problems import Level, Problem, report

# Never copied: what a build or an install leaves at the top of a Huis's folder.
_LEFT_OVER = {"site", "voorbeeld", "public", ".venv", ".venv-properdocs", "node_modules", "werk"}


def _left_over(huis: Path) -> Callable[[str, list[str]], set[str]]:
    """shutil.copytree's `ignore`: the left-overs at the top only (a page folder may be called site/)."""

    def ignore(folder: str, names: list[str]) -> set[str]:
        return _LEFT_OVER & set(names) if Path(folder) == huis else {"__pycache__"} & set(names)

    return ignore


def _build(project: Path, site: Path, log: Path, with_print: bool, environ: Mapping[str, str]) -> str:
    """`mkdocs build --strict` in the Huis's copy; '' when it built, else the log's last line."""
    env = {**environ, "ZONDERMUREN_DRUKWERK": "aan" if with_print else "uit"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)]
    done = subprocess.run(command, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    log.write_text(done.stdout, "utf-8")
    if done.returncode == 0:
        return ""
    lines = [line.strip() for line in done.stdout.splitlines() if line.strip()]
    return lines[-1] if lines else f"mkdocs stopte met code {done.returncode}"


def run(
    huis: Path,
    work: Path,
    options: Options,
    address: Problem | None,
    more: list[Problem],
    *,
    with_build: bool,
    with_print: bool,
    keep: bool,
    environ: Mapping[str, str],
) -> dict[str, Any]:
    """Copy, check and (when asked) build one Huis; the row of the table and the Huis's report.

    `options` and `address` (what is wrong with site_url) are read by the command line's `main` from
    the Huis's mkdocs.yml, as for `zondermuren check`: the copy has the same. `more`: the network's own
    problems with this Huis (a pool at another version), listed with the Huis's."""
    started = time.monotonic()
    project = work / "huis"
    if project.exists():
        shutil.rmtree(project)
    shutil.copytree(huis, project, symlinks=True, ignore=_left_over(huis))
    found = ([address] if address else []) + more
    checked = build.check(project, options)
    found = found + checked.problems + checked.clashes
    pages: int | None = None
    errors = [p for p in found if p.level is Level.ERROR]
    if with_build and not errors:
        site = work / "site"
        failed = _build(project, site, work / "bouwen.log", with_print, environ)
        if failed:
            log = work / "bouwen.log"
            # A temporary working folder is gone when the command ends: then say how to keep the log.
            hint = (
                f"het verslag van mkdocs: {log}"
                if keep
                else "bouw opnieuw met --werkmap MAP: het verslag van mkdocs komt in MAP"
            )
            message = f"de site kon niet gebouwd worden (gevonden: {failed})"
            found.append(Problem("mkdocs.yml", 1, 1, "", message, hint))
        else:
            pages = sum(1 for _ in site.rglob("*.html"))
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the MkDocs build, run and waited for
    return {
        "partners": checked.partners,
        "activities": checked.activities,
        "pages": pages,
        "errors": sum(1 for p in found if p.level is Level.ERROR),
        "warnings": sum(1 for p in found if p.level is Level.WARNING),
        "seconds": time.monotonic() - started,
        "peak_kib": max(own, children),  # Linux gives ru_maxrss in KiB
        "report": report(found),
    }
