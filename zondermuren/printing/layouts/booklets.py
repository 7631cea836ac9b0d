"""An A5 booklet (wie is wie, a brochure): cover, contents, sections of entries, an index A to Z.

The pages are laid out first, as lists of drawing steps, so the contents and the index know the
page numbers; then they are drawn: one A5 page per PDF page for the print shop (bleed, crop
marks), or two per A4 side in fold order for the office printer (imposition.py). Both files
draw the same steps, so their pages are the same. An entry never breaks over two pages: each of
its texts has a box of bounded height, in which it shrinks, wraps, and at worst ends with '…'.
"""

from __future__ import annotations

from typing import Any

from zondermuren.drawing import imposition
from zondermuren.drawing.content import shown
from zondermuren.drawing.formats import office, shop
from zondermuren.drawing.inks import INK, MUTED, WHITE
from zondermuren.drawing.sheet import Sheet, Step
from zondermuren.printing.specs import BookletSpec, Entry, Section

DESIGNS = ("booklet",)
PAGE = (148.0, 210.0)  # A5
MARGIN = 12.0
TOP, BOTTOM = 14.0, 192.0  # where entries go; the page number sits under BOTTOM
WIDTH = PAGE[0] - 2 * MARGIN
LABEL = 24.0  # the label column of an entry's rows
ICON = 5.0  # a section's pictogram beside its title: within the line of 13 pt, the heading keeps its height


def draw(spec: BookletSpec) -> bytes:
    office_file = spec["variant"] == "kantoor"
    fmt = office((297.0, 210.0), PAGE) if office_file else shop(PAGE)
    sheet = Sheet(fmt, rtl=spec["rtl"], title=spec["title"], language=spec["language"], text=shown(spec))
    pages = Layout(sheet, spec).pages()
    if not office_file:
        for number, steps in enumerate(pages):
            if number:
                sheet.new_page()
            sheet.replay(steps)
        return sheet.output()
    for index, (left, right) in enumerate(imposition.sides(len(pages), rtl=spec["rtl"])):
        if index:
            sheet.new_page()
        for number, x in ((left, 0.25), (right, 148.75)):  # each A5 page centred on its half of the A4
            if number <= len(pages):
                sheet.place((x, 0.0))
                sheet.replay(pages[number - 1])
    return sheet.output()


