"""Former ids: messages about `vorige_ids`, the warning for a published id that vanished, and the
old addresses that keep answering (redirect pages, copies of feeds and PDFs)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from testkit.sitebuild import ROOT, git, site_file
from tests.feeds.test_published import FIXTURE
from tests.sources.test_messages import ACTS, CB_FICHE, FICHE, problems_after, replace
from zondermuren import build
from zondermuren.options import Options
from zondermuren.sources import reading

CASES = {
    "former-id-still-live": (
        [replace(ACTS, "  - id: babyspel\n", "  - id: babyspel\n    vorige_ids: [voorleesuur]\n")],
        [
            "partners/bib-noorddorp/activiteiten.yml:14:18: activiteiten[2].vorige_ids[1]: vorige code is nog in "
            "gebruik (verwacht een code die niet meer bestaat, gevonden 'voorleesuur', de code van een activiteit die "
            "nog op de site staat) — verwijder 'voorleesuur' uit vorige_ids: een code hoort bij één activiteit"
        ],
    ),
    "former-id-is-own-id": (
        [replace(ACTS, "  - id: babyspel\n", "  - id: babyspel\n    vorige_ids: [babyspel]\n")],
        [
            "partners/bib-noorddorp/activiteiten.yml:14:18: activiteiten[2].vorige_ids[1]: vorige code is de huidige "
            "code (verwacht een oude code, gevonden 'babyspel') — verwijder 'babyspel' uit vorige_ids"
        ],
    ),
    "former-id-claimed-twice": (
        [
            replace(ACTS, "  - id: babyspel\n", "  - id: babyspel\n    vorige_ids: [peuterspel]\n"),
            replace(ACTS, "  - id: voorleesuur\n", "  - id: voorleesuur\n    vorige_ids: [peuterspel]\n"),
        ],
        [
            "partners/bib-noorddorp/activiteiten.yml:15:18: activiteiten[2].vorige_ids[1]: vorige code twee keer "
            "gebruikt (verwacht één nieuwe plaats voor 'peuterspel', gevonden ook in "
            "partners/bib-noorddorp/activiteiten.yml) — oude links kunnen maar naar één pagina gaan: laat de code bij "
            "één van beide staan"
        ],
    ),
    "former-location-id-still-live": (
        [replace(CB_FICHE, "  - id: stationsplein\n", "  - id: stationsplein\n    vorige_ids: [kerkstraat]\n")],
        None,  # filled in below from the fixture's line numbers
    ),
}


def test_former_location_id_message(tmp_path: Path):
    found = [str(p) for p in problems_after(tmp_path, *CASES["former-location-id-still-live"][0])]
    assert len(found) == 1 and re.fullmatch(
        r"partners/cb-zuiddorp/fiche\.yml:\d+:\d+: locaties\[\d\]\.vorige_ids\[1\]: vorige code is nog in gebruik "
        r"\(verwacht een code die niet meer bestaat, gevonden 'kerkstraat', de code van een locatie die nog op de "
        r"site staat\) — verwijder 'kerkstraat' uit vorige_ids: een code hoort bij één locatie",
        found[0],
    ), found


@pytest.mark.parametrize("name", [k for k, (_, expected) in CASES.items() if expected is not None])
def test_former_id_messages(name: str, tmp_path: Path):
    edits, expected = CASES[name]
    assert [str(p) for p in problems_after(tmp_path, *edits)] == expected


@pytest.fixture
def repo(published: Path) -> Path:
    """The minimal Huis as the first commit of its repository (tests/conftest.py)."""
    return published


TODAY = dt.date(2026, 11, 23)
VANISHED = (
    "partners/bib-noorddorp/activiteiten.yml:1:1: vorige_ids: activiteit 'voorleesuur' is verdwenen, maar stond al "
    "op de site (verwacht 'voorleesuur' onder vorige_ids van de activiteit die nu die plaats inneemt, gevonden "
    "nergens) — hernoemd? zet 'vorige_ids: [voorleesuur]' bij de nieuwe activiteit: oude affiches, QR-codes en "
    "agenda's blijven dan werken; bewust geschrapt? dan is er niets te doen"
)


def _rename(root: Path, new: str) -> None:
    path = root / FICHE.replace("fiche.yml", "activiteiten.yml")
    path.write_text(path.read_text("utf-8").replace("  - id: voorleesuur\n", new), "utf-8")


def test_a_published_activity_renamed_without_former_id_warns(repo: Path):
    _rename(repo, "  - id: voorlezen\n")
    assert [str(p) for p in reading.check(repo, TODAY).problems] == [VANISHED]
    git(repo, "commit", "-q", "-am", "Hernoemd")  # and the nightly build after the merge says it too
    assert [str(p) for p in reading.check(repo, TODAY).problems] == [VANISHED]


def test_a_rename_with_its_former_id_or_an_activity_that_is_over_does_not_warn(repo: Path):
    _rename(repo, "  - id: voorlezen\n    vorige_ids: [voorleesuur]\n")
    assert reading.check(repo, TODAY).problems == []
    _rename(repo, "  - id: voorlezen\n")  # (undo) then: the activity is over when it goes
    assert reading.check(repo, dt.date(2027, 3, 1)).problems == []


def test_a_renamed_partner_folder_keeps_its_old_addresses(repo: Path, tmp_path: Path):
    """Folder renamed with vorige_ids: no warning (its locations moved along), and in the build the old
    partner page redirects in every language and the old partner feed is the new one."""
    (repo / "partners" / "cb-zuiddorp").rename(repo / "partners" / "cb-zuid")
    fiche = repo / "partners" / "cb-zuid" / "fiche.yml"
    text = re.sub(
        r"^naam: (.*)$", r"naam: \1\nvorige_ids: [cb-zuiddorp]", fiche.read_text("utf-8"), count=1, flags=re.M
    )
    fiche.write_text(text, "utf-8")
    for path in (repo / "partners").glob("*/activiteiten.yml"):
        path.write_text(path.read_text("utf-8").replace("cb-zuiddorp", "cb-zuid"), "utf-8")
    assert [str(p) for p in reading.check(repo, TODAY).problems] == []
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "content", docs, ignore=shutil.ignore_patterns("*.md", ".zondermuren-pages"))
    prepared = build.prepare(repo, docs, Options(TODAY, "https://huis.example.org/", with_print=False))
    for language, prefix in (("nl", ""), ("fr", "fr/"), ("ar", "ar/")):
        page = prepared.files[f"{prefix}partners/cb-zuiddorp/index.html"]
        assert isinstance(page, bytes)
        text = page.decode()
        assert f'<html lang="{language}"' in text and '<meta name="robots" content="noindex">' in text
        assert f'<link rel="canonical" href="https://huis.example.org/{prefix}partners/cb-zuid/">' in text
        target = re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', text)
        assert target and (Path("/") / f"{prefix}partners/cb-zuiddorp" / target[1]).resolve() == Path(
            f"/{prefix}partners/cb-zuid"
        )
    for feed in ("feeds/partner-cb-zuiddorp.ics", "feeds/fr/partner-cb-zuiddorp.ics"):
        assert prepared.files[feed] == prepared.files[feed.replace("cb-zuiddorp", "cb-zuid")]


def test_the_examples_renamed_activity_answers_at_its_old_address(example_site: Path, example_url: str, browser):
    """The weekend got a new id; its old page (followed in Chromium), feed and posters still answer."""
    old, new = "weekend-jonge-ouders", "weekend-aanstaande-ouders"
    page = browser.new_page()
    for prefix in ("", "ar/"):
        response = page.goto(f"{example_url}{prefix}activiteiten/{old}/")
        page.wait_for_url(f"**/{prefix}activiteiten/{new}/")
        assert response is not None and response.status == 200
        assert page.locator("h1").first.inner_text().strip()
        assert site_file(example_site, f"/{prefix}activiteiten/{new}/") is not None
    page.close()
    assert (example_site / f"feeds/activiteit-{old}.ics").read_bytes() == (
        example_site / f"feeds/activiteit-{new}.ics"
    ).read_bytes()
    posters = sorted((example_site / "drukwerk" / "gezinsbond-beekdonk").glob(f"*{new}*.pdf"))
    assert posters
    for poster in posters:
        old_poster = poster.with_name(poster.name.replace(new, old, 1))
        assert old_poster.read_bytes() == poster.read_bytes()


def test_redirect_pages_are_out_of_the_sitemap_and_the_search_index(example_site: Path):
    sitemap = (example_site / "sitemap.xml").read_text("utf-8")
    assert "weekend-jonge-ouders" not in sitemap and "weekend-aanstaande-ouders" in sitemap
    # Search (Pagefind) reads only pages marked data-pagefind-body: the redirect is a plain file.
    redirect = (example_site / "activiteiten" / "weekend-jonge-ouders" / "index.html").read_bytes()
    assert b"data-pagefind-body" not in redirect and b"weekend-aanstaande-ouders" in redirect


def test_no_history_in_a_copy_gives_no_vanished_warning(tmp_path: Path):
    copy = tmp_path / "kopie"
    shutil.copytree(FIXTURE, copy)
    _rename(copy, "  - id: voorlezen\n")
    assert reading.check(copy, TODAY).problems == []
    assert subprocess.run(["git", "-C", str(copy), "rev-parse"], capture_output=True).returncode != 0
