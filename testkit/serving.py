"""A real `mkdocs serve` of a project copy, driven as a coordinator meets it: save a file, ask for a page.

Used by tests/adapter/test_serve.py and by the benchmark (bench/serve.py): both count builds from the
server's own log ("Building documentation...") and time a save until the page shows the change.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from testkit import sitebuild
from testkit.sitebuild import free_port

BUILD = "Building documentation..."
BUILT = re.compile(r"Documentation built in ([\d.]+) seconds")
# MkDocs' watcher polls every 0.5 s and waits 0.1 s for more changes before it builds.
WATCHER_DELAY = 0.6


def only_languages(project: Path, languages: list[str]) -> None:
    """Keep only `languages` in the project's mkdocs.yml (as huis.yml's `talen` of a fixture)."""
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    for locale, name in (("fr", "Français"), ("en", "English"), ("ar", "العربية")):
        if locale not in languages:
            text = text.replace(f"        - locale: {locale}\n          name: {name}\n          build: true\n", "")
    config.write_text(text, "utf-8")


class Preview:
    """`mkdocs serve` on a free local port, its log in `log`; `--dirty` as `make serve` runs it."""

    def __init__(self, project: Path, env: dict[str, str], log: Path, dirty: bool = True) -> None:
        sitebuild.expect_build("mkdocs serve")
        self.project, self.log = project, log
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        command = [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{self.port}"]
        command += ["--dirty"] if dirty else []
        self._out = log.open("wb")
        self.process = subprocess.Popen(command, cwd=project, env=env, stdout=self._out, stderr=subprocess.STDOUT)

    def text(self) -> str:
        return self.log.read_text("utf-8", errors="replace")

    def builds(self) -> int:
        return self.text().count(BUILD)

    def build_seconds(self) -> list[float]:
        return [float(found) for found in BUILT.findall(self.text())]

    def wait_ready(self, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while "Serving on" not in self.text():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"mkdocs serve did not start:\n{self.text()[-3000:]}")
            time.sleep(0.1)

    def get(self, path: str, timeout: float = 10) -> tuple[int, str]:
        """(status, body) of one request; a 404 is an answer too."""
        try:
            with urllib.request.urlopen(self.url + path.lstrip("/"), timeout=timeout) as answer:
                return answer.status, answer.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", errors="replace")

    def wait_for(self, path: str, wanted: Callable[[str], bool], timeout: float = 60) -> float:
        """Ask for `path` until its text is `wanted`; returns the seconds it took."""
        started = time.monotonic()
        body = ""
        while time.monotonic() - started < timeout:
            try:
                _, body = self.get(path, timeout=max(1.0, timeout - (time.monotonic() - started)))
            except OSError:  # the server is busy or the request timed out: ask again
                body = ""
            if wanted(body):
                return time.monotonic() - started
            time.sleep(0.05)
        raise AssertionError(
            f"{path} did not show the change within {timeout} s:\n{body[:2000]}\n{self.text()[-3000:]}"
        )

    def wait_built(self, count: int, timeout: float = 120) -> None:
        """Until the log shows `count` finished builds (a full build takes longer than `settle` waits)."""
        deadline = time.monotonic() + timeout
        while len(self.build_seconds()) < count:
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"mkdocs serve did not finish build {count}:\n{self.text()[-3000:]}")
            time.sleep(0.1)

    def settle(self, before: int, minimum: float = 1.0) -> int:
        """Builds since `before`, counted after one more build time and the watcher's delay."""
        seconds = self.build_seconds()
        time.sleep(max(minimum, (seconds[-1] if seconds else 1.0) + WATCHER_DELAY + 0.5))
        return self.builds() - before

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._out.close()
