"""The SVG allow-list (zondermuren/svg/) against known SVG attacks and real exports.

Attacks (tests/support/svg_attacks.py) follow the public vector classes (DOMPurify's and svg-hush's tests, the field report of
an XSLT logo): each gives its whole finding list (refused / other address / left out), and its
published copy must be inert by an independent reading: only allow-listed SVG, no handler, no
link but #fragment or a raster data: URL, no CSS address, and none of the payload's words.
Exports of Inkscape, Illustrator (new and classic), Figma, Affinity Designer and Canva
(tests/fixtures/svg/exports/, written for these tests with the structure each tool writes) pass
with nothing to report but Figma's blur, lose their editor data, and still print.
"""

from __future__ import annotations

import io
import os
import re
import time
import tracemalloc
from pathlib import Path

import pypdfium2
import pytest

from tests.support.svg_attacks import ATTACKS, EXPORTS, NS, PNG, D, E, R, assert_inert, doc
from zondermuren import build, svg
from zondermuren.drawing import pictures
from zondermuren.drawing.formats import shop
from zondermuren.drawing.sheet import Sheet


@pytest.mark.parametrize("name", ATTACKS)
def test_attacks_are_reported_and_published_inert(name: str) -> None:
    document, expected = ATTACKS[name]
    found = svg.inspect(document.encode())
    assert found.readable
    assert (found.active, found.external, found.dropped) == (
        expected.get(R, []),
        expected.get(E, []),
        expected.get(D, []),
    )
    assert_inert(found.clean)
    again = svg.inspect(found.clean)  # the published copy is a fixed point: nothing more to leave out
    assert (again.active, again.external, again.dropped, again.clean) == ([], [], [], found.clean)


def test_the_attack_corpus_is_big() -> None:
    assert len(ATTACKS) >= 30
    assert sum(1 for _, expected in ATTACKS.values() if expected.get(R)) >= 30


def test_what_is_allowed_is_kept() -> None:
    """The allow-list is not an empty list: fragments, raster pictures, gradients, text, filters stay."""
    found = svg.inspect(
        doc(
            '<defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient>'
            '<filter id="f"><feGaussianBlur stdDeviation="1"/></filter><path id="p" d="M0 0H9"/></defs>'
            f'<image href="{PNG}" width="4" height="4"/><use xlink:href="#p"/>'
            '<text x="1" y="9" style="font-family:\'Open Sans\';fill:url(#g)">A&amp;B<a href="#p">link</a> '
            '<textPath href="#p">pad</textPath></text><rect fill="url(#g)" filter="url(#f)" width="1" height="1"/>'
            "<style>.c:not(.d)>rect{fill:url(#g)!important}</style>"
        ).encode()
    )
    assert (found.active, found.external, found.dropped) == ([], [], [])
    clean = found.clean.decode()
    for kept in (f'href="{PNG}"', 'xlink:href="#p"', "A&amp;B<tspan>link</tspan> <textPath", 'filter="url(#f)"'):
        assert kept in clean, kept
    assert (
        "font-family:&quot;Open Sans&quot;;fill:url(#g)" in clean
        and ".c:not(.d)&gt;rect{fill:url(#g)!important}" in clean
    )
    assert_inert(found.clean)


EXPORT_FINDINGS = {
    "affinity": [],
    "canva": [],
    "figma": [],
    "figma-blur": ["<foreignObject>"],  # the background blur is an XHTML div: left out, with a warning
    "illustrator": [],
    "illustrator-classic": [],
    "inkscape": [],
}


@pytest.mark.parametrize("name", EXPORT_FINDINGS)
def test_real_exports_pass_and_lose_only_their_editor_data(name: str) -> None:
    data = (EXPORTS / f"{name}.svg").read_bytes()
    found = svg.inspect(data)
    assert (found.readable, found.active, found.external, found.dropped) == (True, [], [], EXPORT_FINDINGS[name])
    assert_inert(found.clean)
    editor = (
        rb"inkscape|sodipodi|adobe|serif:|data-name|data-figma|enable-background|pgf|eJzs|rdf:|<metadata|zoomAndPan"
    )
    assert not re.search(editor, found.clean), re.search(editor, found.clean)
    assert found.clean.count(b"<circle") + found.clean.count(b"#2e7d6b") >= 1  # the drawing is still there


@pytest.mark.parametrize("name", EXPORT_FINDINGS)
def test_real_exports_still_print(name: str, tmp_path: Path) -> None:
    """Drawn by the print code (Sheet.logo: the published copy, its fonts), then rasterised: the
    green disc of every sample logo is where it was drawn."""
    sheet = Sheet(shop((60, 60)), rtl=False, title="t", language="nl")
    sheet.logo(str(EXPORTS / f"{name}.svg"), 10, 10, 40, 40)
    picture = pypdfium2.PdfDocument(sheet.output())[0].render(scale=3).to_pil().convert("RGB")
    width, height = picture.size
    # The disc's centre: (20, 18) of the 40 x 40 logo, drawn at (10, 10) on a page of 60 (plus bleed).
    x, y = width * 30 / 60, height * 28 / 60
    assert _near(picture.getpixel((round(x), round(y))), (46, 125, 107)), name


