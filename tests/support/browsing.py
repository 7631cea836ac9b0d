"""Chromium for the tests: Debian's chromium through Playwright, and pages of built sites answered
from their folders at their published address, so one build serves every test worker.

A new tab costs Chromium about 0.7 CPU-s (its renderer, its compositor, every script compiled
again, axe-core's 500 KB among them); a navigation of an open tab about 0.25 s. Tests that only go
to pages and read them share one tab per module (test_browser's `visit`, test_i18n's `phone`); a
test that changes a page's state for good (a clock it fast-forwards, routes, a first view it
measures) opens its own."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Route

from testkit import sitebuild

AXE = sitebuild.ROOT / "node_modules" / "axe-core" / "axe.min.js"

SITES: dict[str, Path] = {}  # host -> built site folder, for the browser's routing


def _answer(route: Route) -> None:
    url = urlsplit(route.request.url)
    file = sitebuild.site_file(SITES[url.netloc], url.path)
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


@cache
def _axe_script() -> str:
    if not AXE.is_file():
        pytest.fail("axe-core is missing: run `npm install` (make test does)")
    return "() => {\n" + AXE.read_text("utf-8") + "\n}"


def axe_run(page: Page) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.1 A/AA violations on the page as axe-core reports them (empty when clean)."""
    # Run as a function in the page, once per document: half the CPU of a script tag, which puts the
    # 500 KB through the DOM again for each check (a page checked at two widths has axe already), and
    # no cost on documents never checked (an init script compiles axe-core into every one, about:blank too).
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.evaluate(_axe_script())
    # resultTypes: axe-core still reports every violation with all its nodes, but details only one node of
    # the passes and the rest, and only the violations cross back to Python (a fifth less time a page).
    violations: list[dict[str, Any]] = page.evaluate(
        """() => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa']},
                                  resultTypes: ['violations']}).then(result => result.violations)"""
    )
    return violations


def axe_violations(page: Page) -> list[str]:
    """axe-core's WCAG 2.1 A/AA violations on the page, as 'rule: target' lines (empty when clean)."""
    return [f"{v['id']}: {node['target']} {node['html'][:120]}" for v in axe_run(page) for node in v["nodes"]]
