"""How a version goes out: publiccode.yml, the release workflow (uitgave.yml) and its steps (.ci/uitgave).

The workflow cannot run here (PyPI, GitHub releases); its schema and zizmor are checked with the other
workflows (test_workflow_files.py). What it runs is `make dist`, `make github-release` and `make
template-repo`, which call `.ci/uitgave`: that script runs here against copies and a local git remote.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from testkit.sitebuild import ROOT
from zondermuren import release

BIN = Path(sys.executable).parent
SCRIPT = ROOT / ".ci" / "uitgave"
COMMIT = "0123456789abcdef0123456789abcdef01234567"
CHANGELOG = f"""# Wat er verandert

## {release.VERSION} — 2026-12-06

Voor coördinatoren: niets te doen.

### Nieuw

- `zondermuren nieuw`.

## 0.9.0

Oud.
"""


def _load() -> ModuleType:
    loader = importlib.machinery.SourceFileLoader("uitgave", str(SCRIPT))  # a script: no .py suffix
    spec = importlib.util.spec_from_loader("uitgave", loader)
    assert spec
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


uitgave = _load()


def _tree(tmp_path: Path, changelog: str | None = CHANGELOG) -> Path:
    """What the script reads and writes, copied: the repository itself is never changed by a test."""
    root = tmp_path / "engine"
    (root / ".ci").mkdir(parents=True)
    (root / "zondermuren").mkdir()
    shutil.copy2(SCRIPT, root / ".ci" / "uitgave")
    shutil.copy2(ROOT / "zondermuren" / "release.py", root / "zondermuren" / "release.py")
    if changelog is not None:
        (root / "CHANGELOG.md").write_text(changelog, "utf-8")
    return root


def _run(root: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("UITGAVE_", "SJABLOON_"))} | env
    command = [sys.executable, str(root / ".ci" / "uitgave"), *args]
    return subprocess.run(command, cwd=root, env=environment, capture_output=True, text=True, timeout=60)


# --- publiccode.yml ------------------------------------------------------------------------------------------


def test_publiccode_matches_the_standards_schema() -> None:
    schema = ROOT / "tests" / "repository" / "schemas" / "publiccode.json"
    command = [str(BIN / "check-jsonschema"), "--schemafile", str(schema), str(ROOT / "publiccode.yml")]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_publiccode_names_this_version_and_the_engines_languages() -> None:
    data = yaml.safe_load((ROOT / "publiccode.yml").read_text("utf-8"))
    assert data["softwareVersion"] == release.VERSION
    assert data["url"] == f"https://github.com/{release.ENGINE_REPOSITORY}"
    assert data["legal"]["license"] == "EUPL-1.2"
    locales = sorted(p.stem for p in (ROOT / "zondermuren" / "locales").glob("*.yml"))
    assert data["localisation"]["availableLanguages"] == locales


# --- the release workflow --------------------------------------------------------------------------------------


def test_the_release_publishes_only_what_it_built_from_the_tag() -> None:
    data = yaml.safe_load((ROOT / ".github" / "workflows" / "uitgave.yml").read_text("utf-8"))
    assert data[True] == {"push": {"tags": ["v*"]}}
    jobs = data["jobs"]
    build = [step for step in jobs["bouwen"]["steps"] if step.get("run") == "make dist"]
    assert build and build[0]["env"] == {"UITGAVE_TAG": "${{ github.ref_name }}", "UITGAVE_COMMIT": "${{ github.sha }}"}
    # Trusted publishing: the OIDC right in that one job, behind the environment PyPI trusts; no token.
    assert jobs["pypi"]["permissions"] == {"id-token": "write"} and jobs["pypi"]["environment"]["name"] == "pypi"
    assert jobs["pypi"]["steps"][-1]["uses"].startswith("pypa/gh-action-pypi-publish@")
    assert [name for name, job in jobs.items() if "id-token" in job.get("permissions", {})] == ["pypi"]
    assert jobs["pypi"]["needs"] == "bouwen" and jobs["github"]["needs"] == jobs["sjabloon"]["needs"] == "pypi"
    # The one secret, readable only by the job that pushes the template, in its own environment.
    text = (ROOT / ".github" / "workflows" / "uitgave.yml").read_text("utf-8")
    assert text.count("secrets.") == 1 and jobs["sjabloon"]["environment"]["name"] == "sjabloon"
    assert jobs["sjabloon"]["steps"][-1]["env"]["SJABLOON_TOKEN"] == "${{ secrets.SJABLOON_TOKEN }}"
    # Nothing published is built from a cache another run wrote.
    assert "actions/cache" not in text and "cache:" not in text


# --- .ci/uitgave: the tag, the changelog, the commit -------------------------------------------------------------


def test_a_tag_that_is_not_the_version_is_refused(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    before = (root / "zondermuren" / "release.py").read_text("utf-8")
    result = _run(root, "versie", UITGAVE_TAG="v9.9.9", UITGAVE_COMMIT=COMMIT)
    assert result.returncode == 1
    assert result.stderr == (
        f"uitgave: the tag 'v9.9.9' is not the version of zondermuren/release.py: expected 'v{release.VERSION}'\n"
    )
    assert (root / "zondermuren" / "release.py").read_text("utf-8") == before


def test_a_version_without_its_changelog_entry_is_refused(tmp_path: Path) -> None:
    root = _tree(tmp_path, changelog=CHANGELOG.replace(f"## {release.VERSION} — 2026-12-06", "## 0.9.1"))
    result = _run(root, "versie", UITGAVE_TAG=f"v{release.VERSION}", UITGAVE_COMMIT=COMMIT)
    assert result.returncode == 1
    assert result.stderr == (
        f"uitgave: CHANGELOG.md has no entry for {release.VERSION}: write it (in Dutch, for coordinators) "
        "before tagging\n"
    )


def test_the_release_commit_is_written_into_the_package(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    before = (root / "zondermuren" / "release.py").read_text("utf-8")
    assert before.count('\nENGINE_COMMIT = ""\n') == 1  # the source tree knows no release commit
    result = _run(root, "versie", UITGAVE_TAG=f"v{release.VERSION}", UITGAVE_COMMIT=COMMIT)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"zondermuren {release.VERSION}, commit {COMMIT}\n"
    after = (root / "zondermuren" / "release.py").read_text("utf-8")
    assert after == before.replace('\nENGINE_COMMIT = ""\n', f'\nENGINE_COMMIT = "{COMMIT}"\n')
    assert _run(root, "versie", UITGAVE_TAG=f"v{release.VERSION}", UITGAVE_COMMIT="main").stderr == (
        "uitgave: UITGAVE_COMMIT must be the tag's 40-hex commit, found 'main'\n"
    )


def test_the_release_notes_are_the_versions_changelog_entry(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    notes = tmp_path / "notities.md"
    result = _run(root, "notities", str(notes), UITGAVE_TAG=f"v{release.VERSION}")
    assert result.returncode == 0, result.stderr
    assert notes.read_text("utf-8") == "Voor coördinatoren: niets te doen.\n\n### Nieuw\n\n- `zondermuren nieuw`.\n"
    assert uitgave.changelog_entry("1.2.0", "## [1.2.0] - 2027-01-04\nNieuw.\n## [1.1.0]\nOud.\n") == "Nieuw.\n"
    with pytest.raises(uitgave.Refused):  # 1.2.0 is not 1.2.00 nor 11.2.0
        uitgave.changelog_entry("1.2.0", "## 11.2.0\nA.\n## 1.2.00\nB.\n")


# --- .ci/uitgave: the template repository ------------------------------------------------------------------------


def _git(cwd: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return result.stdout


def test_the_template_is_pushed_as_the_next_commit_pinned_to_this_release(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    template = root / "huis-sjabloon"
    (template / ".github" / "workflows").mkdir(parents=True)
    old = "huis-zonder-muren/zondermuren/.github/workflows/huis-controle.yml@" + "0" * 40 + " # v0.9.0"
    (template / ".github" / "workflows" / "controle.yml").write_text(f"jobs:\n  controle:\n    uses: {old}\n")
    (template / ".gitlab-ci.yml").write_text(
        "include:\n  - project: huis-zonder-muren/zondermuren\n    ref: v0.9.0\n    file: /gitlab/huis.yml\n"
    )
    (template / "requirements.txt").write_text("zondermuren==0.9.0\n")
    (template / "huis.yml").write_text("naam: Huis van het Kind Voorbeeld\n")
    (template / "oud.md").write_text("weg\n")
    remote = tmp_path / "huis-sjabloon.git"
    _git(tmp_path, "init", "-q", "--bare", "-b", "main", str(remote))
    env = {"UITGAVE_COMMIT": COMMIT, "SJABLOON_URL": str(remote), "SJABLOON_TOKEN": "geheim"}
    first = _run(root, "sjabloon", **env)
    assert first.returncode == 0, first.stderr
    (template / "oud.md").unlink()
    second = _run(root, "sjabloon", **env)
    assert second.returncode == 0, second.stderr
    assert "geheim" not in first.stdout + first.stderr + second.stdout + second.stderr
    tag = f"v{release.VERSION}"
    assert _git(remote, "rev-parse", tag) == _git(remote, "rev-parse", "main")
    assert (
        _git(remote, "log", "--format=%s", "main").splitlines()
        == [f"Huis-sjabloon van zondermuren {release.VERSION}"] * 2
    )
    assert _git(remote, "ls-tree", "-r", "--name-only", "main").split() == [
        ".github/workflows/controle.yml",
        ".gitlab-ci.yml",
        "huis.yml",
        "requirements.txt",
    ]
    workflow = _git(remote, "show", "main:.github/workflows/controle.yml")
    assert workflow == (
        "jobs:\n  controle:\n    uses: huis-zonder-muren/zondermuren/.github/workflows/huis-controle.yml"
        f"@{COMMIT} # v{release.VERSION}\n"
    )
    assert f"    ref: v{release.VERSION}\n" in _git(remote, "show", "main:.gitlab-ci.yml")
    assert _git(remote, "show", "main:requirements.txt") == f"zondermuren=={release.VERSION}\n"
    assert (template / ".github" / "workflows" / "controle.yml").read_text().endswith(" # v0.9.0\n")  # a copy pinned
