"""Timing one command in its own subprocess (wall, CPU, peak memory) and sizing a built site."""

from __future__ import annotations

import gzip
import os
import subprocess
import time
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Timing:
    wall_s: float
    cpu_s: float  # user + system of the child: less sensitive to a busy machine than wall time
    peak_rss_mb: float
    returncode: int

    def as_dict(self) -> dict[str, float | int]:
        return asdict(self)


class CommandFailed(RuntimeError):
    pass


def timed(command: list[str], cwd: Path, env: dict[str, str], log: Path) -> Timing:
    """Run `command`, its output to `log`; peak memory is this child's own ru_maxrss (os.wait4)."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    timing = Timing(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode)
    if timing.returncode != 0:
        tail = log.read_text("utf-8", errors="replace").splitlines()[-40:]
        raise CommandFailed(f"{' '.join(command)} failed ({timing.returncode}) in {cwd}:\n" + "\n".join(tail))
    return timing


def search_indexes(site: Path) -> list[Path]:
    """site/search/search_index.json and site/<lang>/search/search_index.json."""
    return sorted([*site.glob("search/search_index.json"), *site.glob("*/search/search_index.json")])


def site_stats(site: Path) -> dict[str, float | int | str]:
    pages = sorted(site.rglob("*.html"))
    sizes = [page.stat().st_size for page in pages]
    indexes = search_indexes(site)
    return {
        "html_pages": len(pages),
        "html_mean_bytes": round(sum(sizes) / len(sizes)) if sizes else 0,
        "html_max_bytes": max(sizes, default=0),
        "html_max_page": pages[sizes.index(max(sizes))].relative_to(site).as_posix() if pages else "",
        "site_files": sum(1 for path in site.rglob("*") if path.is_file()),
        "site_bytes": sum(path.stat().st_size for path in site.rglob("*") if path.is_file()),
        "search_indexes": len(indexes),
        "search_json_bytes": sum(path.stat().st_size for path in indexes),
        "search_gzip_bytes": sum(len(gzip.compress(path.read_bytes(), compresslevel=6)) for path in indexes),
        # A visitor's browser fetches only the index of the language it reads.
        "search_gzip_max_bytes": max((len(gzip.compress(p.read_bytes(), compresslevel=6)) for p in indexes), default=0),
    }


def changed_files(folder: Path, before: dict[str, int]) -> int:
    """How many Markdown files in `folder` were written since `before` (see `mtimes`)."""
    return sum(1 for name, mtime in mtimes(folder).items() if before.get(name) != mtime)


def mtimes(folder: Path) -> dict[str, int]:
    return {path.relative_to(folder).as_posix(): path.stat().st_mtime_ns for path in folder.rglob("*.md")}
