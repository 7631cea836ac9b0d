"""The nightly build stays alive: GitHub disables a public repository's schedules after 60 days
without activity, so each nightly run enables its own workflow again through the API (no commit)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import yaml

from testkit.sitebuild import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "publiceren.yml"  # the schedule; its jobs are the reusable one's
REUSABLE = ROOT / ".github" / "workflows" / "huis-publiceren.yml"


def test_the_nightly_run_enables_its_own_workflow_with_actions_write_only() -> None:
    data = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    assert data["jobs"]["publiceren"]["uses"].split()[0] == "./.github/workflows/huis-publiceren.yml"
    job = yaml.safe_load(REUSABLE.read_text("utf-8"))["jobs"]["wakker"]
    assert job["if"] == "github.event_name == 'schedule'"  # nightly, beside the build, not after it
    assert "needs" not in job and job["permissions"] == {"contents": "read", "actions": "write"}
    assert [step["run"] for step in job["steps"] if "run" in step] == ["make keepalive"]
    assert job["steps"][-1]["env"] == {"GH_TOKEN": "${{ github.token }}"}
    assert data[True]["schedule"]  # the schedule it keeps


def test_make_keepalive_calls_the_enable_api_for_the_publishing_workflow(tmp_path: Path) -> None:
    (tmp_path / "gh").write_text('#!/usr/bin/env bash\nprintf \'%s\\n\' "$*" >> "$GH_LOG"\n')
    (tmp_path / "gh").chmod(0o755)
    log = tmp_path / "gh.log"
    env = {
        **os.environ,
        "PATH": f"{tmp_path}:{os.environ['PATH']}",
        "GH_LOG": str(log),
        "GITHUB_REPOSITORY": "huis/huis",
    }
    result = subprocess.run(["make", "-s", "keepalive"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    workflow = f"repos/huis/huis/actions/workflows/{WORKFLOW.name}/enable"
    assert log.read_text().splitlines() == [f"api --method PUT {workflow}"]
