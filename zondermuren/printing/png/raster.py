"""PDF pages as PNG pictures (pypdfium2), drawn at most once: the pictures of previews.py and cards.py.

pypdfium2 (PDFium, the PDF engine of Chromium, as a PyPI wheel) renders a page at build time with
no system package: pdftoppm is only a test tool. A picture is named by the key of what it shows
(the PDF's cache key, or a card's spec), like the PDFs themselves (render.py), so a build with no
change draws none. Missing ones are drawn in forked workers, one group per core.
"""

from __future__ import annotations

import hashlib
import io
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from zondermuren import parallel

CODE = Path(__file__).parent


@cache
def version() -> str:
    """The digest of this package's code: a picture drawn by other code is drawn again."""
    digest = hashlib.sha256()
    for path in sorted(CODE.glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def name(key: str) -> str:
    """A picture's file name in the cache: what it shows (`key`) drawn by this code."""
    return hashlib.sha256(f"{key}:{version()}".encode()).hexdigest()[:32]


# One job: (target PNG in the cache, what the drawing function needs: picklable, small).
Job = tuple[str, Any]


@dataclass
class Pictures:
    files: dict[str, Path] = field(default_factory=dict)  # site path -> PNG in the cache
    drawn: list[str] = field(default_factory=list)  # site paths drawn in this build
    reused: int = 0
    seconds: float = 0.0


def publish(
    jobs: dict[str, Job],
    folder: Path,
    draw: Callable[[list[Any]], list[bytes]],
    *,
    prune: bool = True,
    workers: int = 1,
) -> Pictures:
    """Draw the jobs (site path -> (target, payload)) whose target is missing; with `prune`,
    drop the PNGs of `folder` that no job uses any more. `draw` makes the PNGs of a batch of
    payloads at once (fonts loaded once for many cards)."""
    started = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    result = Pictures()
    missing: dict[str, tuple[str, Any]] = {}
    for path, (target, payload) in jobs.items():
        result.files[path] = Path(target)
        if Path(target).is_file():
            result.reused += 1
        elif target not in missing:  # one picture may serve several paths
            missing[target] = (path, payload)
    if missing:
        work = [(target, payload) for target, (_, payload) in missing.items()]
        list(parallel.map_groups(_draw_group, [(draw, group) for group in parallel.split(work, workers)]))
        result.drawn = [path for path, _ in missing.values()]
    if prune:
        keep = {Path(target).name for target, _ in jobs.values()}
        for old in folder.glob("*.png"):
            if old.name not in keep:
                old.unlink()
    result.seconds = time.perf_counter() - started
    return result


BATCH = 40  # pictures drawn in one go: fonts are parsed once per batch


def _draw_group(work: tuple[Callable[[list[Any]], list[bytes]], list[tuple[str, Any]]]) -> None:
    draw, group = work
    for start in range(0, len(group), BATCH):
        part = group[start : start + BATCH]
        for (target, _), data in zip(part, draw([payload for _, payload in part]), strict=True):
            partial = Path(f"{target}.{os.getpid()}.tmp")
            partial.write_bytes(data)
            partial.replace(target)  # atomic: a half-written picture is never taken from the cache


def png(pdf: bytes | Path, width: int, height: int = 0, *, trim: bool = False, colours: int = 0) -> bytes:
    """The first page of a PDF as a PNG (see `pngs`)."""
    return pngs(pdf, width, height, trim=trim, colours=colours, pages=1)[0]


def pngs(
    pdf: bytes | Path, width: int, height: int = 0, *, trim: bool = False, colours: int = 0, pages: int = 0
) -> list[bytes]:
    """The pages of a PDF (the first `pages`, or all) as PNGs `width` pixels wide (the height follows
    the page, or is exactly `height`: the last row a rounding adds is cut).

    `trim`: only what is inside the TrimBox (a print-shop file without its bleed and crop marks).
    `colours`: at most that many colours (a small preview of a few KB), 0 for full colour.
    """
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf.read_bytes() if isinstance(pdf, Path) else pdf)
    try:
        return [
            _picture(document[number], width, height, trim, colours)
            for number in range(min(pages, len(document)) if pages else len(document))
        ]
    finally:
        document.close()


def _picture(page: Any, width: int, height: int, trim: bool, colours: int) -> bytes:
    from PIL import Image

    left, bottom, right, top = page.get_mediabox()
    crop = (0.0, 0.0, 0.0, 0.0)
    if trim:
        t_left, t_bottom, t_right, t_top = page.get_trimbox()
        crop = (t_left - left, t_bottom - bottom, right - t_right, top - t_top)
    shown = right - left - crop[0] - crop[2]
    bitmap = page.render(scale=width / shown, crop=crop, may_draw_forms=False)
    image = bitmap.to_pil().convert("RGB")
    page.close()
    if image.width != width:  # rounding of the scale: exactly the width asked for
        image = image.resize((width, round(image.height * width / image.width)))
    if height and image.height != height:
        image = image.crop((0, 0, width, height)) if abs(image.height - height) <= 2 else image.resize((width, height))
    if colours:  # a palette PNG: a third of the bytes, and faster to write
        image = image.quantize(colours, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    out = io.BytesIO()
    # Pillow's optimize is worth its time on a small preview, not on a card (40 ms for 10 % fewer bytes).
    image.save(out, "PNG", optimize=image.width * image.height < 100_000)
    return out.getvalue()
