"""`.ci/regio`, the region workflow's one step (huis-regio.yml), run here with git and a stand-in for `gh`.

A pull request opened with the workflow's own token starts no workflow: the Huis's check, run by `zondermuren
regio bijwerken` on the new copy, must reach the pushed commit as the required check's status, or the pull
request waits forever (as for a form's pull request, test_form_script.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from testkit.sitebuild import ROOT
from tests.githost.test_form_script import GH

# `slow` (bash, git repositories and a fake host): `make test` runs it, `make test-fast` does not.
pytestmark = pytest.mark.slow

FIXTURES = ROOT / "tests" / "fixtures" / "regio"
CHECK = "controle / Fiches controleren en voorbeeld bouwen"  # test_workflow_files.py: the required check's name


def _git(cwd: Path, *args: str) -> str:
    who = ("-c", "user.name=t", "-c", "user.email=t@example.org")
    return subprocess.run(["git", *who, *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def _run(tmp_path: Path, broken: bool) -> tuple[subprocess.CompletedProcess[str], list[str], str, Path]:
    repo = tmp_path / "noord"
    shutil.copytree(FIXTURES / "noord", repo)
    (repo / ".ci").mkdir()
    shutil.copy2(ROOT / ".ci" / "regio", repo / ".ci" / "regio")
    _git(tmp_path, "init", "-q", "--bare", "origin.git")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "huis")
    _git(repo, "remote", "add", "origin", str(tmp_path / "origin.git"))
    pool = repo / ".regio-pool"  # where the workflow clones the pool
    shutil.copytree(FIXTURES / "pool", pool)
    if broken:
        fiche = pool / "caw-oost" / "fiche.yml"
        fiche.write_text(fiche.read_text("utf-8").replace("[relaties, huisvesting]", "[relatie, huisvesting]"))
    _git(pool, "init", "-q")
    _git(pool, "add", "-A")
    _git(pool, "commit", "-qm", "pool")
    _git(pool, "tag", "v1")
    tools = tmp_path / "bin"
    tools.mkdir()
    (tools / "gh").write_text(GH)
    (tools / "gh").chmod(0o755)
    log = tmp_path / "gh.log"
    env = {
        **os.environ,
        "PATH": f"{tools}:{os.environ['PATH']}",
        "BIN": str(ROOT / ".venv" / "bin"),
        "GH_LOG": str(log),
        "GITHUB_REPOSITORY": "huis/noord",
        "GITHUB_SERVER_URL": "https://github.com",
        "GITHUB_RUN_ID": "78",
        "ZONDERMUREN_TODAY": "2026-12-01",
    }
    result = subprocess.run([str(repo / ".ci" / "regio")], env=env, capture_output=True, text=True, timeout=60)
    pushed = _git(tmp_path / "origin.git", "rev-parse", "regio/bijwerken").strip()
    return result, log.read_text().splitlines(), pushed, log


def test_the_new_version_is_pushed_with_the_checks_status_and_a_pull_request(tmp_path: Path) -> None:
    result, calls, pushed, log = _run(tmp_path, broken=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert calls == [
        "auth setup-git",
        f"api --method POST repos/huis/noord/statuses/{pushed} -f state=success -f context={CHECK} "
        "-f description=zondermuren check: in orde (regio versie v1; zonder voorbeeld van de site) "
        "-f target_url=https://github.com/huis/noord/actions/runs/78",
        'pr list --head regio/bijwerken --json url --jq .[0].url // ""',
        "pr create --head regio/bijwerken --title Regionale partners: versie v1 --body-file "
        + calls[3].split("--body-file ")[1],
    ]
    origin = tmp_path / "origin.git"
    assert 'versie: "v1"' in _git(origin, "show", "regio/bijwerken:huis.yml")
    assert "naam: CAW Oost" in _git(origin, "show", "regio/bijwerken:partners/_regio/regio-oost/caw-oost/fiche.yml")
    assert _git(origin, "show", "-s", "--format=%s", "regio/bijwerken") == "Regionale partners: versie v1 van de pool\n"
    assert "De controle van dit Huis met de nieuwe versie is in orde." in Path(f"{log}.bodies").read_text()
    assert not (tmp_path / "noord" / ".regio-pool").exists()  # the clone never reaches the branch


def test_a_version_with_errors_is_still_proposed_with_a_failing_status(tmp_path: Path) -> None:
    """The files are pushed (the pull request shows what the pool changed), but it cannot be merged."""
    result, calls, pushed, log = _run(tmp_path, broken=True)
    assert result.returncode == 0, result.stdout + result.stderr
    (status,) = [line for line in calls if line.startswith("api ")]
    assert status == (
        f"api --method POST repos/huis/noord/statuses/{pushed} -f state=failure -f context={CHECK} "
        "-f description=zondermuren check: fouten met regio versie v1 (zie de workflow Regio) "
        "-f target_url=https://github.com/huis/noord/actions/runs/78"
    )
    assert [line.split(" --body-file")[0] for line in calls][-1] == (
        "pr create --head regio/bijwerken --title Regionale partners: versie v1"
    )
    body = Path(f"{log}.bodies").read_text()
    assert "partners/_regio/regio-oost/caw-oost/fiche.yml:5:18: levensdomeinen[1]: onbekende waarde" in body
    assert "Dit Huis heeft fouten met deze versie van de pool" in body
