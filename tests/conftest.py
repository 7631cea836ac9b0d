"""Shared fixtures and the order of the run.

- Markers: a test that uses the shared example build is marked `build`, one that uses Chromium
  `browser` (pyproject.toml registers both; `make test-fast` leaves them out). A test that builds a
  site itself carries `@pytest.mark.build`: the build helpers refuse to build in a test without it.
- Order: cheap tests first, then tests with builds of their own, then the users of the example build.
  That build starts in the background as soon as the tests are collected (tests/support/background.py),
  so the workers run the cheap tests while it builds instead of waiting for it.
- Fixtures: the example Huis built once per run (`example_site`, what MkDocs said `example_log`, a
  second build `example_again`), the day of every test build (`today`), Chromium (`browser`) and
  a published minimal Huis (`published`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

from testkit import sitebuild
from testkit.chromium import CHROMIUM, CHROMIUM_ARGS
from tests.support import background
from tests.support.browsing import SITES, RoutedBrowser

# Fixtures whose users need a shared build, and the build each one waits for.
SHARED_BUILDS = {"example_site": "example", "example_url": "example", "example_log": "example"}
SHARED_BUILDS |= {"example_again": "example-again"}
SHARED = "ZONDERMUREN_TEST_SHARED"  # the run's folder of shared builds, for the workers
_OWN = pytest.StashKey[Path]()


def pytest_configure(config: pytest.Config) -> None:
    """One print cache and one folder for the shared builds, made before the test workers start
    (they inherit both through the environment) and removed when the run ends.

    Every build of the example is published at the same address (sitebuild.SITE_URL), so its
    posters are drawn once per run, not once per worker or per copy of the project (tests of the
    cache itself use their own folder).
    """
    if hasattr(config, "workerinput") or SHARED in os.environ:
        return
    shared = Path(tempfile.mkdtemp(prefix="zondermuren-tests-"))
    config.stash[_OWN] = shared
    os.environ[SHARED] = str(shared)
    os.environ.setdefault("ZONDERMUREN_CACHE", str(shared / "cache"))


_STARTED = pytest.StashKey[float]()


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.stash[_STARTED] = time.time()


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """When each shared build was ready, counted from the start of the run: the run's critical path."""
    shared, started = config.stash.get(_OWN, None), config.stash.get(_STARTED, None)
    if shared is None or started is None:
        return
    ready = [
        f"{name} na {(shared / name / 'done').stat().st_mtime - started:.0f} s"
        for name in background.BUILDS
        if (shared / name / "done").exists()
    ]
    if ready:
        terminalreporter.write_line("gedeelde builds klaar: " + ", ".join(ready))


def pytest_unconfigure(config: pytest.Config) -> None:
    shared = config.stash.get(_OWN, None)
    if shared is not None:
        background.stop(shared)  # a run stopped early (-x, Ctrl-C) leaves no build running
        shutil.rmtree(shared, ignore_errors=True)
        os.environ.pop(SHARED, None)


def _needs(item: pytest.Item) -> set[str]:
    """The shared builds a test waits for."""
    return {SHARED_BUILDS[name] for name in getattr(item, "fixturenames", ()) if name in SHARED_BUILDS}


