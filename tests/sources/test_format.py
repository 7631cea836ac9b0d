"""The data format (`formaat:` in huis.yml): another format than the engine's is one message, alone.

An older format names both formats and `zondermuren migreer`; a newer one names this engine's
version and says to upgrade it. While release.FORMAT is 1 no Huis can be older, so these tests
raise the engine to a made-up format 2 (version 2.0.0), as a next engine would be. The newer-format
message with today's engine, and values that are no format, are in the corpus (corpus_format.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.sources.test_messages import FICHE, HUIS, TODAY, append, copy_fixture, replace
from zondermuren import cli, release
from zondermuren.sources import reading

ROOT = Path(__file__).resolve().parents[2]

OLDER = (
    "huis.yml:{place}: formaat: de bestanden van dit Huis zijn in een ouder gegevensformaat: zondermuren 2.0.0 "
    "leest formaat 2 (verwacht formaat 2, gevonden {found}); de andere bestanden zijn daarom niet nagekeken — "
    "voer `zondermuren migreer` uit: dat zet huis.yml, de fiches en de activiteiten om naar formaat 2 en laat "
    "het commentaar staan (`zondermuren migreer --droog` toont eerst wat er verandert)"
)


@pytest.fixture
def engine_2(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine as its next version would be: format 2."""
    monkeypatch.setattr(release, "FORMAT", 2)
    monkeypatch.setattr(release, "VERSION", "2.0.0")


def _messages(root: Path) -> list[str]:
    return [str(problem) for problem in reading.check(root, TODAY).problems]


def test_an_older_format_names_both_formats_and_the_command(tmp_path: Path, engine_2: None) -> None:
    root = copy_fixture(tmp_path)
    append(HUIS, "formaat: 1\n")(root)
    # A fiche with a mistake next to it: not reported, only the format is.
    replace(FICHE, "betrokkenheid: gemiddeld", "betrokkenheid: heel nauw")(root)
    assert _messages(root) == [OLDER.format(place="17:10", found="formaat 1")]


def test_no_format_is_format_1_and_so_older_than_format_2(tmp_path: Path, engine_2: None) -> None:
    """Today's Huizen say no format: they are in format 1, and the message says why it counts them so."""
    root = copy_fixture(tmp_path)
    assert "formaat" not in yaml.safe_load((root / HUIS).read_text("utf-8"))
    assert _messages(root) == [OLDER.format(place="2:1", found="geen formaat, dus formaat 1")]


def test_no_format_is_the_current_format_today(tmp_path: Path) -> None:
    assert release.FORMAT == 1
    assert _messages(copy_fixture(tmp_path)) == []


def test_a_newer_format_stops_check_with_the_one_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What the coordinator reads: the one problem, then that nothing was built (exit 1), nothing else."""
    root = copy_fixture(tmp_path)
    append(HUIS, f"formaat: {release.FORMAT + 1}\n")(root)
    replace(FICHE, "betrokkenheid:", "rol:")(root)  # as a fiche of that newer format would say it
    assert cli.main(["--map", str(root), "check", "--formaat", "tekst"]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err == (
        "1 fout gevonden:\n"
        f"  huis.yml:17:10: formaat: de bestanden van dit Huis zijn in een nieuwer gegevensformaat dan deze engine "
        f"kent: zondermuren {release.VERSION} leest formaat 1 (verwacht formaat 1 of lager, gevonden formaat 2); de "
        "andere bestanden zijn daarom niet nagekeken — werk de engine bij: zet in requirements.txt een nieuwere versie "
        "van zondermuren en voer `make install` uit\n"
        "De bronbestanden bevatten fouten; er is niets gebouwd.\n"
    )


def test_the_current_format_written_out_passes(tmp_path: Path, engine_2: None) -> None:
    root = copy_fixture(tmp_path)
    append(HUIS, "formaat: 2\n")(root)
    assert _messages(root) == []


def test_the_example_is_in_the_engines_format_and_says_so() -> None:
    """Raising FORMAT means migrating the example too (`zondermuren migreer`), or this fails."""
    text = (ROOT / "huis.yml").read_text("utf-8")
    assert yaml.safe_load(text)["formaat"] == release.FORMAT
    assert re.search(r"^# .*gegevensformaat.*\n# .*`zondermuren migreer`.*\nformaat: \d+\n", text, re.M)
