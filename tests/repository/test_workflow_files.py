"""The git host's files, checked offline: schemas (check-jsonschema), zizmor, pins, and what they run."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from testkit.sitebuild import ROOT

# `slow` (check-jsonschema, zizmor and pre-commit in processes): `make test` runs it, `make test-fast` does not.
pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
REUSABLE = [w for w in WORKFLOWS if w.name.startswith("huis-")]  # what a Huis calls: the engine's own
FORMS = sorted(p for p in (ROOT / ".github" / "ISSUE_TEMPLATE").glob("*.yml") if p.name != "config.yml")
GITLAB = ROOT / "gitlab" / "huis.yml"  # the jobs a Huis's .gitlab-ci.yml includes (this repository's too)
_PINNED = re.compile(r"^\s*(?:-\s*)?uses: [\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")
# A reusable workflow of this repository, called from this repository: GitHub's local form (no pin needed).
_LOCAL = re.compile(r"^\s*uses: \./\.github/workflows/huis-[a-z]+\.yml(?:  # zizmor: ignore\[self-repository\] .*)?$")


def _schema(schema: str, files: list[Path]) -> subprocess.CompletedProcess[str]:
    command = [str(BIN / "check-jsonschema"), "--builtin-schema", schema, *map(str, files)]
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def test_files_match_the_git_hosts_schemas() -> None:
    assert WORKFLOWS and FORMS
    for schema, files in (
        ("vendor.github-workflows", WORKFLOWS),
        ("vendor.github-issue-forms", FORMS),
        ("vendor.github-issue-config", [ROOT / ".github" / "ISSUE_TEMPLATE" / "config.yml"]),
        ("vendor.gitlab-ci", [ROOT / ".gitlab-ci.yml", GITLAB]),
        ("vendor.dependabot", [ROOT / ".github" / "dependabot.yml"]),
    ):
        result = _schema(schema, files)
        assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing() -> None:
    result = subprocess.run(
        [str(BIN / "zizmor"), "--offline", "--persona", "auditor", str(ROOT / ".github")],  # dependabot.yml too
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
                assert _PINNED.match(line) or _LOCAL.match(line), f"{workflow.name}: {line.strip()}"


def _runs(data: dict) -> list[str]:
    return [step["run"] for job in data["jobs"].values() for step in job.get("steps", []) if "run" in step]


_POOL_INSTALL = "python -m pip install --disable-pip-version-check --requirement requirements.txt"


def test_workflows_run_make_targets_or_zondermuren_only() -> None:
    """What a workflow runs is what the test suite runs: one `make <target>` or `zondermuren` per step."""
    targets = set(re.findall(r"^([a-z][\w.-]*):", (ROOT / "Makefile").read_text("utf-8"), re.M))
    found = []
    for workflow in WORKFLOWS:
        for run in _runs(yaml.safe_load(workflow.read_text("utf-8"))):
            assert "${{" not in run, f"{workflow.name}: an expression in a shell line: {run}"
            if workflow.name == "huis-pool-controle.yml" and run == _POOL_INSTALL:
                continue  # a pool's repository has no Makefile: its requirements.txt pins the engine
            words = run.split()
            assert words[0] in ("make", "zondermuren") and "\n" not in run.strip(), f"{workflow.name}: {run}"
            if words[0] == "make":
                assert words[1] in targets, f"{workflow.name}: no target {words[1]}"
            found.append(run)
    gitlab = yaml.safe_load(GITLAB.read_text("utf-8"))
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
                # A caller grants what the reusable workflow's jobs need (test_callers_grant_what_...)
                ("publiceren.yml", "publiceren"): {"contents", "pages", "id-token", "actions"},
                ("formulier.yml", "formulier"): {"contents", "pull-requests", "issues", "statuses"},
                ("huis-publiceren.yml", "bouwen"): {"contents"},
                ("huis-publiceren.yml", "online"): {"pages", "id-token"},
                ("huis-publiceren.yml", "wakker"): {"contents", "actions"},  # keeps the schedule enabled
                ("huis-formulier.yml", "voorstel"): {"contents", "pull-requests", "issues", "statuses"},
                ("huis-regio.yml", "bijwerken"): {"contents", "pull-requests", "statuses"},  # the pool's copy as a PR
                ("uitgave.yml", "pypi"): {"id-token"},  # trusted publishing
                ("uitgave.yml", "github"): {"contents"},  # creates the release
            }.get((workflow.name, name), set())
            assert extra <= allowed, f"{workflow.name}/{name}: {extra}"
        if "pull_request" in triggers:
            assert "secrets." not in workflow.read_text("utf-8")


def test_nightly_build_in_brussels_time() -> None:
    data = yaml.safe_load((ROOT / ".github" / "workflows" / "publiceren.yml").read_text("utf-8"))
    triggers = data[True]
    assert set(triggers) == {"push", "schedule", "workflow_dispatch"}
    assert triggers["schedule"] == [{"cron": "30 3 * * *"}]
    reusable = yaml.safe_load((ROOT / ".github" / "workflows" / "huis-publiceren.yml").read_text("utf-8"))
    assert reusable["jobs"]["bouwen"]["env"]["TZ"] == "Europe/Brussels"


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


# --- the reusable workflows a Huis calls (and this repository's own workflows call) -----------------------

_LEVEL = {"none": 0, "read": 1, "write": 2}


def _workflow(path: Path) -> dict:
    return yaml.safe_load(path.read_text("utf-8"))


def test_the_reusable_workflows_are_called_with_a_python_version() -> None:
    assert [w.name for w in REUSABLE] == [
        "huis-controle.yml",
        "huis-drukwerk.yml",
        "huis-formulier.yml",
        "huis-pool-controle.yml",
        "huis-publiceren.yml",
        "huis-regio.yml",
    ]
    for workflow in REUSABLE:
        data = _workflow(workflow)
        assert set(data[True]) == {"workflow_call"}, workflow.name
        inputs = data[True]["workflow_call"]["inputs"]
        # huis-regio.yml also names the pool's repository (docs/regio.md)
        assert set(inputs) == {"python-version"} | ({"pool"} if workflow.name == "huis-regio.yml" else set())
        assert inputs["python-version"]["type"] == "string" and inputs["python-version"]["default"] == "3.11"
        versions = {
            step["with"]["python-version"]
            for job in data["jobs"].values()
            for step in job["steps"]
            if step.get("uses", "").startswith("actions/setup-python@")
        }
        assert versions == {"${{ inputs.python-version }}"}, workflow.name


def test_this_repository_runs_the_reusable_workflows_itself() -> None:
    """The example Huis exercises what every Huis calls: each of its workflows but the release is one call."""
    calls = {}
    for workflow in WORKFLOWS:
        if workflow in REUSABLE or workflow.name == "uitgave.yml":
            continue
        (job,) = _workflow(workflow)["jobs"].values()
        calls[workflow.name] = job["uses"]
    assert calls == {
        "controle.yml": "./.github/workflows/huis-controle.yml",
        "drukwerk-cache.yml": "./.github/workflows/huis-drukwerk.yml",
        "formulier.yml": "./.github/workflows/huis-formulier.yml",
        "publiceren.yml": "./.github/workflows/huis-publiceren.yml",
    }


def _granted(caller: dict, job: dict) -> dict[str, str]:
    return job.get("permissions", caller.get("permissions", {}))


def test_callers_grant_what_the_called_jobs_need() -> None:
    """A called workflow gets no more than its caller's job grants: a right the reusable workflow's job asks
    for and the caller does not give fails only on GitHub, at run time. A Huis's callers are held to the same
    grants: the comment at the top of each reusable workflow shows them."""
    for workflow in WORKFLOWS:
        caller = _workflow(workflow)
        for name, job in caller["jobs"].items():
            if "uses" not in job:
                continue
            called = _workflow(ROOT / job["uses"])
            granted = _granted(caller, job)
            for called_name, called_job in called["jobs"].items():
                for scope, level in _granted(called, called_job).items():
                    have = _LEVEL[granted.get(scope, "none")]
                    assert have >= _LEVEL[level], f"{workflow.name}/{name} → {called_name}: {scope}: {level}"


def test_the_required_check_is_named_as_the_forms_script_posts_it() -> None:
    """GitHub names a called job's check "<caller's job id> / <called job's name>"; .ci/form posts that name
    as the status of its own pull requests (they start no workflow), and branch protection requires it."""
    (caller_id,) = _workflow(ROOT / ".github" / "workflows" / "controle.yml")["jobs"]
    (called,) = _workflow(ROOT / ".github" / "workflows" / "huis-controle.yml")["jobs"].values()
    name = f"{caller_id} / {called['name']}"
    assert name == "controle / Fiches controleren en voorbeeld bouwen"
    assert f'\ncontext="{name}"\n' in (ROOT / ".ci" / "form").read_text("utf-8")
    assert f'\ncontext="{name}"\n' in (ROOT / ".ci" / "regio").read_text("utf-8")  # the pool's pull request too


def test_gitlab_runs_the_included_jobs_only() -> None:
    """This repository's .gitlab-ci.yml is what a Huis's is: an include of gitlab/huis.yml (here: local)."""
    assert _workflow(ROOT / ".gitlab-ci.yml") == {"include": [{"local": "/gitlab/huis.yml"}]}
    jobs = {k for k, v in _workflow(GITLAB).items() if isinstance(v, dict) and "script" in v}
    assert jobs == {"controle", "pages"}
    assert _workflow(GITLAB)["default"]["image"] == "python:${ZONDERMUREN_PYTHON}-bookworm"


# --- a Huis made by `zondermuren nieuw` (huis-sjabloon/, written by the template's own test) -------------

TEMPLATE = ROOT / "huis-sjabloon"
_ENGINE_CALL = re.compile(
    r"^\s*uses: (?P<repo>[\w.-]+/[\w.-]+)/\.github/workflows/(?P<file>huis-[a-z]+\.yml)@[0-9a-f]{40} # v(?P<v>\S+)$"
)


def _template() -> Path:
    if not (TEMPLATE / "huis.yml").is_file():
        pytest.skip("huis-sjabloon/ is not written yet (tests of zondermuren nieuw write it)")
    return TEMPLATE


def test_the_template_huis_passes_the_hosts_schemas_and_zizmor() -> None:
    template = _template()
    workflows = sorted((template / ".github" / "workflows").glob("*.yml"))
    assert workflows
    checks = [("vendor.github-workflows", workflows)]
    for schema, name in (
        ("vendor.dependabot", ".github/dependabot.yml"),
        ("vendor.renovate", "renovate.json"),
        ("vendor.gitlab-ci", ".gitlab-ci.yml"),
    ):
        if (template / name).is_file():
            checks.append((schema, [template / name]))
    assert {"vendor.dependabot", "vendor.renovate"} & {schema for schema, _ in checks}, "no dependency updater"
    for schema, files in checks:
        result = _schema(schema, files)
        assert result.returncode == 0, result.stdout + result.stderr
    result = subprocess.run(
        [str(BIN / "zizmor"), "--offline", "--persona", "auditor", str(template / ".github")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and "No findings to report" in result.stdout + result.stderr, result.stdout


def test_the_template_huis_calls_this_releases_reusable_workflows_pinned_by_commit() -> None:
    from zondermuren import release

    template = _template()
    called = []
    for workflow in sorted((template / ".github" / "workflows").glob("*.yml")):
        for line in workflow.read_text("utf-8").splitlines():
            if not re.match(r"^\s*(?:-\s*)?uses:", line):
                continue
            assert _PINNED.match(line), f"{workflow.name}: {line.strip()}"
            call = _ENGINE_CALL.match(line)
            if call:
                assert call["repo"] == release.ENGINE_REPOSITORY and call["v"] == release.VERSION, line
                assert _workflow(ROOT / ".github" / "workflows" / call["file"])[True].keys() == {"workflow_call"}
                called.append(call["file"])
    assert {"huis-controle.yml", "huis-publiceren.yml", "huis-formulier.yml", "huis-regio.yml"} <= set(called)
    gitlab = template / ".gitlab-ci.yml"
    if gitlab.is_file():
        assert {"project": release.ENGINE_REPOSITORY, "ref": f"v{release.VERSION}", "file": "/gitlab/huis.yml"} in (
            _workflow(gitlab)["include"]
        )
