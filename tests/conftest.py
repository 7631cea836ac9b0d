"""Shared fixtures: the example Huis built once per test worker, served on 127.0.0.1, and Chromium."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests import sitebuild

# Every build in this test process shares one print cache: the example's posters are drawn once
# per site URL, not once per copy of the project (tests of the cache itself use their own folder).
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


@pytest.fixture(scope="session")
def example_port() -> int:
    return sitebuild.free_port()


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory, example_port: int) -> Path:
    """The example Huis, built as if published at the local test server (see sitebuild.build)."""
    return sitebuild.build(tmp_path_factory.mktemp("example"), site_url=f"http://127.0.0.1:{example_port}/")


@pytest.fixture(scope="session")
def example_url(example_site: Path, example_port: int) -> Iterator[str]:
    with sitebuild.serve(example_site, example_port) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: run `make system-deps` (apt-get install chromium)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
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
