"""`zondermuren migreer`: a Huis's files to the engine's data format, every comment and line kept.

Format 1 is the first, so there is no real step yet: these tests raise the engine to a made-up format
2 whose one step renames `betrokkenheid` to `rol` in every fiche, and migrate tests/fixtures/formaat1,
a Huis in today's format with comments on every kind of place and two indentations of lists.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import yaml

from tests.sources.test_messages import FIXTURE as MINIMAL
from zondermuren import cli, release
from zondermuren.sources import migration

FORMAT_1 = Path(__file__).parents[1] / "fixtures" / "formaat1"
KNIKKER = "partners/speelotheek-de-knikker/fiche.yml"
KRAAMZORG = "partners/kraamzorg-noorddorp/fiche.yml"
CHANGES = "".join(
    [
        "  huis.yml: formaat 1 wordt 2\n",
        f"  {KRAAMZORG}: betrokkenheid heet nu rol\n",
        f"  {KNIKKER}: betrokkenheid heet nu rol\n",
    ]
)


def _to_rol(huis: migration.Huis) -> None:
    """The made-up step from format 1 to 2."""
    for name, fiche in huis.fiches():
        if migration.rename(fiche, "betrokkenheid", "rol"):
            huis.note(name, "betrokkenheid heet nu rol")


@pytest.fixture
def engine_2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(release, "FORMAT", 2)
    monkeypatch.setattr(release, "VERSION", "2.0.0")
    monkeypatch.setitem(migration.STEPS, 1, _to_rol)


def _copy(tmp_path: Path, fixture: Path = FORMAT_1) -> Path:
    root = tmp_path / "huis"
    shutil.copytree(fixture, root)
    return root


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _migreer(root: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["--map", str(root), "migreer", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_migreer_renames_the_field_and_keeps_every_comment_and_line(tmp_path: Path, engine_2: None, capsys) -> None:
    root = _copy(tmp_path)
    before = _tree(root)
    assert _migreer(root, capsys) == (
        0,
        "Van formaat 1 naar formaat 2 (zondermuren 2.0.0) is dit veranderd:\n"
        + CHANGES
        + "3 bestanden aangepast; het commentaar en de opmaak bleven staan. Kijk de wijziging na (git diff) en voer "
        "daarna `zondermuren check` uit.\n",
        "",
    )
    after = _tree(root)
    # Line by line: the same lines in the same order, but for the format and the renamed key, whose
    # comment stays on its line (in its column).
    expected = {
        "huis.yml": {"formaat: 1   # wordt 2 in de test": "formaat: 2   # wordt 2 in de test"},
        KNIKKER: {
            "betrokkenheid: gemiddeld  # afgesproken op het partneroverleg van mei": (
                "rol: gemiddeld            # afgesproken op het partneroverleg van mei"
            )
        },
        KRAAMZORG: {"betrokkenheid: kernpartner   # sinds 2025": "rol: kernpartner             # sinds 2025"},
    }
    assert sorted(after) == sorted(before)
    for name in before:
        old, new = before[name].decode().splitlines(), after[name].decode().splitlines()
        assert new == [expected.get(name, {}).get(line, line) for line in old], name
        assert sum(a != b for a, b in zip(old, new, strict=True)) == len(expected.get(name, {})), name
    assert yaml.safe_load(after["huis.yml"])["formaat"] == 2
    for name in (KNIKKER, KRAAMZORG):  # the key order: `rol` where `betrokkenheid` was
        keys = list(yaml.safe_load(after[name]))
        assert keys == [("rol" if key == "betrokkenheid" else key) for key in yaml.safe_load(before[name])]
    # Now current: says so, and changes nothing.
    assert _migreer(root, capsys) == (
        0,
        "De bestanden van dit Huis zijn al in formaat 2, dat van zondermuren 2.0.0: er is niets te doen.\n",
        "",
    )
    assert _tree(root) == after


def test_droog_lists_what_would_change_and_writes_nothing(tmp_path: Path, engine_2: None, capsys) -> None:
    root = _copy(tmp_path)
    before = _tree(root)
    assert _migreer(root, capsys, "--droog") == (
        0,
        "Van formaat 1 naar formaat 2 (zondermuren 2.0.0) zou dit veranderen:\n"
        + CHANGES
        + "Er is niets geschreven (--droog); zonder --droog worden deze 3 bestanden aangepast.\n",
        "",
    )
    assert _tree(root) == before


def test_a_current_huis_is_left_alone(tmp_path: Path, capsys) -> None:
    """With today's engine (format 1) the fixture, and a Huis that names no format, are current."""
    for fixture in (FORMAT_1, MINIMAL):
        root = _copy(tmp_path / fixture.name, fixture)
        before = _tree(root)
        assert _migreer(root, capsys) == (
            0,
            "De bestanden van dit Huis zijn al in formaat 1, dat van zondermuren 1.0.0: er is niets te doen.\n",
            "",
        )
        assert _tree(root) == before


def test_a_huis_without_a_format_gets_one_under_its_top_comment(tmp_path: Path, engine_2: None, capsys) -> None:
    root = _copy(tmp_path, MINIMAL)
    old = (root / "huis.yml").read_text("utf-8").splitlines()
    code, out, err = _migreer(root, capsys)
    assert (code, err) == (0, "")
    assert out.splitlines()[1] == "  huis.yml: formaat: 2 toegevoegd (zonder formaat was het 1)"
    new = (root / "huis.yml").read_text("utf-8").splitlines()
    assert new == [old[0], "formaat: 2  # gegevensformaat: `zondermuren migreer` zet het hoger", *old[1:]]


