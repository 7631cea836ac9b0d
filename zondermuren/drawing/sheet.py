"""Print-ready pages for the print shop (bleed, crop marks) or the office printer (see formats.py).

fpdf2 (with uharfbuzz for shaping) was chosen over Pillow because it writes vector PDFs with
embedded font subsets and shapes Arabic correctly: about 25 KB and 0.1 s per A4 poster, where a
300 dpi raster is ten times larger and has no selectable text.

A design draws in its own units, mm from the top-left corner of its area (the trim, or the part of
the office paper it fills); a `Format` says where that area sits on the PDF page and how large a
unit is (an A3 poster is the A4 design, 297/210 times larger: still vector).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from functools import lru_cache
from typing import Any

import qrcode
from fpdf import FPDF
from fpdf.bidi import BidiParagraph, auto_detect_base_direction
from fpdf.drawing import Transform
from fpdf.enums import TextDirection
from fpdf.fonts import TTFFont
from fpdf.line_break import Fragment, TextLine

from zondermuren.drawing import bidi, fontcache, linebreaks, linewidth
from zondermuren.drawing.formats import BLEED, EDGE, MARK_GAP, PT_PER_MM, SLUG, Format
from zondermuren.drawing.inks import BLACK, CUT, MUTED, WHITE
from zondermuren.drawing.pictures import offline, pictogram, picture, svg_font_families
from zondermuren.drawing.textbox import TextBox, rgb
from zondermuren.drawing.typefaces import FACES, FONTS, JOINERS, faces, needs_shaping

# A drawing step laid out before it is drawn (a booklet's pages, a flyer's columns, measured
# first): a Sheet method's name, its arguments and its options.
Step = tuple[str, tuple[Any, ...], dict[str, Any]]

_EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)

_CORE_FONTS = {"courier", "helvetica", "times", "symbol", "zapfdingbats"}

linewidth.install()
linebreaks.install()
fontcache.install()


@lru_cache(maxsize=4096)
def _qr_matrix(url: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of a QR code for `url`, error correction M. Kept per process: an address recurs on
    the sizes, languages and products of one item (1,030 codes drawn for 218 addresses in the example),
    and choosing the mask pattern is most of a code's time."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(url)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


class _PDF(FPDF):
    emoji = False

    def get_fallback_font(self, char: str, style: str = "") -> str | None:
        if self.emoji and ord(char) in JOINERS:  # keep emoji sequences together
            return "emoji" + style
        return super().get_fallback_font(char, style)

    # fpdf2 2.8.9 resolves every character's embedding level (its bidi.py passes the Unicode
    # conformance tests) but then keeps only left or right per run, and puts a line's runs in order
    # as if no level were above 1: an Arabic name ending in a number in a Dutch line ("جمعية النور
    # 2024", levels 1 and 2) came out with the digits at its right end, glued to its first word.
    # Here each run keeps its level, and a line is put in order by the levels (bidi.reorder).
    def _preload_bidirectional_text(self, text: str, markdown: bool) -> Sequence[Fragment]:
        shaping = self.text_shaping
        if not shaping:
            return self._preload_font_styles(text, markdown)
        direction = shaping["direction"] or auto_detect_base_direction(text)
        shaping["paragraph_direction"] = direction
        paragraph = BidiParagraph(text=text, base_direction=direction, preserve_bn_chars=True)
        emphasis = ("B" in self.font_style, "I" in self.font_style, self.strikethrough, self.underline)
        fragments: list[Fragment] = []
        for run, level in bidi.runs(paragraph.get_characters()):
            shaping["fragment_direction"] = TextDirection.RTL if level % 2 else TextDirection.LTR
            shaping[bidi.LEVEL] = level
            fragments += self._preload_font_styles(run, markdown, _initial_emphasis=emphasis)
            emphasis = getattr(self, "_markdown_emphasis", emphasis)
        shaping[bidi.LEVEL] = None
        return tuple(fragments)

    def _render_styled_text_line(self, text_line: TextLine, *args: Any, **kwargs: Any) -> bool:
        return super()._render_styled_text_line(bidi.Line(*text_line), *args, **kwargs)


class Sheet(TextBox):
    """A PDF of one or more pages in one `Format`, one language and direction.

    `text` is everything the pages will show: it decides which fonts are loaded (see `faces`).
    `note` is the office small print, written under the design of every page.
    """

    def __init__(self, fmt: Format, *, rtl: bool, title: str, language: str, text: str = "", note: str = "") -> None:
        self.format, self.rtl, self.note = fmt, rtl, note
        self.width, self.height = fmt.units
        self._origin = (fmt.origin[0] / fmt.scale, fmt.origin[1] / fmt.scale)
        pdf = _PDF(unit="mm", format=fmt.paper)
        offline(pdf)
        pdf.set_auto_page_break(False)
        pdf.set_margin(0)
        pdf.set_creator("zondermuren")
        pdf.set_title(title)
        pdf.set_lang(language)
        # Fixed dates keep the PDF bytes identical for identical input (reproducible builds).
        pdf.set_creation_date(_EPOCH)
        extra = faces(text + title + note)
        arabic = "arabic" in extra
        # HarfBuzz shaping is what Arabic and emoji sequences (flags, families, skin tones) need;
        # for Latin and Cyrillic it only adds kerning, at a third of the drawing time (fpdf2
        # shapes again for every character a line adds).
        self.shaping = arabic or ("emoji" in extra and needs_shaping(text + title))
        # Without shaping, the layout tables (kerning, Arabic forms) are never read: the "Plain"
        # cut of the same font loads and subsets in half the time.
        latin = "NotoSans" if self.shaping else "NotoSansPlain"
        fontcache.add_font(pdf, "latin", "", FONTS / f"{latin}-Regular.ttf")
        fontcache.add_font(pdf, "latin", "B", FONTS / f"{latin}-Bold.ttf")
        for family in extra:  # only those the text needs: parsing a font costs a third of a poster's time
            fontcache.add_font(pdf, family, "", FONTS / f"{FACES[family]}-Regular.ttf")
            fontcache.add_font(pdf, family, "B", FONTS / f"{FACES[family]}-Bold.ttf")
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
        self.pdf = pdf
        self._aliases: list[str] = []
        self._scaled = ExitStack()
        self.new_page()

    # Pages ----------------------------------------------------------------------------------
    def new_page(self) -> None:
        """A new PDF page: its crop marks or small print first, in mm, then the design's units."""
        self._scaled.close()
        self.pdf.add_page()
        if self.format.print_shop:
            self._crop_marks()
        elif self.note:
            self._small_print()
        if self.format.scale != 1:
            self._scaled.enter_context(self.pdf.transform(Transform.scaling(self.format.scale)))

    def place(self, origin: tuple[float, float]) -> None:
        """Draw what follows with the area's top-left corner at `origin` mm (a page of a booklet sheet)."""
        self._origin = (origin[0] / self.format.scale, origin[1] / self.format.scale)

    def replay(self, steps: Iterable[Step]) -> None:
        """Draw steps laid out earlier, in their order."""
        for method, args, options in steps:
            getattr(self, method)(*args, **options)

    # Geometry -------------------------------------------------------------------------------
    def x(self, left: float, width: float = 0) -> float:
        """Page x of a box `left` units from the reading start (right edge in RTL), `width` wide."""
        return self._origin[0] + (self.width - left - width if self.rtl else left)

    def y(self, top: float) -> float:
        return self._origin[1] + top

    def background(self, colour: str, top: float, height: float) -> None:
        """A full-width band: into the bleed at the trim (print shop), inside the printable margin (office)."""
        self.pdf.set_fill_color(*rgb(colour))
        left, right = self.x(0), self.x(self.width)
        if self.rtl:
            left, right = right, left
        y, bottom = self.y(top), self.y(top + height)
        if self.format.print_shop:
            bleed = BLEED / self.format.scale
            left, right = left - bleed, right + bleed
            y -= bleed if top <= 0 else 0
            bottom += bleed if top + height >= self.height else 0
        else:  # never in the margin an office printer leaves white
            edge = EDGE / self.format.scale
            paper_w, paper_h = (side / self.format.scale for side in self.format.paper)
            left, right = max(left, edge), min(right, paper_w - edge)
            y, bottom = max(y, edge), min(bottom, paper_h - edge)
        self.pdf.rect(left, y, right - left, bottom - y, style="F")

    def box(self, colour: str, left: float, top: float, width: float, height: float, radius: float = 0) -> None:
        self.pdf.set_fill_color(*rgb(colour))
        self.pdf.rect(
            self.x(left, width), self.y(top), width, height, style="F", round_corners=radius > 0, corner_radius=radius
        )

    def frame(self, colour: str = CUT) -> None:
        """A hairline around the area: where to cut an office print of a smaller item (a sticker)."""
        self.pdf.set_draw_color(*rgb(colour))
        self.pdf.set_line_width(0.2 / PT_PER_MM)
        self.pdf.rect(self._origin[0], self._origin[1], self.width, self.height, style="D")

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

    def pictogram(self, markup: str, colour: str, left: float, top: float, size: float) -> None:
        """A pictogram `size` units square in `colour`, at the reading start of `left` (its label beside it)."""
        _, _, shapes = pictogram(markup, colour).transform_to_rect_viewport(
            scale=1, width=size, height=size, ignore_svg_top_attrs=True
        )
        scaled = shapes.transform or Transform.identity()  # set by transform_to_rect_viewport
        shapes.transform = scaled @ Transform.translation(self.x(left, size), self.y(top))
        self.pdf.draw_path(shapes, copy=False)  # drawn at once, before the next use moves it: no deep copy

    def qr(self, url: str, left: float, top: float, size: float, colour: str = BLACK) -> None:
        """A vector QR code of `size` units including its white quiet zone of 4 modules.

        Error correction M: nothing covers the code, and a lower level keeps the modules larger.
        """
        matrix = _qr_matrix(url)
        module = size / (len(matrix) + 8)
        x0, y0 = self.x(left, size), self.y(top)
        self.pdf.set_fill_color(*rgb(WHITE))
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
        with self.pdf.mirror((self.x(self.width / 2), self.y(self.height / 2)), "NORTH"):
            yield

    # Output ---------------------------------------------------------------------------------
    def _crop_marks(self) -> None:
        pdf = self.pdf
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.25 / PT_PER_MM)  # 0.25 pt hairlines
        width, height = self.format.area
        left, top, right, bottom = SLUG, SLUG, SLUG + width, SLUG + height
        start, end = MARK_GAP, SLUG - 1
        for x in (left, right):
            pdf.line(x, top - start, x, top - end)
            pdf.line(x, bottom + start, x, bottom + end)
        for y in (top, bottom):
            pdf.line(left - start, y, left - end, y)
            pdf.line(right + start, y, right + end, y)

    def _small_print(self) -> None:
        """The office note under the design, in mm and in the printable margin: how to print it."""
        pdf = self.pdf
        pdf.set_font(self.family, "", 7)  # the smallest type print has: 7 pt
        pdf.set_text_color(*rgb(MUTED))
        self._direction(self.note)
        (left, top), (width, height) = self.format.origin, self.format.area
        pdf.set_xy(left, top + height + 0.8)
        pdf.current_font_is_set_on_page = False
        pdf.multi_cell(width, 2.8, self.note, align="R" if self.rtl else "L", max_line_height=2.8)

    def output(self) -> bytes:
        self._scaled.close()
        for alias in self._aliases:  # one font object under two names would be embedded twice
            del self.pdf.fonts[alias]
        if self.format.print_shop:
            # fpdf2 2.8 has no API for TrimBox/BleedBox; the page's MediaBox entry is written as
            # is, so the other two boxes ride along in the same dictionary (offsets come after).
            width, height = self.format.paper

            def box(margin: float) -> str:
                m = margin * PT_PER_MM
                return f"[{m:.2f} {m:.2f} {(width * PT_PER_MM) - m:.2f} {(height * PT_PER_MM) - m:.2f}]"

            for number in range(1, self.pdf.page + 1):
                self.pdf.pages[number].media_box = f"{box(0)} /BleedBox {box(SLUG - BLEED)} /TrimBox {box(SLUG)}"
        fontcache.before_output(self.pdf)
        return bytes(self.pdf.output())
