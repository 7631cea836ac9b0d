"""Printed material that stays findable: QR codes printed before a rename lead to the renamed
pages, and the pages a link is shared from show their Open Graph card.

A sticker and posters are printed from a small Huis (in-process, as a build draws them), then the
partner and its activity get new ids (listing the former ones) and the site is built for real.
The old QR codes, decoded from the old PDFs, are followed in Chromium to the new pages.
"""

from __future__ import annotations

import os
import re
import shutil
from html import unescape
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PIL import Image

from testkit import sitebuild
from testkit.serving import only_languages
from tests.print.test_print import pixels, scan
from tests.support.browsing import SITES
from zondermuren import build
from zondermuren.model import building
from zondermuren.options import Options
from zondermuren.printing import pdfs, registry

SITE = sitebuild.SITE_URL
OLD_PARTNER, NEW_PARTNER = "bib-noorddorp", "bib-noord"
OLD_ACTIVITY, NEW_ACTIVITY = "voorleesuur", "voorlezen"
PRINTED = {  # printed before the rename -> the page its QR code must still lead to
    f"drukwerk/{OLD_PARTNER}/raamsticker.a4-kantoor.nl.pdf": (f"partners/{OLD_PARTNER}/", f"partners/{NEW_PARTNER}/"),
    f"drukwerk/{OLD_PARTNER}/affiche-{OLD_ACTIVITY}.a4-kantoor.nl.pdf": (
        f"activiteiten/{OLD_ACTIVITY}/",
        f"activiteiten/{NEW_ACTIVITY}/",
    ),
    f"drukwerk/{OLD_PARTNER}/affiche-{OLD_ACTIVITY}.a3-drukker.ar.pdf": (
        f"ar/activiteiten/{OLD_ACTIVITY}/",
        f"ar/activiteiten/{NEW_ACTIVITY}/",
    ),
}
ARABIC_TITLE = "ساعة الحكايات"
# The renamed Huis's languages: the two its tests read (left to right and right to left). Not French and
# English too: nothing reads them there, and each language is a quarter of its build and of its print.
LANGUAGES = ("nl", "ar")


def _small_huis(target: Path, languages: tuple[str, ...] = ("nl", "fr", "en", "ar")) -> Path:
    """tests/fixtures/minimal in `languages` (the example's by default), its reading hour also in Arabic."""
    root = target / "huis"
    shutil.copytree(sitebuild.FIXTURES / "minimal", root)
    settings = root / "huis.yml"
    settings.write_text(
        settings.read_text("utf-8").replace("talen: [nl, fr, ar]", f"talen: [{', '.join(languages)}]"), "utf-8"
    )
    activities = root / "partners" / OLD_PARTNER / "activiteiten.yml"
    text = activities.read_text("utf-8").replace(
        "      fr: Heure du conte\n", f"      fr: Heure du conte\n      ar: {ARABIC_TITLE}\n"
    )
    activities.write_text(text, "utf-8")
    return root


def _rename(root: Path) -> None:
    """The partner's folder and the activity get new ids; each lists its former one."""
    folder = root / "partners" / NEW_PARTNER
    (root / "partners" / OLD_PARTNER).rename(folder)
    fiche = folder / "fiche.yml"
    fiche.write_text(
        re.sub(
            r"^naam: (.*)$", rf"naam: \1\nvorige_ids: [{OLD_PARTNER}]", fiche.read_text("utf-8"), count=1, flags=re.M
        ),
        "utf-8",
    )
    activities = folder / "activiteiten.yml"
    activities.write_text(
        activities.read_text("utf-8").replace(
            f"  - id: {OLD_ACTIVITY}\n", f"  - id: {NEW_ACTIVITY}\n    vorige_ids: [{OLD_ACTIVITY}]\n"
        ),
        "utf-8",
    )


@pytest.fixture(scope="module")
def renamed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    """(the Huis after the rename, its built site, the URL decoded from each PDF printed before)."""
    work = tmp_path_factory.mktemp("hernoemd")
    root = _small_huis(work, LANGUAGES)
    huis, _ = building.load(root, sitebuild.DAY)
    before = [item for item in registry.plan(huis, SITE) if item.path in PRINTED]
    assert len(before) == len(PRINTED)
    printed = pdfs.publish(before, work / "oud-drukwerk", prune=False)
    codes = {}
    for number, path in enumerate(PRINTED):
        (code,) = scan(pixels(printed.files[path], work / f"oud-{number}", dpi=100))
        codes[path] = code
    _rename(root)
    # Print on: the old PDF paths answer with copies of the new PDFs.
    project = sitebuild.copy_project(work / "gebouwd" / "project", root)
    only_languages(project, list(LANGUAGES))  # mkdocs.yml's languages follow huis.yml's
    site = work / "gebouwd" / "site"
    result = sitebuild.mkdocs(project, "--site-dir", str(site))
    assert result.returncode == 0, result.stdout + result.stderr
    return root, site, codes


