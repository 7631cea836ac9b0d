"""Drawings in assets/ and content/ (not logos) reach the site only as their allow-listed copy.

MkDocs copies every file of content/ itself, and the engine publishes assets/: an SVG opened at its
own address runs with the site's origin, so neither may publish the coordinator's bytes. The small
Huis gets a drawing in each place that the check accepts with a warning (a picture from another
host, an animation); the real MkDocs build, in-process and without print, publishes them without
the reference, in every language folder MkDocs copies them to, and equal to `svg.published`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from testkit.serving import only_languages
from testkit.sitebuild import FIXTURES, copy_project, environment
from zondermuren import cli, svg

pytestmark = pytest.mark.build

NS = 'xmlns="http://www.w3.org/2000/svg"'
DRAWING = (
    f'<svg {NS} viewBox="0 0 10 10"><image href="https://evil.example/p.png" width="5" height="5"/>'
    '<rect width="10" height="10" fill="#0a0"><animate attributeName="fill" to="#f00" dur="1s"/></rect></svg>'
)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    project = copy_project(tmp_path / "project", FIXTURES / "minimal")
    only_languages(project, ["nl", "fr", "ar"])  # the fixture's `talen`
    for page in (project / "content").glob("*.en.md"):
        page.unlink()
    (project / "assets" / "kaart.svg").write_text(DRAWING, "utf-8")
    (project / "content" / "plan.svg").write_text(DRAWING, "utf-8")
    for name, value in environment(site_url="https://huis.example.org/", with_print=False).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("ZONDERMUREN_CACHE", str(tmp_path / "cache"))
    return project


def test_drawings_are_warned_about_and_published_rebuilt(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--map", str(project), "check"]) == 0
    warned = [line.strip() for line in capsys.readouterr().out.splitlines() if "tekening bevat" in line]
    assert [line.split(":", 1)[0] for line in warned] == ["assets/kaart.svg", "content/plan.svg"]
    site = tmp_path / "site"
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="build", dirty=False)
    build(config)
    published = sorted(site.rglob("*.svg"))
    names = {p.relative_to(site).as_posix() for p in published}
    assert {"plan.svg", "assets/kaart.svg"} <= names
    rebuilt = svg.published(project / "content" / "plan.svg")
    for path in published:
        data = path.read_bytes()
        assert b"evil.example" not in data and b"<animate" not in data, path
        if path.name in ("plan.svg", "kaart.svg"):
            assert data == rebuilt, path
