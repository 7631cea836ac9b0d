"""Two Huizen take in one partner of a regional pool (docs/regio.md, tests/fixtures/regio/).

Built by the engine in-process without print (`build.prepare`: the pages, feeds and model MkDocs would get),
each Huis in its own copy, the pool brought in by `zondermuren regio bijwerken` as a Huis's workflow does.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from zondermuren import build, cli
from zondermuren.options import Options

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "regio"
TODAY = dt.date(2026, 12, 1)
OPTIONS = Options(TODAY, "https://huis.example.org/", with_print=False)
COPY = "partners/_regio/regio-oost"


def _huis(tmp_path: Path, name: str, pool: Path) -> Path:
    root = tmp_path / name
    shutil.copytree(FIXTURES / name, root)
    assert cli.main(["--map", str(root), "regio", "bijwerken", "--pool", str(pool)]) == 0
    return root


def _page(root: Path, prepared: build.Prepared, slug: str = "caw-oost") -> str:
    assert prepared.huis.partners[slug].shared is not None
    return (root / "content" / "partners" / f"{slug}.md").read_text("utf-8")


@pytest.fixture
def pool(tmp_path: Path) -> Path:
    folder = tmp_path / "pool"
    shutil.copytree(FIXTURES / "pool", folder)
    return folder


def test_two_huizen_show_the_shared_partner_their_own_way_and_take_in_a_new_version(pool: Path, tmp_path: Path):
    noord, zuid = _huis(tmp_path, "noord", pool), _huis(tmp_path, "zuid", pool)
    pages = {}
    for root in (noord, zuid):
        prepared = build.prepare(root, root / "content", OPTIONS)
        pages[root.name] = _page(root, prepared)
        partner = prepared.huis.partners["caw-oost"]
        # Each Huis its own involvement level, its own municipality's location and activity, its own theme.
        assert partner.involvement == {"noord": "kernpartner", "zuid": "minimaal"}[root.name]
        assert [loc.address.municipality.id for loc in partner.locations] == [
            {"noord": "noorddorp", "zuid": "zuiddorp"}[root.name]
        ]
        assert [a.id for a in partner.activities] == [f"caw-spreekuur-{root.name}"]
        stylesheet = next(content for path, content in prepared.files.items() if path.endswith(".css"))
        assert isinstance(stylesheet, bytes) and {"noord": b"#1d5e8c", "zuid": b"#7a2e5c"}[root.name] in stylesheet
    # The override (a local phone) shows only in the Huis that made it.
    assert "09 111 22 33" in pages["noord"] and "0800 13 500" not in pages["noord"]
    assert "0800 13 500" in pages["zuid"] and "09 111 22 33" not in pages["zuid"]
    assert "Gedeeld door de regio Regio Oost (versie 1)" in pages["noord"]
    assert "eigen aan Huis van het Kind Noorddorp: betrokkenheid, contact." in pages["noord"]
    assert "eigen aan Huis van het Kind Zuiddorp: betrokkenheid." in pages["zuid"]
    assert '<a href="https://zuid.example.org/" rel="noopener">Huis van het Kind Zuiddorp</a>' in pages["noord"]
    assert "Westdorp" not in pages["noord"]  # the partner is not in Westdorp: no link to that Huis
    # A new version of the pool: one change in its fiche, brought in by the update path, shows in both.
    fiche = pool / "caw-oost" / "fiche.yml"
    fiche.write_text(fiche.read_text("utf-8").replace("relaties, geld en wonen", "relaties en geld"), "utf-8")
    (pool / "pool.yml").write_text((pool / "pool.yml").read_text("utf-8").replace('versie: "1"', 'versie: "2"'))
    for root in (noord, zuid):
        assert cli.main(["--map", str(root), "regio", "bijwerken", "--pool", str(pool)]) == 0
        assert 'versie: "2"' in (root / "huis.yml").read_text("utf-8")
        page = _page(root, build.prepare(root, root / "content", OPTIONS))
        assert "Hulp bij vragen over relaties en geld." in page and "(versie 2)" in page


def test_an_error_in_the_shared_fiche_is_reported_once_in_each_huis(pool: Path, tmp_path: Path, capsys):
    noord, zuid = _huis(tmp_path, "noord", pool), _huis(tmp_path, "zuid", pool)
    fiche = pool / "caw-oost" / "fiche.yml"
    fiche.write_text(fiche.read_text("utf-8").replace("[relaties, huisvesting]", "[relatie, huisvesting]"), "utf-8")
    capsys.readouterr()
    for root, huis in ((noord, "Noorddorp"), (zuid, "Zuiddorp")):
        # The update writes the new files (the pull request shows them) and fails on the Huis's check.
        assert cli.main(["--map", str(root), "regio", "bijwerken", "--pool", str(pool)]) == 1
        out = capsys.readouterr()
        assert out.out.startswith(
            "Pool regio-oost: versie 1 -> 1\n  gewijzigd: partners/_regio/regio-oost/caw-oost/fiche.yml\n"
        )
        assert out.err == (
            "1 fout gevonden:\n"
            f"  {COPY}/caw-oost/fiche.yml:5:18: levensdomeinen[1]: onbekende waarde (verwacht een van de 14 codes uit"
            " de woordenlijst (zie docs/velden.md); gevonden 'relatie') — bedoelde je 'relaties'?; gedeelde fiche van"
            f" de regio Regio Oost (in de pool: caw-oost/fiche.yml), opgenomen door Huis van het Kind {huis}:"
            " verbeter ze in de pool, niet in dit Huis\n"
        )


def test_the_update_path_follows_a_tag_of_the_pool_repository(pool: Path, tmp_path: Path, capsys):
    import subprocess

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(pool), *args], check=True, capture_output=True)

    git("init", "-q")
    git("add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qm", "v1")
    git("tag", "v1")
    (pool / "caw-oost" / "activiteiten.yml").unlink()  # v2: the pool no longer has the activities
    git("-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qam", "v2")
    git("tag", "v2")
    root = tmp_path / "noord"
    shutil.copytree(FIXTURES / "noord", root)
    before = (root / "huis.yml").read_text("utf-8")
    assert cli.main(["--map", str(root), "regio", "bijwerken", "--pool", str(pool), "--versie", "v1"]) == 0
    assert (root / COPY / "caw-oost" / "activiteiten.yml").is_file()
    assert cli.main(["--map", str(root), "regio", "bijwerken", "--pool", str(pool), "--versie", "v2"]) == 0
    out = capsys.readouterr().out
    assert (
        f"Pool regio-oost: versie v1 -> v2\n  gewijzigd: {COPY}/pool.yml\n  verwijderd: {COPY}/caw-oost/activiteiten.yml\n"
        in out
    )
    assert not (root / COPY / "caw-oost" / "activiteiten.yml").exists()
    # Only the version changed in huis.yml: its comments and layout stay; the copy says its version too.
    assert (root / "huis.yml").read_text("utf-8") == before.replace('versie: "0"', 'versie: "v2"')
    assert 'versie: "v2"' in (root / COPY / "pool.yml").read_text("utf-8")
    assert "De controle van dit Huis met de nieuwe versie is in orde." in out
    assert cli.main(["--map", str(root), "regio", "bijwerken", "--pool", str(pool), "--versie", "v9"]) == 1
    assert capsys.readouterr().err == (
        f"Fout: {pool}: geen versie 'v9' (verwacht een tag of commit van de git-repository)\nEr is niets veranderd.\n"
    )


def test_what_the_pool_says_of_the_region_is_shown_as_text_and_links_only_to_https(pool: Path, tmp_path: Path, capsys):
    text = (pool / "pool.yml").read_text("utf-8")
    text = text.replace("regio: Regio Oost", 'regio: "<b>Oost</b>"')
    (pool / "pool.yml").write_text(text.replace("naam: Huis van het Kind Zuiddorp", 'naam: "<i>Zuid</i>"'), "utf-8")
    root = _huis(tmp_path, "noord", pool)
    page = _page(root, build.prepare(root, root / "content", OPTIONS))
    assert "Gedeeld door de regio &lt;b&gt;Oost&lt;/b&gt; (versie 1)" in page
    assert (
        'Werkt in de regio ook met: <a href="https://zuid.example.org/" rel="noopener">&lt;i&gt;Zuid&lt;/i&gt;</a>.'
        in page
    )
    # A link that is no https address is refused by the check of pool.yml (and never shown: _huizen).
    text = (pool / "pool.yml").read_text("utf-8").replace("https://zuid.example.org/", "javascript:alert(1)")
    (pool / "pool.yml").write_text(text, "utf-8")
    capsys.readouterr()
    assert cli.main(["--map", str(root), "regio", "bijwerken", "--pool", str(pool)]) == 1
    assert capsys.readouterr().err == (
        "1 fout gevonden:\n"
        f"  {COPY}/pool.yml:15:14: huizen[2].website: ongeldige waarde (verwacht een webadres dat begint met"
        " https://; gevonden 'javascript:alert(1)') — gedeeld bestand van de regio <b>Oost</b> (in de pool:"
        " pool.yml), opgenomen door Huis van het Kind Noorddorp: verbeter ze in de pool, niet in dit Huis\n"
    )
