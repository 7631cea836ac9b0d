"""The month overview: A4 landscape, a row per week (Monday first; right to left in Arabic).

Each day's dates are one text in its cell: it shrinks (8 to 7 pt), then wraps, never out of the
cell. A day that still does not fit shows the dates that do and "+N meer", and the legend then
says where the rest is: the calendar's month page, whose QR code is beside it. Nothing is printed
under 7 pt and the code is at least 20 mm wide (without its quiet zone): the overview hangs on a
notice board and is read from a step away, not held in the hand.
"""

from __future__ import annotations

from zondermuren.drawing.content import shown
from zondermuren.drawing.formats import SAFE, fitted
from zondermuren.drawing.inks import FILLER, GRID, INK, MORE, MUTED, WHITE
from zondermuren.drawing.sheet import Sheet
from zondermuren.printing.specs import MonthSpec

DESIGNS = ("month",)
HEADER, WEEKDAYS, LEGEND = 18.0, 6.0, 29.5  # mm: the band, the weekday names, the legend under the grid
SIZE, SMALLEST = 8.0, 7.0  # pt of a cell's dates: 7 pt still reads at arm's length on a notice board
NUMBER = 4.2  # mm of a cell taken by its day number


def draw(spec: MonthSpec) -> bytes:
    fmt = fitted((297, 210), (spec["paper"][0], spec["paper"][1]), spec["variant"])
    note = spec.get("note", "") if spec["variant"] == "kantoor" else ""
    title = f"{spec['title']} · {spec['scope']}"
    sheet = Sheet(fmt, rtl=spec["rtl"], title=title, language=spec["language"], text=shown(spec), note=note)
    margin = SAFE + 2
    width = sheet.width - 2 * margin
    _header(sheet, spec, margin, width, title)
    top = HEADER + 1.5 + WEEKDAYS
    bottom = sheet.height - SAFE - LEGEND  # text and the QR code stay 5 mm inside the trim
    column = width / 7
    row = (bottom - top) / len(spec["weeks"])
    for index, name in enumerate(spec["weekdays"]):
        sheet.text(
            name,
            margin + index * column,
            HEADER + 1.5,
            column,
            WEEKDAYS - 1,
            size=8.5,
            smallest=7,
            bold=True,
            colour=spec["primary"],
            align="centre",
        )
    sheet.box(GRID, margin, top, width, row * len(spec["weeks"]))  # the lines are what the cells leave
    cut = False
    for number, week in enumerate(spec["weeks"]):
        for index, day in enumerate(week):
            left, y = margin + index * column, top + number * row
            sheet.box(FILLER if not day["in"] else WHITE, left + 0.15, y + 0.15, column - 0.3, row - 0.3)
            if not day["in"]:
                continue  # a filler day belongs to its own month's overview
            sheet.text(
                day["n"],
                left + 1,
                y + 0.6,
                column - 2,
                NUMBER,
                size=8.5,
                bold=True,
                colour=spec["primary"],
            )
            cut |= cell(sheet, day["entries"], spec["more"], left + 1, y + NUMBER + 0.6, column - 2, row - NUMBER - 1.2)
    _legend(sheet, spec, margin, width, bottom, cut)
    return sheet.output()


def cell(sheet: Sheet, entries: list[str], more: str, left: float, top: float, width: float, height: float) -> bool:
    """A day's dates in its box; True when some did not fit (the last line then says how many)."""
    if not entries:
        return False
    text = "\n".join(entries)
    if sheet.measure(text, width, 1000, size=SMALLEST) <= height + 0.01:
        sheet.text(text, left, top, width, height, size=SIZE, smallest=SMALLEST, colour=INK)
        return False
    for keep in range(len(entries) - 1, -1, -1):  # as many whole dates as fit beside the count
        shown = "\n".join([*entries[:keep], more.format(len(entries) - keep)])
        if keep == 0 or sheet.measure(shown, width, 1000, size=SMALLEST) <= height + 0.01:
            if keep:
                sheet.text("\n".join(entries[:keep]), left, top, width, height, size=SMALLEST, colour=INK)
            used = sheet.measure("\n".join(entries[:keep]), width, height, size=SMALLEST) if keep else 0
            sheet.text(
                more.format(len(entries) - keep),
                left,
                top + used,
                width,
                height - used,
                size=SMALLEST,
                bold=True,
                colour=MORE,
            )
            return True
    return True


def _header(sheet: Sheet, spec: MonthSpec, margin: float, width: float, title: str) -> None:
    sheet.background(spec["primary"], 0, HEADER)
    tile = HEADER - SAFE - 2
    sheet.box(WHITE, margin, SAFE, tile, tile, radius=1.5)
    if spec["huis_logo"]:
        sheet.logo(spec["huis_logo"], margin + 1, SAFE + 1, tile - 2, tile - 2)
    left = margin + tile + 4
    room = width - tile - 4
    sheet.text(title, left, SAFE + 0.5, room * 0.62, tile, size=17, smallest=11, bold=True, colour=WHITE)
    sheet.text(
        spec["huis"],
        left + room * 0.62,
        SAFE + 1.5,
        room * 0.38,
        tile - 2,
        size=9.5,
        smallest=7,
        colour=WHITE,
        align="end",
    )


def _legend(sheet: Sheet, spec: MonthSpec, margin: float, width: float, top: float, cut: bool) -> None:
    """Under the grid: when it was made, where every date is (and the rest of a full day), the QR code."""
    qr = LEGEND - 1.5  # with its quiet zone: the symbol is over 20 mm for any web address (25 modules or more)
    qr_left = margin + width - qr
    sheet.qr(spec["url"], qr_left, top + 1.5, qr)
    room = width - qr - 4
    y = top + 2.5
    y += sheet.text(spec["made"], margin, y, room, 5, size=9, bold=True, colour=spec["accent"]) + 1
    legend = spec["legend_more"] if cut else spec["legend"]
    y += sheet.text(f"{spec['scan']} {legend}", margin, y, room, 11, size=9, smallest=7, colour=INK) + 1
    sheet.text("  ·  ".join(spec["contact"]), margin, y, room, 4, size=8, smallest=7, colour=MUTED)
