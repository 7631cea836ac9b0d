"""Fonts parsed once per process and subsets made once per glyph set (drawing.fontcache): every PDF
is byte for byte the PDF fpdf2 writes on its own, the shared parse is never cut, and a repeated glyph
set is a subset made before."""

from __future__ import annotations

import fpdf
import pytest
from fontTools import subset as fonttools_subset
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


@pytest.mark.parametrize("name", TEXTS)
def test_a_pdf_is_byte_for_byte_fpdf2s_own(name: str, empty_cache: None, monkeypatch: pytest.MonkeyPatch):
    language, rtl, text = TEXTS[name]
    for size in FORMATS:
        made = _poster(language, rtl, text, size)  # subsets made now
        again = _poster(language, rtl, text, size)  # subsets from the cache
        with monkeypatch.context() as alone:
            alone.setattr(output, "ftsubset", fonttools_subset)
            own = _poster(language, rtl, text, size)
        assert made == again == own, size
    assert own.startswith(b"%PDF") and len(own) > 5000


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
