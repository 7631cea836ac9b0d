"""Pictures of PDF pages (drawing.raster): the Open Graph cards and the previews of print items are
PDFium's drawing at the size asked, never a larger drawing resampled (a blur, and a third of a
card's time): the page's size is read as PDFium renders it, and the scale is chosen so that its
rounding up gives the width exactly."""

from __future__ import annotations

import io
from typing import Any

import pytest
from PIL import Image

from zondermuren.drawing import raster
from zondermuren.drawing.formats import office, shop
from zondermuren.drawing.inks import INK
from zondermuren.drawing.sheet import Sheet

A4 = (210.0, 297.0)
CARD = (240.0, 126.0)  # site.cards.SIZE: 1,200 x 630 px


def _pdf(fmt: Any) -> bytes:
    sheet = Sheet(fmt, rtl=False, title="Proef", language="nl", text="Proefdruk")
    sheet.box(INK, 0, 0, *fmt.area)
    sheet.text("Proefdruk", 10, 10, fmt.area[0] - 20, 20, size=24)
    return sheet.output()


@pytest.fixture
def no_resampling(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Image.Image, size: Any, *args: Any, **options: Any) -> Image.Image:
        raise AssertionError(f"resampled from {self.size} to {size}")

    monkeypatch.setattr(Image.Image, "resize", refuse)


@pytest.mark.parametrize(
    ("fmt", "trim", "width", "height"),
    [
        (office(CARD, CARD), False, 1200, 630),  # a card: its page size is only in the page tree
        (office(A4), False, 480, 0),
        (office((297.0, 210.0)), False, 333, 0),  # landscape, an odd width
        (office(A4), True, 480, 0),  # a preview of an office-only file: no TrimBox, the whole page
        (shop(A4), True, 480, 0),  # a print-shop file: its trim, without bleed and crop marks
        (shop(A4), True, 960, 0),
        (shop((148.0, 210.0)), True, 401, 0),
    ],
    ids=["card", "office-a4", "office-landscape", "office-a4-trim", "shop-a4-480", "shop-a4-960", "shop-a5-401"],
)
def test_a_page_is_drawn_at_the_size_asked(no_resampling: None, fmt: Any, trim: bool, width: int, height: int) -> None:
    picture = Image.open(io.BytesIO(raster.png(_pdf(fmt), width, height, trim=trim)))
    paper = fmt.area if fmt.print_shop and trim else fmt.paper
    assert picture.width == width
    assert abs(picture.height - (height or width * paper[1] / paper[0])) <= 1
    if fmt.print_shop and trim:
        # The trim is the design's colour to its edges: no white bleed margin or crop marks left.
        corners = [picture.getpixel((x, y)) for x in (1, width - 2) for y in (1, picture.height - 2)]
        assert len(set(corners)) == 1 and corners[0] != (255, 255, 255), corners
