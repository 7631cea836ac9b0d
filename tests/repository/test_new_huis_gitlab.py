"""The GitLab variant of a new Huis (`zondermuren nieuw --gitlab`), held to what test_workflow_files.py holds
huis-sjabloon/ (the GitHub variant) to: its .gitlab-ci.yml and renovate.json pass the hosts' schemas, the
engine is pinned at this release's tag, and Renovate is set to bring the next release as a merge request.

The schemas are the ones check-jsonschema ships (`vendor.gitlab-ci`: GitLab's own; `vendor.renovate`: the
one Renovate publishes, "JSON schema for Renovate 44.181.5 config files"), pinned with check-jsonschema in
constraints.txt, so nothing is vendored here (tests/repository/schemas/README.md says the same). zizmor reads
GitHub workflows and Dependabot files only: nothing of it applies to a GitLab Huis.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from tests.repository.test_new_huis import _nieuw
from tests.repository.test_workflow_files import _schema
from zondermuren import release

# `slow` (copier and the hosts' schemas): `make test` runs it, `make test-fast` does not.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
ENGINE_CI = "/gitlab/huis.yml"  # the file of the engine's project a Huis includes
MANAGERS = {"pip_requirements", "gitlabci-include"}  # requirements.txt pins the engine, .gitlab-ci.yml its jobs
# Where Renovate looks by default (docs.renovatebot.com/modules/manager/<manager>, "File Matching"): the
# template sets no managerFilePatterns, so the Huis's files must be where these find them.
DEFAULT_FILES = {
    "gitlabci-include": re.compile(r"\.gitlab-ci\.ya?ml$"),
    "pip_requirements": re.compile(r"(^|/)[\w-]*requirements([-.]\w+)?\.(txt|pip)$"),
}


@pytest.fixture(scope="module")
def huis(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One GitLab Huis for the tests below, rendered as a coordinator's script does (no terminal)."""
    work = tmp_path_factory.mktemp("gitlab")
    result = _nieuw("huis", "--gitlab", "--zonder-git", cwd=work)
    assert result.returncode == 0, result.stdout + result.stderr
    return work / "huis"


def _as_gitlab_sees_it(gitlab_ci: Path) -> dict:
    """The Huis's .gitlab-ci.yml merged with the engine's file it includes, as GitLab merges them: the
    included file first, the Huis's own keys over it (hashes deep-merged, e.g. its own `variables:`).
    The engine's file at the pinned tag is this working tree's: the tag is this release."""
    own = yaml.safe_load(gitlab_ci.read_text("utf-8"))
    (include,) = own.pop("include")
    assert include["project"] == release.ENGINE_REPOSITORY and include["file"] == ENGINE_CI, include
    merged = yaml.safe_load((ROOT / ENGINE_CI.lstrip("/")).read_text("utf-8"))
    for key, value in own.items():
        both = isinstance(value, dict) and isinstance(merged.get(key), dict)
        merged[key] = {**merged[key], **value} if both else value
    return merged


def test_the_gitlab_huis_passes_the_hosts_schemas(huis: Path, tmp_path: Path) -> None:
    merged = tmp_path / "zoals-gitlab-het-ziet.yml"
    merged.write_text(yaml.safe_dump(_as_gitlab_sees_it(huis / ".gitlab-ci.yml"), sort_keys=False), "utf-8")
    for schema, files in (
        ("vendor.gitlab-ci", [huis / ".gitlab-ci.yml", merged]),
        ("vendor.renovate", [huis / "renovate.json"]),
    ):
        result = _schema(schema, files)
        assert result.returncode == 0, result.stdout + result.stderr


def test_the_schemas_refuse_a_broken_renovate_json_and_gitlab_ci(huis: Path, tmp_path: Path) -> None:
    """The check above can fail: mutated copies of the same files, each with one mistake a hand edit makes."""
    settings = json.loads((huis / "renovate.json").read_text("utf-8"))
    assert settings["enabledManagers"][1] == "gitlabci-include" and settings["packageRules"][0]["groupName"] == "motor"
    typo, kind = tmp_path / "typfout.json", tmp_path / "soort.json"
    typo.write_text(json.dumps(settings | {"enabledManagers": ["pip_requirements", "gitlabci_include"]}), "utf-8")
    settings["packageRules"][0]["groupName"] = ["motor"]  # a list where Renovate wants one name
    kind.write_text(json.dumps(settings), "utf-8")
    result = _schema("vendor.renovate", [typo, kind])
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Schema validation errors were encountered."
    assert lines[1].startswith(f"  {typo}::$.enabledManagers[1]: 'gitlabci_include' is not one of ['ansible', ")
    assert lines[2] == f"  {kind}::$.packageRules[0].groupName: ['motor'] is not of type 'string', 'null'"

    ci = yaml.safe_load((huis / ".gitlab-ci.yml").read_text("utf-8"))
    del ci["include"][0]["file"]  # a project include without the file to take from it
    broken = tmp_path / "zonder-file.yml"
    broken.write_text(yaml.safe_dump(ci), "utf-8")
    result = _schema("vendor.gitlab-ci", [broken])
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.splitlines()[1] == (
        f"  {broken}::$.include: [{{'project': '{release.ENGINE_REPOSITORY}', 'ref': 'v{release.VERSION}'}}] "
        "is not valid under any of the given schemas"
    )


def test_the_gitlab_huis_pins_this_engine_and_renovate_brings_the_next(huis: Path) -> None:
    # Nothing but the include: what GitLab runs is the engine's file at this release's tag.
    gitlab_ci = yaml.safe_load((huis / ".gitlab-ci.yml").read_text("utf-8"))
    assert gitlab_ci == {
        "include": [{"project": release.ENGINE_REPOSITORY, "ref": f"v{release.VERSION}", "file": ENGINE_CI}]
    }
    assert (ROOT / ENGINE_CI.lstrip("/")).is_file()
    assert f"\nzondermuren=={release.VERSION}\n" in (huis / "requirements.txt").read_text("utf-8")
    # Renovate updates both pins, in one merge request (the pull request's check builds the site with it).
    settings = json.loads((huis / "renovate.json").read_text("utf-8"))
    assert set(settings["enabledManagers"]) == MANAGERS
    assert any(MANAGERS <= set(rule["matchManagers"]) and rule.get("groupName") for rule in settings["packageRules"])
    assert not any(isinstance(v, dict) and "managerFilePatterns" in v for v in settings.values())
    files = [path.relative_to(huis).as_posix() for path in huis.rglob("*") if path.is_file()]
    for manager, name in (("gitlabci-include", ".gitlab-ci.yml"), ("pip_requirements", "requirements.txt")):
        assert [file for file in files if DEFAULT_FILES[manager].search(file)] == [name], manager