@pytest.mark.build
@pytest.mark.xdist_group("renamed")
def test_qr_codes_printed_before_a_rename_lead_to_the_new_pages(renamed, browser):
    root, site, codes = renamed
    assert codes == {path: SITE + old for path, (old, _) in PRINTED.items()}
    host = urlsplit(SITE).netloc
    previous = SITES.get(host)
    SITES[host] = site
    try:
        page = browser.new_page()
        statuses: dict[str, int] = {}
        page.on("response", lambda response: statuses.__setitem__(response.url, response.status))
        for path, (_, new) in PRINTED.items():
            page.goto(codes[path])
            page.wait_for_url(SITE + new)
            assert statuses[SITE + new] == 200, (path, statuses)
            heading = page.locator("h1").first.inner_text().strip()
            expected = ARABIC_TITLE if new.startswith("ar/activiteiten") else None
            assert heading and (expected is None or heading == expected)
            assert page.locator("html").get_attribute("lang") == ("ar" if new.startswith("ar/") else "nl")
        page.goto(f"{SITE}ar/partners/{OLD_PARTNER}/")  # the partner's old page in Arabic too
        page.wait_for_url(f"{SITE}ar/partners/{NEW_PARTNER}/")
        assert statuses[f"{SITE}ar/partners/{NEW_PARTNER}/"] == 200
        page.close()
    finally:
        if previous is None:
            SITES.pop(host, None)
        else:
            SITES[host] = previous
    # Feeds and PDFs cannot redirect: the current files answer at the old paths.
    for old, new in (
        (f"feeds/activiteit-{OLD_ACTIVITY}.ics", f"feeds/activiteit-{NEW_ACTIVITY}.ics"),
        (f"feeds/ar/activiteit-{OLD_ACTIVITY}.ics", f"feeds/ar/activiteit-{NEW_ACTIVITY}.ics"),
        (f"feeds/partner-{OLD_PARTNER}.ics", f"feeds/partner-{NEW_PARTNER}.ics"),
    ):
        old_file, new_file = sitebuild.site_file(site, old), sitebuild.site_file(site, new)
        assert old_file and new_file and old_file.read_bytes() == new_file.read_bytes(), old
    for path in PRINTED:
        current = path.replace(OLD_PARTNER, NEW_PARTNER).replace(OLD_ACTIVITY, NEW_ACTIVITY)
        old_file, new_file = sitebuild.site_file(site, path), sitebuild.site_file(site, current)
        assert old_file and new_file and old_file.read_bytes() == new_file.read_bytes(), path


CARD_PAGES = ("", f"partners/{NEW_PARTNER}/", f"activiteiten/{NEW_ACTIVITY}/", "campagnes/week-van-de-opvoeding/")


def _meta(html: str, name: str) -> str | None:
    found = re.search(rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)"', html)
    return unescape(found[1]) if found else None


@pytest.mark.build
@pytest.mark.xdist_group("renamed")
@pytest.mark.parametrize("language", ["nl", "ar"])
def test_pages_show_their_open_graph_card(renamed, language: str):
    """Home, partner, activity and campaign page: og:image absolute on site_url, 1200 x 630, and the
    page's title in its language."""
    _, site, _ = renamed
    prefix = "" if language == "nl" else f"{language}/"
    for page in CARD_PAGES:
        file = sitebuild.site_file(site, prefix + page)
        assert file, page
        html = file.read_text("utf-8")
        image = _meta(html, "og:image")
        assert image and image.startswith(SITE), (page, image)
        picture = sitebuild.site_file(site, urlsplit(image).path)
        assert picture, image
        with Image.open(picture) as card:
            assert card.size == (1200, 630)
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
        assert heading and _meta(html, "og:title") == unescape(re.sub(r"<[^>]+>", "", heading[1])).strip()
        assert _meta(html, "og:locale") == ("nl_BE" if language == "nl" else "ar_AR")
        assert _meta(html, "twitter:card") == "summary_large_image"
        assert _meta(html, "og:description")
    activity = sitebuild.site_file(site, f"{prefix}activiteiten/{NEW_ACTIVITY}/")
    assert activity
    assert (_meta(activity.read_text("utf-8"), "og:title") == ARABIC_TITLE) == (language == "ar")