class Layout:
    """The booklet's pages as drawing steps; entries are placed twice, so page references are right."""

    def __init__(self, sheet: Sheet, spec: BookletSpec) -> None:
        self.sheet, self.spec = sheet, spec
        self.primary, self.accent = spec["primary"], spec["accent"]

    def pages(self) -> list[list[Step]]:
        where: dict[str, int] = {}
        for _ in range(3):  # references change page numbers only when their width changes a line break
            body, found, starts = self._body(where)
            if found == where:
                break
            where = found
        pages = [self._cover(), self._contents(starts, len(body))] + body
        pages += self._index(where, len(pages) + 1)
        total = imposition.padded(len(pages)) if self.spec["variant"] == "kantoor" else len(pages)
        pages += [[] for _ in range(total - len(pages))]
        for number, steps in enumerate(pages[1:], start=2):  # the cover has no number
            steps.append(
                self._step("text", str(number), 0, 198, WIDTH + 2 * MARGIN, 5, size=7.5, colour=MUTED, align="centre")
            )
        return pages

    # Pages ------------------------------------------------------------------------------------
    def _cover(self) -> list[Step]:
        spec = self.spec
        steps: list[Step] = []
        steps.append(self._step("background", self.primary, 0, 84))
        steps.append(self._step("box", WHITE, MARGIN, MARGIN, 28, 28, radius=2.5))
        if spec["huis_logo"]:
            steps.append(self._step("logo", spec["huis_logo"], MARGIN + 2, MARGIN + 2, 24, 24))
        steps.append(
            self._text(
                spec["huis"], MARGIN + 34, MARGIN + 2, WIDTH - 34, 24, size=13, smallest=9, bold=True, colour=WHITE
            )
        )
        steps.append(self._text(spec["title"], MARGIN, 50, WIDTH, 28, size=28, smallest=16, bold=True, colour=WHITE))
        y = 92.0
        y += self._add(steps, spec["subtitle"], y, 22, size=13, smallest=10, bold=True, colour=self.primary) + 4
        y += self._add(steps, spec["intro"], y, 36, size=9, smallest=7.5, colour=MUTED) + 4
        self._add(steps, spec["made"], y, 6, size=9.5, bold=True, colour=self.accent)
        qr = 34.0
        steps.append(self._step("qr", spec["url"], WIDTH + MARGIN - qr, 150, qr))
        steps.append(
            self._text(
                spec["url"].split("://", 1)[-1],
                WIDTH + MARGIN - qr - 6,
                150 + qr + 0.5,
                qr + 6,
                6,
                size=6,
                smallest=5,
                colour=MUTED,
                align="centre",
            )
        )
        steps.append(
            self._text(
                spec["scan"], MARGIN, 154, WIDTH - qr - 6, 24, size=11, smallest=8, bold=True, colour=self.primary
            )
        )
        steps.append(
            self._text(
                "  ·  ".join(spec["contact"]), MARGIN, 196, WIDTH, 8, size=7.5, smallest=6, colour=MUTED, align="centre"
            )
        )
        return steps

    def _contents(self, starts: list[tuple[str, int]], body: int) -> list[Step]:
        labels = self.spec["labels"]
        steps: list[Step] = []
        y = TOP + self._add(steps, labels["contents"], TOP, 10, size=16, bold=True, colour=self.primary) + 4
        rows = [*starts, (labels["index"], 3 + body)]
        line = min(7.0, (BOTTOM - 40 - y) / max(1, len(rows)))
        for title, page in rows:
            steps.append(self._text(title, MARGIN, y, WIDTH - 14, line, size=10, smallest=7, colour=INK))
            steps.append(
                self._text(str(page), MARGIN + WIDTH - 12, y, 12, line, size=10, smallest=7, colour=INK, align="end")
            )
            y += line
        y += 6
        self._add(steps, self.spec["made"], y, 6, size=9, bold=True, colour=self.accent)
        if self.spec["variant"] == "kantoor":  # the office file's small print: how to print and fold it
            self._add(steps, self.spec["print_note"], BOTTOM - 14, 14, size=7, smallest=6, colour=MUTED)
        return steps

    def _body(self, where: dict[str, int]) -> tuple[list[list[Step]], dict[str, int], list[tuple[str, int]]]:
        """The sections from page 3 on; where each entry landed; where each section starts."""
        pages: list[list[Step]] = [[]]
        found: dict[str, int] = {}
        starts: list[tuple[str, int]] = []
        y = TOP
        for section in self.spec["sections"]:
            heading = self._heading(section)
            entries = [self._entry(entry) for entry in section["entries"]]
            first = entries[0][0] if entries else 0
            if y > TOP and y + heading[0] + first > BOTTOM:
                pages.append([])
                y = TOP
            starts.append((section["title"], len(pages) + 2))
            y = self._place(pages[-1], heading, y) + 1.5
            for (height, steps), entry in zip(entries, section["entries"], strict=True):
                if y + height > BOTTOM:
                    pages.append([])
                    y = TOP
                found.setdefault(entry["name"], len(pages) + 2)
                y = self._place(pages[-1], (height, steps), y) + 4
            if section["also"]:
                page = self.spec["labels"]["page"]
                names = ", ".join(f"{name} ({page.format(where.get(name, '00'))})" for name in section["also"])
                also = self._block(
                    [
                        (
                            "text",
                            f"{self.spec['labels']['also']}: {names}",
                            24,
                            {"size": 7.5, "smallest": 6.5, "colour": MUTED},
                        )
                    ]
                )
                if y + also[0] > BOTTOM:
                    pages.append([])
                    y = TOP
                y = self._place(pages[-1], also, y) + 5
            y += 3
        return pages, found, starts

    def _index(self, where: dict[str, int], first_page: int) -> list[list[Step]]:
        labels = self.spec["labels"]
        pages: list[list[Step]] = [[]]
        y = TOP + self._add(pages[0], labels["index"], TOP, 10, size=16, bold=True, colour=self.primary) + 4
        for name in sorted(where, key=str.casefold):
            if y + 5 > BOTTOM:
                pages.append([])
                y = TOP
            pages[-1].append(self._text(name, MARGIN, y, WIDTH - 14, 5, size=8.5, smallest=6.5, colour=INK))
            pages[-1].append(
                self._text(str(where[name]), MARGIN + WIDTH - 12, y, 12, 5, size=8.5, colour=INK, align="end")
            )
            y += 5
        return pages

    def _heading(self, section: Section) -> tuple[float, list[Step]]:
        """A section's title under its rule, after its life domain's pictogram (in the accent) when it has one."""
        title = {"size": 13, "smallest": 10, "bold": True, "colour": self.primary}
        icon = section.get("pictogram", "")
        if not icon:
            return self._block([("text", section["title"], 9, title)], rule=True)
        indent = ICON + 1.2  # and the text box's own cell margin
        used = self.sheet.measure(section["title"], WIDTH - indent, 9, size=13, smallest=10, bold=True)
        height = max(used, ICON)
        steps = [
            self._step("pictogram", icon, self.accent, MARGIN, (height - ICON) / 2, ICON),
            self._text(section["title"], MARGIN + indent, (height - used) / 2, WIDTH - indent, used, **title),
            self._step("box", self.accent, MARGIN, height + 1, 18, 0.6),
        ]
        return height + 2.5, steps

    # Entries ------------------------------------------------------------------------------------
    def _entry(self, entry: Entry) -> tuple[float, list[Step]]:
        parts: list[tuple[str, str, float, dict[str, Any]]] = [
            ("text", entry["name"], 11, {"size": 11, "smallest": 8.5, "bold": True, "colour": self.primary})
        ]
        if entry["sub"]:
            parts.append(("text", entry["sub"], 7, {"size": 7.5, "smallest": 6.5, "colour": MUTED}))
        # A text in Dutch for want of a translation reads left to right, also on an Arabic page (as on the site).
        dutch = set(entry.get("ltr", [])) if self.spec["rtl"] else set()
        if entry["text"]:
            align = "end" if "text" in dutch else "start"
            parts.append(("text", entry["text"], 34, {"size": 8.5, "smallest": 7, "colour": INK, "align": align}))
        for label, value in entry["rows"]:
            align = "end" if label in dutch else "start"
            parts.append(("row", f"{label}\t{value}", 22, {"size": 8, "smallest": 6.5, "colour": INK, "align": align}))
        return self._block(parts)

    def _block(
        self, parts: list[tuple[str, str, float, dict[str, Any]]], *, rule: bool = False
    ) -> tuple[float, list[Step]]:
        """Texts one under the other, each in a box of at most its height: (height, steps from y 0)."""
        steps: list[Step] = []
        y = 0.0
        for kind, text, most, options in parts:
            if kind == "row":
                label, value = text.split("\t", 1)
                width = WIDTH - LABEL
                used = self.sheet.measure(
                    value, width, most, **{k: v for k, v in options.items() if k not in ("colour", "align")}
                )
                # A label of two lines (a long word in some language) makes its row as tall.
                tall = self.sheet.measure(label, LABEL - 2, 8, size=7.5, smallest=6, bold=True)
                steps.append(
                    self._text(label, MARGIN, y, LABEL - 2, tall, size=7.5, smallest=6, bold=True, colour=self.accent)
                )
                steps.append(self._text(value, MARGIN + LABEL, y, width, used, **options))
                y += max(used, tall) + 1
                continue
            used = self.sheet.measure(
                text, WIDTH, most, **{k: v for k, v in options.items() if k not in ("colour", "align")}
            )
            steps.append(self._text(text, MARGIN, y, WIDTH, used, **options))
            y += used + 1
        if rule:
            steps.append(self._step("box", self.accent, MARGIN, y, 18, 0.6))
            y += 1.5
        return y, steps

    def _place(self, page: list[Step], block: tuple[float, list[Step]], y: float) -> float:
        height, steps = block
        for method, args, options in steps:
            if method in ("text", "box"):  # (what, left, top, ...)
                moved = (*args[:2], args[2] + y, *args[3:])
            else:  # a pictogram: (markup, colour, left, top, size)
                moved = (*args[:3], args[3] + y, *args[4:]) if method == "pictogram" else args
            page.append((method, moved, options))
        return y + height

    # Steps ------------------------------------------------------------------------------------------
    def _add(self, steps: list[Step], text: str, top: float, height: float, **options: Any) -> float:
        """A full-width text at `top`; returns the height it takes."""
        measured = {k: v for k, v in options.items() if k not in ("colour", "align")}
        used = self.sheet.measure(text, WIDTH, height, **measured)
        steps.append(self._text(text, MARGIN, top, WIDTH, height, **options))
        return used

    @staticmethod
    def _text(text: str, left: float, top: float, width: float, height: float, **options: Any) -> Step:
        return ("text", (text, left, top, width, height), options)

    @staticmethod
    def _step(method: str, *args: Any, **options: Any) -> Step:
        return (method, args, options)
