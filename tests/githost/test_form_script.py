"""`.ci/form`, the forms workflow's one step, run here with git and a stand-in for GitHub's `gh`.

The issue body carries shell syntax: it must end up as text in the activities file, never run.
Only a beheerder of the partner named (fiche.yml `beheerders`) or a coordinator gets a branch.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from testkit.sitebuild import ROOT

# `slow` (bash, git repositories and a fake host): `make test` runs it, `make test-fast` does not.
pytestmark = pytest.mark.slow

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
    with (repo / "huis.yml").open("a", encoding="utf-8") as huis:
        huis.write('coordinatoren: ["@huis-testdorp"]\n')
    shutil.copytree(ROOT / ".github" / "ISSUE_TEMPLATE", repo / ".github" / "ISSUE_TEMPLATE")
    (repo / ".ci").mkdir()
    shutil.copy2(ROOT / ".ci" / "form", repo / ".ci" / "form")
    shutil.copytree(ROOT / ".github" / "workflows", repo / ".github" / "workflows")  # the required check's name
    _git(tmp_path, "init", "-q", "--bare", "origin.git")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "huis")
    _git(repo, "remote", "add", "origin", str(tmp_path / "origin.git"))
    return repo


def _run(
    tmp_path: Path, repo: Path, body: str, author: str = "bib-noorddorp"
) -> tuple[subprocess.CompletedProcess[str], Path]:
    tools = tmp_path / "bin"
    tools.mkdir(exist_ok=True)
    (tools / "gh").write_text(GH)
    (tools / "gh").chmod(0o755)
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"issue": {"number": 41, "body": body, "user": {"login": author}}}))
    log = tmp_path / "gh.log"
    env = {
        **os.environ,
        "PATH": f"{tools}:{os.environ['PATH']}",
        "BIN": str(ROOT / ".venv" / "bin"),
        "GITHUB_EVENT_PATH": str(event),
        "GH_LOG": str(log),
        "GITHUB_REPOSITORY": "huis/huis",
        "GITHUB_SERVER_URL": "https://github.com",
        "GITHUB_RUN_ID": "77",
        "ZONDERMUREN_TODAY": "2026-11-22",
    }
    result = subprocess.run([str(repo / ".ci" / "form")], env=env, capture_output=True, text=True, timeout=60)
    return result, log


def _required_check() -> str:
    """GitHub's name of the check: controle.yml's job id, then the job name of the reusable workflow it calls."""
    workflows = ROOT / ".github" / "workflows"
    caller = yaml.safe_load((workflows / "controle.yml").read_text("utf-8"))["jobs"]["controle"]
    called = yaml.safe_load((workflows / Path(caller["uses"].split()[0]).name).read_text("utf-8"))
    return f"controle / {called['jobs']['controle']['name']}"


def test_a_form_becomes_a_pushed_branch_a_status_a_pull_request_and_a_comment(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    marker = tmp_path / "ran"
    body = BODY.replace("Breng een lege pot mee!", f"Breng $(touch {marker}) en `touch {marker}` mee!")
    result, log = _run(tmp_path, repo, body, author="BIB-Noorddorp")  # user names ignore case
    assert result.returncode == 0, result.stderr
    pushed_commit = _git(tmp_path / "origin.git", "rev-parse", "formulier/issue-41").strip()
    calls = log.read_text().splitlines()
    assert calls == [
        "auth setup-git",
        # The required check's result on the pushed commit: a pull request opened with the
        # workflow's token starts no workflow, and would wait forever for it.
        f"api --method POST repos/huis/huis/statuses/{pushed_commit} -f state=success -f context={_required_check()} "
        "-f description=zondermuren check: in orde (formulier; zonder voorbeeld van de site) "
        "-f target_url=https://github.com/huis/huis/actions/runs/77",
        'pr list --head formulier/issue-41 --json url --jq .[0].url // ""',
        "pr create --head formulier/issue-41 --title Nieuwe activiteit van bib-noorddorp: "
        "knutselnamiddag-sterren-lampions --body-file " + calls[3].split("--body-file ")[1],
        "issue comment 41 --body-file " + calls[4].split("--body-file ")[1],
    ]
    assert _required_check() == "controle / Fiches controleren en voorbeeld bouwen"
    bodies = Path(str(log) + ".bodies").read_text()
    assert "Closes #41" in bodies and "Er staat een voorstel klaar: https://github.com/huis/huis/pull/8" in bodies
    assert "door `@BIB-Noorddorp` (beheerder van bib-noorddorp)" in bodies
    assert "**Een mens moet dit nakijken vóór het samenvoegen**" in bodies
    pushed = _git(tmp_path / "origin.git", "show", "formulier/issue-41:partners/bib-noorddorp/activiteiten.yml")
    assert f"      Breng $(touch {marker}) en `touch {marker}` mee!\n" in pushed
    assert not marker.exists()


def test_a_failing_check_on_the_branch_is_posted_as_a_failure(tmp_path: Path) -> None:
    """The form's own file passes, but the Huis has an error elsewhere: the status says so, and the
    pull request cannot be merged until a person fixes it."""
    repo = _repo(tmp_path)
    fiche = repo / "partners" / "cb-zuiddorp" / "fiche.yml"
    fiche.write_text(fiche.read_text("utf-8").replace("betrokkenheid: kernpartner", "betrokkenheid: veel"), "utf-8")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qam", "fout")
    result, log = _run(tmp_path, repo, BODY)
    assert result.returncode == 0, result.stderr
    status = [line for line in log.read_text().splitlines() if line.startswith("api ")]
    assert len(status) == 1
    assert " -f state=failure -f context=controle / Fiches controleren en voorbeeld bouwen " in status[0]
    assert "De controle vond fouten in het Huis" in Path(str(log) + ".bodies").read_text()


def test_an_author_who_is_no_beheerder_is_told_how_to_ask_and_gets_no_branch(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    result, log = _run(tmp_path, repo, BODY, author="vreemde")
    assert result.returncode == 0, result.stderr
    assert [line.split(" --body-file")[0] for line in log.read_text().splitlines()] == ["issue comment 41"]
    assert Path(str(log) + ".bodies").read_text() == (
        "Uit dit formulier is geen voorstel gemaakt: `@vreemde` staat niet bij de beheerders van `bib-noorddorp`. "
        "Alleen de beheerders van een partner en de coördinatoren van het Huis kunnen met een formulier iets voor "
        "die partner voorstellen.\n\n"
        "Werk je voor `bib-noorddorp`? Vraag een van de coördinatoren van het Huis (`@huis-testdorp`) om je "
        "gebruikersnaam toe te voegen aan `beheerders` in `partners/bib-noorddorp/fiche.yml`:\n\n"
        '```yaml\nbeheerders: ["@bib-noorddorp", "@vreemde"]\n```\n\n'
        "Staat die wijziging online, bewaar dit formulier dan opnieuw (de drie puntjes rechtsboven het bericht → "
        "**Edit**): het wordt dan opnieuw verwerkt.\n"
    )
    assert _git(tmp_path / "origin.git", "branch", "--list") == ""
    assert _git(repo, "branch", "--list") == "* main\n"
    assert _git(repo, "status", "--porcelain") == ""  # nothing written


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
