"""Fonts parsed once per process and subsets made once per glyph set, by HarfBuzz (drawing.fontcache):
every PDF is the PDF fpdf2 writes on its own but for its font programs, which hold the same glyphs
under the same numbers and draw the same pages; the shared parse is never cut, and a repeated glyph
set is a subset made before."""

from __future__ import annotations

import re
import zlib
from io import BytesIO
from pathlib import Path

import fpdf
import pypdfium2
import pytest
from fontTools import subset as fonttools_subset
from fontTools.ttLib import TTFont
from fpdf import output
from fpdf.fonts import TTFFont

from zondermuren.drawing import fontcache
from zondermuren.drawing.formats import office, shop
from zondermuren.drawing.sheet import Sheet

# Each text loads other fonts: Noto Sans without layout tables (Latin), with them and HarfBuzz
# (Arabic), Ethiopic and emoji beside Latin.
TEXTS = {
    "dutch": ("nl", False, "Babymassage in de bibliotheek van Lindevelde, elke woensdag om 10:30."),
    "arabic": ("ar", True, "جلسة تدليك الرضع في المكتبة كل أربعاء 2026"),
    "tigrinya": ("ti", False, "ናይ ስድራቤት ምትሕብባር ኣብ ቤተ-መጻሕፍቲ ረቡዕ 10:30"),
    "emoji": ("nl", False, "Voorleesuur 📚 voor peuters 👨‍👩‍👧 en ouders"),
}


FORMATS = {"a4": office((210, 297)), "a3": office((297, 420), scale=297 / 210), "a4 shop": shop((210, 297))}


def _poster(language: str, rtl: bool, text: str, size: str = "a4", more: str = "") -> bytes:
    """The text as a bold title and, with `more` after it, as the regular text under it."""
    fmt = FORMATS[size]
    sheet = Sheet(fmt, rtl=rtl, title=text[:20], language=language, text=text + more, note="Gedrukt op 22-11-2026")
    sheet.text(text, 10, 10, 190, 60, size=40, smallest=14, bold=True)
    sheet.text(text + more, 10, 80, 190, 100, size=16, smallest=10)
    return sheet.output()


def _font(sheet: Sheet, key: str) -> TTFFont:
    font = sheet.pdf.fonts[key]
    assert isinstance(font, TTFFont)
    return font


@pytest.fixture
def fpdf2_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """fpdf2's own path: every PDF parses its fonts and subsets them itself."""
    monkeypatch.setattr(output, "ftsubset", fonttools_subset)
    assert not fontcache.installed()


@pytest.fixture
def empty_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fontcache, "_SUBSETS", type(fontcache._SUBSETS)())
    assert fontcache.installed(), "sheet.py installs the font cache for the fpdf2 that constraints.txt pins"


# A PDF object as fpdf2 writes it; a font program is a stream with the font's own length (/Length1).
OBJECT = re.compile(rb"\n(\d+) 0 obj\n(.*?)\nendobj", re.S)
FONT_PROGRAM = re.compile(rb"<<\n/Filter /FlateDecode\n/Length \d+\n/Length1 \d+\n>>\nstream\n(.*)\nendstream", re.S)


def _font_programs(pdf: bytes) -> tuple[list[bytes], list[bytes]]:
    """The PDF's objects with its font programs left out (and so their offsets), and the font programs."""
    objects, programs = [], []
    for found in OBJECT.finditer(pdf):
        program = FONT_PROGRAM.fullmatch(found.group(2))
        if program:
            programs.append(zlib.decompress(program.group(1)))
        objects.append(found.group(1) + b" " + (b"<font program>" if program else found.group(2)))
    return objects, programs


def _pages(pdf: bytes) -> list[tuple[bytes, str]]:
    """Each page as PDFium draws it at 144 dpi (the pixels) and reads it (the text)."""
    document = pypdfium2.PdfDocument(pdf)
    return [(page.render(scale=2).to_pil().tobytes(), page.get_textpage().get_text_range()) for page in document]


@pytest.mark.parametrize("name", TEXTS)
def test_a_pdf_is_fpdf2s_own_but_for_its_font_programs(name: str, empty_cache: None, monkeypatch: pytest.MonkeyPatch):
    language, rtl, text = TEXTS[name]
    for size in FORMATS:
        made = _poster(language, rtl, text, size)  # subsets cut now
        again = _poster(language, rtl, text, size)  # subsets from the cache
        with monkeypatch.context() as alone:
            alone.setattr(output, "ftsubset", fonttools_subset)
            own = _poster(language, rtl, text, size)
        assert made == again, size
        (made_rest, made_fonts), (own_rest, own_fonts) = _font_programs(made), _font_programs(own)
        assert made_rest == own_rest and len(made_rest) >= 15, size
        assert len(made_fonts) == len(own_fonts) >= 2, size
        for ours, theirs in zip(made_fonts, own_fonts, strict=True):
            ours_font, theirs_font = TTFont(BytesIO(ours)), TTFont(BytesIO(theirs))
            assert len(ours_font.getGlyphOrder()) == len(theirs_font.getGlyphOrder())
            for table in ("glyf", "loca", "hmtx"):  # the outlines and widths, as stored
                assert ours_font.reader[table] == theirs_font.reader[table], (size, table)
        assert _pages(made) == _pages(own), size
    assert own.startswith(b"%PDF") and len(own) > 5000


