"""The git host's files, checked offline: schemas (check-jsonschema), zizmor, pins, and what they run."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from testkit.sitebuild import ROOT

BIN = Path(sys.executable).parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
FORMS = sorted(p for p in (ROOT / ".github" / "ISSUE_TEMPLATE").glob("*.yml") if p.name != "config.yml")
_PINNED = re.compile(r"^\s*(?:-\s*)?uses: [\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")


def _schema(schema: str, files: list[Path]) -> subprocess.CompletedProcess[str]:
    command = [str(BIN / "check-jsonschema"), "--builtin-schema", schema, *map(str, files)]
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def test_files_match_the_git_hosts_schemas() -> None:
    assert WORKFLOWS and FORMS
    for schema, files in (
        ("vendor.github-workflows", WORKFLOWS),
        ("vendor.github-issue-forms", FORMS),
        ("vendor.github-issue-config", [ROOT / ".github" / "ISSUE_TEMPLATE" / "config.yml"]),
        ("vendor.gitlab-ci", [ROOT / ".gitlab-ci.yml"]),
    ):
        result = _schema(schema, files)
        assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing() -> None:
    result = subprocess.run(
        [str(BIN / "zizmor"), "--offline", "--persona", "auditor", str(ROOT / ".github" / "workflows")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout + result.stderr


def test_every_action_is_pinned_by_commit_with_its_version() -> None:
    for workflow in WORKFLOWS:
        for line in workflow.read_text("utf-8").splitlines():
            if re.match(r"^\s*(?:-\s*)?uses:", line):  # the key, not `statuses:`
                assert _PINNED.match(line), f"{workflow.name}: {line.strip()}"


def _runs(data: dict) -> list[str]:
    return [step["run"] for job in data["jobs"].values() for step in job["steps"] if "run" in step]


def test_workflows_run_make_targets_or_zondermuren_only() -> None:
    """What a workflow runs is what the test suite runs: one `make <target>` or `zondermuren` per step."""
    targets = set(re.findall(r"^([a-z][\w.-]*):", (ROOT / "Makefile").read_text("utf-8"), re.M))
    found = []
    for workflow in WORKFLOWS:
        for run in _runs(yaml.safe_load(workflow.read_text("utf-8"))):
            assert "${{" not in run, f"{workflow.name}: an expression in a shell line: {run}"
            words = run.split()
            assert words[0] in ("make", "zondermuren") and "\n" not in run.strip(), f"{workflow.name}: {run}"
            if words[0] == "make":
                assert words[1] in targets, f"{workflow.name}: no target {words[1]}"
            found.append(run)
    gitlab = yaml.safe_load((ROOT / ".gitlab-ci.yml").read_text("utf-8"))
    for job in ("controle", "pages"):
        for line in gitlab[job]["script"]:
            assert line.split()[0] == "make" and line.split()[1] in targets, line
    assert "make check" in found and "make publish SITE_DIR=site" in found


def test_least_privilege() -> None:
    for workflow in WORKFLOWS:
        data = yaml.safe_load(workflow.read_text("utf-8"))
        assert data["permissions"] == {"contents": "read"}, workflow.name
        triggers = data[True] if True in data else data["on"]  # YAML 1.1 reads `on:` as true
        assert "pull_request_target" not in triggers, workflow.name
        for name, job in data["jobs"].items():
            extra = set(job.get("permissions", {}))
            allowed = {
                ("publiceren.yml", "online"): {"pages", "id-token"},
                ("publiceren.yml", "wakker"): {"contents", "actions"},  # keeps the schedule enabled
                ("formulier.yml", "voorstel"): {"contents", "pull-requests", "issues", "statuses"},
            }.get((workflow.name, name), set())
            assert extra <= allowed, f"{workflow.name}/{name}: {extra}"
        if "pull_request" in triggers:
            assert "secrets." not in workflow.read_text("utf-8")


def test_nightly_build_in_brussels_time() -> None:
    data = yaml.safe_load((ROOT / ".github" / "workflows" / "publiceren.yml").read_text("utf-8"))
    triggers = data[True]
    assert set(triggers) == {"push", "schedule", "workflow_dispatch"}
    assert triggers["schedule"] == [{"cron": "30 3 * * *"}]
    assert data["jobs"]["bouwen"]["env"]["TZ"] == "Europe/Brussels"


def test_pre_commit_checks_a_changed_fiche(tmp_path: Path) -> None:
    """The local hook runs the check when a partner's file is committed (no hook repositories fetched)."""
    import os
    import shutil

    repo = tmp_path / "huis"
    shutil.copytree(ROOT / "tests" / "fixtures" / "minimal", repo)
    shutil.copy2(ROOT / ".pre-commit-config.yaml", repo)
    (repo / ".venv").symlink_to(ROOT / ".venv")
    fiche = repo / "partners" / "bib-noorddorp" / "fiche.yml"
    fiche.write_text(fiche.read_text("utf-8").replace("gratis: true", "gratis: ja"), "utf-8")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "ZONDERMUREN_TODAY": "2026-11-22"}
    env.pop("GITHUB_ACTIONS", None)
    env.pop("GITLAB_CI", None)
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    command = [str(BIN / "pre-commit"), "run", "zondermuren-check", "--files", "partners/bib-noorddorp/fiche.yml"]
    result = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, result.stdout
    assert (
        "  partners/bib-noorddorp/fiche.yml:12:9: gratis: verkeerde soort waarde (verwacht true of false, "
        "gevonden 'ja') — bedoelde je true?\n"
    ) in result.stdout


def test_the_guide_on_the_site_is_contributing_md() -> None:
    """content/meewerken.md is CONTRIBUTING.md with a front matter: `make guide` copies it."""
    page = (ROOT / "content" / "meewerken.md").read_text("utf-8")
    front, _, text = page.partition("\n---\n\n")
    assert front.startswith("---\ntitle: ")
    assert text == (ROOT / "CONTRIBUTING.md").read_text("utf-8"), "run `make guide`"


def test_editors_map_the_schemas_to_the_files() -> None:
    import json

    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text("utf-8"))
    assert settings["yaml.schemas"] == {
        "schema/huis.schema.json": ["huis.yml"],
        "schema/fiche.schema.json": ["partners/*/fiche.yml"],
        "schema/activiteiten.schema.json": ["partners/*/activiteiten.yml"],
    }
    assert all((ROOT / name).is_file() for name in settings["yaml.schemas"])
    assert json.loads((ROOT / ".vscode" / "extensions.json").read_text())["recommendations"] == ["redhat.vscode-yaml"]
