"""The engine as a package: a wheel built from the project builds the example Huis on its own.

The editable install that `make` uses reads the source tree, so it hides a wheel that lacks a
subpackage, a template, a catalogue or a font. This test finds every file git keeps under
`zondermuren/` in the wheel, installs the wheel into a fresh virtual environment and builds the
example, with print and search, from a folder outside the repository: in Dutch and Arabic (left to
right and right to left; the other languages take the same templates, and their catalogues are among
the files found in the wheel), which halves the build.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from testkit import sitebuild
from testkit.serving import only_languages
from tests.repository.conftest import UV, install_wheel

pytestmark = pytest.mark.build


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result.stdout + result.stderr


def test_the_wheel_holds_everything_a_build_needs(example_site: Path, engine_wheel: Path, tmp_path: Path):
    """Depends on the example build only so that its print cache is warm: the wheel's build reuses it.
    The wheel (tests/repository/conftest.py) is built once per run, shared with test_new_huis_wheel.py."""
    root = sitebuild.ROOT
    wheel = engine_wheel
    kept = subprocess.run(["git", "ls-files", "-z", "zondermuren"], cwd=root, capture_output=True, check=True)
    packaged = set(zipfile.ZipFile(wheel).namelist())
    missing = [name for name in kept.stdout.decode().split("\0") if name and name not in packaged]
    assert not missing, f"the wheel lacks {missing}"
    venv = tmp_path / "venv"
    _run([UV, "venv", "--quiet", "--python", sys.executable, str(venv)], tmp_path)
    python = venv / "bin" / "python"
    install_wheel(wheel, python, tmp_path)

    outside = tmp_path / "huis"  # the project files a Huis keeps, without the engine's source
    project = sitebuild.copy_project(outside)
    assert not (project / "zondermuren").exists()
    huis = project / "huis.yml"
    huis.write_text(huis.read_text("utf-8").replace("talen: [nl, fr, en, ar]", "talen: [nl, ar]", 1), "utf-8")
    assert "talen: [nl, ar]" in huis.read_text("utf-8")
    only_languages(project, ["nl", "ar"])
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env |= {
        "ZONDERMUREN_TODAY": sitebuild.TODAY,
        "NO_MKDOCS_2_WARNING": "1",
        "ZONDERMUREN_SITE_URL": sitebuild.SITE_URL,
    }
    where = _run([str(python), "-c", "import zondermuren; print(zondermuren.__file__)"], project, env).strip()
    assert Path(where).is_relative_to(venv), f"zondermuren imported from {where}, not from the wheel"
    log = _run([str(venv / "bin" / "mkdocs"), "build", "--strict", "--site-dir", str(tmp_path / "site")], project, env)
    assert "zondermuren: drukwerk" in log
    site = tmp_path / "site"
    assert (site / "index.html").is_file() and (site / "ar" / "index.html").is_file()
    # The theme's templates and static files come from the wheel as well: mkdocs.yml names none of them.
    assert (site / "assets" / "css" / "zondermuren.css").is_file() and (site / "assets" / "fonts" / "OFL.txt").is_file()
    assert '<div class="zm-stale" hidden' in (site / "index.html").read_text("utf-8")
    assert (site / "feeds" / "huis.ics").is_file()
    posters = sorted(site.glob("drukwerk/*/affiche-*.pdf"))
    assert len(posters) > 100 and all(p.read_bytes().startswith(b"%PDF") for p in posters)
    # The command line of the installed package works too, from the Huis's own folder.
    assert "In orde" in _run([str(venv / "bin" / "zondermuren"), "check"], project, env)
