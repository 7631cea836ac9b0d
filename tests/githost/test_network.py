"""`zondermuren netwerk`: many Huizen checked at once, one table; and the git host's matrix files (docs/netwerk.md).

Check only (no site build), on the example network's two small Huizen and a third made here: each Huis is
a process of its own, so this is the command as a region runs it, in a few seconds.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from testkit.sitebuild import ROOT
from zondermuren import cli
from zondermuren.githost import network

# `slow` (several Huizen checked in processes): `make test` runs it, `make test-fast` does not.
pytestmark = pytest.mark.slow

EXAMPLE = ROOT / "voorbeelden" / "netwerk"
BIN = Path(sys.executable).parent
NETWORK = """naam: proef
titel: Proefregio
huizen:
  - map: noord
  - map: zuid
  - naam: west
    map: huizen/westdorp
pools:
  - map: pool
"""


@pytest.fixture
def three(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The example's noord and zuid, and west: zuid's copy with an error in its own fiche and an old pool."""
    for name in ("noord", "zuid", "pool"):
        shutil.copytree(EXAMPLE / name, tmp_path / name)
    west = tmp_path / "huizen" / "westdorp"
    shutil.copytree(EXAMPLE / "zuid", west)
    fiche = west / "partners" / "speel-zuid" / "fiche.yml"
    fiche.write_text(fiche.read_text("utf-8").replace("[ontmoeting]", "[ontmoetingen]"), "utf-8")
    for name in ("huis.yml", "partners/_regio/regio-oost/pool.yml"):  # the copy and the pin agree, at "0"
        path = west / name
        path.write_text(re.sub(r'versie: "1"', 'versie: "0"', path.read_text("utf-8")), "utf-8")
    (tmp_path / "netwerk.yml").write_text(NETWORK, "utf-8")
    monkeypatch.setenv("ZONDERMUREN_TODAY", "2026-11-22")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path / "netwerk.yml"


def test_three_huizen_one_table_and_the_one_with_an_error_named(
    three: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["netwerk", str(three), "--parallel", "2"]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[:4] == [
        "Geschreven: .github/workflows/netwerk-proef.yml",
        "Geschreven: netwerk-proef.gitlab-ci.yml",
        "Netwerk Proefregio: 3 Huizen, gecontroleerd, 2 tegelijk",
        "Huis   partners  activiteiten  pagina's  fouten  waarschuwingen  seconden  geheugen",
    ]
    # The times and the memory differ per run: their shape only (seconds with one decimal, whole MB).
    for line, counts in zip(lines[4:7], ("noord 2 1 - 0 0", "zuid 2 1 - 0 0", "west 2 1 - 1 1"), strict=True):
        assert re.fullmatch(r"\S+ +\d+ +\d+ +- +\d+ +\d+ +\d+\.\d +\d+ MB", line), line
        assert " ".join(line.split()[:6]) == counts
        assert 40 <= int(line.split()[-2]) < 1000  # a Python process that checked a Huis: tens of MB
    assert lines[7:] == []
    assert err == (
        "\nwest (huizen/westdorp):\n"
        "1 fout gevonden:\n"
        "  partners/speel-zuid/fiche.yml:6:18: levensdomeinen[1]: onbekende waarde (verwacht een van de 14 codes uit "
        "de woordenlijst (zie docs/velden.md); gevonden 'ontmoetingen') — bedoelde je 'ontmoeting'?\n"
        "1 waarschuwing:\n"
        "  huis.yml:15:11: regio.versie: een andere versie van de pool regio-oost (verwacht 1, zoals in pool/pool.yml; "
        "gevonden 0) — werk het Huis bij met zondermuren regio bijwerken\n"
        "\nFouten in 1 Huis: west.\n"
    )


def test_the_example_networks_files_are_a_fresh_generation() -> None:
    found, problems = network.read(EXAMPLE / "netwerk.yml")
    assert found is not None and problems == []
    assert [h.name for h in found.huizen] == ["noord", "zuid"] and found.parallel == 20
    assert (EXAMPLE / found.workflow).read_text("utf-8") == network.github_workflow(found), "run zondermuren netwerk"
    assert (EXAMPLE / found.gitlab).read_text("utf-8") == network.gitlab_ci(found), "run zondermuren netwerk"


def test_the_matrix_files_pass_the_hosts_schemas_and_zizmor(tmp_path: Path) -> None:
    """With a Huis from another repository too: its checkout step and the GitLab clone get their values."""
    (tmp_path / "netwerk.yml").write_text(
        "naam: groot\nhuizen:\n  - map: noord\n  - naam: west\n    repository: regio-oost/huis-west\n"
        "    versie: v1.4.0\ntegelijk: 5\n",
        "utf-8",
    )
    found, problems = network.read(tmp_path / "netwerk.yml")
    assert found is not None and problems == []
    assert network.write_ci(found, tmp_path) == [found.workflow, found.gitlab]
    workflow = (tmp_path / found.workflow).read_text("utf-8")
    assert "      max-parallel: 5\n" in workflow and "      fail-fast: false\n" in workflow
    assert '            repository: "regio-oost/huis-west"\n            versie: "v1.4.0"\n' in workflow
    for schema, file in (("vendor.github-workflows", found.workflow), ("vendor.gitlab-ci", found.gitlab)):
        command = [str(BIN / "check-jsonschema"), "--builtin-schema", schema, str(tmp_path / file)]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stdout + result.stderr
    command = [str(BIN / "zizmor"), "--offline", "--persona", "auditor", str(tmp_path / ".github")]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "No findings to report" in result.stdout + result.stderr, result.stdout


def test_the_actions_are_pinned_as_this_repositorys_workflows_pin_them() -> None:
    used = (ROOT / ".github" / "workflows" / "huis-controle.yml").read_text("utf-8")
    for pin in (network.CHECKOUT, network.SETUP_PYTHON, network.UPLOAD):
        assert f"uses: {pin}\n" in used


def test_a_wrong_netwerk_yml_is_said_in_dutch(tmp_path: Path) -> None:
    """Every value that reaches a workflow is checked: no path out of the repository, no shell in a name."""
    wrong = (
        "naam: Regio Oost\n"
        'titel: "een\\njobs: {}"\n'  # a second line would land in the workflow's comment, and out of it
        "huis:\n  - map: noord\n"
        "huizen:\n  - map: ../buiten\n  - repository: x/y\n  - naam: $(rm)\n    map: a\n"
    )
    (tmp_path / "netwerk.yml").write_text(wrong, "utf-8")
    found, problems = network.read(tmp_path / "netwerk.yml")
    assert found is None
    assert [str(p) for p in problems] == [
        "netwerk.yml:3:1: huis: onbekend veld (verwacht een van naam, titel, tegelijk, huizen, pools, gevonden 'huis')"
        " — bedoelde je 'huizen'?",
        "netwerk.yml:1:7: naam: verwacht een code in kleine letters, cijfers en streepjes, zoals regio-oost, gevonden"
        " 'Regio Oost'",
        "netwerk.yml:2:8: titel: verwacht een naam op één regel, hoogstens 80 tekens, gevonden een tekst met een"
        " regeleinde of een stuurteken",
        "netwerk.yml:6:10: huizen[1].map: verwacht een map naast netwerk.yml (bijvoorbeeld huizen/noord, zonder . of"
        " .. en zonder / vooraan), gevonden '../buiten'",
        "netwerk.yml:7:5: huizen[2].versie: verwacht een tag, tak of commit (versie), gevonden niets",
        "netwerk.yml:8:11: huizen[3].naam: verwacht een code in kleine letters, cijfers en streepjes, gevonden '$(rm)'",
    ]
