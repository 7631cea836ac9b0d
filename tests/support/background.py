"""Builds many tests share, started in the background as soon as the tests are collected.

The example Huis takes a minute to build with print. Its users run last (tests/conftest.py orders
them), so the workers run the cheap tests meanwhile instead of waiting for it. One process, started
by whichever worker gets there first (a file lock decides), makes the builds the collected tests
need, one after the other, each into <shared>/<name>/ with MkDocs' output in build.log; a file
`done` or `failed` there says when it is over. `python -m tests.support.background <shared> <name>...`
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from filelock import FileLock

from testkit import sitebuild

# In this order: the second build of the example finds the print cache warm (both use the run's
# cache), as a rebuild on a Huis's own machine does.
BUILDS = ("example", "example-again")
PID = "background.pid"


def _build(name: str, folder: Path) -> None:
    if name not in BUILDS:
        raise ValueError(f"unknown shared build {name!r} (known: {', '.join(BUILDS)})")
    sitebuild.build(folder, log=folder / "build.log")


def main(shared: Path, names: list[str]) -> None:
    for name in names:
        folder = shared / name
        folder.mkdir(parents=True, exist_ok=True)
        try:
            _build(name, folder)
        except BaseException as error:  # the waiting test reports it, with the log
            (folder / "failed").write_text(f"{type(error).__name__}: {error}", "utf-8")
        else:
            (folder / "done").write_text("ok", "utf-8")


def start(shared: Path, names: list[str]) -> None:
    """Start the builds `names` in one background process, unless a worker did already."""
    with FileLock(str(shared / "background.lock")):
        if (shared / PID).exists():
            return
        wanted = [name for name in BUILDS if name in names]
        with (shared / "background.log").open("wb") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "tests.support.background", str(shared), *wanted],
                cwd=sitebuild.ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: stop() ends the build's children too
            )
        (shared / "background.names").write_text("\n".join(wanted), "utf-8")
        (shared / PID).write_text(str(process.pid), "utf-8")


def _running(pid: int) -> bool:
    """Whether the process is alive (a finished child its parent has not reaped yet is not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def wait(shared: Path, name: str, timeout: float = 1800) -> Path:
    """The folder of build `name` once it is done (started here if no worker started it)."""
    folder = shared / name
    names = shared / "background.names"
    if not names.exists() or name not in names.read_text("utf-8").split():
        with FileLock(str(shared / f"{name}.lock")):  # not started in the background: build it here
            if not (folder / "done").exists():
                main(shared, [name])
    pid = int((shared / PID).read_text()) if (shared / PID).exists() else 0
    deadline = time.monotonic() + timeout
    while not (folder / "done").exists():
        if (folder / "failed").exists():
            log = folder / "build.log"
            detail = log.read_text("utf-8", errors="replace")[-4000:] if log.exists() else ""
            raise AssertionError(f"the shared build {name!r} failed: {(folder / 'failed').read_text()}\n{detail}")
        if (pid and not _running(pid) and not (folder / "done").exists()) or time.monotonic() > deadline:
            background = (shared / "background.log").read_text("utf-8", errors="replace")[-4000:]
            raise AssertionError(f"the shared build {name!r} never finished:\n{background}")
        time.sleep(0.2)
    return folder


def stop(shared: Path) -> None:
    """End the background builds if they still run (a run stopped early): their process group."""
    pid_file = shared / PID
    if pid_file.exists() and _running(pid := int(pid_file.read_text())):
        try:
            os.killpg(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass


if __name__ == "__main__":
    # The test workers keep every core busy meanwhile: one process draws the example's print with a
    # tenth less CPU than one per core (84 -> 76 CPU-s), which the workers get instead.
    os.environ.setdefault("ZONDERMUREN_PROCESSEN", "1")
    main(Path(sys.argv[1]), sys.argv[2:])
