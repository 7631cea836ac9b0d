"""One print-ready page: trim size plus bleed and crop marks, embedded fonts, vector QR codes.

fpdf2 (with uharfbuzz for shaping) was chosen over Pillow because it writes vector PDFs with
embedded font subsets and shapes Arabic correctly: about 25 KB and 0.1 s per A4 poster, where a
300 dpi raster is ten times larger and has no selectable text.

Print shops in Belgium ask for 3 mm bleed on every side, text and logos at least 5 mm inside the
trim, fonts embedded and crop marks outside the trim. Coordinates given to this class are in mm
from the top-left corner of the trimmed page; the slug around it holds the bleed and the marks.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import qrcode
from fpdf import FPDF
from fpdf.enums import MethodReturnValue, ResourceAccessPolicy
from fpdf.fonts import TTFFont

from zondermuren.printing.typefaces import FACES, FONTS, JOINERS, faces, has_arabic, needs_shaping
from zondermuren.sources import svg

BLEED = 3.0  # mm of background beyond the trim, cut away by the print shop
SAFE = 5.0  # mm inside the trim where no text or logo goes
SLUG = 12.0  # mm around the trim: the bleed plus room for the crop marks
MARK_GAP = 3.5  # crop marks start just outside the bleed, so they never show on the cut page
PT_PER_MM = 72 / 25.4
_EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)

_CORE_FONTS = {"courier", "helvetica", "times", "symbol", "zapfdingbats"}
_LINES: dict[tuple, list[str]] = {}  # measured line breaks, per process

# fpdf2 says so for every <title> in an SVG logo; harmless, and noise in a site build.
logging.getLogger("fpdf.svg").setLevel(logging.ERROR)


def rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16)


class _PDF(FPDF):
    emoji = False

    def get_fallback_font(self, char: str, style: str = "") -> str | None:
        if self.emoji and ord(char) in JOINERS:  # keep emoji sequences together
            return "emoji" + style
        return super().get_fallback_font(char, style)


class Sheet:
    """A one-page PDF of `width` x `height` mm (trimmed), in one language and direction.

    `text` is everything the page will show: it decides which fonts are loaded (see `faces`).
    """

    def __init__(self, width: float, height: float, *, rtl: bool, title: str, language: str, text: str = "") -> None:
        self.width, self.height, self.rtl = width, height, rtl
        pdf = _PDF(unit="mm", format=(width + 2 * SLUG, height + 2 * SLUG))
        offline(pdf)
        pdf.set_auto_page_break(False)
        pdf.set_margin(0)
        pdf.set_creator("zondermuren")
        pdf.set_title(title)
        pdf.set_lang(language)
        # Fixed dates keep the PDF bytes identical for identical input (reproducible builds).
        pdf.set_creation_date(_EPOCH)
        extra = faces(text + title)
        arabic = "arabic" in extra
        # HarfBuzz shaping is what Arabic and emoji sequences (flags, families, skin tones) need;
        # for Latin and Cyrillic it only adds kerning, at a third of the drawing time (fpdf2
        # shapes again for every character a line adds).
        self.shaping = arabic or ("emoji" in extra and needs_shaping(text + title))
        # Without shaping, the layout tables (kerning, Arabic forms) are never read: the "Plain"
        # cut of the same font loads and subsets in half the time.
        latin = "NotoSans" if self.shaping else "NotoSansPlain"
        pdf.add_font("latin", "", FONTS / f"{latin}-Regular.ttf")
        pdf.add_font("latin", "B", FONTS / f"{latin}-Bold.ttf")
        for family in extra:  # only those the text needs: parsing a font costs a third of a poster's time
            pdf.add_font(family, "", FONTS / f"{FACES[family]}-Regular.ttf")
            pdf.add_font(family, "B", FONTS / f"{FACES[family]}-Bold.ttf")
        families = ["latin", *extra]
        if rtl and arabic:
            families.remove("arabic")
            families.insert(0, "arabic")
        if "emoji" in extra:
            # An emoji sequence is one glyph only when its joiners and selectors are drawn in the
            # emoji font; Noto Sans has U+200D too and would take it from the sequence.
            for family in ("latin", "arabic"):
                for style in ("", "B"):
                    font = pdf.fonts.get(family + style)
                    if isinstance(font, TTFFont):
                        font.cmap = {code: glyph for code, glyph in font.cmap.items() if code not in JOINERS}
            pdf.emoji = True
        self.family = families[0]
        self.fonts = tuple(families), self.shaping
        pdf.set_fallback_fonts(families[1:])
        if self.shaping:
            pdf.set_text_shaping(True, direction="rtl" if rtl else "ltr")
        pdf.add_page()
        self.pdf = pdf
        self._aliases: list[str] = []

    # Geometry -------------------------------------------------------------------------------
    def x(self, left: float, width: float = 0) -> float:
        """Page x of a box `left` mm from the reading start (right edge in RTL), `width` wide."""
        return SLUG + (self.width - left - width if self.rtl else left)

    def y(self, top: float) -> float:
        return SLUG + top

    def background(self, colour: str, top: float, height: float) -> None:
        """A full-width band that runs into the bleed (and into the top/bottom bleed at the edges)."""
        self.pdf.set_fill_color(*rgb(colour))
        y = self.y(top) - (BLEED if top <= 0 else 0)
        bottom = self.y(top + height) + (BLEED if top + height >= self.height else 0)
        self.pdf.rect(SLUG - BLEED, y, self.width + 2 * BLEED, bottom - y, style="F")

    def box(self, colour: str, left: float, top: float, width: float, height: float, radius: float = 0) -> None:
        self.pdf.set_fill_color(*rgb(colour))
        self.pdf.rect(
            self.x(left, width), self.y(top), width, height, style="F", round_corners=radius > 0, corner_radius=radius
        )

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
        colour: str = "#1a1a1a",
        align: str = "start",
        leading: float = 1.2,
    ) -> float:
        """Write text in a box, shrinking from `size` to `smallest` pt until it fits.

        Text that still does not fit at the smallest size is cut at a word and ends with '…':
        print has a fixed size, and the QR code leads to the full text. Returns the height used.
        """
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
        room = max(1, int((height + 0.01) // line))
        pdf.set_text_color(*rgb(colour))
        anchor = {"start": "R" if self.rtl else "L", "centre": "C", "end": "L" if self.rtl else "R"}[align]
        used = 0
        for part, count in zip(paragraphs, counts, strict=True):
            if used >= room:
                break
            if used + count > room:  # the last paragraph that fits partly: cut at a word
                keep = room - used
                part = _shorten(" ".join(self._lines(part, width, line)[:keep]), pdf, width * keep)
                count = keep
            self._direction(part)
            pdf.set_xy(self.x(left, width), self.y(top) + used * line)
            # fpdf2 2.8.9: a dry run that fell back to another font leaves the page believing
            # the font is already set, and the real text then shows in the wrong font.
            pdf.current_font_is_set_on_page = False
            pdf.multi_cell(width, line, part, align=anchor)
            used += count
        return used * line

    def _direction(self, paragraph: str) -> None:
        """Right to left only for paragraphs with Arabic script: '9973 Lindevelde' stays in order."""
        if self.shaping:
            rtl = self.rtl and has_arabic(paragraph)
            self.pdf.set_text_shaping(True, direction="rtl" if rtl else "ltr")

    def _lines(self, paragraph: str, width: float, line: float) -> list[str]:
        # The same labels, footers and invitations recur on every item a worker draws.
        key = (self.fonts, self.pdf.font_style, self.pdf.font_size_pt, self.rtl, width, paragraph)
        if key not in _LINES:
            if len(_LINES) > 50_000:  # a long `mkdocs serve` session
                _LINES.clear()
            self._direction(paragraph)
            lines = self.pdf.multi_cell(width, line, paragraph, dry_run=True, output=MethodReturnValue.LINES)
            assert isinstance(lines, list)  # fpdf2 types the result as a union of every `output` kind
            _LINES[key] = lines
        return _LINES[key]

    # Pictures -------------------------------------------------------------------------------
    def logo(self, path: str, left: float, top: float, width: float, height: float) -> None:
        fonts = self.pdf.fonts
        for family in svg_font_families(path) - set(fonts):
            # fpdf2 draws SVG text in core Helvetica, which is not embedded. Pointing the SVG's
            # family at our embedded font costs nothing (output() removes the extra names again).
            if family not in _CORE_FONTS:
                fonts[family], fonts[family + "B"] = fonts["latin"], fonts["latinB"]
                self._aliases += [family, family + "B"]
        self.pdf.image(picture(path), x=self.x(left, width), y=self.y(top), w=width, h=height, keep_aspect_ratio=True)

    def qr(self, url: str, left: float, top: float, size: float, colour: str = "#000000") -> None:
        """A vector QR code of `size` mm including its white quiet zone of 4 modules.

        Error correction M: nothing covers the code, and a lower level keeps the modules larger.
        """
        code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
        code.add_data(url)
        code.make(fit=True)
        matrix = code.get_matrix()
        module = size / (len(matrix) + 8)
        x0, y0 = self.x(left, size), self.y(top)
        self.pdf.set_fill_color(255, 255, 255)
        self.pdf.rect(x0, y0, size, size, style="F")
        self.pdf.set_fill_color(*rgb(colour))
        for row, cells in enumerate(matrix):
            column = 0
            while column < len(cells):  # one rectangle per run of dark modules: smaller files
                if not cells[column]:
                    column += 1
                    continue
                run = column
                while run < len(cells) and cells[run]:
                    run += 1
                x = x0 + (4 + column) * module
                self.pdf.rect(x, y0 + (4 + row) * module, (run - column) * module, module * 1.002, style="F")
                column = run

    @contextmanager
    def mirrored(self) -> Iterator[None]:
        """Everything drawn inside is flipped left-right, to be read through glass from outside."""
        with self.pdf.mirror((SLUG + self.width / 2, SLUG + self.height / 2), "NORTH"):
            yield

    # Output ---------------------------------------------------------------------------------
    def crop_marks(self) -> None:
        pdf = self.pdf
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.25 / PT_PER_MM)  # 0.25 pt hairlines
        left, top, right, bottom = SLUG, SLUG, SLUG + self.width, SLUG + self.height
        start, end = MARK_GAP, SLUG - 1
        for x in (left, right):
            pdf.line(x, top - start, x, top - end)
            pdf.line(x, bottom + start, x, bottom + end)
        for y in (top, bottom):
            pdf.line(left - start, y, left - end, y)
            pdf.line(right + start, y, right + end, y)

    def output(self) -> bytes:
        self.crop_marks()
        for alias in self._aliases:  # one font object under two names would be embedded twice
            del self.pdf.fonts[alias]

        # fpdf2 2.8 has no API for TrimBox/BleedBox; the page's MediaBox entry is written as is,
        # so the other two boxes ride along in the same dictionary (offsets are computed after).
        def box(margin: float) -> str:
            m = margin * PT_PER_MM
            w = (self.width + 2 * SLUG) * PT_PER_MM
            h = (self.height + 2 * SLUG) * PT_PER_MM
            return f"[{m:.2f} {m:.2f} {w - m:.2f} {h - m:.2f}]"

        page = self.pdf.pages[self.pdf.page]
        page.media_box = f"{box(0)} /BleedBox {box(SLUG - BLEED)} /TrimBox {box(SLUG)}"
        return bytes(self.pdf.output())


def picture(path: str) -> str | io.BytesIO:
    """A logo as fpdf2 gets it: an SVG without its references to other hosts (the check warned
    of them), so print stays offline; every FPDF here also refuses remote files outright."""
    if path.lower().endswith(".svg"):
        return io.BytesIO(svg.inspect(Path(path).read_bytes()).clean)
    return path


def offline(pdf: FPDF) -> FPDF:
    pdf.resource_access_policy = ResourceAccessPolicy.LOCAL_FILES  # fpdf2 fetches http(s) URLs otherwise
    return pdf


def svg_font_families(path: str) -> set[str]:
    """Font families an SVG logo writes text in ('sans-serif' when its text names none)."""
    if not path.lower().endswith(".svg"):
        return set()
    stat = Path(path).stat()
    return _svg_font_families(path, stat.st_mtime_ns)


@cache
def _svg_font_families(path: str, mtime_ns: int) -> set[str]:
    source = Path(path).read_text("utf-8", errors="replace")
    if "<text" not in source:
        return set()
    found = {"sans-serif"}
    for declared in re.findall(r"font-family\s*[:=]\s*[\"']?([^\"';>]+)", source):
        found |= {name.strip().strip("'\"").lower() for name in declared.split(",") if name.strip()}
    return found


def _shorten(text: str, pdf: FPDF, room: float) -> str:
    """Cut text at a word so that it fits `room` mm of line length, ending with an ellipsis."""
    words = text.split()
    while words and pdf.get_string_width(" ".join(words) + " …") > room * 0.97:
        words.pop()
    return " ".join(words) + " …"