def _near(colour: tuple[int, ...], wanted: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 12 for a, b in zip(colour, wanted, strict=False))


def test_text_keeps_its_font_family_for_print() -> None:
    """The published copy writes CSS strings in double quotes; print still finds the family."""
    assert pictures.svg_font_families(str(EXPORTS / "illustrator-classic.svg")) == {"sans-serif", "montserrat-bold"}
    assert pictures.svg_font_families(str(EXPORTS / "inkscape.svg")) == {"sans-serif"}


# -- DOCTYPEs -------------------------------------------------------------------------------


def test_only_illustrators_kind_of_entity_is_filled_in() -> None:
    adobe = '<!DOCTYPE svg [<!ENTITY ns_svg "http://www.w3.org/2000/svg">]><svg xmlns="&ns_svg;"><rect/></svg>'
    assert svg.inspect(adobe.encode()).clean.endswith(b'<svg xmlns="http://www.w3.org/2000/svg"><rect /></svg>')
    markup = '<!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>'
    nested = '<!DOCTYPE svg [<!ENTITY a "aa"><!ENTITY b "&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg">&b;</svg>'
    external = (
        '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>'
    )
    wide = "x" * 200
    bomb = f'<!DOCTYPE svg [<!ENTITY w "{wide}">]><svg xmlns="http://www.w3.org/2000/svg"><text>{"&w;" * 6000}</text></svg>'
    for document in (markup, nested, external, bomb):
        found = svg.inspect(document.encode())
        assert (found.readable, found.clean) == (False, svg.EMPTY), document[:60]


def test_complexity_limits_sit_exactly_at_the_limit() -> None:
    def deep(levels: int) -> bytes:  # the <svg> itself is the first level
        return f"<svg {NS}>{'<g>' * (levels - 1)}{'</g>' * (levels - 1)}</svg>".encode()

    assert svg.inspect(deep(svg.MAX_DEPTH)).readable
    assert svg.inspect(deep(svg.MAX_DEPTH + 1)).too_complex == f"meer dan {svg.MAX_DEPTH} lagen in elkaar"
    many = f"<svg {NS}>{'<g/>' * (svg.MAX_ELEMENTS - 1)}</svg>".encode()
    assert svg.inspect(many).readable
    assert svg.inspect(many.replace(b"<g/>", b"<g/><g/>", 1)).too_complex == "meer dan 100.000 onderdelen"


# -- what the site and print read -----------------------------------------------------------


def test_the_site_and_print_publish_the_allow_listed_copy_even_unchecked(tmp_path: Path) -> None:
    """Defence in depth: a logo that reached the build without the check is still published inert."""
    logo = tmp_path / "logo.svg"
    logo.write_text(ATTACKS["xslt-pi"][0].replace("<rect", '<script>alert(1)</script><rect onload="alert(2)"'))
    published = build.published_logo(logo)
    assert isinstance(published, bytes)
    assert_inert(published)
    printed = pictures.picture(str(logo))
    assert isinstance(printed, io.BytesIO) and printed.getvalue() == published
    png = tmp_path / "logo.png"
    png.write_bytes(b"\x89PNG")
    assert build.published_logo(png) == png  # a raster logo is copied as it is (the check decoded its header)


def test_print_reads_a_logo_once_and_again_when_it_is_saved_anew(tmp_path: Path) -> None:
    """A worker draws one logo on hundreds of posters and cards (read once); a partner who saves a new
    logo during `mkdocs serve` sees it on the next drawing."""
    logo = tmp_path / "logo.svg"
    logo.write_text(f'<svg {NS} viewBox="0 0 10 10"><rect width="10" height="10" fill="#c00"/></svg>')
    first = pictures.picture(str(logo))
    assert isinstance(first, io.BytesIO) and b"#c00" in first.getvalue()
    again = pictures.picture(str(logo))
    assert isinstance(again, io.BytesIO) and again is not first and again.getvalue() == first.getvalue()
    logo.write_text(f'<svg {NS} viewBox="0 0 10 10"><circle r="5" fill="#00c"/></svg>')
    later = os.stat(logo).st_mtime_ns + 1_000_000
    os.utime(logo, ns=(later, later))  # a later save, even on a file system with coarse times
    saved = pictures.picture(str(logo))
    assert isinstance(saved, io.BytesIO) and b"#00c" in saved.getvalue() and b"#c00" not in saved.getvalue()


def test_a_huge_logo_is_never_read(tmp_path: Path) -> None:
    """A 4 GB hole: stat() says it is too big, so the site and print get an empty picture in no time
    and no memory (reading it whole would take 4 GB)."""
    logo = tmp_path / "logo.svg"
    with logo.open("wb") as handle:
        handle.truncate(4 << 30)
    started = time.perf_counter()
    tracemalloc.start()
    try:
        assert build.published_logo(logo) == svg.EMPTY
        assert pictures.picture(str(logo)).getvalue() == svg.EMPTY  # type: ignore[union-attr]
        assert pictures.svg_font_families(str(logo)) == set()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000, peak  # bytes: nothing of the file was read
    assert time.perf_counter() - started < 1
    assert os.stat(logo).st_blocks == 0, "a hole: nothing was written, so nothing could be read"
