"""A partner name of 150 characters, Dutch and Arabic, on every kind of item: nothing prints over anything.

The example Huis's items (no site build) with one partner's name replaced by a long one wherever
it is shown (its sticker, name plate, posters, booklets, campaign flyer and poster; a month
overview shows no partner names, so there a date's title is as long). Every text the layouts draw
(and every logo and QR code) is recorded with the area it really took (where fpdf2 left the line after its last line): inside
its own box, and apart from every other text on its page. pdftotext -bbox then finds every printed
word inside one of those areas, so no text is drawn outside the ones recorded.
"""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from testkit import sitebuild
from zondermuren.drawing.formats import PT_PER_MM
from zondermuren.drawing.sheet import Sheet
from zondermuren.model import building
from zondermuren.printing import registry
from zondermuren.printing.specs import PrintItem

# `slow` (every print kind drawn with a 150-character name): `make test` runs it, `make test-fast` does not.
pytestmark = pytest.mark.slow

LONG = {
    "nl": (
        "Vereniging voor Gezinsondersteuning, Opvoedingsondersteuning, Kinderopvang en Vrijetijdsaanbod "
        "in de Regio's Zuidoost-Vlaanderen en Omstreken vzw 2024"
    ),
    "ar": (
        "جمعية دعم الأسرة والتربية ورعاية الأطفال والأنشطة الترفيهية في منطقة جنوب شرق فلاندرن وضواحيها "
        "للآباء والأمهات والأطفال الصغار والشباب 12 2024 الجميلة"
    ),
}
# A name that is one word (or written without spaces) cannot be cut at a word: it is cut between letters.
ONE_WORD = {"nl-one-word": ("nl", "Kinderopvang" * 12 + "Kinder"), "ar-one-word": ("ar", "جمعية" * 30)}
NAMES = {**{language: (language, name) for language, name in LONG.items()}, **ONE_WORD}
KINDS = ("raamsticker", "raamsticker-binnenkant", "naambord", "affiche", "wie-is-wie", "brochure")
KINDS += ("campagne", "campagne-affiche", "maandoverzicht")
Area = tuple[int, float, float, float, float]  # page, x0, y0, x1, y1 in mm of the PDF page


def test_the_long_names_are_150_characters():
    assert {len(name) for _, name in NAMES.values()} == {150}


@pytest.fixture(scope="module")
def plan() -> list[PrintItem]:
    huis, _ = building.load(sitebuild.ROOT, sitebuild.DAY)
    return registry.plan(huis, sitebuild.SITE_URL)


def _replace(value: Any, old: str, new: str) -> Any:
    if isinstance(value, str):
        return value.replace(old, new)
    if isinstance(value, list | tuple):
        return type(value)(_replace(v, old, new) for v in value)
    if isinstance(value, dict):
        return {k: _replace(v, old, new) for k, v in value.items()}
    return value


def _samples(plan: list[PrintItem], language: str, long: str) -> list[PrintItem]:
    """One print-shop item of every kind and size in `language` (in Dutch where only Dutch is printed),
    showing the partner of the first campaign date."""
    campaign = next(i for i in plan if i.kind == "campagne" and i.language == "nl")
    details = campaign.spec["days"][0]["places"][0]["entries"][0]["details"]
    partner = next(i for i in plan if i.kind == "raamsticker" and i.spec["partner"] in details)
    chosen: dict[tuple[str, str], PrintItem] = {}
    for item in plan:
        if item.variant != "drukker" or item.kind not in KINDS or item.language not in (language, "nl"):
            continue
        mine = item.partner == partner.partner or item.kind not in ("raamsticker", "raamsticker-binnenkant", "naambord")
        shows = partner.spec["partner"] in str(item.spec) or item.kind == "maandoverzicht"
        better = (item.kind, item.size) not in chosen or (
            item.language == language != chosen[(item.kind, item.size)].language
        )
        if mine and shows and better:
            chosen[(item.kind, item.size)] = item
    assert {kind for kind, _ in chosen} == set(KINDS)
    return [
        PrintItem(i.path, i.kind, i.partner, i.language, _long(i.spec, partner.spec["partner"], long))
        for i in chosen.values()
    ]


