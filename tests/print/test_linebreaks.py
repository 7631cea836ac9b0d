"""A paragraph's line breaks found once and dealt again (drawing.linebreaks): the lines dealt are the
lines fpdf2 breaks, on the graphics state of the paragraph that gets them, so every PDF keeps its
bytes; a paragraph that breaks otherwise (another size, width, font, text) is broken anew."""

from __future__ import annotations

import fpdf
import pytest
from fpdf import fpdf as fpdf_module
from fpdf.line_break import MultiLineBreak

from zondermuren.drawing import linebreaks, textbox
from zondermuren.drawing.formats import office, shop
from zondermuren.drawing.sheet import Sheet

TEXTS = {
    "dutch": (
        "nl",
        False,
        "Babymassage in de bibliotheek van Lindevelde, elke woensdag om 10:30 (gratis, zonder inschrijving).",
    ),
    "bold and links": ("nl", False, "Voorleesuur **voor peuters** en __ouders__, elke woensdag in de bib."),
    "soft hyphens": (
        "nl",
        False,
        "Kinder\u00adopvang\u00adtoeslag\u00adaanvraag\u00adformulier\u00adinvul\u00adhulp voor iedereen",
    ),
    "long word": ("nl", False, "Kinderopvangtoeslagaanvraagformulierinvulhulpbijeenkomstenreeks en nog wat woorden."),
    "arabic": ("ar", True, "جلسة تدليك الرضع في المكتبة كل أربعاء 2026، مجانا وبدون تسجيل مسبق للعائلات"),
    "mixed": ("ar", True, "ساعة القراءة في Bibliotheek Lindevelde كل أربعاء 10:30 – 11:30"),
    "tigrinya": ("ti", False, "ናይ ስድራቤት ምትሕብባር ኣብ ቤተ-መጻሕፍቲ ረቡዕ 10:30 ንኹሉ ስድራቤታት ክፉት እዩ"),
    "emoji": ("nl", False, "Voorleesuur 📚 voor peuters 👨‍👩‍👧 en ouders, met koffie ☕ en een verhaal"),
}


@pytest.fixture
def empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linebreaks, "_LINES", type(linebreaks._LINES)())
    monkeypatch.setattr(textbox, "_LINES", {})
    assert linebreaks.installed(), "sheet.py installs the remembered breaks for the fpdf2 that constraints.txt pins"


def _poster(language: str, rtl: bool, text: str, fmt: str = "a4", colour: str = "#1F5C8B") -> bytes:
    """The text three times: as a title that shrinks to fit, as body text in a narrow column
    (measured, then drawn), and in a wide box in another colour; plus the office small print."""
    size = {"a4": office((210, 297)), "a3": office((297, 420), scale=297 / 210), "shop": shop((210, 297))}[fmt]
    sheet = Sheet(size, rtl=rtl, title=text[:20], language=language, text=text, note="Gedrukt op 22-11-2026")
    sheet.text(text, 10, 10, 190, 40, size=40, smallest=12, bold=True)
    sheet.text(text, 10, 60, 45, 120, size=14, smallest=9, colour="#333333", align="centre")
    sheet.text(text, 60, 60, 140, 60, size=11, colour=colour, align="end")
    return sheet.output()


def _posters(name: str) -> list[bytes]:
    """The text's poster in each format, each twice, after empty caches of measured lines (textbox.py)
    and of line breaks: a PDF's glyph numbers follow the order its text was first measured in."""
    textbox._LINES.clear()
    linebreaks._LINES.clear()
    language, rtl, text = TEXTS[name]
    return [_poster(language, rtl, text, fmt) for fmt in ("a4", "a3", "shop") for _ in range(2)]


@pytest.mark.parametrize("name", TEXTS)
def test_a_pdf_is_byte_for_byte_the_one_fpdf2_breaks_alone(name: str, empty: None, monkeypatch: pytest.MonkeyPatch):
    remembered = _posters(name)  # lines broken once, then dealt: to the draw after measuring, to the next format
    assert linebreaks._LINES, "the paragraphs were remembered"
    with monkeypatch.context() as alone:
        alone.setattr(fpdf_module, "MultiLineBreak", MultiLineBreak)
        own = _posters(name)
    assert remembered == own


def test_a_paragraph_in_another_colour_gets_the_lines_in_its_own_colour(empty: None, monkeypatch: pytest.MonkeyPatch):
    language, rtl, text = TEXTS["dutch"]
    blue = _poster(language, rtl, text, colour="#1F5C8B")
    remembered = len(linebreaks._LINES)
    red = _poster(language, rtl, text, colour="#B03A2E")
    assert len(linebreaks._LINES) == remembered, "the colour changes no line break"
    with monkeypatch.context() as alone:
        alone.setattr(fpdf_module, "MultiLineBreak", MultiLineBreak)
        assert red == _poster(language, rtl, text, colour="#B03A2E") != blue


@pytest.mark.parametrize(
    "change",
    ["size", "width", "bold", "text", "spacing"],
)
def test_a_paragraph_that_breaks_otherwise_is_broken_anew(change: str, empty: None):
    sheet = Sheet(office((210, 297)), rtl=False, title="t", language="nl", text=TEXTS["dutch"][2])
    text = TEXTS["dutch"][2]

    def lines(text: str = text, width: float = 60, size: float = 11, bold: bool = False) -> list[str]:
        sheet.pdf.set_font(sheet.family, "B" if bold else "", size)
        found = sheet.pdf.multi_cell(width, 5, text, dry_run=True, output="LINES")
        assert isinstance(found, list)
        return found

    before = lines()
    remembered = len(linebreaks._LINES)
    assert lines() == before and len(linebreaks._LINES) == remembered
    if change == "spacing":
        sheet.pdf.set_char_spacing(1)
    after = {
        "size": lambda: lines(size=12),
        "width": lambda: lines(width=50),
        "bold": lambda: lines(bold=True),
        "text": lambda: lines(text=text.replace("woensdag", "zaterdag en zondag")),
        "spacing": lambda: lines(),
    }[change]()
    assert len(linebreaks._LINES) == remembered + 1, "broken anew, and remembered"
    assert after != before


def test_no_more_paragraphs_are_kept_than_the_limit(empty: None, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(linebreaks, "KEPT", 5)
    sheet = Sheet(office((210, 297)), rtl=False, title="t", language="nl")
    sheet.pdf.set_font(sheet.family, "", 11)
    for number in range(8):
        sheet.pdf.multi_cell(60, 5, f"Activiteit nummer {number} in de bibliotheek", dry_run=True, output="LINES")
    assert len(linebreaks._LINES) == 5


def test_another_fpdf2_breaks_every_paragraph_itself(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(fpdf_module, "MultiLineBreak", MultiLineBreak)
    monkeypatch.setattr(fpdf, "FPDF_VERSION", "2.9.0")
    assert not linebreaks.install() and not linebreaks.installed()