@pytest.mark.parametrize("name", TEXTS)
def test_with_fonttools_cutting_a_pdf_is_byte_for_byte_fpdf2s_own(
    name: str, empty_cache: None, monkeypatch: pytest.MonkeyPatch
):
    """Everything but the cut is fpdf2's: with fontTools cutting the subsets, the PDF is fpdf2's own."""
    monkeypatch.setattr(fontcache, "_cut_by_harfbuzz", lambda *cut: None)
    language, rtl, text = TEXTS[name]
    made = _poster(language, rtl, text, "a4 shop")
    with monkeypatch.context() as alone:
        alone.setattr(output, "ftsubset", fonttools_subset)
        own = _poster(language, rtl, text, "a4 shop")
    assert made == own


def _requested(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, fonttools_subset.Options, list[str]]]:
    """Every subset the posters of TEXTS ask for: font file, fpdf2's options, glyph names."""
    asked: list[tuple[Path, fonttools_subset.Options, list[str]]] = []
    make = fontcache._make
    monkeypatch.setattr(fontcache, "_make", lambda *request: asked.append(request) or make(*request))
    for language, rtl, text in TEXTS.values():
        _poster(language, rtl, text, more=" 0123456789 ÀÉÈËÏÖÜ àéèëïöü ß œ €")
    return asked


def test_harfbuzz_cuts_the_glyphs_fonttools_cuts(empty_cache: None, monkeypatch: pytest.MonkeyPatch):
    asked = _requested(monkeypatch)
    assert {path.stem for path, _, _ in asked} >= {"NotoSansPlain-Bold", "NotoSans-Regular", "NotoSansArabic-Bold"}
    assert {path.stem for path, _, _ in asked} >= {"NotoSansEthiopic-Regular", "NotoEmoji-Regular"}
    for path, options, glyphs in asked:
        cut = fontcache._cut_by_harfbuzz(path, options, glyphs)
        assert cut is not None, path
        data, ids, tables = cut
        want_data, want_ids, want_tables = fontcache._cut_by_fonttools(path, options, glyphs)
        assert ids == want_ids and tables == want_tables, path  # the same glyphs under the same numbers
        ours, theirs = TTFont(BytesIO(data)), TTFont(BytesIO(want_data))
        for table in ("glyf", "loca", "hmtx", "post"):
            assert ours.reader[table] == theirs.reader[table], (path, table)


def test_options_harfbuzz_is_not_told_of_leave_the_cut_to_fonttools(empty_cache: None, monkeypatch: pytest.MonkeyPatch):
    path, options, glyphs = _requested(monkeypatch)[0]
    assert fontcache._cut_by_harfbuzz(path, options, glyphs) is not None
    options.desubroutinize = True
    assert fontcache._cut_by_harfbuzz(path, options, glyphs) is None
    assert fontcache._make(path, options, glyphs) == fontcache._cut_by_fonttools(path, options, glyphs)
    options.desubroutinize = False
    assert fontcache._cut_by_harfbuzz(path, options, [*glyphs, "no-such-glyph"]) is None


def test_the_sizes_and_printers_of_one_text_share_their_subsets(empty_cache: None):
    language, rtl, text = TEXTS["dutch"]
    _poster(language, rtl, text)
    made = len(fontcache._SUBSETS)
    assert made == 2, "regular and bold: one subset each"
    _poster(language, rtl, text, more=" Nu ook op zaterdag!")
    assert len(fontcache._SUBSETS) == made + 1, "new characters in the regular text only: one new subset"
    _poster(language, rtl, text, "a3")
    assert len(fontcache._SUBSETS) == made + 1, "the same characters in A3: no new subset"
    _poster(language, rtl, text, "a4 shop")  # without the office's small print: other characters
    assert len(fontcache._SUBSETS) == made + 2


def test_the_shared_parse_is_never_cut_or_closed(empty_cache: None):
    language, rtl, text = TEXTS["arabic"]
    first = Sheet(office((210, 297)), rtl=rtl, title="a", language=language, text=text)
    second = Sheet(office((210, 297)), rtl=rtl, title="b", language=language, text=text)
    own, other = _font(first, "arabic"), _font(second, "arabic")
    assert own is not other, "each PDF has its own font object (its glyphs, its subset)"
    parse = own.ttfont
    assert parse is other.ttfont, "one parse for both PDFs"
    glyphs = len(parse.getGlyphOrder())
    first.text(text, 10, 10, 190, 60, size=30)
    first.output()  # subsets the first PDF's fonts
    assert isinstance(own.ttfont, fontcache.Subset)
    assert len(parse.getGlyphOrder()) == glyphs > 600  # Noto Sans Arabic has 675
    second.text(text + " ٣", 10, 10, 190, 60, size=30)
    assert b"%PDF" in second.output()[:8]
    assert parse["glyf"]["uni0628"] is not None  # the parse is still open and whole


def test_no_more_subsets_are_kept_than_the_limit(empty_cache: None, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(fontcache, "KEPT_SUBSETS", 3)
    for number in range(4):
        _poster("nl", False, f"Activiteit {'x' * number}{'q' * (3 - number)}")
    assert len(fontcache._SUBSETS) == 3


def test_another_fpdf2_parses_and_subsets_every_font_itself(fpdf2_alone: None, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(fpdf, "FPDF_VERSION", "2.9.0")
    assert not fontcache.install() and not fontcache.installed()
    first = Sheet(office((210, 297)), rtl=False, title="a", language="nl")
    second = Sheet(office((210, 297)), rtl=False, title="b", language="nl")
    assert _font(first, "latin").ttfont is not _font(second, "latin").ttfont
    assert first.output().startswith(b"%PDF")
