"""Every item for the office printer (exact A4/A3, nothing in the margin) and for the print shop.

Read as a preflight reads it (pdfinfo boxes), as a printer prints it (pdftoppm: the margin stays
white), and as a phone scans it (zbarimg), on the shared example build.
"""

from __future__ import annotations

import os
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image

from testkit import sitebuild
from tests.print.test_print import boxes, page_of, pixels, scan
from zondermuren.drawing.formats import PT_PER_MM
from zondermuren.model import building
from zondermuren.printing import pdfs, registry
from zondermuren.printing.specs import PrintItem

MM = PT_PER_MM
POSTER = "drukwerk/bibliotheek-lindevelde/affiche-voorleesuurtje-lindevelde"
SHOP = "drukwerk/bibliotheek-lindevelde"


@pytest.fixture(scope="module")
def plan(example_url: str, example_site: Path) -> list[PrintItem]:
    # The copy the example was built from (no git history: "stand van" is the build's day there too).
    huis, _ = building.load(example_site.parent / "project", sitebuild.DAY)
    return registry.plan(huis, example_url)


def text_of(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    found = subprocess.run(["pdftotext", *pages, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", found)


def size_mm(box: list[float]) -> tuple[float, float]:
    return round((box[2] - box[0]) / MM, 1), round((box[3] - box[1]) / MM, 1)


@pytest.mark.parametrize(
    ("path", "paper"),
    [
        (f"{POSTER}.a4-kantoor.nl.pdf", (210, 297)),
        (f"{POSTER}.a3-kantoor.ar.pdf", (297, 420)),
        (f"{SHOP}/raamsticker.a4-kantoor.nl.pdf", (210, 297)),
        (f"{SHOP}/raamsticker-binnenkant.a4-kantoor.nl.pdf", (210, 297)),
        (f"{SHOP}/naambord-hoofdbib.a4-kantoor.nl.pdf", (297, 210)),
        ("drukwerk/wie-is-wie.a4-kantoor.nl.pdf", (297, 210)),
        ("drukwerk/brochure-0-3.a4-kantoor.ar.pdf", (297, 210)),
    ],
)
def test_office_file_is_exactly_the_paper_with_a_white_margin(example_site: Path, tmp_path: Path, path: str, paper):
    found = boxes(example_site / path)
    assert size_mm(found["MediaBox"]) == paper
    for name in ("TrimBox", "BleedBox", "CropBox"):  # pdfinfo shows the MediaBox when there is none
        assert found[name] == found["MediaBox"], name
    # Nothing within 5 mm of the paper's edge: no crop marks, no band an office printer cuts off.
    image = Image.open(pixels(example_site / path, tmp_path / "office", dpi=72)).convert("L")
    edge = round(5 * 72 / 25.4)
    width, height = image.size
    strips = [
        (0, 0, width, edge),
        (0, height - edge, width, height),
        (0, 0, edge, height),
        (width - edge, 0, width, height),
    ]
    for strip in strips:
        assert image.crop(strip).getextrema()[0] > 245, (path, strip)
    # The small print: "druk af op 100 %" (Arabic text comes out of pdftotext in visual order).
    shown = text_of(example_site / path)
    assert ("op 100 %" if ".nl." in path else "بنسبة") in shown and "100" in shown


@pytest.mark.parametrize(
    ("path", "trim"),
    [
        (f"{POSTER}.a4-drukker.nl.pdf", (210, 297)),
        (f"{POSTER}.a3-drukker.nl.pdf", (297, 420)),
        (f"{POSTER}.a3-drukker.ar.pdf", (297, 420)),
        (f"{SHOP}/raamsticker.15x15-drukker.nl.pdf", (150, 150)),
        (f"{SHOP}/naambord-hoofdbib.a4-drukker.nl.pdf", (297, 210)),
        ("drukwerk/wie-is-wie.a5-drukker.nl.pdf", (148, 210)),
        ("drukwerk/brochure-12-plus.a5-drukker.ar.pdf", (148, 210)),
    ],
)
def test_print_shop_file_has_the_a_size_as_trim_and_3_mm_bleed(example_site: Path, path: str, trim):
    found = boxes(example_site / path)
    assert size_mm(found["TrimBox"]) == trim
    assert [round((b - t) / MM, 1) for b, t in zip(found["BleedBox"], found["TrimBox"], strict=True)] == [-3, -3, 3, 3]
    assert size_mm(found["MediaBox"])[0] > trim[0] + 6  # the crop marks' room outside the bleed
    assert "100 %" not in text_of(example_site / path, 1)  # the office note is for the office file


@pytest.mark.parametrize(
    "path",
    [
        f"{POSTER}.a4-kantoor.nl.pdf",
        f"{POSTER}.a3-kantoor.nl.pdf",
        f"{POSTER}.a3-drukker.ar.pdf",
        f"{POSTER}.a3-kantoor.ar.pdf",
        f"{SHOP}/raamsticker.a4-kantoor.nl.pdf",
        f"{SHOP}/naambord-hoofdbib.a4-kantoor.nl.pdf",
        "drukwerk/wie-is-wie.a5-drukker.nl.pdf",
        "drukwerk/wie-is-wie.a4-kantoor.ar.pdf",
        "drukwerk/brochure-0-3.a5-drukker.nl.pdf",
        "drukwerk/brochure-3-12.a4-kantoor.ar.pdf",
    ],
)
def test_qr_code_of_every_new_kind_scans_to_a_page_of_the_site(
    example_site: Path, example_url: str, tmp_path: Path, path: str
):
    codes = scan(pixels(example_site / path, tmp_path / "page"))  # the first page: a booklet's cover
    assert len(codes) == 1, codes
    assert page_of(example_site, codes[0], example_url).is_file(), codes[0]
    if ".ar." in path:
        assert codes[0].startswith(example_url + "ar/")


def test_file_names_tell_item_size_variant_and_language_apart(plan: list[PrintItem]):
    paths = [item.path for item in plan]
    assert len(set(paths)) == len(paths)
    pattern = re.compile(r"^drukwerk/([a-z0-9-]+/)?[a-z0-9-]+\.(a4|a3|a5|15x15)-(kantoor|drukker)\.[a-z]{2,3}\.pdf$")
    assert [p for p in paths if not pattern.match(p)] == []
    # Names are made of ids only, never of titles or dates: the same item keeps its name.
    assert {
        f"{POSTER}.a4-kantoor.nl.pdf",
        f"{POSTER}.a3-drukker.ar.pdf",
        f"{SHOP}/raamsticker.a4-kantoor.nl.pdf",
        f"{SHOP}/raamsticker.15x15-drukker.nl.pdf",
        f"{SHOP}/naambord-hoofdbib.a4-drukker.nl.pdf",
        "drukwerk/wie-is-wie.a4-kantoor.fr.pdf",
        "drukwerk/brochure-12-plus.a5-drukker.en.pdf",
    } <= set(paths)
    # Two variants of every item, and every poster in A4 and A3.
    variants: dict[tuple[str, str, str, str], set[str]] = {}
    for item in plan:
        variants.setdefault((item.kind, item.key, item.partner, item.language), set()).add(item.variant)
    assert {frozenset(v) for v in variants.values()} == {frozenset({"kantoor", "drukker"})}
    posters = {item.size for item in plan if item.kind == "affiche"}
    assert posters == {"a4", "a3"}


def test_listings_offer_office_first_with_a_line_on_which_to_choose(example_site: Path):
    # The partner's print page (the partner page itself is for families and links it in one line).
    partner = (example_site / "drukwerk/bibliotheek-lindevelde/index.html").read_text("utf-8")
    section = partner[partner.index('<div class="zm zm-drukwerk">') :]
    section = section[: section.index("</ul>")]
    rows = re.findall(r"<li>(.*?)</li>", section, re.S)
    assert rows
    for row in rows:
        labels = [re.sub(r"<[^>]+>", "", label) for label in re.findall(r"download>(.*?)</a>", row)]
        assert labels and labels[0].endswith("kantoor"), row
        assert any(label.endswith("drukkerij") for label in labels), row
    assert "Welke kies je?" in section
    listing = (example_site / "drukwerk/index.html").read_text("utf-8")
    assert "Welke kies je?" in listing
    assert (
        'href="../drukwerk/wie-is-wie.a4-kantoor.nl.pdf"' in listing or 'href="wie-is-wie.a4-kantoor.nl.pdf"' in listing
    )
    assert listing.count("brochure-") >= 3 * 4 * 2
    # Languages in the site's order, brochures from the youngest to the oldest.
    huis_part = listing[listing.index('id="huis"') : listing.index('id="partners"')]
    assert re.findall(r'<bdi lang="(\w+)">', huis_part)[:4] == ["nl", "fr", "en", "ar"]
    firsts = [huis_part.index(f"brochure-{group}.") for group in ("0-3", "3-12", "12-plus")]
    assert firsts == sorted(firsts)
    arabic = (example_site / "ar/activiteiten/voorleesuurtje-lindevelde/index.html").read_text("utf-8")
    assert "affiche-voorleesuurtje-lindevelde.a4-kantoor.ar.pdf" in arabic


def test_a_second_build_with_no_change_draws_nothing(example_site: Path, example_url: str):
    """The shared example build drew every item into the run's cache; planning again finds them all.

    Planned from the build's own copy of the project: it has no git history, so its booklets say
    "stand van" the build's day, where the working tree's history gives another."""
    huis, _ = building.load(example_site.parent / "project", sitebuild.DAY)
    plan = registry.plan(huis, example_url)
    folder = Path(os.environ["ZONDERMUREN_CACHE"]) / "drukwerk"
    again = pdfs.publish(plan, folder, prune=False)
    assert (again.drawn, again.reused) == ([], len(plan))


@pytest.mark.parametrize(
    "path",
    [
        f"{POSTER}.a3-kantoor.ar.pdf",
        "drukwerk/wie-is-wie.a4-kantoor.ar.pdf",
        "drukwerk/brochure-3-12.a5-drukker.nl.pdf",
    ],
)
def test_fonts_of_the_new_kinds_are_embedded(example_site: Path, path: str):
    fonts = subprocess.run(["pdffonts", str(example_site / path)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes yes yes " in row for row in rows), fonts


def test_a3_poster_is_the_a4_design_scaled(example_site: Path, tmp_path: Path):
    """Rendered at dpi in the ratio of the sizes, the trimmed A3 and A4 posters are the same picture."""
    pictures = []
    for size, dpi in (("a4", 36 * 297 / 210), ("a3", 36)):
        pdf = example_site / f"{POSTER}.{size}-drukker.nl.pdf"
        trim = boxes(pdf)["TrimBox"]
        image = Image.open(pixels(pdf, tmp_path / size, dpi=round(dpi))).convert("L")
        scale = image.size[0] / (boxes(pdf)["MediaBox"][2])
        cut = image.crop(tuple(round(v * scale) for v in (trim[0], trim[1], trim[2], trim[3])))
        pictures.append(cut.resize((105, 148), Image.BOX))
    from PIL import ImageChops, ImageStat

    assert ImageStat.Stat(ImageChops.difference(*pictures)).mean[0] < 6
