"""Print as a print shop and a passer-by meet it: PDFs rendered to pixels, QR codes scanned back.

pdftoppm (poppler) renders a page like a print preview, zbarimg (zbar) scans it like a phone,
pdfinfo and pdffonts read what a print shop's preflight reads.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PIL import Image, ImageChops, ImageOps, ImageStat

from testkit import sitebuild
from zondermuren import build
from zondermuren.drawing.formats import BLEED, PT_PER_MM, shop
from zondermuren.drawing.sheet import Sheet
from zondermuren.model import building
from zondermuren.options import from_environment
from zondermuren.printing import pdfs, registry, warnings
from zondermuren.printing.specs import PrintItem

MM = PT_PER_MM


def pixels(pdf: Path, target: Path, dpi: int = 150) -> Path:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(pdf), str(target)], check=True)
    return target.with_suffix(".png")


def scan(png: Path) -> list[str]:
    found = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True)
    return found.stdout.split()


def boxes(pdf: Path) -> dict[str, list[float]]:
    info = subprocess.run(["pdfinfo", "-box", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {m[1]: [float(v) for v in m[2].split()] for m in re.finditer(r"^(\w+Box):\s+(.+)$", info, re.M)}


def page_of(site: Path, url: str, site_url: str) -> Path:
    assert url.startswith(site_url), url
    return site / urlsplit(url).path.lstrip("/") / "index.html"


@pytest.fixture(scope="module")
def plan(example_url: str, example_site: Path) -> list[PrintItem]:
    # The copy the example was built from (no git history: "stand van" is the build's day there too).
    huis, _ = building.load(example_site.parent / "project", sitebuild.DAY)
    return registry.plan(huis, example_url)


# The example renamed one activity (vorige_ids): its PDFs are published at the old name as well.
FORMER = ("weekend-aanstaande-ouders", "weekend-jonge-ouders")


def _current(path: str) -> str:
    return path.replace(FORMER[1], FORMER[0])


def test_every_print_item_is_published_as_a_pdf(example_site: Path, plan: list[PrintItem]):
    found = sorted(p.relative_to(example_site).as_posix() for p in (example_site / "drukwerk").rglob("*.pdf"))
    published = [path for path in found if FORMER[1] not in path]
    assert published == sorted(item.path for item in plan)
    copies = [path for path in found if FORMER[1] in path]
    assert copies and all((example_site / path).read_bytes() == (example_site / _current(path)).read_bytes()
                          for path in copies)  # fmt: skip
    kinds = {item.kind for item in plan}
    assert kinds == {"affiche", "raamsticker", "raamsticker-binnenkant", "naambord", "wie-is-wie", "brochure"} | {
        "campagne", "campagne-affiche", "maandoverzicht"}  # fmt: skip
    assert all((example_site / path).read_bytes().startswith(b"%PDF-") for path in published)


@pytest.mark.parametrize(
    "path",
    [
        "drukwerk/bibliotheek-lindevelde/affiche-voorleesuurtje-lindevelde.a4-drukker.nl.pdf",
        "drukwerk/bibliotheek-lindevelde/affiche-voorleesuurtje-lindevelde.a4-drukker.ar.pdf",
        "drukwerk/bibliotheek-lindevelde/raamsticker.15x15-drukker.nl.pdf",
        "drukwerk/bibliotheek-lindevelde/naambord-hoofdbib.a4-drukker.nl.pdf",
    ],
)
def test_qr_code_scans_to_a_page_of_the_site(example_site: Path, example_url: str, tmp_path: Path, path: str):
    codes = scan(pixels(example_site / path, tmp_path / "page"))
    assert len(codes) == 1, codes
    assert page_of(example_site, codes[0], example_url).is_file()
    if ".ar." in path:
        assert "/ar/activiteiten/voorleesuurtje-lindevelde/" in codes[0]


def test_inside_sticker_is_the_outside_sticker_mirrored(example_site: Path, example_url: str, tmp_path: Path):
    """Stuck inside the window, printed side on the glass: from the street it must look like the other."""
    folder = example_site / "drukwerk/bibliotheek-lindevelde"
    outside = Image.open(pixels(folder / "raamsticker.15x15-drukker.nl.pdf", tmp_path / "outside", dpi=72)).convert("L")
    inside = Image.open(
        pixels(folder / "raamsticker-binnenkant.15x15-drukker.nl.pdf", tmp_path / "inside", dpi=72)
    ).convert("L")

    # Compared on a coarse grid: the two renderings differ by anti-aliasing, not by content.
    def difference(a: Image.Image, b: Image.Image) -> float:
        small = (60, 60)
        return ImageStat.Stat(ImageChops.difference(a.resize(small, Image.BOX), b.resize(small, Image.BOX))).mean[0]

    assert difference(outside, ImageOps.mirror(inside)) < 1.5
    assert difference(outside, inside) > 3 * difference(outside, ImageOps.mirror(inside))  # it really is mirrored
    (code,) = scan(tmp_path / "inside.png")
    assert code == example_url + "partners/bibliotheek-lindevelde/"


@pytest.mark.parametrize(
    ("path", "trim_mm"),
    [
        ("drukwerk/bibliotheek-lindevelde/affiche-voorleesuurtje-lindevelde.a4-drukker.nl.pdf", (210, 297)),
        ("drukwerk/bibliotheek-lindevelde/raamsticker.15x15-drukker.nl.pdf", (150, 150)),
        ("drukwerk/bibliotheek-lindevelde/naambord-hoofdbib.a4-drukker.nl.pdf", (297, 210)),
    ],
)
def test_print_shop_boxes_bleed_and_crop_marks(example_site: Path, tmp_path: Path, path: str, trim_mm: tuple):
    found = boxes(example_site / path)
    trim, bleed, media = found["TrimBox"], found["BleedBox"], found["MediaBox"]
    assert trim[2] - trim[0] == pytest.approx(trim_mm[0] * MM, abs=0.1)
    assert trim[3] - trim[1] == pytest.approx(trim_mm[1] * MM, abs=0.1)
    assert [round(b - t, 1) for b, t in zip(bleed, trim, strict=True)] == [
        round(-BLEED * MM, 1),
        round(-BLEED * MM, 1),
        round(BLEED * MM, 1),
        round(BLEED * MM, 1),
    ]
    assert media[2] > bleed[2] + 5 * MM  # room outside the bleed for the crop marks
    # Crop marks: dark lines in the slug, in line with the trim edge, and nothing else out there.
    image = Image.open(pixels(example_site / path, tmp_path / "marks", dpi=72)).convert("L")
    trim_x = round(trim[0])
    top_slug = [image.getpixel((trim_x, y)) for y in range(0, round(media[3] - bleed[3]) - 2)]
    assert min(top_slug) < 100
    assert image.getpixel((2, 2)) > 250


def test_fonts_are_embedded_and_text_is_real_text(example_site: Path):
    for name in (
        "affiche-voorleesuurtje-lindevelde.a4-drukker.nl.pdf",
        "affiche-voorleesuurtje-lindevelde.a4-drukker.ar.pdf",
    ):
        pdf = example_site / "drukwerk/bibliotheek-lindevelde" / name
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        rows = fonts.splitlines()[2:]
        assert rows and all(" yes yes yes " in row for row in rows), fonts
    nl = subprocess.run(
        [
            "pdftotext",
            str(example_site / "drukwerk/bibliotheek-lindevelde/affiche-voorleesuurtje-lindevelde.a4-drukker.nl.pdf"),
            "-",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Voorleesuurtje" in nl and "Wanneer" in nl and "Huis van het Kind Zesdorpen" in nl
    ar = subprocess.run(
        [
            "pdftotext",
            str(example_site / "drukwerk/bibliotheek-lindevelde/affiche-voorleesuurtje-lindevelde.a4-drukker.ar.pdf"),
            "-",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "ساعة الحكايات" in unicodedata.normalize("NFKC", ar)


def test_site_links_each_poster_and_the_print_page(example_site: Path):
    activity = (example_site / "ar/activiteiten/voorleesuurtje-lindevelde/index.html").read_text("utf-8")
    assert (
        'href="../../../drukwerk/bibliotheek-lindevelde/affiche-voorleesuurtje-lindevelde.a4-kantoor.ar.pdf"'
        in activity
    )
    # Every PDF is linked from the print page of its partner (the Huis's booklets from the Drukwerk
    # page), and the Drukwerk page leads to those pages; each partner page links its print page.
    linked = set()
    for partner in (example_site / "drukwerk").glob("*/index.html"):
        html = partner.read_text("utf-8")
        linked |= set(re.findall(r'href="\.\./\.\./(drukwerk/[^"]+\.pdf)"', html))
    listing = (example_site / "drukwerk/index.html").read_text("utf-8")
    linked |= set(re.findall(r'href="\.\./(drukwerk/[^"/]+\.pdf)"', listing))
    published = {p.relative_to(example_site).as_posix() for p in (example_site / "drukwerk").rglob("*.pdf")}
    assert linked == {path for path in published if FORMER[1] not in path}  # old names are for old QR codes
    assert 'href="../drukwerk/bibliotheek-lindevelde/"' in listing
    partners = list((example_site / "partners").glob("*/index.html"))
    assert len(re.findall(r'<li><a href="\.\./drukwerk/[a-z0-9-]+/">', listing)) == len(partners)
    for partner in partners:
        slug = partner.parent.name
        assert f'href="../../drukwerk/{slug}/"' in partner.read_text("utf-8"), slug
    assert '<meta name="robots" content="noindex">' in listing


def test_print_page_is_accessible(browser, example_url: str):
    from tests.support.browsing import axe_violations

    page = browser.new_page(viewport={"width": 375, "height": 800})
    page.goto(example_url + "drukwerk/")
    assert axe_violations(page) == []
    page.goto(example_url + "ar/drukwerk/")
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.evaluate("getComputedStyle(document.querySelector('.md-content')).direction") == "rtl"
    assert axe_violations(page) == []
    page.close()


def _subset(huis_root: Path) -> list[PrintItem]:
    huis, _ = building.load(huis_root, sitebuild.DAY)
    return [i for i in registry.plan(huis, "https://huis.example.org/") if i.partner == "bibliotheek-lindevelde"]


@pytest.mark.build  # draws a Huis's print
def test_nothing_is_drawn_again_when_nothing_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("ZONDERMUREN_CACHE", raising=False)
    project = sitebuild.copy_project(tmp_path / "project")
    first = pdfs.publish(_subset(project), tmp_path / "cache")
    assert (len(first.drawn), first.reused) == (len(first.files), 0)
    again = pdfs.publish(_subset(project), tmp_path / "cache")
    assert (again.drawn, again.reused) == ([], len(first.files))
    # One activity's Dutch title changes: only its Dutch posters are drawn again (A4, A3, both variants).
    activities = project / "partners/bibliotheek-lindevelde/activiteiten.yml"
    activities.write_text(activities.read_text("utf-8").replace("nl: Voorleesuurtje", "nl: Voorleesuur"), "utf-8")
    changed = pdfs.publish(_subset(project), tmp_path / "cache")
    poster = "drukwerk/bibliotheek-lindevelde/affiche-voorleesuurtje-lindevelde"
    assert changed.drawn == [
        f"{poster}.{size}.nl.pdf" for size in ("a4-kantoor", "a4-drukker", "a3-kantoor", "a3-drukker")
    ]
    # The replaced PDF is removed from the cache; everything in use stays.
    assert sorted(p.name for p in (tmp_path / "cache").glob("*.pdf")) == sorted(p.name for p in changed.files.values())


# An embedded picture that is not one: the site shows the SVG, the PDF maker cannot read it.
BROKEN = '<image href="data:image/png;base64,iVBORw0KGgo=" width="5" height="5"/>'
BROKEN_LOGO = (
    "partners/bibliotheek-lindevelde/fiche.yml:{line}:7: logo: logo kan niet op het drukwerk (verwacht een SVG, PNG of "
    "JPG die de PDF-maker kan lezen, gevonden een fout: UnidentifiedImageError: cannot identify image file "
    "een ingesloten afbeelding); zonder dit logo gemaakt: drukwerk/bibliotheek-lindevelde/affiche-boekbabys-eikelare.a3-drukker.nl.pdf, "
    "drukwerk/bibliotheek-lindevelde/affiche-boekbabys-eikelare.a3-kantoor.nl.pdf, "
    "drukwerk/bibliotheek-lindevelde/affiche-boekbabys-eikelare.a4-drukker.nl.pdf en nog {more} — bewaar het logo opnieuw als "
    "PNG of als eenvoudige SVG zonder ingesloten afbeeldingen"
)


@pytest.mark.build  # draws the print of 72 items, twice: scheduled with the long steps (tests/conftest.py, _lane)
def test_a_logo_that_cannot_be_printed_is_left_out_and_reported_in_every_build(example_site: Path, tmp_path: Path):
    """In-process (the hook prints these warnings as they are): the build's print step, twice.

    Depends on the example build only so that the run's print cache holds the example's print: only
    the items with the changed logo are drawn (a cold cache draws the whole example, a minute and more).

    Only the print step (build.publish_prints, which build.prepare and the CLI call): writing the
    site's pages adds seconds and nothing to what is checked here.
    """
    project = sitebuild.copy_project(tmp_path / "project")
    logo = project / "partners/bibliotheek-lindevelde/logo.svg"
    logo.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">{BROKEN}</svg>')
    line = next(n for n, text in enumerate((logo.parent / "fiche.yml").read_text().splitlines(), 1) if "logo:" in text)
    options = replace(from_environment(sitebuild.SITE_URL), today=sitebuild.DAY)
    huis, _ = building.load(project, sitebuild.DAY)
    plan = registry.plan(huis, options.site_url)
    # 72 items show the library's logo: its stickers, plates and posters (both variants, posters in
    # A4 and A3), and posters it co-organises.
    for round in range(2):  # the second build takes the PDFs from the cache and still says it
        printed, warnings = build.publish_prints(project, huis, plan, options)
        assert round == 0 or not printed.drawn
        assert BROKEN_LOGO.format(line=line, more=69) in [str(p) for p in warnings]
    sticker = printed.files["drukwerk/bibliotheek-lindevelde/raamsticker.15x15-drukker.nl.pdf"]
    assert isinstance(sticker, Path) and scan(pixels(sticker, tmp_path / "s"))


@pytest.mark.build  # draws 2 name plates
def test_a_logo_left_off_is_said_at_its_own_fiche_when_the_pdf_was_drawn_in_another_folder(tmp_path: Path):
    """The cache knows a PDF by the bytes of its logos, not their paths: a project in another folder
    (moved, or on another runner, with the cache restored) takes the PDF, and the warning must name
    that project's fiche, not fall back to huis.yml."""
    cache = tmp_path / "cache"
    found = {}
    for folder in ("eerst", "daarna"):
        project = sitebuild.copy_project(tmp_path / folder / "project")
        logo = project / "partners/bibliotheek-lindevelde/logo.svg"
        logo.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">{BROKEN}</svg>')
        huis, _ = building.load(project, sitebuild.DAY)
        plan = registry.plan(huis, sitebuild.SITE_URL)
        plates = [i for i in plan if i.path.startswith("drukwerk/bibliotheek-lindevelde/naambord-hoofdbib.")]
        printed = pdfs.publish(plates, cache, prune=False)
        assert len(printed.files) == len(plates) == 2
        (warning,) = warnings.located(project, huis, plates, printed)
        found[folder] = (len(printed.drawn), warning.file, warning.field, sorted(printed.unreadable) == [str(logo)])
    assert found == {
        "eerst": (2, "partners/bibliotheek-lindevelde/fiche.yml", "logo", True),
        "daarna": (0, "partners/bibliotheek-lindevelde/fiche.yml", "logo", True),
    }
    # A cache from before names the logo by its path: still read, never a traceback.
    for note in cache.glob("*.json"):
        note.write_text(json.dumps([[str(logo), "UnidentifiedImageError: oud"]]), "utf-8")
    again = pdfs.publish(plates, cache, prune=False)
    assert again.unreadable == {str(logo): ("UnidentifiedImageError: oud", [i.path for i in plates])}