def _lane(item: pytest.Item, builds_too: bool) -> int:
    """Cheap tests first, then tests with builds of their own, then the users of the shared example.
    Among those, the long steps first (longest first is what keeps both workers busy to the end, and
    the run's last minute is the example's users only): the browser tests, then the tests that also
    build something themselves (a wheel and its site, print runs) or share a long module fixture (an
    `xdist_group`: the Nu checker's 15 s of Java over the whole site), then the rest. In the last lane a
    module's place is its number of tests: a long group of two tests would start last and keep one
    worker busy while the other has nothing left."""
    if _needs(item):
        if item.get_closest_marker("browser"):
            return 3
        return 4 if builds_too or item.get_closest_marker("xdist_group") else 5
    if item.get_closest_marker("browser"):
        return 2
    return 1 if item.get_closest_marker("build") else 0


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark by fixture before `-m` selects (a shared build means `build`, Chromium `browser`), then
    order by lane, and within a lane the modules with the most tests first (the corpus: its cases
    assert the worker's peak memory, which tests that ran before in the same worker can only raise).
    A module stays together within its lane, so its module fixtures are made once per worker."""
    builds_too = {id(item) for item in items if item.get_closest_marker("build")}  # its own mark, not ours
    for item in items:
        if _needs(item):
            item.add_marker(pytest.mark.build)
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)
    lane = {id(item): _lane(item, id(item) in builds_too) for item in items}
    size = Counter((lane[id(item)], item.path) for item in items)
    position = {id(item): number for number, item in enumerate(items)}
    items.sort(key=lambda item: (lane[id(item)], -size[lane[id(item)], item.path], position[id(item)]))
    if os.environ.get("PYTEST_XDIST_WORKER"):
        _write_groups(items)


# `--dist loadgroup` sends the tests of one `xdist_group` to one worker, so a module-scoped build is
# made once. pytest-xdist 3.8 marks a group by appending "@group" to the test's nodeid, which pytest 9.2
# no longer lets it change (a node's id is derived from its parent's): the scheduler never sees a group.
# The workers write the groups to a file instead and the scheduler below reads them (until xdist mends it).
GROUPS = "xdist-groups.json"


def _write_groups(items: list[pytest.Item]) -> None:
    found = {}
    for item in items:
        names = sorted(
            {
                str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))
                for mark in item.iter_markers("xdist_group")
            }
        )
        if names:
            found[item.nodeid] = "_".join(names)
    path = Path(os.environ[SHARED]) / GROUPS
    partial = path.with_suffix(f".{os.getpid()}")
    partial.write_text(json.dumps(found), "utf-8")
    partial.replace(path)  # both workers write the same; a reader never sees half a file


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadGroupScheduling

    class FileGroups(LoadGroupScheduling):
        """xdist's loadgroup, the groups read from what the workers wrote at collection."""

        _groups: dict[str, str] | None = None

        def _split_scope(self, nodeid: str) -> str:
            if self._groups is None:
                path = Path(os.environ[SHARED]) / GROUPS
                self._groups = json.loads(path.read_text("utf-8")) if path.exists() else {}
            return self._groups.get(nodeid) or super()._split_scope(nodeid)

    return FileGroups(config, log)


def pytest_collection_finish(session: pytest.Session) -> None:
    """The shared builds the selected tests need start now, in one background process."""
    needed = set().union(*(_needs(item) for item in session.items))
    if needed and not session.config.option.collectonly:
        background.start(Path(os.environ[SHARED]), sorted(needed))


# How much the test workers step back for the shared builds once those are started: the workers
# have minutes of other tests to run meanwhile, but the example's users (the run's last minute)
# can only start once its build is done, so that build is the run's critical path.
WORKER_NICENESS = 6
_niced = False


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """The build helpers see the test's markers (sitebuild.expect_build), its fixtures' setup included."""
    global _niced
    if not _niced and os.environ.get("PYTEST_XDIST_WORKER"):
        os.nice(WORKER_NICENESS)  # after collection, so the background build keeps the normal priority
        _niced = True
    sitebuild.current_markers = frozenset(mark.name for mark in item.iter_markers())
    try:
        return (yield)
    finally:
        sitebuild.current_markers = None


@pytest.fixture(scope="session")
def today() -> dt.date:
    """The day every test build and check runs on (ZONDERMUREN_TODAY of sitebuild's builds)."""
    return sitebuild.DAY


def _shared(name: str) -> Path:
    return background.wait(Path(os.environ[SHARED]), name)


@pytest.fixture(scope="session")
def example_site() -> Path:
    """The example Huis, built once per test run at sitebuild.SITE_URL and shared by every worker."""
    return _shared("example") / "site"


@pytest.fixture(scope="session")
def example_log(example_site: Path) -> str:
    """What MkDocs printed while building `example_site` (a strict build, print on)."""
    return (example_site.parent / "build.log").read_text("utf-8")


@pytest.fixture(scope="session")
def example_again(example_site: Path) -> Path:
    """The example built a second time, the same day, after `example_site` (its print cache warm)."""
    return _shared("example-again") / "site"


@pytest.fixture(scope="session")
def example_url(example_site: Path) -> str:
    """The example's published address; the browser fixture answers it from the built folder."""
    SITES[urlsplit(sitebuild.SITE_URL).netloc] = example_site
    return sitebuild.SITE_URL


@pytest.fixture(scope="session")
def browser() -> Iterator[RoutedBrowser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make system-deps` (apt-get install chromium-headless-shell)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield RoutedBrowser(chromium)
        chromium.close()


@pytest.fixture
def published(tmp_path: Path) -> Path:
    """The minimal Huis as the first commit of its repository."""
    repo = tmp_path / "huis"
    shutil.copytree(sitebuild.FIXTURES / "minimal", repo)
    sitebuild.git(repo, "init", "-q", "-b", "main")
    sitebuild.git(repo, "add", ".")
    sitebuild.git(repo, "commit", "-q", "-m", "Eerste publicatie")
    return repo
