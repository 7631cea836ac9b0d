"""Debian's chromium through Playwright, launched alike by the tests (tests/support/browsing.py) and
the benchmark (bench/): tests/ and bench/ never import each other, and both import testkit.

No download of a browser: Playwright drives the system's /usr/bin/chromium (`make system-deps`).
"""

from __future__ import annotations

from playwright.sync_api import Browser, Playwright

CHROMIUM = "/usr/bin/chromium"
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
