"""Print in the scripts partners write: emoji, Ge'ez, Arabic with Latin digits, and what no font has.

Each test draws single items in-process from specs of the small `minimal` Huis (no site build),
then reads the PDF back as a print shop's preflight does: pdftotext for the text, pdffonts for the
embedded fonts, pdftoppm for the pixels.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from babel.dates import format_date
from PIL import Image

from testkit import sitebuild
from zondermuren.drawing.formats import PT_PER_MM
from zondermuren.drawing.sheet import Sheet
from zondermuren.model import building
from zondermuren.printing import pdfs, registry, warnings
from zondermuren.printing.layouts import frame
from zondermuren.printing.specs import PrintItem
from zondermuren.problems import Level

MINIMAL = sitebuild.FIXTURES / "minimal"


def plan_of(root: Path) -> list[PrintItem]:
    huis, _ = building.load(root, sitebuild.DAY)
    return registry.plan(huis, "https://testdorp.example.org/")


@pytest.fixture(scope="module")
def minimal_plan() -> list[PrintItem]:
    return plan_of(MINIMAL)


@pytest.fixture
def poster(minimal_plan: list[PrintItem]) -> dict[str, Any]:
    return dict(next(i for i in minimal_plan if i.path.endswith("affiche-voorleesuur.a4-drukker.nl.pdf")).spec)


def drawn(spec: dict[str, Any], target: Path) -> Path:
    target.write_bytes(registry.draw(spec))
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-singlefile", str(target), str(target.with_suffix(""))], check=True
    )
    assert Image.open(target.with_suffix(".png")).size[0] > 300  # poppler renders it
    return target


def text_of(pdf: Path) -> str:
    found = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFC", found)


def fonts_of(pdf: Path) -> list[str]:
    table = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = table.splitlines()[2:]
    assert rows and all(" yes yes yes " in row for row in rows), table  # embedded, subset, ToUnicode
    return [row.split()[0].split("+", 1)[1] for row in rows]


def words_of(pdf: Path) -> list[tuple[str, float, float, float, float]]:
    """(word, xMin, yMin, xMax, yMax) in pt from the page's top-left corner, in pdftotext's order."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [(unescape(w), float(a), float(b), float(c), float(d)) for a, b, c, d, w in re.findall(pattern, html)]


@pytest.mark.parametrize(
    ("title", "font"),
    [
        ("Voorleesuur 🎉📚 met ❤️ voor 👨‍👩‍👧 uit 🇧🇪", "NotoEmojiBold"),
        ("ናይ ስድራ ቤት መዓልቲ 2027", "NotoSansEthiopicBold"),
    ],
)
def test_emoji_and_geez_titles_are_printed_whole(poster: dict[str, Any], tmp_path: Path, title: str, font: str):
    pdf = drawn({**poster, "title": title}, tmp_path / "poster.pdf")
    assert unicodedata.normalize("NFC", title) in " ".join(text_of(pdf).split())  # lines joined
    assert font in fonts_of(pdf)


def test_dutch_poster_loads_no_other_fonts(poster: dict[str, Any], tmp_path: Path):
    assert fonts_of(drawn(poster, tmp_path / "nl.pdf")) == ["NotoSans", "NotoSansBold"]


