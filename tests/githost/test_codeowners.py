"""CODEOWNERS is made from the sources, checked in for the example, and a stale one is caught."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from testkit.sitebuild import DAY, ROOT
from zondermuren import cli
from zondermuren.githost import codeowners
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
        "huis.yml:50:17: coordinatoren[1]: ongeldige waarde (verwacht een gebruikersnaam zoals @jan-peeters; "
        "gevonden 'huis zesdorpen')"
    ]
