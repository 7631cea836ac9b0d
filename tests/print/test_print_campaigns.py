"""Campaign flyers and posters, and month overviews: read as a preflight (pdfinfo), a phone (zbarimg)
and a reader (pdftotext) read them, on the shared example build; busy cases drawn in-process."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from testkit import sitebuild
from tests.print.test_print import boxes, page_of, pixels, scan
from tests.print.test_print_variants import MM, size_mm, text_of
from zondermuren.i18n import Translator, available
from zondermuren.model import building, months, schedule
from zondermuren.model.huis import Huis
from zondermuren.printing import pdfs, registry
from zondermuren.printing.layouts import months as monthsheet
from zondermuren.printing.plans import campaigns
from zondermuren.printing.plans import months as overview
from zondermuren.printing.specs import PrintItem

WEEK = "week-van-de-opvoeding"
FLYER = f"drukwerk/campagne-{WEEK}"
POSTER = f"drukwerk/campagne-affiche-{WEEK}"
MONTH = "drukwerk/maandoverzicht-2026-12"
NEW_KINDS = ("campagne", "campagne-affiche", "maandoverzicht")


@pytest.fixture(scope="module")
def huis() -> Huis:
    huis, _ = building.load(sitebuild.ROOT, sitebuild.DAY)
    return huis


@pytest.fixture(scope="module")
def plan(huis: Huis) -> list[PrintItem]:
    return registry.plan(huis, sitebuild.SITE_URL)  # the example build's address, without waiting for it


def _titles(huis: Huis, key: str) -> set[str]:
    coming = schedule.upcoming(schedule.all_occurrences(huis.activities), huis.today)
    return {o.activity.title.get("nl") for o in coming if key in o.activity.campaigns}


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    "path",
    [
        f"{FLYER}.a4-kantoor.nl.pdf",
        f"{FLYER}.a4-drukker.ar.pdf",
        f"{POSTER}.a3-kantoor.ar.pdf",
        f"{POSTER}.a3-drukker.nl.pdf",
        f"{MONTH}.a4-kantoor.nl.pdf",
        f"{MONTH}-heidegem.a4-drukker.ar.pdf",
    ],
)
def test_qr_code_of_the_new_kinds_scans_to_a_page_of_the_site(
    example_site: Path, example_url: str, tmp_path: Path, path: str
):
    codes = scan(pixels(example_site / path, tmp_path / "page", dpi=200))
    assert len(codes) == 1, codes
    assert page_of(example_site, codes[0], example_url).is_file(), codes[0]
    language = "ar/" if ".ar." in path else ""
    page = "kalender/2026-12/" if "maandoverzicht" in path else f"campagnes/{WEEK}/"
    assert codes[0] == f"{example_url}{language}{page}"


@pytest.mark.parametrize(
    ("path", "paper"),
    [(f"{FLYER}.a4-kantoor.nl.pdf", (210, 297)), (f"{POSTER}.a3-kantoor.ar.pdf", (297, 420)),
     (f"{MONTH}.a4-kantoor.nl.pdf", (297, 210)), (f"{MONTH}-lindevelde.a4-kantoor.ar.pdf", (297, 210))],
)  # fmt: skip
def test_office_files_are_exactly_the_paper(example_site: Path, path: str, paper: tuple[int, int]):
    found = boxes(example_site / path)
    assert size_mm(found["MediaBox"]) == paper
    for name in ("TrimBox", "BleedBox", "CropBox"):  # no box smaller than the paper
        assert found[name] == found["MediaBox"], name


@pytest.mark.parametrize(
    ("path", "trim"),
    [(f"{FLYER}.a4-drukker.ar.pdf", (210, 297)), (f"{POSTER}.a3-drukker.nl.pdf", (297, 420)),
     (f"{MONTH}.a4-drukker.nl.pdf", (297, 210))],
)  # fmt: skip
def test_print_shop_files_have_the_a_size_as_trim_and_3_mm_bleed(example_site: Path, path: str, trim):
    found = boxes(example_site / path)
    assert size_mm(found["TrimBox"]) == trim
    assert [round((b - t) / MM, 1) for b, t in zip(found["BleedBox"], found["TrimBox"], strict=True)] == [-3, -3, 3, 3]


@pytest.mark.parametrize("stem", [FLYER, POSTER])
def test_the_flyer_has_every_activity_of_its_campaign_and_none_of_another(example_site: Path, huis: Huis, stem: str):
    week, play = _titles(huis, WEEK), _titles(huis, "buitenspeeldag")
    assert len(week) > 10 and play  # the example has both
    size = "a4" if stem == FLYER else "a3"
    shown = _flat(text_of(example_site / f"{stem}.{size}-kantoor.nl.pdf"))
    assert [title for title in week if title not in shown] == []
    assert [title for title in play if title in shown] == []
    other = _flat(text_of(example_site / f"{stem.replace(WEEK, 'buitenspeeldag')}.{size}-drukker.nl.pdf"))
    assert [title for title in play if title not in other] == []
    assert [title for title in week if title in other] == []
    assert "Stand van" in shown and "Week van de Opvoeding" in shown


def test_only_the_huis_logo_and_no_flyer_for_a_campaign_without_dates(plan: list[PrintItem]):
    mine = [item for item in plan if item.kind in campaigns.KINDS]
    assert {item.key for item in mine} == {WEEK, "buitenspeeldag"}  # 'dag-van-de-oudere' has no dates
    assert all("partner_logo" not in item.spec and "partner_logos" not in item.spec for item in mine)
    assert {(item.kind, item.size) for item in mine} == {("campagne", "a4"), ("campagne-affiche", "a3")}


def test_month_overviews_for_the_coming_three_months_per_huis_and_municipality(huis: Huis, plan):
    found = {item.key for item in plan if item.kind == "maandoverzicht"}
    assert {"2026-11", "2026-12", "2027-01"} <= found
    assert all(key[:7] in {"2026-11", "2026-12", "2027-01"} for key in found)
    coming = schedule.upcoming(schedule.all_occurrences(huis.activities), huis.today)
    for town in huis.municipalities.values():  # a municipality's own overview only when it has dates
        dated = any(o.date.month == 12 and o.activity.place.address.municipality is town for o in coming)
        assert (f"2026-12-{town.id}" in found) == dated, town.id


def test_the_overview_lists_or_counts_every_date_of_its_month(example_site: Path, huis: Huis, plan):
    # Issue 24: no type under 7 pt, so the example's busiest days show what fits and "+N meer"
    # (before, every date fitted at 5.5 pt): each date is printed or counted in its day's "+N".
    coming = schedule.upcoming(schedule.all_occurrences(huis.activities), huis.today)
    december = {o.activity.title.get("nl") for o in coming if (o.date.year, o.date.month) == (2026, 12)}
    (spec,) = [i.spec for i in plan if i.path == f"{MONTH}.a4-kantoor.nl.pdf"]
    entries = [entry for week in spec["weeks"] for day in week if day["in"] for entry in day["entries"]]
    assert {title for title in december if not any(title in entry for entry in entries)} == set()
    shown = _flat(text_of(example_site / f"{MONTH}.a4-kantoor.nl.pdf"))
    counted = sum(int(n) for n in re.findall(r"\+(\d+) meer", shown))
    assert sum(shown.count(entry) for entry in set(entries)) + counted == len(entries)
    assert "Stand van" in shown and "zondermuren.test/kalender/2026-12/" in shown


def test_campaign_page_and_drukwerk_page_link_the_new_items(example_site: Path):
    page = (example_site / f"campagnes/{WEEK}/index.html").read_text("utf-8")
    assert f"campagne-{WEEK}.a4-kantoor.nl.pdf" in page and f"campagne-affiche-{WEEK}.a3-drukker.nl.pdf" in page
    arabic = (example_site / f"ar/campagnes/{WEEK}/index.html").read_text("utf-8")
    assert f"campagne-{WEEK}.a4-kantoor.ar.pdf" in arabic and ".nl.pdf" not in arabic
    empty = (example_site / "campagnes/dag-van-de-oudere/index.html").read_text("utf-8")
    assert ".pdf" not in empty and "Nog geen activiteiten" in empty
    listing = (example_site / "drukwerk/index.html").read_text("utf-8")
    assert f"campagne-affiche-{WEEK}.a3-kantoor.ar.pdf" in listing and "maandoverzicht-2026-12-heidegem" in listing


def test_a_second_build_draws_none_of_the_new_items(example_site: Path, example_url: str):
    """Planned as the build planned: from its copy of the project (no git history: 'stand van' its day)."""
    huis, _ = building.load(example_site.parent / "project", sitebuild.DAY)
    mine = [item for item in registry.plan(huis, example_url) if item.kind in NEW_KINDS]
    again = pdfs.publish(mine, Path(os.environ["ZONDERMUREN_CACHE"]) / "drukwerk", prune=False)
    assert (again.drawn, again.reused) == ([], len(mine))


@pytest.mark.parametrize("path", [f"{FLYER}.a4-drukker.ar.pdf", f"{MONTH}-molenzele.a4-kantoor.ar.pdf"])
def test_fonts_are_embedded(example_site: Path, path: str):
    fonts = subprocess.run(["pdffonts", str(example_site / path)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes yes yes " in row for row in rows), fonts


def test_the_duplex_note_is_in_every_catalogue():
    dutch = Translator("nl")("print.duplex")
    assert "draai om de korte kant" in dutch
    for language in available():
        assert Translator(language)("print.duplex") != dutch or language == "nl", language


# Busy cases, drawn in-process --------------------------------------------------------------------


def _busy_flyer(plan: list[PrintItem], copies: int, language: str = "nl") -> dict:
    sample = next(i for i in plan if i.kind == "campagne" and i.variant == "kantoor" and i.language == language)
    days = [dict(day, places=day["places"] * copies) for day in sample.spec["days"]]
    return {**sample.spec, "days": days}


def test_a_busy_campaign_takes_the_back_of_the_flyer_with_the_duplex_note(plan, tmp_path: Path):
    pdf = tmp_path / "flyer.pdf"
    pdf.write_bytes(registry.draw(_busy_flyer(plan, 2)))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+2$", info, re.M)
    assert "draai om de korte kant" in _flat(text_of(pdf, 1))
    assert "meer op de site" not in _flat(text_of(pdf))  # everything fitted on two pages


def test_a_campaign_too_large_for_two_pages_ends_in_n_more(plan, tmp_path: Path):
    spec = _busy_flyer(plan, 8)
    total = sum(len(place["entries"]) for day in spec["days"] for place in day["places"])
    pdf = tmp_path / "flyer.pdf"
    pdf.write_bytes(registry.draw(spec))
    shown = _flat(text_of(pdf))
    count = re.search(r"\+(\d+) meer op de site", shown)
    assert count, shown[-300:]
    hours = len(re.findall(r"\d\d:\d\d–\d\d:\d\d", shown))
    assert hours + int(count[1]) == total  # what is shown and what is counted add up


def _cell_box(spec: dict, week: int, day: int) -> tuple[float, float, float, float]:
    """The cell of (week, day) on an office overview, in PDF points (x0, y0, x1, y1), left to right."""
    origin, margin = 6.0, monthsheet.SAFE + 2
    width = (297 - 12) - 2 * margin
    top = monthsheet.HEADER + 1.5 + monthsheet.WEEKDAYS
    row = ((210 - 12 - 4) - monthsheet.SAFE - monthsheet.LEGEND - top) / len(spec["weeks"])
    left = origin + margin + day * width / 7
    y = origin + top + week * row
    return tuple(v * MM for v in (left, y, left + width / 7, y + row))  # type: ignore[return-value]


def test_a_full_day_shows_what_fits_and_n_more_inside_its_cell(plan, tmp_path: Path):
    sample = next(i for i in plan if i.kind == "maandoverzicht" and i.key == "2026-12" and i.variant == "kantoor")
    weeks = [[dict(day, entries=[]) for day in week] for week in sample.spec["weeks"]]
    busy = [f"{9 + n // 6:02d}:{n % 6}0–12:00 Speelnamiddag nummer {n} · Beekdonk" for n in range(40)]
    weeks[2][3] = dict(weeks[2][3], entries=busy)
    spec = {**sample.spec, "language": "nl", "weeks": weeks}
    pdf = tmp_path / "month.pdf"
    pdf.write_bytes(registry.draw(spec))
    shown = _flat(text_of(pdf))
    more = re.search(r"\+(\d+) meer", shown)
    assert more and len(re.findall(r"Speelnamiddag", shown)) + int(more[1]) == 40
    assert "„+N meer”" in shown  # the legend says what it means, with the address
    # Every word of the day's dates lies inside its cell (pdftotext -bbox: x, y from the top-left).
    x0, y0, x1, y1 = _cell_box(spec, 2, 3)
    words = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for found in re.finditer(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', words):
        left, top, right, bottom = (float(v) for v in found.groups()[:4])
        if found[5] == "Speelnamiddag" or re.fullmatch(r"\+\d+", found[5]):
            assert x0 <= left and right <= x1 and y0 <= top and bottom <= y1, found.group(0)


def test_whole_days_and_days_of_a_run_in_the_overview(huis: Huis, plan, tmp_path: Path):
    """The example's camps and whole days fall after the coming three months: their months drawn here."""
    found = schedule.all_occurrences(huis.activities)
    sample = plan[0].spec
    common = {key: sample[key] for key in ("huis", "primary", "accent", "huis_logo", "contact")}
    texts = []
    for year, month, town in ((2027, 3, None), (2027, 6, huis.municipalities["eikelare"])):
        grid = months.month_grid(year, month, found if town is None else [
            o for o in found if o.activity.place.address.municipality is town])  # fmt: skip
        spec = overview.sheet_spec(huis, grid, town, "nl", sitebuild.SITE_URL, common)
        shown = {**spec, "variant": "kantoor", "paper": [297, 210], "note": ""}
        (tmp_path / "m.pdf").write_bytes(registry.draw(shown))
        texts.append(_flat(text_of(tmp_path / "m.pdf")))
    march, june = texts
    assert re.search(r"hele dag Jeugdboekenweek[^·]*\(dag 2 van 9\)", march)  # a run of whole days
    # A weekend through the nights: from its start, the whole day between, until its end.
    for text in ("vanaf 18:00 Weekend voor aanstaande ouders (dag 1 van 3)",
                 "hele dag Weekend voor aanstaande ouders (dag 2 van 3)",
                 "tot 14:00 Weekend voor aanstaande ouders (dag 3 van 3)"):  # fmt: skip
        assert text in june