def test_tigrinya_poster_shows_its_title_and_geez_dates(tmp_path: Path):
    """A Huis with Tigrinya: Babel writes the dates in Ge'ez, and the poster shows them."""
    root = sitebuild.copy_project(tmp_path / "huis", MINIMAL)
    settings = root / "huis.yml"
    settings.write_text(settings.read_text("utf-8").replace("talen: [nl, fr, ar]", "talen: [nl, ti]"), "utf-8")
    activities = root / "partners/bib-noorddorp/activiteiten.yml"
    activities.write_text(
        activities.read_text("utf-8").replace("      fr: Heure du conte", "      ti: ሰዓት ዛንታ ንቆልዑ"), "utf-8"
    )
    (item,) = [
        i
        for i in plan_of(root)
        if i.language == "ti" and i.kind == "affiche" and i.size == "a4" and i.variant == "drukker"
    ]
    assert item.path == "drukwerk/bib-noorddorp/affiche-voorleesuur.a4-drukker.ti.pdf"
    text = text_of(drawn(item.spec, tmp_path / "ti.pdf"))
    lines = text.splitlines()
    assert "ሰዓት ዛንታ ንቆልዑ" in lines
    day = format_date(dt.date(2026, 12, 5), "EEEE d MMMM y", locale="ti")
    assert day == "ቀዳም 5 ታሕሳስ 2026"  # weekday and month in Ge'ez (CLDR)
    assert f"{day}, 10:00–11:00" in lines
    assert pdfs.unprintable(item.spec) == []


def test_arabic_title_with_latin_digits_in_the_order_a_browser_shows(poster: dict[str, Any], tmp_path: Path):
    """Logical order in, visual order out: what Chromium shows for `<p dir=rtl>` with this title."""
    title = "ورشة Lego 3-6 سنوات"
    pdf = drawn({**poster, "language": "ar", "rtl": True, "title": title}, tmp_path / "ar.pdf")
    # Left to right as Chromium lays it out (checked with Range.getBoundingClientRect): the Latin
    # word and the digits form one left-to-right run, "3-6" is not turned into "6-3".
    expected = ["سنوات", "Lego", "3-6", "ورشة"]

    def logical(word: str) -> str:  # pdftotext -bbox spells a right-to-left word in glyph order
        word = unicodedata.normalize("NFKC", word)
        return word[::-1] if any("\u0600" <= c <= "\u06ff" for c in word) else word

    title_words = [w for w in words_of(pdf) if logical(w[0]) in expected]
    assert [logical(w[0]) for w in sorted(title_words, key=lambda w: w[1])] == expected
    assert max(w[2] for w in title_words) < min(w[4] for w in title_words)  # on one line
    assert "NotoSansArabicBold" in fonts_of(pdf)


CJK_WARNING = (
    "partners/bib-noorddorp/activiteiten.yml:5:11: activiteiten[1].titel.nl: tekens kunnen niet op het drukwerk "
    "(verwacht tekens in het Latijnse, Cyrillische, Arabische of Ge'ez-schrift of emoji, gevonden U+4E2D '中', "
    "U+6587 '文'); zonder deze tekens gemaakt: drukwerk/bib-noorddorp/affiche-voorleesuur.a3-drukker.nl.pdf, "
    "drukwerk/bib-noorddorp/affiche-voorleesuur.a3-kantoor.nl.pdf, "
    "drukwerk/bib-noorddorp/affiche-voorleesuur.a4-drukker.nl.pdf en nog 9 — schrijf de tekst "
    "voor het drukwerk in een schrift dat wel kan, of vraag wie de site beheert om een lettertype voor dit schrift "
    "toe te voegen (zondermuren/drawing/fonts)"
)
DEVANAGARI_WARNING = (
    "partners/cb-zuiddorp/fiche.yml:2:7: naam: teken kan niet op het drukwerk (verwacht tekens in het Latijnse, "
    "Cyrillische, Arabische of Ge'ez-schrift of emoji, gevonden U+0915 'क'); zonder dit teken gemaakt: "
    "drukwerk/bib-noorddorp/affiche-babyspel.a3-drukker.nl.pdf, drukwerk/bib-noorddorp/affiche-babyspel.a3-kantoor.nl.pdf, "
    "drukwerk/bib-noorddorp/affiche-babyspel.a4-drukker.nl.pdf en nog 21 — schrijf de tekst voor het drukwerk in een schrift "
    "dat wel kan, of vraag wie de site beheert om een lettertype voor dit schrift toe te voegen "
    "(zondermuren/drawing/fonts)"
)


