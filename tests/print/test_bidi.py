"""Mixed scripts in print in the order Chromium shows them: digits, Latin in Arabic, Arabic in Dutch.

Each string is drawn as the name on a sticker, the place on a poster and a name on a booklet page of the small `minimal` Huis, left to
right (as a Dutch item) and right to left (as an Arabic one), and its line is read back with
pdftotext -bbox: words sorted by their left edge, each spelled in glyph order, is the visual order.
Chromium lays the same string out in a `<p dir=ltr|rtl>`; its characters sorted by their left
edge (Range.getClientRects) and split at the spaces give the words it shows, left to right.
The strings avoid lam-alef, a ligature whose two letters share one glyph and one box.
"""

from __future__ import annotations

import html
import re
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from testkit import sitebuild
from zondermuren.model import building
from zondermuren.printing import registry
from zondermuren.printing.specs import PrintItem

STRINGS = {
    "arabic name, trailing number": "جمعية النور 2024",
    "arabic place, house number": "شارع المدينة 12",
    "dutch title, arabic name inside": "Lezen met جمعية النور 2024 in Zuidkaai",
    "arabic title, latin brand": "ورشة LEGO Duplo للصغار",
}
KINDS = ("raamsticker", "affiche", "wie-is-wie")

# In a Range's rect per character, sorted by x, then cut into words at the spaces.
VISUAL = """(p) => {
  const node = p.firstChild, found = [];
  for (let i = 0; i < node.length; i++) {
    const range = document.createRange();
    range.setStart(node, i); range.setEnd(node, i + 1);
    const rect = range.getClientRects()[0];
    if (rect && rect.width > 0) found.push([rect.left, node.data[i]]);
  }
  found.sort((a, b) => a[0] - b[0]);
  return found.map(f => f[1]).join("");
}"""


@pytest.fixture(scope="module")
def chromium_words(browser) -> dict[tuple[str, str], list[str]]:
    """(string, direction) -> the words Chromium shows, left to right."""
    page = browser.new_page()
    body = "".join(
        f'<p dir="{d}" style="font: 16px sans-serif; white-space: nowrap">{html.escape(s)}</p>'
        for s in STRINGS.values()
        for d in ("ltr", "rtl")
    )
    page.set_content(f"<!doctype html><html><body>{body}</body></html>")
    paragraphs = page.query_selector_all("p")
    found = {}
    for paragraph, (text, direction) in zip(
        paragraphs, [(s, d) for s in STRINGS.values() for d in ("ltr", "rtl")], strict=True
    ):
        found[(text, direction)] = paragraph.evaluate(VISUAL).split()
    page.close()
    return found


@pytest.fixture(scope="module")
def specs() -> dict[str, dict[str, Any]]:
    huis, _ = building.load(sitebuild.FIXTURES / "minimal", sitebuild.DAY)
    plan: list[PrintItem] = registry.plan(huis, "https://testdorp.example.org/")
    return {
        kind: dict(next(i for i in plan if i.kind == kind and i.variant == "drukker" and i.language == "nl").spec)
        for kind in KINDS
    }


def _with(spec: dict[str, Any], kind: str, text: str) -> dict[str, Any]:
    if kind == "raamsticker":
        return {**spec, "partner": text}
    if kind == "affiche":  # where a poster says where, in one line (its title would wrap)
        return {**spec, "facts": [spec["facts"][0], (spec["facts"][1][0], text)]}
    entry = {"name": text, "sub": "", "text": "", "rows": [], "ltr": []}
    return {**spec, "sections": [{"title": "Gezondheid", "entries": [entry], "also": []}]}


def pdf_lines(pdf: Path) -> list[list[str]]:
    """Each line's words, left to right, as pdftotext -bbox-layout finds them (glyph order)."""
    layout = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    lines = []
    for line in re.findall(r"<line [^>]*>(.*?)</line>", layout.stdout, re.S):
        words = re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', line)
        ordered = sorted((float(x), unicodedata.normalize("NFKC", html.unescape(w))) for x, w in words)
        lines.append([w for _, w in ordered])
    return lines


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("direction", ["ltr", "rtl"])
@pytest.mark.parametrize("case", list(STRINGS))
def test_mixed_text_is_printed_in_the_order_chromium_shows(
    chromium_words, specs, tmp_path: Path, kind: str, direction: str, case: str
):
    text = STRINGS[case]
    expected = chromium_words[(text, direction)]
    rtl = direction == "rtl"
    spec = {**_with(specs[kind], kind, text), "rtl": rtl, "language": "ar" if rtl else "nl"}
    pdf = tmp_path / "item.pdf"
    pdf.write_bytes(registry.draw(spec))
    # The lines the string is on (the booklet's index repeats it), cut to its own words; a word
    # glued to another (the fault this guards against) is kept, and then differs.
    shown = [
        [w for w in line if w in expected or any(e in w for e in expected if len(e) > 1)]
        for line in pdf_lines(pdf)
        if set(line) & set(expected) - {"met", "in"}
    ]
    assert shown, (expected, pdf_lines(pdf))
    for words in shown:
        assert words == expected, (case, direction, words, expected)
