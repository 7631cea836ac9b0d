"""The window sticker: 150 x 150 mm, on the print shop's trim or on A4 with a line to cut along.

Its 50 mm QR code reads through a window from half a metre. The inside version is mirrored, to
be stuck behind the glass, printed side on it.
"""

from __future__ import annotations

from contextlib import nullcontext

from zondermuren.drawing.formats import SAFE
from zondermuren.drawing.inks import INK, MUTED, WHITE
from zondermuren.printing.layouts.frame import sheet_for
from zondermuren.printing.specs import StickerSpec

DESIGNS = ("sticker",)


def draw(spec: StickerSpec) -> bytes:
    """150 x 150 mm; the inside version is mirrored to be stuck behind glass, printed side on it."""
    sheet = sheet_for(spec, 150, 150, f"{spec['partner']}: {spec['partner_of']}")
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
