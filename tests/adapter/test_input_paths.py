"""A link out of the Huis never reaches the site: not through `check`, `mkdocs build` or `mkdocs serve`.

The small Huis gets two links to a file outside it that holds a secret (what /proc/self/environ holds
on a CI runner): one in assets/ (the engine publishes assets/) and one in content/ (MkDocs copies
every file of docs_dir, following links). `zondermuren check` names both links and their target;
the real MkDocs build, in-process, stops with the same Dutch problems before MkDocs copies a file
(so `make preview` does too); the preview (`mkdocs serve`) shows the problem list instead of the
site. The secret is in no file of the output folder. The whole problem list is asserted.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from testkit.serving import only_languages
from testkit.sitebuild import FIXTURES, copy_project, environment
from zondermuren import cli

SECRET = "GEHEIM_TOKEN=ghs_zondermurenGeheim123"
HINT = "vervang de snelkoppeling door een kopie van het bestand"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    project = copy_project(tmp_path / "project", FIXTURES / "minimal")
    only_languages(project, ["nl", "fr", "ar"])  # the fixture's `talen`
    for page in (project / "content").glob("*.en.md"):
        page.unlink()  # the example's English pages: the fixture has no English
    secret = tmp_path / "elders" / "omgeving"
    secret.parent.mkdir()
    secret.write_text(SECRET + "\n", "utf-8")
    (project / "assets" / "geheim.css").symlink_to(secret)
    (project / "content" / "omgeving.txt").symlink_to(secret)
    for name, value in environment(site_url="https://huis.example.org/", with_print=False).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("ZONDERMUREN_CACHE", str(tmp_path / "cache"))
    return project


def problems(project: Path) -> list[str]:
    target = project.parent / "elders" / "omgeving"
    found = f"gevonden een snelkoppeling naar '{target}') — {HINT}"
    out = "bestand verwijst naar een plaats buiten het Huis (verwacht een gewoon bestand, " + found
    return [f"assets/geheim.css:1:1: {out}", f"content/omgeving.txt:1:1: {out}"]


def test_check_names_each_link_and_its_target(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--map", str(project), "check"]) == 1
    output = capsys.readouterr()
    lines = output.err.splitlines()
    start = lines.index("2 fouten gevonden:") + 1
    assert lines[start:] == [f"  {line}" for line in problems(project)] + [
        "De bronbestanden bevatten fouten; er is niets gebouwd."
    ]
    assert "Traceback" not in output.out + output.err


def _mkdocs(project: Path, site: Path, command: str) -> None:
    """The build MkDocs runs for `mkdocs build` (and `make preview`) or for each save under `mkdocs serve`."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command=command, dirty=False)
    build(config, serve_url="http://127.0.0.1:8000/" if command == "serve" else None)


def _holding_secret(site: Path) -> list[str]:
    return [str(p) for p in site.rglob("*") if p.is_file() and SECRET.encode() in p.read_bytes()]


@pytest.mark.build
def test_the_build_stops_before_mkdocs_copies_a_file(
    project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = tmp_path / "site"
    with caplog.at_level(logging.ERROR), pytest.raises(Abort):
        _mkdocs(project, site, "build")
    errors = "\n".join(record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR)
    assert errors == "De bronbestanden bevatten fouten; er is niets gebouwd.\n2 fouten gevonden:\n" + "\n".join(
        f"  {line}" for line in problems(project)
    )
    assert "Traceback" not in caplog.text
    assert not site.exists() or not any(site.iterdir()), "nothing is built"
    assert not site.exists() or _holding_secret(site) == []


@pytest.mark.build
def test_the_preview_shows_the_problems_and_publishes_nothing_of_the_target(project: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    _mkdocs(project, site, "serve")
    page = re.sub(r"<[^>]+>", "", (site / "index.html").read_text("utf-8"))  # a path may wrap at its slashes
    assert "assets/geheim.css:1:1" in page and "content/omgeving.txt:1:1" in page
    assert not (site / "omgeving.txt").exists() and not (site / "assets" / "geheim.css").exists()
    assert _holding_secret(site) == []
