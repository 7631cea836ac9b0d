"""`zondermuren regio check [<map>]`: a regional pool checked on its own, as its repository's pull requests are.

The pool's fiches pass the checks a Huis's partners pass, with the same messages, named at the pool's own
files and lines; its municipalities are pool.yml's `gemeenten`; `betrokkenheid` may be left out. In-process,
no build (tests/fixtures/regio/pool).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from zondermuren import cli

POOL = Path(__file__).resolve().parents[1] / "fixtures" / "regio" / "pool"


@pytest.fixture
def pool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ZONDERMUREN_TODAY", "2026-12-01")
    folder = tmp_path / "pool"
    shutil.copytree(POOL, folder)
    return folder


def test_a_good_pool_passes(pool: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(pool)  # the pool repository's workflow runs it in the checkout: MAP defaults to .
    assert cli.main(["regio", "check"]) == 0
    assert capsys.readouterr().out == (
        "De pool is in orde: elk Huis dat ze opneemt, controleert ze nog eens met zijn eigen gegevens.\n"
    )


def test_the_fiches_get_a_huis_partners_checks_at_the_pools_own_lines(pool: Path, capsys: pytest.CaptureFixture[str]):
    fiche = pool / "caw-oost" / "fiche.yml"
    fiche.write_text(fiche.read_text("utf-8").replace("gemeente: zuiddorp", "gemeente: zuidorp"), "utf-8")
    (pool / "cgg-oost").mkdir()  # a new partner without betrokkenheid (each Huis sets it) and without a check date
    (pool / "cgg-oost" / "fiche.yml").write_text(
        "naam: CGG Oost\ntypes: [cgg]\nbeschrijving: Hulp bij psychische vragen.\nlevensdomeinen: [relatie]\n",
        "utf-8",
    )
    assert cli.main(["regio", "check", str(pool)]) == 1
    assert capsys.readouterr().err == (
        "2 fouten gevonden:\n"
        "  caw-oost/fiche.yml:19:17: locaties[2].adres.gemeente: onbekende waarde (verwacht een van: noorddorp,"
        " zuiddorp, westdorp; gevonden 'zuidorp') — bedoelde je 'zuiddorp'?\n"
        "  cgg-oost/fiche.yml:4:18: levensdomeinen[1]: onbekende waarde (verwacht een van de 14 codes uit de"
        " woordenlijst (zie docs/velden.md); gevonden 'relatie') — bedoelde je 'relaties'?\n"
        "1 waarschuwing:\n"
        "  cgg-oost/fiche.yml:1:1: laatst_nagekeken: de fiche zegt niet wanneer ze het laatst is nagekeken"
        " (verwacht laatst_nagekeken: JJJJ-MM-DD, gevonden niets) — kijk de fiche na en vul de datum in\n"
    )


def test_pool_yml_is_checked_first_and_alone(pool: Path, capsys: pytest.CaptureFixture[str]):
    text = (pool / "pool.yml").read_text("utf-8")
    (pool / "pool.yml").write_text(text.replace('beheerders: ["@regio-oost"]', "beheerders: []"), "utf-8")
    fiche = pool / "caw-oost" / "fiche.yml"
    fiche.write_text(fiche.read_text("utf-8").replace("gratis: true", "gratis: ja"), "utf-8")  # not yet read
    assert cli.main(["regio", "check", str(pool)]) == 1
    assert capsys.readouterr().err == (
        "1 fout gevonden:\n  pool.yml:4:13: beheerders: lege lijst (verwacht minstens één waarde, gevonden geen"
        " enkele) — vul de lijst aan\n"
    )
    (pool / "pool.yml").write_text(text.replace("gemeenten: [zuiddorp]", "gemeenten: [zuidorp]"), "utf-8")
    assert cli.main(["regio", "check", str(pool)]) == 1
    assert capsys.readouterr().err == (
        "1 fout gevonden:\n  pool.yml:16:17: huizen[2].gemeenten[1]: onbekende gemeente (verwacht een code uit"
        " gemeenten van pool.yml, gevonden 'zuidorp') — bedoelde je 'zuiddorp'?\n"
    )
    (pool / "pool.yml").unlink()
    assert cli.main(["regio", "check", str(pool)]) == 1
    assert capsys.readouterr().err == (
        "1 fout gevonden:\n"
        f"  pool.yml:1:1: pool.yml ontbreekt (verwacht de beschrijving van de pool in {pool / 'pool.yml'}, gevonden"
        " niets) — zie docs/regio.md: naam, regio, beheerders en gemeenten\n"
    )
