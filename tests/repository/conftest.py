"""The engine's wheel, built once per test run and shared by the tests that install it
(test_wheel.py: the example Huis from the wheel; test_new_huis_wheel.py: a new Huis from the wheel)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# uv builds the wheel and installs it with its ~50 dependencies in seconds where pip takes a minute.
UV = str(Path(sys.executable).parent / "uv")


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: int = 600) -> str:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result.stdout + result.stderr


def install_wheel(wheel: Path, python: Path, cwd: Path) -> None:
    """The wheel and its dependencies (pinned by constraints.txt) into the virtual environment of `python`.

    From uv's cache alone when it holds them: online, uv asks the package index whether each cached
    package is still current, five seconds of waiting per install; the run installs three times. The
    first install of a fresh machine finds the cache empty and fetches them (with pip, `make` fills
    only pip's cache)."""
    install = [UV, "pip", "install", "--quiet", "-c", str(ROOT / "constraints.txt"), "--python", str(python)]
    try:
        run([*install, "--offline", str(wheel)], cwd)
    except AssertionError:  # not all in the cache yet
        run([*install, str(wheel)], cwd)


@pytest.fixture(scope="session")
def engine_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from the working tree, alone in its folder (a folder pip's --find-links can use)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"  # setuptools writes build/ next to the sources: not in the repository
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "zondermuren", source / "zondermuren", ignore=shutil.ignore_patterns("__pycache__"))
    run([UV, "build", "--quiet", "--wheel", "--out-dir", str(work / "wheels"), str(source)], work)
    (wheel,) = (work / "wheels").glob("zondermuren-*.whl")
    return wheel