def _long(spec: dict[str, Any], name: str, long: str) -> dict[str, Any]:
    if spec["design"] == "booklet":  # the partner's section and two entries more: drawn in a second, not ten
        sections = [
            {**section, "entries": [e for e in section["entries"] if name in str(e)] + section["entries"][:2]}
            for section in spec["sections"]
            if name in str(section)
        ]
        spec = {**spec, "sections": sections}
    if spec["design"] != "month":
        return _replace(spec, name, long)
    weeks = [[dict(day, entries=list(day["entries"])) for day in week] for week in spec["weeks"]]
    day = next(day for week in weeks for day in week if day["entries"])
    day["entries"][0] = f"10:00–11:00 {long}"
    return {**spec, "weeks": weeks}


def draw_recording(spec: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> tuple[bytes, list[Area], list[Sheet]]:
    """The PDF, and the area every text took on it (a text box's width, the height of its lines),
    every logo's box and every QR code's."""
    areas: list[Area] = []
    sheets: list[Sheet] = []
    text, init = Sheet.text, Sheet.__init__

    def recording(self: Sheet, value: str, left: float, top: float, width: float, height: float, **kw: Any) -> float:
        used = text(self, value, left, top, width, height, **kw)
        if used:
            x, y = self.x(left, width), self.y(top)
            taken = self.pdf.y - y  # fpdf2 leaves its position under the last line it drew
            assert taken <= height + 0.01, (value, taken, height)
            scale = self.format.scale
            areas.append((self.pdf.page, x * scale, y * scale, (x + width) * scale, (y + taken) * scale))
        return used

    def picture(method: Any, square: bool) -> Any:
        def recorded(self: Sheet, what: str, left: float, top: float, width: float, *rest: Any, **kw: Any) -> None:
            method(self, what, left, top, width, *rest, **kw)
            height = width if square else rest[0]
            x, y, scale = self.x(left, width), self.y(top), self.format.scale
            areas.append((self.pdf.page, x * scale, y * scale, (x + width) * scale, (y + height) * scale))

        return recorded

    def keep(self: Sheet, *args: Any, **kw: Any) -> None:
        init(self, *args, **kw)
        sheets.append(self)

    monkeypatch.setattr(Sheet, "text", recording)
    monkeypatch.setattr(Sheet, "__init__", keep)
    monkeypatch.setattr(Sheet, "logo", picture(Sheet.logo, square=False))
    monkeypatch.setattr(Sheet, "qr", picture(Sheet.qr, square=True))
    data = registry.draw(spec)
    monkeypatch.undo()
    return data, areas, sheets


def _words(pdf: Path) -> list[tuple[int, str, float, float, float, float]]:
    """(page, word, x0, y0, x1, y1) in mm."""
    found = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    words = []
    for number, page in enumerate(found.split("<page ")[1:], start=1):
        for x0, y0, x1, y1, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page
        ):
            words.append((number, html.unescape(word), *(float(v) / PT_PER_MM for v in (x0, y0, x1, y1))))
    return words


@pytest.fixture(scope="module")
def samples(plan: list[PrintItem]) -> dict[str, list[PrintItem]]:
    return {case: _samples(plan, language, name) for case, (language, name) in NAMES.items()}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("case", list(NAMES))
def test_a_150_character_name_never_prints_over_anything(
    samples: dict[str, list[PrintItem]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str, kind: str
):
    for item in [i for i in samples[case] if i.kind == kind]:
        data, areas, sheets = draw_recording(item.spec, monkeypatch)
        assert NAMES[case][1][:12] in str(item.spec)
        for index, (page, *box) in enumerate(areas):
            for other_page, *other in areas[index + 1 :]:
                overlap = min(box[2], other[2]) - max(box[0], other[0]), min(box[3], other[3]) - max(box[1], other[1])
                assert page != other_page or min(overlap) <= 0.05, (item.path, box, other)
        if item.kind == "raamsticker-binnenkant":
            continue  # mirrored: its words are where the outside sticker's are, flipped
        pdf = tmp_path / "item.pdf"
        pdf.write_bytes(data)
        slack = 1.2  # mm: a glyph's box reaches a little above and below its line
        for page, word, x0, y0, x1, y1 in _words(pdf):
            middle = (x0 + x1) / 2, (y0 + y1) / 2
            assert any(
                p == page and a - 0.5 <= middle[0] <= c + 0.5 and b - slack <= middle[1] <= d + slack
                for p, a, b, c, d in areas
            ), (item.path, word, middle)
