"""One content-addressed cache for drawings, PDFs and PNGs alike: a file is named by what it shows.

A key covers what a drawing is made from (its spec, with the bytes of its logos rather than their
paths) and the code that draws it: a changed fiche redraws only its own drawings, a changed design
all of its kind, and a build with no change draws nothing. Missing files are drawn in forked
workers, one group per core, and written atomically: a half-written file is never taken from the
cache. Beside a file the cache keeps notes under the same key (which logos were left off it, which
characters no font has), found once and read back in every later build.

Pruning drops the files no build uses any more. With a `generation` (a site address) it keeps what
any of the last GENERATIONS generations used: a preview at another address (its QR codes lead
there) never evicts the real site's files, so the next real build draws nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from zondermuren import parallel, svg
from zondermuren.drawing.content import with_logos

GENERATIONS = 4  # site addresses whose files are kept (the real one, a preview or two)

# What a drawing function makes of one payload: the file's bytes, and notes to keep beside it
# (suffix -> text, e.g. ".json" for the logos left off).
Drawing = tuple[bytes, dict[str, str]]
Draw = Callable[[list[Any]], list[Drawing]]  # a batch of payloads at once: fonts are parsed once a batch


KIT = Path(__file__).parent


def kit() -> list[Path]:
    """What the kit draws a PDF with: its modules (raster.py only reads PDFs), its fonts, and the
    SVG allow-list that rebuilds every logo it draws."""
    modules = [path for path in KIT.glob("*.py") if path.name != "raster.py"]
    return [*modules, *(KIT / "fonts").glob("*.ttf"), *Path(svg.__file__).parent.glob("*.py")]


def code(paths: Iterable[Path]) -> str:
    """The digest of the code (and fonts) that draws: a file drawn by other code is drawn again."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def key(material: object, drawn_by: str) -> str:
    """The name of what `material` (a spec, or another drawing's key) looks like drawn by `drawn_by`."""
    digest = hashlib.sha256(drawn_by.encode())
    if isinstance(material, Mapping):  # the picture's bytes count, not where this copy of it lives
        material = with_logos(material, _file_digest)
    digest.update(json.dumps(material, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()[:32]


@dataclass
class Drawn:
    files: dict[str, Path] = field(default_factory=dict)  # site path -> its file in the cache
    drawn: list[str] = field(default_factory=list)  # site paths whose file was drawn in this build
    reused: int = 0
    seconds: float = 0.0


@dataclass(frozen=True)
class Cache:
    """A folder of drawings of one kind (`suffix`), each with the notes (`notes`: suffixes) beside it."""

    folder: Path
    suffix: str
    notes: tuple[str, ...] = ()

    def file(self, name: str) -> Path:
        return self.folder / f"{name}{self.suffix}"

    def note(self, name: str, suffix: str) -> str | None:
        """A note kept beside the file `name`, or None."""
        path = self.folder / f"{name}{suffix}"
        return path.read_text("utf-8") if path.is_file() else None

    def remember(self, name: str, suffix: str, make: Callable[[], str]) -> str:
        """The note beside `name`, made (and kept) the first time it is asked for."""
        known = self.note(name, suffix)
        if known is not None:
            return known
        made = make()
        self.folder.mkdir(parents=True, exist_ok=True)
        _write(self.folder / f"{name}{suffix}", made.encode())
        return made

    def publish(
        self,
        jobs: Mapping[str, tuple[str, Any]],
        draw: Draw,
        *,
        workers: int = 1,
        batch: int = 1,
        prune: bool = False,
        generation: str | None = None,
        load: Callable[[], object] | None = None,
    ) -> Drawn:
        """Draw the jobs (site path -> (key, payload)) whose file the cache lacks, each key once, in
        `workers` processes and batches of `batch` payloads; with `prune`, drop what no recent build uses.

        `load` imports the code that draws: called here, only when something is to be drawn, so the
        forked workers inherit it (fpdf and fontTools take 0.2 s each time) and a build that draws
        nothing never loads it."""
        started = time.perf_counter()
        self.folder.mkdir(parents=True, exist_ok=True)
        result = Drawn()
        missing: dict[str, Any] = {}  # one file may serve several site paths
        for path, (name, payload) in jobs.items():
            target = self.file(name)
            result.files[path] = target
            if target.is_file():
                result.reused += 1
            else:
                missing.setdefault(name, payload)
                result.drawn.append(path)
        if missing:
            if load is not None and workers > 1:
                load()
            work = [(str(self.file(name)), payload) for name, payload in missing.items()]
            groups = [(draw, batch, group) for group in parallel.split(work, workers)]
            parallel.map_groups(_draw_group, groups)
        if prune:
            self.prune({path.name for path in result.files.values()}, generation)
        result.seconds = time.perf_counter() - started
        return result

    def prune(self, used: set[str], generation: str | None = None) -> None:
        """Drop the files (and their notes) not in `used` (file names), nor in a recent generation's."""
        keep = used if generation is None else self._kept(generation, used)
        for suffix in (self.suffix, *self.notes):
            for old in self.folder.glob(f"*{suffix}"):
                if old.with_suffix(self.suffix).name not in keep:
                    old.unlink()

    def _kept(self, generation: str, used: set[str]) -> set[str]:
        """Record what this generation uses; the files named by the last GENERATIONS generations.

        Each generation lists its files in `generaties/`."""
        lists = self.folder / "generaties"
        lists.mkdir(exist_ok=True)
        mine = lists / f"{hashlib.sha256(generation.encode()).hexdigest()[:16]}.txt"
        text = "\n".join(sorted(used)) + "\n"
        if not mine.is_file() or mine.read_text("utf-8") != text:
            mine.write_text(text, "utf-8")
        else:
            os.utime(mine)  # the most recent generation is the one used last
        recent = sorted(lists.glob("*.txt"), key=lambda path: path.stat().st_mtime_ns, reverse=True)
        keep = set(used)
        for number, listing in enumerate(recent):
            if number < GENERATIONS:
                keep.update(listing.read_text("utf-8").split())
            else:
                listing.unlink()
        return keep


def _draw_group(work: tuple[Draw, int, list[tuple[str, Any]]]) -> None:
    draw, batch, group = work
    for start in range(0, len(group), batch):
        part = group[start : start + batch]
        for (target, _), (data, notes) in zip(part, draw([payload for _, payload in part]), strict=True):
            for suffix, text in notes.items():  # first: a file is never there without its notes
                _write(Path(target).with_suffix(suffix), text.encode())
            _write(Path(target), data)


def _write(target: Path, data: bytes) -> None:
    partial = Path(f"{target}.{os.getpid()}.tmp")
    partial.write_bytes(data)
    partial.replace(target)  # atomic: a half-written file is never taken from the cache


def _file_digest(path: str) -> str:
    stat = Path(path).stat()
    return _digest(path, stat.st_mtime_ns, stat.st_size)


@cache
def _digest(path: str, mtime_ns: int, size: int) -> str:  # a logo edited during `mkdocs serve` counts
    with open(path, "rb") as file:  # streamed: a logo is never held whole for its key
        return hashlib.file_digest(file, "sha256").hexdigest()
