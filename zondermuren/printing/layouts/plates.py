"""The name plate: A4 landscape, for the front of a partner's building, with a 70 mm QR code that
reads from the pavement.
"""

from __future__ import annotations

from zondermuren.drawing.formats import SAFE
from zondermuren.drawing.inks import INK, MUTED
from zondermuren.printing.layouts.frame import footer, header, sheet_for
from zondermuren.printing.specs import PlateSpec

DESIGNS = ("plate",)


def draw(spec: PlateSpec) -> bytes:
    """A4 landscape for the front of a partner's building: 'partner van Huis van het Kind X'."""
    sheet = sheet_for(spec, 297, 210, f"{spec['partner']}: {spec['partner_of']}")
    margin = SAFE + 9
    header(sheet, spec, 48)
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
    footer(sheet, spec, 14)
    return sheet.output()
