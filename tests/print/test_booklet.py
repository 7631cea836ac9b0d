"""The wie-is-wie booklet and the age brochures: every partner in it, right contents, right fold order."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from testkit import sitebuild
from tests.print.test_print_variants import text_of
from zondermuren.drawing import imposition
from zondermuren.model import building
from zondermuren.printing import registry
from zondermuren.printing.layouts import booklets
from zondermuren.printing.plans.common import plain

# Fold order written out by hand (not by the code under test): per printed side, left and right.
FOLDS = {
    8: [[8, 1], [2, 7], [6, 3], [4, 5]],
    12: [[12, 1], [2, 11], [10, 3], [4, 9], [8, 5], [6, 7]],
    16: [[16, 1], [2, 15], [14, 3], [4, 13], [12, 5], [6, 11], [10, 7], [8, 9]],
    20: [[20, 1], [2, 19], [18, 3], [4, 17], [16, 5], [6, 15], [14, 7], [8, 13], [12, 9], [10, 11]],
    24: [[24, 1], [2, 23], [22, 3], [4, 21], [20, 5], [6, 19], [18, 7], [8, 17], [16, 9], [10, 15], [14, 11], [12, 13]],
}


def test_fold_order_of_eight_pages():
    assert [list(side) for side in imposition.sides(8)] == [[8, 1], [2, 7], [6, 3], [4, 5]]
    # Right to left: the spine is on the right, so every side is mirrored.
    assert [list(side) for side in imposition.sides(8, rtl=True)] == [[1, 8], [7, 2], [3, 6], [5, 4]]
    assert [list(side) for side in imposition.sides(5)] == FOLDS[8]  # padded with blank pages
    assert [list(side) for side in imposition.sides(12)] == FOLDS[12]


def page_numbers(pdf: Path, side: int, half: str) -> str:
    """The page number printed at the foot of one half of an A4 landscape side ('' if none)."""
    x = 0 if half == "left" else 421
    found = subprocess.run(
        [
            "pdftotext",
            "-f",
            str(side),
            "-l",
            str(side),
            "-x",
            str(x),
            "-y",
            "550",
            "-W",
            "421",
            "-H",
            "45",
            str(pdf),
            "-",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = found.strip()
    return found if found.isdigit() else ""  # the cover's foot holds the Huis's contact, not a number


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_imposed_booklet_is_in_fold_order(example_site: Path, language: str):
    pdf = example_site / f"drukwerk/wie-is-wie.a4-kantoor.{language}.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    sides = int(re.search(r"^Pages:\s+(\d+)", info, re.M)[1])
    expected = FOLDS[2 * sides]
    if language == "ar":
        expected = [[right, left] for left, right in expected]
    found = [[page_numbers(pdf, side, half) for half in ("left", "right")] for side in range(1, sides + 1)]
    # The cover (page 1) carries no number; every other page does, blank ones too.
    assert found == [["" if n == 1 else str(n) for n in pair] for pair in expected]


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_booklet_holds_every_partner_and_its_contents_are_right(example_site: Path, language: str):
    huis, _ = building.load(sitebuild.ROOT, sitebuild.DAY)
    pdf = example_site / f"drukwerk/wie-is-wie.a5-drukker.{language}.pdf"
    whole = " ".join(text_of(pdf).split())
    missing = [p.name for p in huis.partners.values() if p.name not in whole]
    assert missing == []
    if language == "ar":  # pdftotext gives Arabic in visual order; the contents are checked in Dutch
        assert "لديها أطفال" in whole
        return
    # The contents name each life domain with a page, and that page shows the domain's heading.
    contents = text_of(pdf, 2)
    rows = re.findall(r"^(.+?)\s+(\d+)$", contents, re.M)
    if not rows:  # poppler may put the numbers in a column of their own
        titles = [line for line in contents.splitlines() if line.strip() and not line.strip().isdigit()][1:]
        numbers = [line.strip() for line in contents.splitlines() if line.strip().isdigit()]
        rows = list(zip(titles, numbers, strict=False))
    domains = {huis.vocab.label("levensdomeinen", d, language) for p in huis.partners.values() for d in p.domains}
    listed = {title.strip(): int(page) for title, page in rows}
    assert domains <= set(listed), (domains - set(listed), listed)
    for title in domains:
        assert title in " ".join(text_of(pdf, listed[title]).split()), title
    assert "Stand van 22 nov 2026" in whole
    # The index and the "also for this theme" lines send the reader to the page with the entry.
    index_page = listed["Van A tot Z"]
    index = subprocess.run(
        ["pdftotext", "-f", str(index_page), str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for partner in list(huis.partners.values())[:8]:
        page = int(re.search(re.escape(partner.name) + r"\s+(\d+)\s*$", index, re.M)[1])
        assert partner.name in " ".join(text_of(pdf, page).split()), (partner.name, page)
    also = re.findall(r"([A-Z][^,:()]+?) \(p\. (\d+)\)", " ".join(whole.split()))
    assert len(also) >= 5
    for name, page in also:
        assert name.strip() in " ".join(text_of(pdf, int(page)).split()), (name, page)
    # Each partner's referral text is there: what a professional needs to refer a family.
    referral = next(p for p in huis.partners.values() if p.referral)
    if language == "nl":
        assert " ".join(plain(referral.referral.get("nl")).split())[:40] in whole


def test_brochures_for_every_age_group_and_language(example_site: Path):
    huis, _ = building.load(sitebuild.ROOT, sitebuild.DAY)
    for language in huis.languages:
        for group in ("0-3", "3-12", "12-plus"):
            for variant in ("a4-kantoor", "a5-drukker"):
                assert (example_site / f"drukwerk/brochure-{group}.{variant}.{language}.pdf").is_file()
    nl = " ".join(text_of(example_site / "drukwerk/brochure-0-3.a5-drukker.nl.pdf").split())
    assert "Voor gezinnen met kinderen van 0 tot 3 jaar" in nl and "Vaste activiteiten" in nl
    assert "Stand van" in nl
    babies = [p.name for p in huis.partners.values() if "0-3" in p.offer.audience.bands()]
    assert babies and all(name in nl for name in babies)
    others = [
        p.name for p in huis.partners.values() if not p.offer.audience.bands() & {"kinderwens", "prenataal", "0-3"}
    ]
    assert others and [name for name in others if name in nl] == []
    ar = text_of(example_site / "drukwerk/brochure-0-3.a5-drukker.ar.pdf")
    assert "لديها أطفال" in ar  # the title (pdftotext breaks lam-alef ligatures, so words without one)
    # A partner text not translated into Arabic is printed in Dutch, marked as the site marks it.
    assert "النص باللغة الهولندية" in ar


def test_a_very_long_entry_shrinks_then_ends_inside_its_box(tmp_path: Path):
    huis, _ = building.load(sitebuild.ROOT, sitebuild.DAY)
    plan = registry.plan(huis, sitebuild.SITE_URL)
    spec = next(i.spec for i in plan if i.path == "drukwerk/wie-is-wie.a5-drukker.nl.pdf")
    section = dict(spec["sections"][0])
    entry = {**section["entries"][0], "name": "Heel lange naam " * 12, "text": "Een heel lange beschrijving. " * 200}
    spec = {**spec, "sections": [{**section, "entries": [entry]}]}
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(booklets.draw(spec))
    text = text_of(pdf)
    assert "..." in text  # the ellipsis, as NFKC writes it
    assert text.count("Een heel lange beschrijving") < 100  # cut, not printed beyond its box
