"""The campaign flyer (A4, one or two pages) and poster (A3): a programme by day and municipality.

The programme flows through columns, a day's or a municipality's heading never last in a column
(it comes along with its first date, and is repeated where a day goes on in the next column).
It is tried at its full size first, then smaller; a flyer takes a second page (the back) only
when one does not hold it. A short programme is printed larger, so the sheet is not left white: on
the poster, a few dates run in one wide column at up to three times the size, read from across a
hall, and the campaign's text under its title is larger too. What even the smallest size cannot hold ends in "+N meer op de site",
next to the QR code of the page that has them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from zondermuren.drawing.content import shown
from zondermuren.drawing.formats import SAFE, fitted
from zondermuren.drawing.inks import INK, MUTED, WHITE
from zondermuren.drawing.sheet import Sheet, Step
from zondermuren.printing.specs import CampaignSpec

SCALES = (1.0, 0.92, 0.84, 0.76, 0.7)  # tried in turn; below 0.7 the details fall under 6 pt
GROW = (1.5, 1.25)  # tried first for one page
BIG = (3.0, 2.5, 2.0, 1.6)  # a poster's short programme, in one column the width of the sheet


@dataclass(frozen=True)
class Look:
    """The sizes of one design, in its units (mm of its area) and points."""

    design: tuple[float, float]
    header: float
    title: float
    qr: float
    footer: float
    day: float  # pt of a day's heading; the rest of the programme scales with it
    intro: float  # pt of the campaign's text under its title (at the flyer's scale)
    columns: int = 2


LOOKS = {
    "campaign_flyer": Look((210, 297), 26, 30, 38, 11, 11.5, 10),
    "campaign_poster": Look((297, 420), 40, 52, 80, 15, 16, 13),
}
DESIGNS = tuple(LOOKS)


def draw(spec: CampaignSpec) -> bytes:
    look = LOOKS[spec["design"]]
    office = spec["variant"] == "kantoor"
    sheet = _sheet(spec, look, spec.get("note", "") if office else "")
    layout = Programme(sheet, spec, look)
    pages = layout.fit(2 if spec["design"] == "campaign_flyer" else 1)
    if len(pages) == 2 and office:  # the back: say how to print it on the office printer
        sheet = _sheet(spec, look, f"{spec['note']} {spec['duplex']}")
        layout = Programme(sheet, spec, look)
    for number, steps in enumerate(pages):
        if number:
            sheet.new_page()
        layout.frame(number, len(pages))
        sheet.replay(steps)
    return sheet.output()


def _sheet(spec: CampaignSpec, look: Look, note: str) -> Sheet:
    fmt = fitted(look.design, (spec["paper"][0], spec["paper"][1]), spec["variant"])
    return Sheet(fmt, rtl=spec["rtl"], title=spec["title"], language=spec["language"], text=shown(spec), note=note)


class Programme:
    def __init__(self, sheet: Sheet, spec: CampaignSpec, look: Look) -> None:
        self.sheet, self.spec, self.look = sheet, spec, look
        self.margin = SAFE + 5 * look.design[0] / 210
        self.width = sheet.width - 2 * self.margin
        self.gap = 6 * look.design[0] / 210
        self._top: float | None = None
        self.columns(look.columns)

    def columns(self, count: int) -> None:
        self.count = count
        self.column = (self.width - self.gap * (count - 1)) / count

    # The fixed parts ------------------------------------------------------------------------------
    def frame(self, page: int, pages: int) -> None:
        """Header and footer of a page; the first page has the title block and the QR code."""
        sheet, spec, look = self.sheet, self.spec, self.look
        k = look.design[0] / 210
        sheet.background(spec["primary"], 0, look.header)
        tile = look.header - 2 * SAFE
        sheet.box(WHITE, self.margin, SAFE, tile, tile, radius=3 * k)
        if spec["huis_logo"]:
            sheet.logo(spec["huis_logo"], self.margin + 2 * k, SAFE + 2 * k, tile - 4 * k, tile - 4 * k)
        left = self.margin + tile + 6 * k
        # The back says which campaign it continues.
        sheet.text(
            spec["huis"] if page == 0 else f"{spec['title']} · {spec['huis']}",
            left,
            SAFE + 2 * k,
            self.margin + self.width - left,
            tile - 4 * k,
            size=20 * k,
            smallest=12 * k,
            bold=True,
            colour=WHITE,
        )
        top = sheet.height - look.footer
        sheet.background(spec["primary"], top, look.footer)
        sheet.text(
            "  ·  ".join(spec["contact"]),
            self.margin,
            top + 3 * k,
            self.width,
            look.footer - 4 * k,
            size=10 * k,
            smallest=7 * k,
            colour=WHITE,
            align="centre",
        )
        made = spec["made"] + (f"  ·  {spec['duplex']}" if pages == 2 and page == 0 else "")
        if pages == 2:
            made += f"  ·  {page + 1}/2"
        sheet.text(made, self.margin, top - 6 * k, self.width, 5 * k, size=8 * k, smallest=6 * k, colour=MUTED)
        if page == 0:
            self._title_block()

    def _title_block(self, *, draw: bool = True) -> float:
        """Title, dates and intro beside the QR code (at the reading end); returns where it ends.

        Without `draw` it only measures: the programme starts under it."""
        sheet, spec, look = self.sheet, self.spec, self.look
        k = look.design[0] / 210
        write = (
            sheet.text
            if draw
            else lambda text, left, top, width, height, **o: sheet.measure(
                text, width, height, **{n: v for n, v in o.items() if n not in ("colour", "align")}
            )
        )
        top = look.header + 7 * k
        text_width = self.width - look.qr - 6 * k
        y = top
        y += (
            write(
                spec["title"],
                self.margin,
                y,
                text_width,
                look.title,
                size=30 * k,
                smallest=18 * k,
                bold=True,
                colour=spec["primary"],
            )
            + 2 * k
        )
        y += (
            write(
                spec["when"],
                self.margin,
                y,
                text_width,
                14 * k,
                size=14 * k,
                smallest=10 * k,
                bold=True,
                colour=spec["accent"],
            )
            + 2 * k
        )
        intro = look.intro * k  # pt; its box (mm) holds three lines
        y += write(spec["intro"], self.margin, y, text_width, intro * 1.3, size=intro, smallest=8 * k, colour=MUTED)
        qr_left = self.margin + self.width - look.qr
        if draw:
            sheet.qr(spec["url"], qr_left, top - 2 * k, look.qr)
        below = top - 2 * k + look.qr
        below += write(
            spec["scan"],
            qr_left - 4 * k,
            below + 0.5,
            look.qr + 8 * k,
            8 * k,
            size=8.5 * k,
            smallest=6.5 * k,
            bold=True,
            colour=spec["primary"],
            align="centre",
        )
        # One line: the address shrinks (to 5 pt) before it wraps.
        below += write(
            spec["url"].split("://", 1)[-1],
            qr_left - 8 * k,
            below + 1,
            look.qr + 16 * k,
            3.2 * k,
            size=6.5 * k,
            smallest=5,
            colour=MUTED,
            align="centre",
        )
        return max(y, below) + 6 * k

    def _body_top(self, page: int) -> float:
        if page:
            return self.look.header + 6 * self.look.design[0] / 210
        if self._top is None:
            self._top = self._title_block(draw=False)
        return self._top

    # The programme ----------------------------------------------------------------------------------
    def fit(self, most_pages: int) -> list[list[Step]]:
        """The pages' programme steps: one page if it fits, else up to `most_pages`, then '+N meer'."""
        if most_pages == 1:  # the poster: a few dates in one wide column, large
            for scale in BIG:
                self.columns(1)
                steps, left_out = self._flow(1, scale, reserve=False)
                if not left_out:
                    return [self._centred(steps[0])]
            self.columns(self.look.columns)
        for pages in range(1, most_pages + 1):
            # A back is better than small print: one page shrinks only a little before taking two.
            # A short programme (one or two dates) is printed larger, so the page does not look empty.
            last = pages == most_pages
            for scale in (*GROW, *SCALES) if most_pages == 1 else SCALES if last else (*GROW, *SCALES[:3]):
                steps, left_out = self._flow(pages, scale, reserve=False)
                if not left_out:
                    return steps
        steps, _ = self._flow(most_pages, SCALES[-1], reserve=True)
        return steps

    def _centred(self, steps: list[Step]) -> list[Step]:
        """A short programme in the middle of the room under the title block, not at its top."""
        _, _, top, bottom = self._columns(1)[0]
        end = max(args[2] + args[4] for _, args, _ in steps)
        down = max(0.0, (bottom - end) / 2)
        return [(method, (*args[:2], args[2] + down, *args[3:]), options) for method, args, options in steps]

    def _columns(self, pages: int) -> list[tuple[int, float, float, float]]:
        """(page, left, top, bottom) of every column, in reading order."""
        bottom = self.sheet.height - self.look.footer - 8 * self.look.design[0] / 210
        return [
            (page, self.margin + index * (self.column + self.gap), self._body_top(page), bottom)
            for page in range(pages)
            for index in range(self.count)
        ]

    def _flow(self, pages: int, scale: float, *, reserve: bool) -> tuple[list[list[Step]], int]:
        """Lay the programme out over `pages` at `scale`; returns the steps and the dates left out.

        With `reserve`, the last column keeps room for the line saying how many dates did not fit."""
        sheet, look = self.sheet, self.look
        day_pt, place_pt, text_pt, detail_pt = (look.day * scale * f for f in (1.0, 0.8, 0.8, 0.68))
        # The hours column is as wide as its widest text ("19:30–21:30", "hele dag"): never broken.
        sheet.pdf.set_font(sheet.family, "B", text_pt)
        every = {e["hours"] for d in self.spec["days"] for p in d["places"] for e in p["entries"]}
        # fpdf2 keeps a cell margin on both sides of a text box.
        label = max(sheet.pdf.get_string_width(text) for text in every) + 2 * sheet.pdf.c_margin + 3 * scale
        columns = self._columns(pages)
        out: list[list[Step]] = [[] for _ in range(pages)]
        entries = [(d, p, e) for d in self.spec["days"] for p in d["places"] for e in p["entries"]]
        more_height = sheet.measure("+00", self.column, 20, size=text_pt, bold=True) + 1
        index, column, y = 0, 0, columns[0][2]
        shown_day = shown_place = None
        while index < len(entries):
            day, place, item = entries[index]
            parts: list[tuple[str, float, float, dict[str, Any]]] = []  # text, left, width, options
            if day is not shown_day:
                parts.append(
                    (day["day"], 0, self.column, {"size": day_pt, "bold": True, "colour": self.spec["primary"]})
                )
            if day is not shown_day or place is not shown_place:
                parts.append(
                    (place["place"], 0, self.column, {"size": place_pt, "bold": True, "colour": self.spec["accent"]})
                )
            # The boxes' limits grow with the type: a larger date keeps its lines.
            most = 80 * scale
            heights = [sheet.measure(text, width, most, size=o["size"], bold=o["bold"]) for text, _, width, o in parts]
            hours_h = sheet.measure(item["hours"], label - 2 * scale, most / 2, size=text_pt, bold=True)
            # The kind's pictogram before the title, as tall as a line of it (1.2 × its size, in mm).
            icon = text_pt * 0.3528 * 1.2 if item.get("pictogram") else 0.0
            indent = icon + 0.6 * scale if icon else 0.0  # the title's text box keeps its own cell margin
            title_w = self.column - label - indent
            title_h = sheet.measure(item["title"], title_w, most * 0.75, size=text_pt, bold=True)
            detail_h = sheet.measure(item["details"], self.column - label, most / 2, size=detail_pt)
            need = sum(heights) + 0.8 * len(parts) + max(hours_h, title_h + detail_h) + 1.6 * scale
            page, left, top, bottom = columns[column]
            last = column == len(columns) - 1
            room = bottom - (more_height if reserve and last and index < len(entries) - 1 else 0)
            if y + need > room:
                if y == top or last:  # nothing more fits (a single date taller than a column is cut by its boxes)
                    break
                column += 1
                y = columns[column][2]
                shown_day = shown_place = None  # the day and municipality are repeated at the top of a column
                continue
            steps = out[page]
            for (text, _, width, options), height in zip(parts, heights, strict=True):
                steps.append(("text", (text, left, y, width, height), options))
                y += height + 0.8
            bold, muted = {"size": text_pt, "bold": True, "colour": INK}, {"size": detail_pt, "colour": MUTED}
            steps.append(("text", (item["hours"], left, y, label - 2 * scale, hours_h), bold))
            if icon:
                at = left + label + sheet.pdf.c_margin  # where the details' text starts, under it
                steps.append(("pictogram", (item["pictogram"], self.spec["accent"], at, y + 0.3, icon), {}))
            steps.append(("text", (item["title"], left + label + indent, y, title_w, title_h), bold))
            steps.append(("text", (item["details"], left + label, y + title_h, self.column - label, detail_h), muted))
            y += max(hours_h, title_h + detail_h) + 1.6 * scale
            shown_day, shown_place = day, place
            index += 1
        left_out = len(entries) - index
        if left_out and reserve:
            page, left, _, bottom = columns[-1]
            out[page].append(
                (
                    "text",
                    (self.spec["more"].format(left_out), left, bottom - more_height, self.column, more_height),
                    {"size": text_pt, "bold": True, "colour": self.spec["primary"]},
                )
            )
        return out, left_out
