"""CODEOWNERS is made from the sources, checked in for the example, and a stale one is caught."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from testkit.sitebuild import DAY, FIXTURES, ROOT
from zondermuren import cli, urls
from zondermuren.githost import codeowners
from zondermuren.model import building
from zondermuren.site import pages
from zondermuren.site.rendering import Renderer
from zondermuren.sources import reading


def test_the_checked_in_codeowners_is_what_the_example_makes() -> None:
    """Fails when a fiche's beheerders or huis.yml's coordinatoren changed without `zondermuren codeowners`."""
    sources = reading.check(ROOT, DAY)
    expected = codeowners.render(sources)
    assert (ROOT / ".github" / "CODEOWNERS").read_text("utf-8") == expected, "run `make codeowners`"
    assert "* @huis-zesdorpen\n" in expected
    assert "/partners/regioteam-kind-en-gezin/ @regioteam-zesdorpen @kg-coordinatie @huis-zesdorpen\n" in expected
    # A coordinator who is also a partner's editor is listed once.
    assert "/partners/gemeente-heidegem/ @huis-zesdorpen @heidegem-welzijn\n" in expected


@pytest.fixture
def huis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "huis"
    root.mkdir()
    for name in ("huis.yml", "partners", "assets", ".github"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, root / name)
    monkeypatch.setenv("ZONDERMUREN_TODAY", "2026-11-22")
    return root


def test_changed_beheerders_make_the_check_fail_until_regenerated(huis: Path, capsys) -> None:
    fiche = huis / "partners" / "de-ballon" / "fiche.yml"
    fiche.write_text(fiche.read_text("utf-8").replace('["@deballon"]', '["@deballon", "@an-peeters"]'), "utf-8")
    assert cli.main(["--map", str(huis), "codeowners", "--controleer"]) == 1
    assert capsys.readouterr().err == (
        "1 fout gevonden:\n"
        "  .github/CODEOWNERS:1:1: .github/CODEOWNERS is verouderd (verwacht de eigenaars uit huis.yml en de "
        "beheerders van de fiches, gevonden een andere lijst) — maak het opnieuw met `zondermuren codeowners` "
        "en voeg het toe aan je wijziging\n"
    )
    assert cli.main(["--map", str(huis), "codeowners"]) == 0
    assert "/partners/de-ballon/ @deballon @an-peeters @huis-zesdorpen\n" in (huis / ".github/CODEOWNERS").read_text()
    assert cli.main(["--map", str(huis), "codeowners", "--controleer"]) == 0


def test_a_huis_without_coordinators_is_told_what_to_add(huis: Path, capsys) -> None:
    settings = huis / "huis.yml"
    settings.write_text(settings.read_text("utf-8").replace('coordinatoren: ["@huis-zesdorpen"]\n', ""), "utf-8")
    assert cli.main(["--map", str(huis), "codeowners"]) == 1
    assert capsys.readouterr().err == (
        "1 fout gevonden:\n"
        "  huis.yml:1:1: coordinatoren: geen coördinatoren (verwacht een lijst van gebruikersnamen op de git-host, "
        'gevonden niets) — voeg toe: coordinatoren: ["@jouw-gebruikersnaam"]\n'
    )


def test_a_bad_username_in_huis_yml_is_a_check_error(huis: Path) -> None:
    settings = huis / "huis.yml"
    settings.write_text(settings.read_text("utf-8").replace('["@huis-zesdorpen"]', '["huis zesdorpen"]'), "utf-8")
    found = reading.check(huis, DAY)
    assert [str(p) for p in found.errors] == [
        "huis.yml:54:17: coordinatoren[1]: ongeldige waarde (verwacht een gebruikersnaam zoals @jan-peeters; "
        "gevonden 'huis zesdorpen')"
    ]


def test_check_warns_about_a_stale_codeowners_and_the_coordinator_page_lists_it(huis: Path, capsys) -> None:
    """A partner folder added in the web editor: `check` (any format) warns, naming the file and the command,
    and the coordinator page says it until `zondermuren codeowners` made the file again."""
    shutil.copytree(huis / "partners" / "de-ballon", huis / "partners" / "de-ballon-twee")
    copy = huis / "partners" / "de-ballon-twee"
    (copy / "activiteiten.yml").unlink()
    fiche = copy / "fiche.yml"
    fiche.write_text(fiche.read_text("utf-8").replace('["@deballon"]', '["@ballon-twee"]'), "utf-8")
    assert cli.main(["--map", str(huis), "check", "--formaat", "tekst"]) == 0
    found = [line for line in capsys.readouterr().out.splitlines() if "CODEOWNERS" in line]
    assert found == [
        "  .github/CODEOWNERS:1:1: .github/CODEOWNERS is verouderd (verwacht de eigenaars uit huis.yml en de "
        "beheerders van de fiches, gevonden een andere lijst) — maak het opnieuw met `zondermuren codeowners` en "
        "voeg het toe aan je wijziging (wie in de webeditor werkt: vraag het aan de coördinator)"
    ]
    huis_model, _ = building.load(huis, DAY)
    context = pages.coordinator_overview(huis_model)
    assert context["codeowners"] == ".github/CODEOWNERS"
    text = Renderer(huis_model, "https://huis.example.org/", {}).render(
        urls.coordination(), "coordinatie.md.j2", context, "nl"
    )
    assert '<h2 id="codeowners">Wie wijzigingen nakijkt</h2>' in text
    assert "<code>.github/CODEOWNERS</code> klopt niet meer" in text
    assert "Maak het opnieuw met <code>zondermuren codeowners</code>" in text
    assert cli.main(["--map", str(huis), "codeowners"]) == 0
    assert "CODEOWNERS" not in "\n".join(str(p) for p in reading.check(huis, DAY).problems)
    fresh, _ = building.load(huis, DAY)
    assert pages.coordinator_overview(fresh)["codeowners"] == ""


def test_the_whole_warning_list_of_a_stale_codeowners(tmp_path: Path) -> None:
    """The minimal Huis, clean, with a checked-in CODEOWNERS that no longer names a new beheerder."""
    root = tmp_path / "huis"
    shutil.copytree(FIXTURES / "minimal", root)
    sources = reading.check(root, DAY)
    assert sources.problems == []
    (root / ".github").mkdir()
    (root / codeowners.FILE).write_text(codeowners.render(sources), "utf-8")
    assert reading.check(root, DAY).problems == []
    fiche = root / "partners" / "bib-noorddorp" / "fiche.yml"
    fiche.write_text(fiche.read_text("utf-8").replace('["@bib-noorddorp"]', '["@bib-noorddorp", "@an"]'), "utf-8")
    assert [str(p) for p in reading.check(root, DAY).problems] == [
        ".github/CODEOWNERS:1:1: .github/CODEOWNERS is verouderd (verwacht de eigenaars uit huis.yml en de "
        "beheerders van de fiches, gevonden een andere lijst) — maak het opnieuw met `zondermuren codeowners` en "
        "voeg het toe aan je wijziging (wie in de webeditor werkt: vraag het aan de coördinator)"
    ]
    assert [p.level.value for p in reading.check(root, DAY).problems] == ["waarschuwing"]