def test_a_newer_huis_is_not_migrated_back(tmp_path: Path, capsys) -> None:
    root = _copy(tmp_path)
    (root / "huis.yml").write_text((root / "huis.yml").read_text("utf-8").replace("formaat: 1", "formaat: 2"), "utf-8")
    before = _tree(root)
    assert _migreer(root, capsys) == (
        1,
        "",
        "Fout: de bestanden van dit Huis zijn in formaat 2, nieuwer dan zondermuren 1.0.0 leest (formaat 1); migreer "
        "zet niet terug — werk de engine bij: zet in requirements.txt een nieuwere versie van zondermuren en voer "
        "`make install` uit\n",
    )
    assert _tree(root) == before


def test_a_file_that_cannot_be_read_changes_nothing_at_all(tmp_path: Path, engine_2: None, capsys) -> None:
    """Every such file named, in the check's words (its YAML reader reads first), and no file written."""
    root = _copy(tmp_path)
    acts = root / "partners/speelotheek-de-knikker/activiteiten.yml"
    acts.write_text(acts.read_text("utf-8").replace("    van: ", "   van: "), "utf-8")  # one space short
    (root / "huis.yml").write_text((root / "huis.yml").read_text("utf-8") + "formaat: 1\n", "utf-8")
    before = _tree(root)
    assert _migreer(root, capsys) == (
        1,
        "",
        "Fout: huis.yml:20:1: formaat: veld 'formaat' staat twee keer in dezelfde lijst van velden (verwacht elk "
        "veld één keer, gevonden ook op regel 6) — voeg de twee samen of verwijder er een\n"
        "Fout: partners/speelotheek-de-knikker/activiteiten.yml:7:4: de YAML-opmaak klopt niet (verwacht geldige "
        "YAML, gevonden: een regel die niet goed is ingesprongen) — kijk na of inspringing, dubbele punten en "
        "aanhalingstekens kloppen\n"
        "Er is niets veranderd.\n",
    )
    assert _tree(root) == before


def test_a_word_for_a_format_is_refused(tmp_path: Path, engine_2: None, capsys) -> None:
    root = _copy(tmp_path)
    (root / "huis.yml").write_text(
        (root / "huis.yml").read_text("utf-8").replace("formaat: 1", "formaat: een"), "utf-8"
    )
    assert _migreer(root, capsys)[0::2] == (
        1,
        "Fout: huis.yml: formaat: ongeldige waarde (verwacht een geheel getal vanaf 1, gevonden 'een')\n"
        "Er is niets veranderd.\n",
    )


def test_a_missing_step_is_said_and_nothing_changes(tmp_path: Path, engine_2: None, monkeypatch, capsys) -> None:
    monkeypatch.setattr(release, "FORMAT", 3)
    root = _copy(tmp_path)
    before = _tree(root)
    assert _migreer(root, capsys)[0::2] == (
        1,
        "Fout: deze engine kent geen stap van formaat 2 naar 3 (een fout in zondermuren: meld ze)\n"
        "Er is niets veranderd.\n",
    )
    assert _tree(root) == before


def test_a_link_is_never_written_through(tmp_path: Path, engine_2: None, capsys) -> None:
    """A fiche.yml that links out of the Huis: left alone, named, and the file it points to untouched."""
    root = _copy(tmp_path)
    outside = tmp_path / "elders.yml"
    shutil.copy2(root / KRAAMZORG, outside)
    (root / KRAAMZORG).unlink()
    os.symlink(outside, root / KRAAMZORG)
    before = outside.read_bytes()
    code, out, err = _migreer(root, capsys)
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == (
        f"overgeslagen: {KRAAMZORG} (een snelkoppeling; `zondermuren check` zegt wat ermee moet)"
    )
    assert KRAAMZORG not in out.split("\n", 1)[1]
    assert outside.read_bytes() == before and (root / KRAAMZORG).is_symlink()


def test_line_ends_and_byte_order_mark_stay(tmp_path: Path, engine_2: None, capsys) -> None:
    """A fiche saved on Windows (CRLF, with a BOM) stays so; only its one line changes."""
    root = _copy(tmp_path)
    fiche = root / KNIKKER
    old = fiche.read_text("utf-8")
    fiche.write_bytes(b"\xef\xbb\xbf" + old.replace("\n", "\r\n").encode("utf-8"))
    assert _migreer(root, capsys)[0] == 0
    renamed = old.replace("betrokkenheid: gemiddeld  #", "rol: gemiddeld            #")
    assert fiche.read_bytes() == b"\xef\xbb\xbf" + renamed.replace("\n", "\r\n").encode("utf-8")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "naam: x\nbetrokkenheid: gemiddeld\nb: &x {c: *x}\n",
            "3:11: de YAML-opmaak klopt niet (verwacht geldige YAML, gevonden: een verwijzing (*) naar het blok "
            "waarin ze zelf staat)",
        ),
        (
            "naam: x\nbetrokkenheid: gemiddeld\nb: " + "[" * 5000 + "]" * 5000 + "\n",
            "1:1: te diep genest (verwacht velden en lijsten een paar niveaus diep, gevonden honderden niveaus)",
        ),
    ],
    ids=["recursive-alias", "deep"],
)
def test_what_the_check_refuses_is_not_migrated(
    text: str, message: str, tmp_path: Path, engine_2: None, capsys
) -> None:
    """The round trip alone would drop a recursive alias (`{c: null}`) or overflow the stack: the check's
    reader reads first, and its message stops the migration before anything is written."""
    root = _copy(tmp_path)
    (root / KNIKKER).write_text(text, "utf-8")
    before = _tree(root)
    code, out, err = _migreer(root, capsys)
    assert (code, out) == (1, "")
    assert err.startswith(f"Fout: {KNIKKER}:{message}") and err.endswith("\nEr is niets veranderd.\n")
    assert len(err.splitlines()) == 2 and "Traceback" not in err
    assert _tree(root) == before
