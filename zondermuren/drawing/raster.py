"""PDF pages as PNG pictures (pypdfium2): the site's previews of print items and Open Graph cards.

pypdfium2 (PDFium, the PDF engine of Chromium, as a PyPI wheel) renders a page at build time with
no system package: pdftoppm is only a test tool. The pictures are kept in the kit's cache
(cache.py) like the PDFs, so a build with no change draws none.
"""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import Any


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


def _scale(page_width: float, crop: tuple[float, float, float, float], width: int) -> float:
    """The scale at which PDFium draws the page, `crop` cut off, exactly `width` pixels wide, so that
    no picture is resampled (a blur, and a third of a card's time).

    `page_width` is the page's size as PDFium renders it: fpdf2 writes an office page's MediaBox in
    the page tree, where get_mediabox does not look (it answers US Letter, and a card came out
    1,334 px wide). PDFium rounds the bitmap's width up, and each side's crop too (pypdfium2's
    render), so the exact scale can give a pixel more or less: the first of a few that does not."""
    shown = page_width - crop[0] - crop[2]
    for nudge in (-1e-6, 0.25, 0.5, 0.75, -0.25):
        scale = (width + nudge) / shown
        if math.ceil(page_width * scale) - math.ceil(crop[0] * scale) - math.ceil(crop[2] * scale) == width:
            return scale
    return width / shown  # resized to the width below


def _picture(page: Any, width: int, height: int, trim: bool, colours: int) -> bytes:
    from PIL import Image

    crop = (0.0, 0.0, 0.0, 0.0)
    if trim:
        left, bottom, right, top = page.get_mediabox()
        t_left, t_bottom, t_right, t_top = page.get_trimbox()
        crop = (t_left - left, t_bottom - bottom, right - t_right, top - t_top)
    bitmap = page.render(scale=_scale(page.get_width(), crop, width), crop=crop, may_draw_forms=False)
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