@pytest.mark.build
@pytest.mark.xdist_group("renamed")
def test_a_build_with_no_change_draws_no_preview_and_no_card(renamed, tmp_path: Path):
    """After the real build of the fixture, the engine's build step on the same Huis and cache (the
    run's, conftest) draws no PDF, no preview and no card: every one comes from the cache."""
    root, site, _ = renamed
    cache = Path(os.environ["ZONDERMUREN_CACHE"])
    options = Options(sitebuild.DAY, SITE, cache_dir=cache, workers=os.cpu_count() or 1)
    docs = tmp_path / "docs"
    docs.mkdir()
    again = build.prepare(root, docs, options)
    assert again.printed is not None and again.printed.drawn == []
    for kind in ("previews", "cards"):
        assert again.pictures[kind].drawn == [], kind
        assert again.pictures[kind].reused == len(again.pictures[kind].files) > 0
    for path, picture in again.pictures["previews"].files.items():
        published = sitebuild.site_file(site, path)
        assert published and published.read_bytes() == picture.read_bytes()
        assert picture.stat().st_size < 8_000  # a few KB: a phone on a cheap plan


def test_the_print_command_draws_what_is_chosen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys):
    from zondermuren import cli

    monkeypatch.setenv("ZONDERMUREN_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("ZONDERMUREN_TODAY", sitebuild.TODAY)
    root = _small_huis(tmp_path)
    out = tmp_path / "uit"
    chosen = ["--partner", OLD_PARTNER, "--soort", "affiche", "--variant", "drukker", "--taal", "ar", "--taal", "fr"]
    assert cli.main(["--map", str(root), "drukwerk", *chosen, "--uit", str(out)]) == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.pdf"))
    assert written == [
        f"{OLD_PARTNER}/affiche-{OLD_ACTIVITY}.{size}-drukker.{language}.pdf"
        for size, language in (("a3", "ar"), ("a3", "fr"), ("a4", "ar"), ("a4", "fr"))
    ]
    assert "Drukwerk: 4 stuks, 4 gemaakt en 0 uit de cache" in capsys.readouterr().out
    # An activity and a campaign: the campaign has no activity in this Huis, so nothing at all.
    assert cli.main(["--map", str(root), "drukwerk", "--activiteit", OLD_ACTIVITY, "--variant", "drukker"]) == 0
    assert "Drukwerk: 6 stuks, 2 gemaakt en 4 uit de cache" in capsys.readouterr().out
    assert cli.main(["--map", str(root), "drukwerk", "--campagne", "week-van-de-opvoeding"]) == 0
    assert "Drukwerk: 0 stuks" in capsys.readouterr().out
    assert cli.main(["--map", str(root), "drukwerk", "--soort", "sticker"]) == 2
    assert capsys.readouterr().err == (
        "Fout: --soort: onbekende waarde (verwacht een van: affiche, brochure, maandoverzicht, naambord, raamsticker, "
        "raamsticker-binnenkant, wie-is-wie; gevonden 'sticker') — bedoelde je 'raamsticker'?\n"
    )


def test_a_card_in_arabic_is_shaped_and_reads_from_the_right(tmp_path: Path):
    """The card's PDF holds the shaped Arabic title as text; in the picture the title block starts
    at the right edge in Arabic and at the left edge in Dutch."""
    import subprocess
    import unicodedata

    from zondermuren.site import cards

    huis, _ = building.load(_small_huis(tmp_path), sitebuild.DAY)
    chosen = {c.language: c for c in cards.plan(huis, SITE) if c.page == f"activiteiten/{OLD_ACTIVITY}"}
    assert chosen["ar"].spec["title"] == ARABIC_TITLE and chosen["ar"].spec["rtl"]
    (tmp_path / "ar.pdf").write_bytes(cards.draw(chosen["ar"].spec))
    text = subprocess.run(["pdftotext", str(tmp_path / "ar.pdf"), "-"], capture_output=True, text=True).stdout
    assert ARABIC_TITLE in unicodedata.normalize("NFKC", text)
    for language, side in (("nl", "left"), ("ar", "right")):
        (tmp_path / f"{language}.png").write_bytes(cards.png(chosen[language].spec))
        with Image.open(tmp_path / f"{language}.png") as picture:
            assert picture.size == (1200, 630)
            band = picture.convert("L").crop((0, 230, 1200, 300))  # the title's line
            dark = [x for x in range(1200) if min(band.getpixel((x, y)) for y in range(0, 70, 3)) < 128]
            assert dark, language
            assert (dark[0] < 100) if side == "left" else (dark[-1] > 1100), (language, dark[0], dark[-1])
