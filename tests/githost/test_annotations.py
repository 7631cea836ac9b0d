"""`zondermuren check --formaat github|gitlab`: every problem where the git host shows it, exactly."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from zondermuren import cli
from zondermuren.cli import checking
from zondermuren.githost import reports
from zondermuren.problems import Level, Problem

FIXTURE = Path(__file__).parents[1] / "fixtures" / "minimal"
FICHE = "partners/bib-noorddorp/fiche.yml"


@pytest.fixture
def broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The minimal Huis with a typo in a life domain (line 9) and a stale review date (a warning)."""
    root = tmp_path / "huis"
    shutil.copytree(FIXTURE, root)
    fiche = root / FICHE
    text = fiche.read_text("utf-8")
    text = text.replace("levensdomeinen: [vrije-tijd, onderwijs]", "levensdomeinen: [vrije-tijd, onderwjis]")
    text = text.replace('laatst_nagekeken: "2026-10-01"', 'laatst_nagekeken: "2025-01-10"')
    fiche.write_text(text, "utf-8")
    monkeypatch.setenv("ZONDERMUREN_TODAY", "2026-11-22")
    for name in ("GITHUB_ACTIONS", "GITLAB_CI", "GITHUB_STEP_SUMMARY"):
        monkeypatch.delenv(name, raising=False)
    return root


ERROR = (
    "::error file=partners/bib-noorddorp/fiche.yml,line=9,col=30,title=Fout in levensdomeinen[2]::"
    "levensdomeinen[2]: onbekende waarde (verwacht een van de 14 codes uit de woordenlijst (zie docs/velden.md); "
    "gevonden 'onderwjis') — bedoelde je 'onderwijs'?"
)
WARNING = (
    "::warning file=partners/bib-noorddorp/fiche.yml,line=32,col=19,title=Waarschuwing in laatst_nagekeken::"
    "laatst_nagekeken: fiche niet nagekeken sinds 2025-01-10 (verwacht hoogstens 12 maanden geleden, "
    "gevonden 22 maanden en 12 dagen) — vraag @bib-noorddorp de fiche na te kijken"
)


def test_github_annotations_for_a_broken_fiche(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    summary = broken / "summary.md"
    summary.write_text("vorige stap\n", "utf-8")
    code = checking.check_huis(broken, _options(), "github", checking.Host(step_summary=summary))
    out = capsys.readouterr()
    assert code == 1
    assert [line for line in out.out.splitlines() if line.startswith("::")] == [ERROR, WARNING]
    text = summary.read_text("utf-8")
    assert text.startswith("vorige stap\n## Controle van de fiches: niet in orde\n")  # appended, never overwritten
    assert (
        "```text\n1 fout gevonden:\n  partners/bib-noorddorp/fiche.yml:9:30: levensdomeinen[2]: onbekende waarde"
        in text
    )
    assert text.endswith("De bronbestanden bevatten fouten; er is niets gebouwd.\n")


def test_github_mode_is_chosen_on_actions(broken: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    summary = broken / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert cli.main(["--map", str(broken), "check"]) == 1
    assert ERROR in capsys.readouterr().out.splitlines()
    assert "## Controle van de fiches: niet in orde" in summary.read_text("utf-8")


def test_workflow_command_escaping() -> None:
    """GitHub's rules: % CR LF escaped in the message; also : and , in properties."""
    problem = Problem("a,b:c.yml", 3, 4, "veld", "100% fout\r\nregel 2", "zet 'x: y, z'")
    assert reports.github([problem]) == [
        "::error file=a%2Cb%3Ac.yml,line=3,col=4,title=Fout in veld::veld: 100%25 fout%0D%0Aregel 2 — zet 'x: y, z'"
    ]


def test_summary_keeps_typed_text_out_of_markup() -> None:
    """A value with backticks cannot close the code block the summary puts problems in."""
    problem = Problem("f.yml", 1, 1, "titel", "gevonden '```<script>'", level=Level.WARNING)
    text = reports.summary([problem], "In orde.")
    assert "````text\n1 waarschuwing:\n  f.yml:1:1: titel: gevonden '```<script>'\n````\n" in text
    assert text.startswith("## Controle van de fiches: in orde, met waarschuwingen\n")


def test_gitlab_code_quality_report(broken: Path, capsys) -> None:
    target = broken / "rapport.json"
    assert checking.check_huis(broken, _options(), "gitlab", checking.Host(report=target)) == 1
    issues = json.loads(target.read_text("utf-8"))
    assert [(i["severity"], i["location"], i["check_name"]) for i in issues] == [
        ("major", {"path": FICHE, "lines": {"begin": 9}}, "zondermuren-fout"),
        ("minor", {"path": FICHE, "lines": {"begin": 32}}, "zondermuren-waarschuwing"),
    ]
    assert issues[0]["description"] == ERROR.split("::", 2)[2]
    assert len({i["fingerprint"] for i in issues}) == 2


def _options():
    from zondermuren import options

    return options.from_environment(environ={"ZONDERMUREN_TODAY": "2026-11-22"})
