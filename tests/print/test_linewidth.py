"""fpdf2's line, its width kept as it grows (drawing.linewidth): the same width as fpdf2's own line
after every character, to the last bit, so that every line breaks where fpdf2 breaks it."""

from __future__ import annotations

from collections.abc import Callable

import fpdf
import pytest
from fpdf import FPDF
from fpdf.enums import MethodReturnValue
from fpdf.line_break import CurrentLine, Fragment

from zondermuren.drawing import linewidth
from zondermuren.drawing.typefaces import FONTS

TEXTS = {
    "dutch": "Babymassage in de bibliotheek van Lindevelde, elke woensdag om 10:30 (gratis, zonder inschrijving).",
    "accents": "Crèche « Les Petits Pas » — ouverte à tous, même le samedi ; Ünal, Łukasz, Şükrü, Ærø.",
    "cyrillic": "Група підтримки для батьків: щосереди, 18:00–19:30, бібліотека.",
    "long word": "Kinderopvangtoeslagaanvraagformulierinvulhulpbijeenkomst en nog wat woorden erachter.",
}


def _pdf(spacing: float = 0, stretching: float = 100) -> FPDF:
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("latin", "", FONTS / "NotoSansPlain-Regular.ttf")
    pdf.add_font("latin", "B", FONTS / "NotoSansPlain-Bold.ttf")
    pdf.set_font("latin", "", 11)
    pdf.set_char_spacing(spacing)
    pdf.set_stretching(stretching)
    return pdf


def _fragments(pdf: FPDF, text: str) -> list[Fragment]:
    """The text as fpdf2 cuts it: a bold middle, so that a line holds fragments of two fonts."""
    third = len(text) // 3
    return list(pdf._preload_font_styles(f"{text[:third]}**{text[third : 2 * third]}**{text[2 * third :]}", True))


def _widths(line_class: Callable[..., CurrentLine], fragments: list[Fragment], trim_at: int) -> list[float]:
    """The line's width after each character. At `trim_at` the last fragment is cut back by three
    characters, as an automatic break does (Fragment.trim puts a new list in place), and measured
    again only once it is longer than before: a count carried over from the old list would be wrong."""
    line = line_class(max_width=1e9)
    widths = []
    added, unmeasured = 0, 0
    for number, fragment in enumerate(fragments):
        for index, character in enumerate(fragment.characters):
            line.add_character(character, fragment.get_character_width(character), fragment, number, index, 5)
            added += 1
            if unmeasured:
                unmeasured -= 1
                continue
            widths.append(line.width)
            if added == trim_at:
                last = line.fragments[-1]
                last.trim(len(last.characters) - 3)
                unmeasured = 5
    return widths


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
@pytest.mark.parametrize(("spacing", "stretching"), [(0, 100), (0.4, 100), (0, 85), (-0.2, 110)])
def test_the_width_is_fpdf2s_after_every_character(text: str, spacing: float, stretching: float) -> None:
    pdf = _pdf(spacing, stretching)
    fragments = _fragments(pdf, text)
    assert len(fragments) == 3
    trim_at = 2 * len(text) // 3 + 5
    assert _widths(linewidth.GrowingLine, fragments, trim_at) == _widths(CurrentLine, fragments, trim_at)


def test_shaped_text_is_measured_by_fpdf2() -> None:
    """A shaped run (Arabic) is measured whole by HarfBuzz: GrowingLine asks fpdf2 itself."""
    pdf = _pdf()
    pdf.add_font("arabic", "", FONTS / "NotoSansArabic-Regular.ttf")
    pdf.set_font("arabic", "", 11)
    pdf.set_text_shaping(True, direction="rtl")
    fragments = list(pdf._preload_font_styles("جلسة تدليك الرضع في المكتبة كل أربعاء", False))
    assert fragments[0].text_shaping_parameters
    assert _widths(linewidth.GrowingLine, fragments, 0) == _widths(CurrentLine, fragments, 0)


def test_paragraphs_break_where_fpdf2_breaks_them(monkeypatch: pytest.MonkeyPatch) -> None:
    def lines(pdf: FPDF) -> list[list[str]]:
        return [
            pdf.multi_cell(width, 5, text, dry_run=True, output=MethodReturnValue.LINES)
            for text in TEXTS.values()
            for width in (30, 55, 90)
        ]

    assert linewidth.install(), f"drawing.linewidth is written for fpdf2 {linewidth.FOR_FPDF}, not {fpdf.FPDF_VERSION}"
    with_ours = lines(_pdf(0.3))
    monkeypatch.setattr(fpdf.line_break, "CurrentLine", CurrentLine)
    assert with_ours == lines(_pdf(0.3))
