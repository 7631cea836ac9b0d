"""Paper, trim and margins: where a design's area sits on the PDF page, for each way of printing.

Print shops in Belgium ask for 3 mm bleed on every side, text and logos at least 5 mm inside the
trim, fonts embedded and crop marks outside the trim. An office printer cannot print the last
4-5 mm of the paper and shrinks a page that is larger than the paper ("fit to page"): its file is
exactly the paper, the design sits inside a margin it prints, and says to print at 100 %.
"""

from __future__ import annotations

from dataclasses import dataclass

BLEED = 3.0  # mm of background beyond the trim, cut away by the print shop
SAFE = 5.0  # mm inside the trim where no text or logo goes
SLUG = 12.0  # mm around the trim: the bleed plus room for the crop marks
MARK_GAP = 3.5  # crop marks start just outside the bleed, so they never show on the cut page
EDGE = 6.0  # mm of office paper left white: printers leave 4-5 mm unprinted, some more at one edge
NOTE = 4.0  # mm under an office design for its small print ("druk af op 100 %")
PT_PER_MM = 72 / 25.4


@dataclass(frozen=True)
class Format:
    """Where a design's area sits on the PDF page, in mm."""

    paper: tuple[float, float]  # the PDF page (MediaBox)
    area: tuple[float, float]  # what the design fills: the trim (print shop) or part of the paper
    origin: tuple[float, float]  # from the paper's top-left corner to the area's
    scale: float = 1.0  # mm per design unit
    print_shop: bool = False  # bleed, crop marks, TrimBox and BleedBox

    @property
    def units(self) -> tuple[float, float]:
        """The area in design units."""
        return self.area[0] / self.scale, self.area[1] / self.scale


def shop(trim: tuple[float, float], scale: float = 1.0) -> Format:
    """For the print shop: the trim, with bleed and crop marks in a slug around it."""
    return Format((trim[0] + 2 * SLUG, trim[1] + 2 * SLUG), trim, (SLUG, SLUG), scale, True)


def office(paper: tuple[float, float], area: tuple[float, float] | None = None, scale: float = 1.0) -> Format:
    """For the office printer: exactly `paper`; the design fills it inside the EDGE margin (with
    room under it for the small print), or sits centred when it is a smaller `area` (a sticker)."""
    if area is None:
        area = (paper[0] - 2 * EDGE, paper[1] - 2 * EDGE - NOTE)
        return Format(paper, area, (EDGE, EDGE), scale)
    return Format(paper, area, ((paper[0] - area[0]) / 2, (paper[1] - area[1] - NOTE) / 2), scale)


def fitted(design: tuple[float, float], paper: tuple[float, float], variant: str) -> Format:
    """A design made for `design` (mm) on `paper`: scaled when the paper is a larger A-size of the same
    shape (A4 to A3), centred on office paper when the item is smaller (a 15 cm sticker on A4)."""
    same_shape = abs(design[0] / design[1] - paper[0] / paper[1]) < 0.01
    scale = paper[0] / design[0] if same_shape else 1.0
    if variant == "drukker":
        return shop(paper if same_shape else design, scale)
    return office(paper, None if same_shape else design, scale)
