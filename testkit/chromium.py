"""Debian's chromium through Playwright, launched alike by the tests (tests/support/browsing.py) and
the benchmark (bench/): tests/ and bench/ never import each other, and both import testkit.

No download of a browser: Playwright drives Debian's chromium-headless-shell (`make system-deps`), the
same Chromium (package chromium, same version, same Blink and V8) built without the browser's window
and profile machinery: what Playwright itself runs for headless tests. It draws and checks the same
pages for a third less CPU than `chromium --headless` (test_browser.py: 27.5 -> 19.3 CPU-s), and
the browser tests are a third of the test run's CPU.
"""

from __future__ import annotations

from playwright.sync_api import Browser, Playwright

CHROMIUM = "/usr/bin/chromium-headless-shell"
# Headless, and quiet on the network: no component updates, sync or first-run pages that would add
# requests of their own to what a page is measured to fetch.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def launch(playwright: Playwright) -> Browser:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
