"""`.ci/form`, the forms workflow's one step, run here with git and a stand-in for GitHub's `gh`.

The issue body carries shell syntax: it must end up as text in the activities file, never run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from testkit.sitebuild import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "minimal"
BODY = (ROOT / "tests" / "fixtures" / "formulieren" / "nieuwe-activiteit.md").read_text("utf-8")
GH = """#!/usr/bin/env bash
# Records each call; a pull request's and a comment's body are copied next to the log.
printf '%s\\n' "$*" >> "$GH_LOG"
for ((i = 1; i <= $#; i++)); do
  if [ "${!i}" = "--body-file" ]; then j=$((i + 1)); cat "${!j}" >> "$GH_LOG.bodies"; fi
done
if [ "$1 $2" = "pr create" ]; then echo "https://github.com/huis/huis/pull/8"; fi
exit 0
"""


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def _repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURE, repo)
    shutil.copytree(ROOT / ".github" / "ISSUE_TEMPLATE", repo / ".github" / "ISSUE_TEMPLATE")
    (repo / ".ci").mkdir()
    shutil.copy2(ROOT / ".ci" / "form", repo / ".ci" / "form")
    _git(tmp_path, "init", "-q", "--bare", "origin.git")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "huis")
    _git(repo, "remote", "add", "origin", str(tmp_path / "origin.git"))
    return repo


def _run(tmp_path: Path, repo: Path, body: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    tools = tmp_path / "bin"
    tools.mkdir(exist_ok=True)
    (tools / "gh").write_text(GH)
    (tools / "gh").chmod(0o755)
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"issue": {"number": 41, "body": body}}))
    log = tmp_path / "gh.log"
    env = {
        **os.environ,
        "PATH": f"{tools}:{os.environ['PATH']}",
        "BIN": str(ROOT / ".venv" / "bin"),
        "GITHUB_EVENT_PATH": str(event),
        "GH_LOG": str(log),
        "ZONDERMUREN_TODAY": "2026-11-22",
    }
    result = subprocess.run([str(repo / ".ci" / "form")], env=env, capture_output=True, text=True, timeout=60)
    return result, log


def test_a_form_becomes_a_pushed_branch_a_pull_request_and_a_comment(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    marker = tmp_path / "ran"
    body = BODY.replace("Breng een lege pot mee!", f"Breng $(touch {marker}) en `touch {marker}` mee!")
    result, log = _run(tmp_path, repo, body)
    assert result.returncode == 0, result.stderr
    assert log.read_text().splitlines() == [
        "auth setup-git",
        'pr list --head formulier/issue-41 --json url --jq .[0].url // ""',
        "pr create --head formulier/issue-41 --title Nieuwe activiteit van bib-noorddorp: "
        "knutselnamiddag-sterren-lampions --body-file " + log.read_text().split("--body-file ")[1].split("\n")[0],
        "issue comment 41 --body-file " + log.read_text().split("--body-file ")[2].split("\n")[0],
    ]
    bodies = Path(str(log) + ".bodies").read_text()
    assert "Closes #41" in bodies and "Er staat een voorstel klaar: https://github.com/huis/huis/pull/8" in bodies
    pushed = _git(tmp_path / "origin.git", "show", "formulier/issue-41:partners/bib-noorddorp/activiteiten.yml")
    assert f"      Breng $(touch {marker}) en `touch {marker}` mee!\n" in pushed
    assert not marker.exists()


def test_a_badly_filled_form_gets_a_comment_and_no_branch(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    result, log = _run(tmp_path, repo, BODY.replace("2026-12-16", "16/12"))
    assert result.returncode == 0, result.stderr
    assert [line.split(" --body-file")[0] for line in log.read_text().splitlines()] == ["issue comment 41"]
    assert (
        "Datum: ongeldige datum (verwacht JJJJ-MM-DD zoals 2026-12-05, gevonden '16/12')"
        in Path(str(log) + ".bodies").read_text()
    )
    assert _git(tmp_path / "origin.git", "branch", "--list") == ""


def test_an_issue_that_is_no_form_gets_no_answer(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    result, log = _run(tmp_path, repo, "Een vraag over de site.")
    assert result.returncode == 0, result.stderr
    assert not log.exists()
