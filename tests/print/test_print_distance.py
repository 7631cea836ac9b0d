"""Print read at a distance: every QR code at least 20 mm wide, no type under 7 pt in a month overview.

One PDF of every kind, size and variant of the example Huis (no site build). Each QR code is
found where the layout put it (Sheet.qr, recorded), then measured on the page rendered by
pdftoppm: the dark pixels' extent in that place, without the quiet zone, and zbarimg reads the
code there. Type sizes are read from the PDF's content streams (the `Tf` operators), as a print
shop's preflight would: pdffonts gives no sizes.
"""

from __future__ import annotations

import re
import subprocess
import zlib
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from testkit import sitebuild
from zondermuren.drawing.sheet import Sheet
from zondermuren.model import building
from zondermuren.printing import registry
from zondermuren.printing.specs import PrintItem

# `slow` (every print kind drawn and its QR codes measured): `make test` runs it, `make test-fast` does not.
pytestmark = pytest.mark.slow

DPI = 150
SMALLEST_QR = 20.0  # mm, the symbol without its quiet zone
SMALLEST_TYPE = 7.0  # pt, in a month overview


@pytest.fixture(scope="module")
def plan() -> list[PrintItem]:
    huis, _ = building.load(sitebuild.ROOT, sitebuild.DAY)
    return registry.plan(huis, sitebuild.SITE_URL)


def _one_of_each(plan: list[PrintItem]) -> list[PrintItem]:
    chosen: dict[tuple[str, str, str], PrintItem] = {}
    for item in plan:
        if item.language == "nl":
            chosen.setdefault((item.kind, item.size, item.variant), item)
    return list(chosen.values())


def _ids(plan_items: list[PrintItem]) -> list[str]:
    return [f"{i.kind}-{i.size}-{i.variant}" for i in plan_items]


def draw_with_codes(
    spec: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> tuple[bytes, list[tuple[int, str, tuple]]]:
    """The PDF and its QR codes: (page, address, (x0, y0, x1, y1) in mm of the page, quiet zone included)."""
    codes: list[tuple[int, str, tuple]] = []
    qr = Sheet.qr

    def recording(self: Sheet, url: str, left: float, top: float, size: float, *args: Any, **kw: Any) -> None:
        qr(self, url, left, top, size, *args, **kw)
        x, y, scale = self.x(left, size), self.y(top), self.format.scale
        if self.mirrored_now:  # drawn flipped about the sheet's middle
            x = 2 * self.x(self.width / 2) - x - size
        codes.append((self.pdf.page, url, (x * scale, y * scale, (x + size) * scale, (y + size) * scale)))

    mirrored = Sheet.mirrored

    def flipping(self: Sheet) -> Any:
        self.mirrored_now = True
        return mirrored(self)

    monkeypatch.setattr(Sheet, "mirrored_now", False, raising=False)
    monkeypatch.setattr(Sheet, "qr", recording)
    monkeypatch.setattr(Sheet, "mirrored", flipping)
    data = registry.draw(spec)
    monkeypatch.undo()
    return data, codes


def symbol_width(png: Path, box: tuple[float, float, float, float]) -> tuple[float, list[str]]:
    """The dark modules' width in mm inside `box` (mm) of the rendered page, and what zbarimg reads there."""
    image = Image.open(png).convert("L")
    px = [round(v / 25.4 * DPI) for v in box]
    crop = image.crop((px[0] - 2, px[1] - 2, px[2] + 2, px[3] + 2))
    dark = crop.point(lambda v: 255 if v < 100 else 0).getbbox()
    assert dark, box
    part = png.with_name("code.png")
    crop.save(part)
    read = subprocess.run(["zbarimg", "--quiet", "--raw", str(part)], capture_output=True, text=True).stdout.split()
    return (dark[2] - dark[0]) / DPI * 25.4, read


KINDS = ("raamsticker", "raamsticker-binnenkant", "naambord", "affiche", "wie-is-wie", "brochure", "campagne")
KINDS += ("campagne-affiche", "maandoverzicht")


def test_every_kind_is_measured(plan: list[PrintItem]):
    assert {i.kind for i in plan} == set(KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_every_qr_code_is_at_least_20_mm_wide(
    plan: list[PrintItem], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
):
    items = [i for i in _one_of_each(plan) if i.kind == kind]
    assert {i.variant for i in items} == {"kantoor", "drukker"}
    measured = {}
    for item in items:
        data, codes = draw_with_codes(dict(item.spec), monkeypatch)
        assert codes, item.path
        pdf = tmp_path / "item.pdf"
        pdf.write_bytes(data)
        for page, url, box in codes:
            target = tmp_path / "page"
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    str(DPI),
                    "-f",
                    str(page),
                    "-l",
                    str(page),
                    "-png",
                    "-singlefile",
                    str(pdf),
                    str(target),
                ],
                check=True,
            )
            width, read = symbol_width(target.with_suffix(".png"), box)
            assert read == [url], (item.path, read)
            measured[item.path] = round(width, 1)
    assert min(measured.values()) >= SMALLEST_QR, measured


