"""Shared fixtures: the example Huis built once per test worker, served on 127.0.0.1, and Chromium."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from filelock import FileLock
from playwright.sync_api import Browser, BrowserContext, Page, Route, sync_playwright

from tests import sitebuild


def pytest_configure(config: pytest.Config) -> None:
    """One print cache for the whole run, made before the test workers start (they inherit it).

    Every build of the example is published at the same address (sitebuild.SITE_URL), so its
    posters are drawn once per run, not once per worker or per copy of the project (tests of the
    cache itself use their own folder).
    """
    if not hasattr(config, "workerinput"):
        os.environ.setdefault("ZONDERMUREN_CACHE", tempfile.mkdtemp(prefix="zondermuren-cache-"))


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


_SITES: dict[str, Path] = {}  # host -> built site folder, for the browser's routing


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example Huis, built once per test run at sitebuild.SITE_URL and shared by every worker."""
    # Under xdist each worker's basetemp is <run>/popen-gwN: its parent is the run's, shared by
    # the workers. Without xdist the basetemp is the run's own folder (its parent outlives the run).
    basetemp = tmp_path_factory.getbasetemp()
    shared = basetemp.parent if os.environ.get("PYTEST_XDIST_WORKER") else basetemp
    target = shared / "example"
    with FileLock(str(shared / "example.lock")):
        if not (target / "built").is_file():
            sitebuild.build(target)
            (target / "built").write_text("ok")
    return target / "site"


@pytest.fixture(scope="session")
def example_url(example_site: Path) -> str:
    """The example's published address; the browser fixture answers it from the built folder."""
    _SITES[urlsplit(sitebuild.SITE_URL).netloc] = example_site
    return sitebuild.SITE_URL


def _answer(route: Route) -> None:
    url = urlsplit(route.request.url)
    file = sitebuild.site_file(_SITES[url.netloc], url.path)
    if file is None:
        route.fulfill(status=404, body="not found")
    else:
        route.fulfill(path=str(file))


class RoutedBrowser:
    """Chromium whose contexts answer the example's published address from its built folder."""

    def __init__(self, browser: Browser) -> None:
        self._browser = browser

    def new_context(self, **options: Any) -> BrowserContext:
        context = self._browser.new_context(**options)
        context.route(f"{sitebuild.SITE_URL}**", _answer)
        return context

    def new_page(self, **options: Any) -> Page:
        context = self.new_context(**options)
        page = context.new_page()
        page.on("close", lambda _: context.close())
        return page


@pytest.fixture(scope="session")
def browser() -> Iterator[RoutedBrowser]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: run `make system-deps` (apt-get install chromium)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield RoutedBrowser(chromium)
        chromium.close()


AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"


def axe_violations(page) -> list[str]:
    """axe-core's WCAG 2.1 A/AA violations on the page, as 'rule: target' lines (empty when clean)."""
    if not AXE.is_file():
        pytest.fail("axe-core is missing: run `npm install` (make test does)")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "() => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa']}})"
    )
    return [f"{v['id']}: {node['target']} {node['html'][:120]}" for v in result["violations"] for node in v["nodes"]]


@pytest.fixture
def published(tmp_path: Path) -> Path:
    """The minimal Huis as the first commit of its repository."""
    repo = tmp_path / "huis"
    shutil.copytree(sitebuild.FIXTURES / "minimal", repo)
    sitebuild.git(repo, "init", "-q", "-b", "main")
    sitebuild.git(repo, "add", ".")
    sitebuild.git(repo, "commit", "-q", "-m", "Eerste publicatie")
    return repo
