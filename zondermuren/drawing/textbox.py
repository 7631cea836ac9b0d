"""Text in a box on a page: it shrinks to fit, then wraps, then ends with '…', never off its box."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fpdf import FPDF
from fpdf.enums import MethodReturnValue
from fpdf.fonts import SubsetMap, TTFFont

from zondermuren.drawing.formats import PT_PER_MM
from zondermuren.drawing.inks import INK
from zondermuren.drawing.typefaces import has_arabic, needs_shaping

_LINES: dict[tuple, list[str]] = {}  # measured line breaks, per process


def rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16)


class TextBox:
    """The text methods of a Sheet (which sets these attributes and the page geometry)."""

    pdf: FPDF
    family: str
    fonts: tuple
    rtl: bool
    shaping: bool

    def x(self, left: float, width: float = 0) -> float:
        raise NotImplementedError

    def y(self, top: float) -> float:
        raise NotImplementedError

    # Text -----------------------------------------------------------------------------------
    def text(
        self,
        text: str,
        left: float,
        top: float,
        width: float,
        height: float,
        *,
        size: float,
        smallest: float | None = None,
        bold: bool = False,
        colour: str = INK,
        align: str = "start",
        leading: float = 1.2,
    ) -> float:
        """Write text in a box, shrinking from `size` to `smallest` pt until it fits.

        Text that still does not fit at the smallest size is cut at a word and ends with '…':
        print has a fixed size, and the QR code leads to the full text. Returns the height used.
        """
        pdf = self.pdf
        paragraphs, line, counts, room = self._fit(text, width, height, size, smallest, bold, leading)
        pdf.set_text_color(*rgb(colour))
        anchor = {"start": "R" if self.rtl else "L", "centre": "C", "end": "L" if self.rtl else "R"}[align]
        used = 0
        for part, count in zip(paragraphs, counts, strict=True):
            if used >= room:
                break
            if used + count > room:  # the last paragraph that fits partly: its last line ends in '…'
                keep = room - used
                lines = self._lines(part, width, line)[:keep]
                # The lines as measured, each on its own: joined and wrapped again, the text could
                # take a line more than the box has, and its '…' would print over what is under it.
                room_last = width - 2 * pdf.c_margin
                part = "\n".join([*lines[:-1], _shorten(lines[-1], pdf, room_last)])
                count = keep
            self._direction(part)
            pdf.set_xy(self.x(left, width), self.y(top) + used * line)
            # fpdf2 2.8.9: a dry run that fell back to another font leaves the page believing
            # the font is already set, and the real text then shows in the wrong font.
            pdf.current_font_is_set_on_page = False
            pdf.multi_cell(width, line, part, align=anchor)
            used += count
        return used * line

    def measure(
        self,
        text: str,
        width: float,
        height: float,
        *,
        size: float,
        smallest: float | None = None,
        bold: bool = False,
        leading: float = 1.2,
    ) -> float:
        """The height `text` would take (see `text`), drawing nothing: for laying out pages."""
        _, line, counts, room = self._fit(text, width, height, size, smallest, bold, leading)
        return min(sum(counts), room) * line

    def _fit(
        self, text: str, width: float, height: float, size: float, smallest: float | None, bold: bool, leading: float
    ) -> tuple[list[str], float, list[int], int]:
        """The paragraphs, line height, lines per paragraph and lines that fit, at the largest size that fits."""
        pdf = self.pdf
        style = "B" if bold else ""
        paragraphs = [part for part in text.split("\n") if part.strip()]
        smallest = smallest or size

        def layout(points: float) -> tuple[float, list[int]]:
            pdf.set_font(self.family, style, points)
            line = points / PT_PER_MM * leading
            return line, [len(self._lines(part, width, line)) for part in paragraphs]

        def fits(points: float) -> bool:
            line, counts = layout(points)
            return sum(counts) * line <= height + 0.01

        # Most texts fit at their size; the others take the largest whole size that fits,
        # found by halving (a poster title may range over 18 sizes).
        if not fits(size) and smallest < size:
            low, high = smallest, size  # low is the answer unless something larger fits
            while high - low > 1:
                middle = (low + high) // 2 if (low + high) // 2 > low else low + 1
                low, high = (middle, high) if fits(middle) else (low, middle)
            size = low
        line, counts = layout(size)
        return paragraphs, line, counts, max(1, int((height + 0.01) // line))

    def _direction(self, paragraph: str) -> None:
        """Right to left only for paragraphs with Arabic script: '9973 Lindevelde' stays in order.

        A paragraph in Latin or Cyrillic script only (a partner's name, an address, a Dutch text on an
        Arabic page) is not shaped: shaping would only add kerning, at three times the drawing time.
        """
        if self.shaping:
            arabic = has_arabic(paragraph)
            if arabic or needs_shaping(paragraph):
                self.pdf.set_text_shaping(True, direction="rtl" if self.rtl and arabic else "ltr")
            else:
                self.pdf.set_text_shaping(False)

    def _lines(self, paragraph: str, width: float, line: float) -> list[str]:
        # The same labels, footers and invitations recur on every item a worker draws.
        key = (self.fonts, self.pdf.font_style, self.pdf.font_size_pt, self.rtl, width, paragraph)
        if key not in _LINES:
            if len(_LINES) > 50_000:  # a long `mkdocs serve` session
                _LINES.clear()
            self._direction(paragraph)
            with _measured_only(self.pdf):
                lines = self.pdf.multi_cell(width, line, paragraph, dry_run=True, output=MethodReturnValue.LINES)
            assert isinstance(lines, list)  # fpdf2 types the result as a union of every `output` kind
            _LINES[key] = lines
        return _LINES[key]


@contextmanager
def _measured_only(pdf: FPDF) -> Iterator[None]:
    """Measuring leaves the PDF's font subsets as they were.

    fpdf2 measures a paragraph by drawing it with writing turned off, and drawing numbers each glyph
    it meets in the PDF's font subset, in the order met: the numbers the page's text is written in.
    A paragraph measured before in this process (`_LINES`) is not measured again, so without this a
    PDF's bytes would depend on what its process drew before it: the same brochure drawn twice in one
    process came out otherwise, and a quarter of the example's PDFs differed between a print on one
    process and on two (as on machines with other numbers of cores). They look alike, but the print
    shop would get another file. The glyphs are numbered when they are drawn, in the order drawn."""
    subsets = [font.subset for font in pdf.fonts.values() if isinstance(font, TTFFont)]
    if not all(hasattr(subset, "_char_id_per_glyph") for subset in subsets):  # not the fpdf2 this knows
        yield
        return
    kept = [(subset, dict(subset._char_id_per_glyph), subset._next, list(subset._reserved)) for subset in subsets]
    try:
        yield
    finally:
        for subset, numbers, following, reserved in kept:
            subset._char_id_per_glyph, subset._next, subset._reserved = numbers, following, reserved
        SubsetMap.pick.cache_clear()  # its answers name numbers given while measuring


def _shorten(text: str, pdf: FPDF, room: float) -> str:
    """Cut a line at a word so that it and an ellipsis fit `room` mm; a single word too long for the
    line (a name without spaces) is cut between its letters."""
    words = text.split()
    while len(words) > 1 and pdf.get_string_width(" ".join(words) + " …") > room:
        words.pop()
    if len(words) > 1:
        return " ".join(words) + " …"
    word = words[0] if words else ""
    while word and pdf.get_string_width(word + "…") > room:
        word = word[:-1]
    return word + "…"
