"""A PDF's bytes depend on what it shows, not on what its process drew before it: a build on one
process and on two, or a rebuild of one item, give the print shop the same file.

fpdf2 numbers a PDF's glyphs in the order it meets them, and it meets them when it measures a
paragraph too; the text box measures a paragraph once per process (drawing.textbox._LINES)."""

from __future__ import annotations

import pytest

from testkit import sitebuild
from zondermuren.drawing import linebreaks, textbox
from zondermuren.drawing.formats import office
from zondermuren.drawing.sheet import Sheet
from zondermuren.model import building
from zondermuren.printing import registry

TEXTS = {
    "dutch": ("nl", False, "Babymassage in de bibliotheek van Lindevelde, elke woensdag om 10:30."),
    "arabic": ("ar", True, "جلسة تدليك الرضع في المكتبة كل أربعاء 2026، مجانا وبدون تسجيل"),
    "mixed": ("nl", False, "Talen: Nederlands, Français, العربية, Türkçe, Українська"),
}


def _poster(name: str) -> bytes:
    language, rtl, text = TEXTS[name]
    sheet = Sheet(office((210, 297)), rtl=rtl, title=name, language=language, text=text, note="Gedrukt op 22-11-2026")
    sheet.text(text, 10, 10, 190, 40, size=40, smallest=12, bold=True)
    sheet.text(text, 10, 60, 60, 120, size=14, smallest=9)
    return sheet.output()


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textbox, "_LINES", {})
    monkeypatch.setattr(linebreaks, "_LINES", type(linebreaks._LINES)())


@pytest.mark.parametrize("name", TEXTS)
def test_a_pdf_is_the_same_whatever_its_process_drew_before(name: str, fresh: None):
    first = _poster(name)
    for other in TEXTS:
        _poster(other)
    assert _poster(name) == first


@pytest.mark.slow  # the example's model and two brochures: a second
def test_a_brochure_drawn_again_in_the_same_process_is_the_same_file():
    """The example's brochure for 0-3 (measured page by page before it is drawn), alone and after others."""
    huis, _ = building.load(sitebuild.ROOT, sitebuild.DAY)
    items = {item.path.rsplit("/", 1)[-1]: item for item in registry.plan(huis, sitebuild.SITE_URL)}
    brochure = items["brochure-0-3.a4-kantoor.nl.pdf"].spec
    first = registry.draw(brochure)
    registry.draw(items["brochure-0-3.a4-kantoor.fr.pdf"].spec)
    assert registry.draw(brochure) == first
