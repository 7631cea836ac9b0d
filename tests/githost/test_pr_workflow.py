"""The pull-request workflow, run here step by step: no GitHub runner is needed to know what it does.

Each `run:` step of .github/workflows/huis-controle.yml (the reusable workflow controle.yml calls) runs in order, as GitHub runs it (`bash -e`),
in a clean copy of the repository (the files git knows), with GITHUB_ACTIONS=true and a
temporary GITHUB_STEP_SUMMARY. The `uses:` steps (checkout, Python, upload) are GitHub's own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from testkit.sitebuild import ROOT, TODAY

WORKFLOW = ROOT / ".github" / "workflows" / "huis-controle.yml"


def clean_copy(target: Path) -> Path:
    files = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, (f.decode() for f in files)):  # generated pages are git-ignored
        if (ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target / name)
    return target


def run_steps(project: Path, summary: Path) -> list[subprocess.CompletedProcess[str]]:
    """Every run step in order until one fails, with the job's env and the runner's variables."""
    job = yaml.safe_load(WORKFLOW.read_text("utf-8"))["jobs"]["controle"]
    stamp = project.parent / "installed"
    stamp.touch()  # the test's own venv is installed: `make install` has nothing to do
    env = {
        **os.environ,
        **{k: str(v) for k, v in job.get("env", {}).items()},
        "GITHUB_ACTIONS": "true",
        "GITHUB_STEP_SUMMARY": str(summary),
        "VENV": str(ROOT / ".venv"),
        "STAMP": str(stamp),
        "ZONDERMUREN_TODAY": TODAY,
    }
    env.pop("GITLAB_CI", None)
    done = []
    for step in job["steps"]:
        if "run" not in step:
            continue
        result = subprocess.run(
            ["bash", "-e", "-c", step["run"]], cwd=project, env=env, capture_output=True, text=True, timeout=600
        )
        done.append(result)
        if result.returncode != 0:
            break
    return done


def test_a_broken_fiche_stops_at_the_check_with_annotations(tmp_path: Path) -> None:
    project = clean_copy(tmp_path / "repo")
    fiche = project / "partners" / "de-ballon" / "fiche.yml"
    text = fiche.read_text("utf-8")
    assert text.count("levensdomeinen: [ontmoeting, ouderschap-en-opvoeding]") == 1
    fiche.write_text(text.replace("[ontmoeting, ouderschap", "[ontmoetnig, ouderschap"), "utf-8")
    summary = tmp_path / "summary.md"
    steps = run_steps(project, summary)
    assert [s.returncode for s in steps] == [0, 2]  # install, then check fails (make reports 2); no build
    annotations = [line for line in steps[-1].stdout.splitlines() if line.startswith("::")]
    assert annotations[0] == (
        "::error file=partners/de-ballon/fiche.yml,line=15,col=18,title=Fout in levensdomeinen[1]::"
        "levensdomeinen[1]: onbekende waarde (verwacht een van de 14 codes uit de woordenlijst (zie docs/velden.md); "
        "gevonden 'ontmoetnig') — bedoelde je 'ontmoeting'?"
    )
    assert all(line.startswith(("::error ", "::warning ")) for line in annotations)
    text = summary.read_text("utf-8")
    assert text.startswith("## Controle van de fiches: niet in orde\n")
    assert "  partners/de-ballon/fiche.yml:15:18: levensdomeinen[1]: onbekende waarde" in text
    assert not (project / "voorbeeld").exists()


@pytest.mark.build
def test_the_example_passes_and_its_preview_opens_from_a_folder(tmp_path: Path) -> None:
    project = clean_copy(tmp_path / "repo")
    summary = tmp_path / "summary.md"
    steps = run_steps(project, summary)
    assert [s.returncode for s in steps] == [0, 0, 0], steps[-1].stderr[-3000:]
    assert summary.read_text("utf-8").startswith("## Controle van de fiches: in orde")
    assert "In orde: 31 partners, 75 activiteiten." in summary.read_text("utf-8")
    page = (project / "voorbeeld" / "partners" / "de-ballon" / "index.html").read_text("utf-8")
    assert 'href="../../activiteiten/speelochtend-eikelare/index.html"' in page
    assert 'href="../index.html"' in page or 'href="../../index.html"' in page
    assert not list((project / "voorbeeld").rglob("*.pdf"))  # print off in the preview
