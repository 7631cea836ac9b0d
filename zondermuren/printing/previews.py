"""A small picture of every printed item, beside its links, so people choose without opening PDFs.

One preview per item and language (urls.print_preview): every size and variant of an item shows
the same design, so the smallest print-shop file is rendered, cut at its trim (no bleed, no crop
marks): a booklet's cover, a sticker's square. A preview is named by the cache key of its PDF (and
the code that rasterises it), so it is drawn again exactly when its PDF is, and a change to this
code redraws the previews, never the PDFs; 64 colours keep it at a few KB (a phone on a cheap plan).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from zondermuren import urls
from zondermuren.drawing import cache as drawings
from zondermuren.drawing import raster
from zondermuren.printing.specs import PrintItem

WIDTH = 80  # CSS pixels on the page
DENSITY = 2  # pixels per CSS pixel: sharp on a phone's screen
COLOURS = 64
_ORDER = {"a5": 0, "15x15": 1, "a4": 2, "a3": 3}  # the smallest print-shop file draws fastest
BATCH = 40  # previews drawn in one go by a worker


@dataclass(frozen=True)
class Preview:
    path: str  # site path of the PNG
    source: str  # site path of the PDF it shows
    width: int  # CSS pixels
    height: int


def plan(items: list[PrintItem]) -> list[Preview]:
    """One preview per item and language, in the order of the items."""
    chosen: dict[str, PrintItem] = {}
    for item in items:
        path = urls.print_preview(item.path)
        best = chosen.get(path)
        if best is None or _rank(item) < _rank(best):
            chosen[path] = item
    found = []
    for path, item in chosen.items():
        paper = item.spec["paper"]  # the trim, for a print-shop file
        found.append(Preview(path, item.path, WIDTH, round(WIDTH * paper[1] / paper[0])))
    return found


def sizes(previews: list[Preview]) -> dict[str, tuple[int, int]]:
    """Site path -> (width, height) in CSS pixels: what the pages need for their <img>."""
    return {p.path: (p.width, p.height) for p in previews}


@cache
def _code() -> str:
    return drawings.code([Path(raster.__file__), Path(__file__)])


def publish(
    previews: list[Preview], pdfs: dict[str, Path], folder: Path, *, prune: bool = True, workers: int = 1
) -> drawings.Drawn:
    """Render what the cache lacks from the PDFs (site path -> file in the print cache)."""
    jobs = {
        p.path: (drawings.key(pdfs[p.source].stem, _code()), (str(pdfs[p.source]), p.width * DENSITY))
        for p in previews
        if p.source in pdfs
    }
    return drawings.Cache(folder, ".png").publish(jobs, _draw_all, workers=workers, batch=BATCH, prune=prune)


def _rank(item: PrintItem) -> tuple[int, int]:
    return (item.variant != "drukker", _ORDER.get(item.size, 9))


def _draw_all(payloads: list[Any]) -> list[drawings.Drawing]:
    return [(raster.png(Path(pdf), width, trim=True, colours=COLOURS), {}) for pdf, width in payloads]