def type_sizes(pdf: bytes) -> list[float]:
    """Every font size a PDF's page contents set (`/F1 7.00 Tf`), in pt; no page here is scaled."""
    sizes = []
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            content = zlib.decompress(stream)
        except zlib.error:
            continue
        sizes += [float(v) for v in re.findall(rb"/F\d+ ([\d.]+) Tf", content)]
    return sizes


@pytest.mark.parametrize("language", ["nl", "ar"])
@pytest.mark.parametrize("variant", ["kantoor", "drukker"])
def test_no_type_under_7_pt_in_a_month_overview_even_on_a_busy_day(plan: list[PrintItem], language: str, variant: str):
    sample = next(
        i
        for i in plan
        if i.kind == "maandoverzicht" and i.language == language and i.variant == variant and not i.key[8:]
    )
    weeks = [[dict(day, entries=list(day["entries"])) for day in week] for week in sample.spec["weeks"]]
    busy = [f"{9 + n // 6:02d}:{n % 6}0–12:00 Speelnamiddag nummer {n} · Beekdonk" for n in range(40)]
    weeks[2][3] = dict(weeks[2][3], entries=busy)
    data = registry.draw({**sample.spec, "weeks": weeks})
    sizes = type_sizes(data)
    assert sizes and min(sizes) >= SMALLEST_TYPE, sorted(set(sizes))
    assert b"Speelnamiddag" not in data  # (the text is in font subsets: read it back instead)
    text = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()
    more = re.search(r"\+(\d+)", text)
    assert language != "nl" or more and text.count("Speelnamiddag") + int(more[1]) == 40  # what does not fit is counted


def _words(pdf: bytes) -> list[tuple[str, float, float, float]]:
    """(word, yMin, yMax, height) in pt from the top, in pdftotext's order."""
    found = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    pattern = r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>'
    return [(w, float(a), float(b), float(b) - float(a)) for a, b, w in re.findall(pattern, found)]


def test_a_campaign_poster_with_one_date_prints_it_large_over_the_sheet(plan: list[PrintItem]):
    poster = next(i for i in plan if i.kind == "campagne-affiche" and i.language == "nl" and i.variant == "kantoor")
    spec = dict(poster.spec)
    first = spec["days"][0]
    entry = first["places"][0]["entries"][0]
    one = {**spec, "days": [{**first, "places": [{**first["places"][0], "entries": [entry]}]}]}
    word = entry["title"].split()[0]
    full, single = _words(registry.draw(spec)), _words(registry.draw(one))
    height = {name: next(h for w, _, _, h in words if w == word) for name, words in (("full", full), ("one", single))}
    assert height["one"] >= 2.5 * height["full"], height  # the date at two and a half times the size, or more
    # The programme (from the date's heading to the line saying when the poster was made) fills a
    # good part of the A3 sheet, not a strip under the title.
    day = first["day"].split()[0]
    top = next(y0 for w, y0, _, _ in single if w == day)
    made = next(y0 for w, y0, _, _ in single if w == spec["made"].split()[0])
    bottom = max(y1 for _, y0, y1, _ in single if top <= y0 < made)
    assert bottom - top >= 420 * 2.835 * 0.3, (top, bottom)