def test_long_text_shrinks_then_ends_with_an_ellipsis_inside_its_box(tmp_path: Path):
    sheet = Sheet(shop((210, 297)), rtl=False, title="t", language="nl")
    used = sheet.text("Een heel lange titel " * 40, 10, 10, 190, 40, size=40, smallest=20, bold=True)
    assert used <= 40
    (tmp_path / "long.pdf").write_bytes(sheet.output())
    text = subprocess.run(["pdftotext", str(tmp_path / "long.pdf"), "-"], capture_output=True, text=True).stdout
    assert text.strip().endswith("…")
    assert shutil.which("pdftoppm")


@pytest.mark.build  # draws a Huis's print
def test_print_command_writes_every_pdf_without_building_the_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from zondermuren import cli

    monkeypatch.setenv("ZONDERMUREN_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("ZONDERMUREN_SITE_URL", "https://testdorp.example.org/")
    monkeypatch.setenv("ZONDERMUREN_TODAY", sitebuild.TODAY)  # the month overviews follow the day
    project = sitebuild.copy_project(tmp_path / "project", sitebuild.FIXTURES / "minimal")
    assert cli.main(["--map", str(project), "drukwerk", "--uit", str(tmp_path / "uit")]) == 0
    written = sorted(p.relative_to(tmp_path / "uit").as_posix() for p in (tmp_path / "uit").rglob("*.pdf"))
    huis, _ = building.load(project, sitebuild.DAY)
    assert written == sorted(i.path.removeprefix("drukwerk/") for i in registry.plan(huis, "https://x/"))
    (code,) = scan(pixels(tmp_path / "uit/bib-noorddorp/raamsticker.a4-kantoor.nl.pdf", tmp_path / "s"))
    assert code == "https://testdorp.example.org/partners/bib-noorddorp/"


@pytest.mark.build
def test_print_can_be_left_out_of_a_quick_preview(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("ZONDERMUREN_DRUKWERK", "uit")
    project = sitebuild.copy_project(tmp_path / "project", sitebuild.FIXTURES / "xss")
    site = tmp_path / "site"
    with sitebuild.environ(sitebuild.settings(with_print=False)):  # in-process: what the hook does
        sitebuild.build_in_process(project, site)
    assert (site / "partners/xss-partner/index.html").is_file()
    assert not (site / "drukwerk").exists()
    assert "drukwerk" not in (site / "partners/xss-partner/index.html").read_text("utf-8")
