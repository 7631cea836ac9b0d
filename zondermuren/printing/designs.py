"""The designs: an A4 activity poster, a square window sticker, an A4 name plate (and booklet.py).

Each draws one spec (see items.py) on a Sheet and returns the PDF bytes; the spec's `paper` and
`variant` place the design (formats.fitted): the A3 poster is the A4 design scaled, the office
sticker sits on A4 with a line to cut along. Sizes follow the print facts: a QR code is readable
from about ten times its width, so the poster's 58 mm code works from about 60 cm (82 mm and
80 cm in A3), the sticker's 50 mm code through a window from half a metre, the name plate's 70 mm
code from the pavement.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from typing import Any

from zondermuren.printing import booklet, flyer, monthsheet
from zondermuren.printing.formats import SAFE, fitted
from zondermuren.printing.sheet import Sheet
from zondermuren.printing.specs import texts

__all__ = ["draw", "texts"]  # texts: re-exported for the cache

INK = "#1a1a1a"
MUTED = "#4a4a4a"
WHITE = "#ffffff"


def draw(spec: dict[str, Any]) -> bytes:
    return DESIGNS[spec["design"]](spec)


def _sheet(spec: dict[str, Any], width: float, height: float, title: str) -> Sheet:
    """A sheet for a design made `width` x `height` mm, on the spec's paper, for its variant."""
    shown = "\n".join(texts(spec).values())
    paper = spec["paper"]
    fmt = fitted((width, height), (paper[0], paper[1]), spec["variant"])
    note = spec.get("note", "") if spec["variant"] == "kantoor" else ""
    return Sheet(fmt, rtl=spec["rtl"], title=title, language=spec["language"], text=shown, note=note)


def _header(sheet: Sheet, spec: dict[str, Any], height: float) -> None:
    """The Huis's band: its logo on a white tile and its name, in the Huis colour into the bleed."""
    sheet.background(spec["primary"], 0, height)
    tile = height - 2 * SAFE
    sheet.box(WHITE, SAFE + 5, SAFE, tile, tile, radius=3)
    if spec["huis_logo"]:
        sheet.logo(spec["huis_logo"], SAFE + 7, SAFE + 2, tile - 4, tile - 4)
    left = SAFE + tile + 12
    sheet.text(
        spec["huis"],
        left,
        SAFE + 3,
        sheet.width - left - SAFE - 5,
        tile - 6,
        size=24,
        smallest=14,
        bold=True,
        colour=WHITE,
    )


def _footer(sheet: Sheet, spec: dict[str, Any], height: float) -> None:
    top = sheet.height - height
    sheet.background(spec["primary"], top, height)
    sheet.text(
        "  ·  ".join(spec["contact"]),
        SAFE + 5,
        top + 3.5,
        sheet.width - 2 * SAFE - 10,
        height - 5,
        size=11,
        smallest=8,
        colour=WHITE,
        align="centre",
    )


def poster(spec: dict[str, Any]) -> bytes:
    sheet = _sheet(spec, 210, 297, spec["title"])
    margin = SAFE + 7  # 12 mm: comfortably inside the 5 mm safety zone
    width = sheet.width - 2 * margin
    _header(sheet, spec, 36)
    y = 44.0
    y += sheet.text(spec["kind"].upper(), margin, y, width, 7, size=12, bold=True, colour=spec["accent"]) + 1
    y += sheet.text(spec["title"], margin, y, width, 44, size=40, smallest=22, bold=True, colour=spec["primary"]) + 5
    qr_size, bottom = 58.0, sheet.height - 14 - 4
    qr_top = bottom - qr_size - 7  # under the code, its address for those who type it
    label_width = 36.0
    for label, value in spec["facts"]:
        room = qr_top - 10 - y
        if room < 8:
            break
        sheet.text(label, margin, y + 0.6, label_width - 3, 7, size=11, bold=True, colour=spec["accent"])
        used = sheet.text(
            value, margin + label_width, y, width - label_width, min(room, 62), size=13, smallest=10.5, colour=INK
        )
        y += used + 3
    if spec["description"] and qr_top - 8 - y > 12:
        sheet.text(spec["description"], margin, y + 2, width, qr_top - 8 - y, size=12, smallest=10, colour=MUTED)
    # Bottom block: QR code at the reading end, the invitation to scan and the organisers beside it.
    sheet.qr(spec["url"], sheet.width - margin - qr_size, qr_top, qr_size)
    address = spec["url"].split("://", 1)[-1]
    sheet.text(
        address,
        sheet.width - margin - qr_size,
        qr_top + qr_size + 0.5,
        qr_size,
        7,
        size=7.5,
        smallest=6,
        colour=MUTED,
        align="centre",
    )
    text_width = width - qr_size - 6
    used = sheet.text(
        spec["scan"], margin, qr_top + 4, text_width, 20, size=18, smallest=13, bold=True, colour=spec["primary"]
    )
    used += sheet.text(spec["organisers"], margin, qr_top + 6 + used, text_width, 14, size=11, smallest=9, colour=MUTED)
    logo_top = qr_top + 8 + used
    height = min(18.0, bottom - logo_top)
    if height > 8:  # partners' logos are often wide: each gets a 40 x 18 mm box
        for index, logo in enumerate(spec["partner_logos"]):
            sheet.logo(logo, margin + index * 44, logo_top, 40, height)
    _footer(sheet, spec, 14)
    return sheet.output()