@pytest.mark.build  # draws the small Huis's print
def test_characters_no_font_has_are_reported_at_their_text_in_every_build(tmp_path: Path):
    root = sitebuild.copy_project(tmp_path / "huis", MINIMAL)
    activities = root / "partners/bib-noorddorp/activiteiten.yml"
    activities.write_text(activities.read_text("utf-8").replace("nl: Voorleesuur", "nl: Voorleesuur 中文"), "utf-8")
    fiche = root / "partners/cb-zuiddorp/fiche.yml"
    fiche.write_text(fiche.read_text("utf-8").replace("naam: Consultatiebureau", "naam: क Consultatiebureau"), "utf-8")
    huis, _ = building.load(root, sitebuild.DAY)
    plan = registry.plan(huis, "https://testdorp.example.org/")
    for _ in range(2):  # the second time every PDF comes from the cache, and the warnings still come
        printed = pdfs.publish(plan, tmp_path / "cache")
        problems = warnings.unprintable_text(root, huis, [i for i in plan if i.path in printed.unprintable], printed)
        assert [str(p) for p in problems] == [CJK_WARNING, DEVANAGARI_WARNING]
        assert {p.level for p in problems} == {Level.WARNING}
    assert (printed.reused, printed.drawn) == (len(plan), [])
    # Still printed, with everything else of the title.
    poster = printed.files["drukwerk/bib-noorddorp/affiche-voorleesuur.a4-drukker.nl.pdf"]
    assert "Voorleesuur" in text_of(poster).splitlines()


LONG_NAME = (
    "Vereniging voor Gezinsondersteuning, Opvoedingsondersteuning en Kinderopvang in de Regio Zuidoost-Vlaanderen vzw"
    " (Aalst)"
)


class RecordingSheet(Sheet):
    """A Sheet that remembers the box each text took, in pt on the PDF page (slug included)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.boxes: list[tuple[str, tuple[float, float, float, float]]] = []

    def text(self, text: str, left: float, top: float, width: float, height: float, **kwargs: Any) -> float:
        used = super().text(text, left, top, width, height, **kwargs)
        assert used <= height + 0.01, text
        x, y = self.x(left, width) * PT_PER_MM, self.y(top) * PT_PER_MM
        self.boxes.append((text, (x, y, x + width * PT_PER_MM, y + used * PT_PER_MM)))  # the height it took
        return used


@pytest.mark.parametrize("name", [LONG_NAME, "Kinder" * 20])
def test_a_long_partner_name_stays_inside_its_box_on_the_name_plate(
    minimal_plan: list[PrintItem], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
):
    assert len(name) == 120
    sheets: list[RecordingSheet] = []

    def recording(*args: Any, **kwargs: Any) -> RecordingSheet:
        sheets.append(RecordingSheet(*args, **kwargs))
        return sheets[-1]

    monkeypatch.setattr(frame, "Sheet", recording)  # the sheet of every single-sheet layout
    plate = next(i for i in minimal_plan if i.kind == "naambord")
    pdf = drawn({**plate.spec, "partner": name}, tmp_path / "plate.pdf")
    (box,) = [b for text, b in sheets[0].boxes if text == name]
    words = words_of(pdf)
    x0, y0, x1, y1 = box
    inside = [w for w in words if x0 <= (w[1] + w[3]) / 2 <= x1 and y0 <= (w[2] + w[4]) / 2 <= y1]
    shown = "".join(w[0] for w in inside)
    assert shown.rstrip("…") and name.replace(" ", "").startswith(shown.rstrip("…")), shown
    ascent = 0.3 * 34  # a glyph's box may reach above its line by a part of the font size (pt)
    for word, left, top, right, bottom in inside:
        assert x0 - 0.5 <= left and right <= x1 + 0.5, word
        assert y0 - ascent <= top and bottom <= y1 + ascent, word
    # No other text on the plate overlaps a word of the name.
    for other in words:
        if other in inside:
            continue
        for word in inside:
            apart = other[3] <= word[1] or word[3] <= other[1] or other[4] <= word[2] + 1 or word[4] <= other[2] + 1
            assert apart, (other, word)
