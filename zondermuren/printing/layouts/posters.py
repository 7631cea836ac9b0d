"""The activity poster: A4 (the A3 file is the same design, scaled: formats.fitted).

Sizes follow the print facts: a QR code is readable from about ten times its width, so the
poster's 58 mm code works from about 60 cm (82 mm and 80 cm in A3).
"""

from __future__ import annotations

from zondermuren.drawing.formats import SAFE
from zondermuren.drawing.inks import INK, MUTED
from zondermuren.printing.layouts.frame import footer, header, sheet_for
from zondermuren.printing.specs import PosterSpec

DESIGNS = ("poster",)


def draw(spec: PosterSpec) -> bytes:
    sheet = sheet_for(spec, 210, 297, spec["title"])
    margin = SAFE + 7  # 12 mm: comfortably inside the 5 mm safety zone
    width = sheet.width - 2 * margin
    header(sheet, spec, 36)
    y = 44.0
    icon = 7.0 if spec.get("kind_pictogram") else 0.0  # the kind's pictogram beside its word, in the accent
    if icon:
        sheet.pictogram(spec["kind_pictogram"], spec["accent"], margin, y - 1.2, icon)
    y += (
        sheet.text(
            spec["kind"].upper(),
            margin + icon * 1.3,
            y,
            width - icon * 1.3,
            7,
            size=12,
            bold=True,
            colour=spec["accent"],
        )
        + 1
    )
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
    footer(sheet, spec, 14)
    return sheet.output()