def sticker(spec: dict[str, Any]) -> bytes:
    """150 x 150 mm; the inside version is mirrored to be stuck behind glass, printed side on it."""
    sheet = _sheet(spec, 150, 150, f"{spec['partner']}: {spec['partner_of']}")
    sheet.background(WHITE, 0, sheet.height)
    if not sheet.format.print_shop:  # on office paper: where to cut it out
        sheet.frame()
    mirrored = spec.get("mirrored", False)
    context = sheet.mirrored() if mirrored else nullcontext()
    with context:
        margin = SAFE + 3
        width = sheet.width - 2 * margin
        if spec["huis_logo"]:
            sheet.logo(spec["huis_logo"], (sheet.width - 40) / 2, margin, 40, 40)
        y = margin + 43
        y += (
            sheet.text(
                spec["partner_of"],
                margin,
                y,
                width,
                18,
                size=17,
                smallest=11,
                bold=True,
                colour=spec["primary"],
                align="centre",
            )
            + 2
        )
        sheet.text(spec["partner"], margin, y, width, 14, size=14, smallest=9, colour=INK, align="centre")
        qr_size = 50.0
        sheet.qr(spec["url"], (sheet.width - qr_size) / 2, sheet.height - margin - qr_size - 6, qr_size)
        sheet.text(
            spec["scan"], margin, sheet.height - margin - 5, width, 5, size=9, smallest=7, colour=MUTED, align="centre"
        )
    return sheet.output()


def plate(spec: dict[str, Any]) -> bytes:
    """A4 landscape for the front of a partner's building: 'partner van Huis van het Kind X'."""
    sheet = _sheet(spec, 297, 210, f"{spec['partner']}: {spec['partner_of']}")
    margin = SAFE + 9
    _header(sheet, spec, 48)
    y = 60.0
    width = sheet.width - 2 * margin
    y += (
        sheet.text(spec["partner_of"], margin, y, width, 12, size=20, smallest=14, colour=spec["accent"], bold=True) + 3
    )
    qr_size = 70.0
    text_width = width - qr_size - 10
    top_of_text = y
    if spec["partner_logo"]:
        sheet.logo(spec["partner_logo"], margin, y, 30, 30)
        y += 34
    y += (
        sheet.text(spec["partner"], margin, y, text_width, 36, size=34, smallest=20, bold=True, colour=spec["primary"])
        + 3
    )
    if spec["place"] and spec["place"] != spec["partner"]:
        y += sheet.text(spec["place"], margin, y, text_width, 10, size=16, smallest=12, colour=INK) + 1
    sheet.text("\n".join(spec["address"]), margin, y, text_width, 16, size=14, smallest=11, colour=MUTED)
    sheet.qr(spec["url"], sheet.width - margin - qr_size, top_of_text, qr_size)
    sheet.text(
        spec["scan"],
        sheet.width - margin - qr_size,
        top_of_text + qr_size + 2,
        qr_size,
        12,
        size=11,
        smallest=8,
        colour=MUTED,
        align="centre",
    )
    _footer(sheet, spec, 14)
    return sheet.output()


DESIGNS: dict[str, Callable[[dict[str, Any]], bytes]] = {
    "poster": poster,
    "sticker": sticker,
    "plate": plate,
    "booklet": booklet.draw,
    "campaign_flyer": flyer.draw,
    "campaign_poster": flyer.draw,
    "month": monthsheet.draw,
}
