"""What the single-sheet layouts share: a sheet for a spec, the Huis's band and the contact footer."""

from __future__ import annotations

from zondermuren.drawing.content import shown
from zondermuren.drawing.formats import SAFE, fitted
from zondermuren.drawing.inks import WHITE
from zondermuren.drawing.sheet import Sheet
from zondermuren.printing.specs import ItemSpec


def sheet_for(spec: ItemSpec, width: float, height: float, title: str) -> Sheet:
    """A sheet for a design made `width` x `height` mm, on the spec's paper, for its variant."""
    paper = spec["paper"]
    fmt = fitted((width, height), (paper[0], paper[1]), spec["variant"])
    note = spec.get("note", "") if spec["variant"] == "kantoor" else ""
    return Sheet(fmt, rtl=spec["rtl"], title=title, language=spec["language"], text=shown(spec), note=note)


def header(sheet: Sheet, spec: ItemSpec, height: float) -> None:
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


def footer(sheet: Sheet, spec: ItemSpec, height: float) -> None:
    """The Huis's contact on a band of its colour, at the foot of the page."""
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
