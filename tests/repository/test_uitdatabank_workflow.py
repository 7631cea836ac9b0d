"""UiTdatabank in the publishing workflows: every publishing run re-publishes the record, and the
Huis's credentials reach the one step that may send, as the names the engine reads.

What the step does with them (send only when they are set, and the record in the site in every case)
is tests/feeds/test_uitdatabank_record.py and test_uitdatabank_publishing.py; the files' schemas and
zizmor's audit are test_workflow_files.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from zondermuren.feeds.uitdatabank.sending import CLIENT_ID, CLIENT_SECRET

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"
SECRETS = {name: f"${{{{ secrets.{name} }}}}" for name in (CLIENT_ID, CLIENT_SECRET)}


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text("utf-8"))


def test_every_publishing_run_fetches_and_republishes_the_record_and_only_that_step_sees_the_secrets():
    reusable = _load(WORKFLOWS / "huis-publiceren.yml")
    declared = reusable[True]["workflow_call"]["secrets"]  # YAML 1.1 reads `on:` as true
    assert {name: spec["required"] for name, spec in declared.items()} == {CLIENT_ID: False, CLIENT_SECRET: False}
    steps = reusable["jobs"]["bouwen"]["steps"]
    runs = [step.get("run") or step.get("uses", "").split("@")[0] for step in steps]
    build = runs.index("make publish SITE_DIR=site")
    record = runs.index("make uitdatabank SITE_DIR=site")
    upload = runs.index("actions/upload-pages-artifact")
    # After the build (it empties site/), before the upload, and on every run: no condition, the job's
    # own success is what lets `online` deploy the record with the site.
    assert build < record < upload == record + 1
    assert "if" not in steps[record] and "continue-on-error" not in steps[record]
    assert steps[record]["env"] == SECRETS
    others = [step for i, step in enumerate(steps) if i != record]
    jobs = [job for name, job in reusable["jobs"].items() if name != "bouwen"]
    assert "UITDATABANK" not in yaml.safe_dump([others, jobs, reusable["jobs"]["bouwen"].get("env")])


def test_the_callers_pass_the_two_secrets_by_name():
    """Named, not `secrets: inherit`: the called workflow sees no other secret of the Huis."""
    for caller in (WORKFLOWS / "publiceren.yml", ROOT / "huis-sjabloon" / ".github" / "workflows" / "publiceren.yml"):
        assert _load(caller)["jobs"]["publiceren"]["secrets"] == SECRETS, caller


def _recipe(makefile: Path) -> str:
    """The `uitdatabank` rule: its variable and commands (the comment above it is the file's language)."""
    found = re.search(r"^UIT_OPGEHAALD \?=.*?\n\n", makefile.read_text("utf-8"), re.S | re.M)
    assert found, makefile
    return found.group(0)


def test_the_makefiles_fetch_over_https_only_and_alike():
    recipe = _recipe(ROOT / "zondermuren" / "sjabloon" / "huis" / "Makefile")
    assert recipe == _recipe(ROOT / "Makefile") == _recipe(ROOT / "huis-sjabloon" / "Makefile")
    assert "curl --silent --show-error --fail --location --proto =https " in recipe
    assert "--publiceer $(SITE_DIR) --opgehaald $(UIT_OPGEHAALD) --status" in recipe


def test_gitlab_runs_the_same_step_one_job_at_a_time():
    pages = _load(ROOT / "gitlab" / "huis.yml")["pages"]
    assert pages["script"][-2:] == ["make publish SITE_DIR=public", "make uitdatabank SITE_DIR=public"]
    assert pages["resource_group"] == "pages"  # the next run reads the record this one published
