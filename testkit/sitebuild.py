"""Building a Huis into a temporary folder, as `make site` does, for tests to look at.

The build writes generated pages into the docs folder, so every build runs on its own copy of
the project files: tests never touch the working tree and can run in parallel.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import http.server
import io
import logging
import os
import shutil
import socket
import socketserver
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
TODAY = "2026-11-22"
DAY = datetime.date.fromisoformat(TODAY)
# The address every test build of the example is published at. It never resolves: the browser
# tests route it to the built folder (conftest.RoutedBrowser), so one build, with one set of QR
# codes and one print cache, serves every test worker. https: the build refuses http:// for any
# address but this computer's (options.checked_site_url).
SITE_URL = "https://zondermuren.test/"
PROJECT_FILES = ("mkdocs.yml", "hooks", "overrides", "assets", "content")

# The markers of the test that runs (set by tests/conftest.py; None outside a test). A test that
# builds a site must be marked `build`, so that `make test-fast` (-m "not build") never builds one.
current_markers: frozenset[str] | None = None


def expect_build(what: str) -> None:
    if current_markers is not None and "build" not in current_markers:
        raise AssertionError(f"{what} builds a site: mark the test @pytest.mark.build (pyproject.toml)")


def copy_project(target: Path, huis: Path = ROOT) -> Path:
    """A buildable copy: the site machinery from the repo, the Huis (huis.yml, partners/) from `huis`."""
    target.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns(".zondermuren-pages"))
        else:
            shutil.copy2(source, target / name)
    # Generated pages of the working tree must not leak into the copy.
    for generated in (ROOT / "content" / ".zondermuren-pages",):
        if generated.is_file():
            for line in generated.read_text().split():
                (target / "content" / line).unlink(missing_ok=True)
    for name in ("huis.yml", "partners", "assets", "content"):
        source = huis / name
        if huis != ROOT and source.exists():
            destination = target / name
            if source.is_dir():
                shutil.copytree(source, destination, dirs_exist_ok=True)
            else:
                shutil.copy2(source, destination)
    if huis == ROOT:
        shutil.copy2(ROOT / "huis.yml", target / "huis.yml")
        shutil.copytree(ROOT / "partners", target / "partners")
    return target


def settings(
    today: str = TODAY, site_url: str = SITE_URL, with_print: bool = True, with_search: bool = True
) -> dict[str, str]:
    """What a test build sets in its environment: fixed "today" and address, print and search on or off."""
    found = {"ZONDERMUREN_TODAY": today, "NO_MKDOCS_2_WARNING": "1", "ZONDERMUREN_SITE_URL": site_url}
    found |= {} if with_print else {"ZONDERMUREN_DRUKWERK": "uit"}
    return found | ({} if with_search else {"ZONDERMUREN_ZOEKEN": "uit"})


def environment(
    today: str = TODAY, site_url: str = SITE_URL, with_print: bool = True, with_search: bool = True
) -> dict[str, str]:
    """The environment of a test build: this one with `settings`."""
    return {**os.environ, **settings(today, site_url, with_print, with_search)}


def mkdocs(
    project: Path,
    *args: str,
    today: str = TODAY,
    site_url: str = SITE_URL,
    with_print: bool = True,
    with_search: bool = True,
) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` in `project`; print (and search) off for tests that do not look at them."""
    expect_build("mkdocs build")
    env = environment(today, site_url, with_print, with_search)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", *args]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=600)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def build(
    target: Path,
    huis: Path = ROOT,
    today: str = TODAY,
    site_url: str = SITE_URL,
    with_print: bool = True,
    log: Path | None = None,
    with_search: bool = True,
) -> Path:
    """Build into target/site, as if published at `site_url` (canonical, hreflang, feed and QR URLs);
    what MkDocs printed goes to `log` when one is given."""
    project = copy_project(target / "project", huis)
    result = mkdocs(
        project,
        "--site-dir",
        str(target / "site"),
        today=today,
        site_url=site_url,
        with_print=with_print,
        with_search=with_search,
    )
    if log is not None:
        log.write_text(result.stdout + result.stderr, "utf-8")
    if result.returncode != 0:
        raise AssertionError(f"mkdocs build failed:\n{result.stdout}\n{result.stderr}")
    return target / "site"


@contextmanager
def environ(values: dict[str, str]) -> Iterator[None]:
    """`values` in os.environ for the duration (the build reads its options from there), then as before."""
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextmanager
def logged() -> Iterator[io.StringIO]:
    """What the build says, in order: its log (MkDocs' messages, INFO and up) and what it prints on
    stderr (the hook's warnings, printed so that they never fail a strict build)."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(min(level, logging.INFO) if level else logging.INFO)
    try:
        with contextlib.redirect_stderr(out):
            yield out
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def build_in_process(project: Path, site: Path, command: str = "build", strict: bool | None = None) -> None:
    """The build MkDocs runs for `mkdocs build` (and `make preview`) or for each save under `mkdocs serve`,
    in this process, as mkdocs-static-i18n tests its events: load_config, the startup event, build().

    For tests of what the hook does, where a new Python process (seconds of imports) is not the point.
    The options come from os.environ, as in a real build: set them with `environ` or monkeypatch.
    Strict as `make site` and `make preview` build (`--strict`); `mkdocs serve` is not."""
    expect_build("mkdocs build (in-process)")
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    strict = command == "build" if strict is None else strict
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site), strict=strict)
    config.plugins.on_startup(command=command, dirty=False)
    mkdocs_build(config, serve_url="http://127.0.0.1:8000/" if command == "serve" else None)


def site_file(site: Path, path: str) -> Path | None:
    """The file a static host serves for a URL path ('/fr/' -> fr/index.html), or None (404)."""
    candidate = site / path.lstrip("/")
    if candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def serve(site: Path, port: int = 0) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(site))
    server = socketserver.ThreadingTCPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def git(repo: Path, *args: str, when: str = "2026-11-20T10:00:00Z") -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Partner",
        "GIT_AUTHOR_EMAIL": "partner@example.org",
        "GIT_COMMITTER_NAME": "Partner",
        "GIT_COMMITTER_EMAIL": "partner@example.org",
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
    }
    done = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True)
    return done.stdout
