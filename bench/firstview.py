"""The home page's first view, in bytes: what a phone with an empty cache fetches to show it (issue #31).

The built site is served from its folder by a local http.server (testkit.sitebuild.serve) and opened
in Chromium at 375x740 (a small phone), in a new browser context (an empty cache), once per language
(nl: the site root, ar: /ar/, right to left with its own fonts). Every response is counted at the
gzip size of its body (compresslevel 6, what a host sends; the local server does not compress), each
address once, the fonts included: the page waits for the network to be idle and for
`document.fonts.ready`. A request to any other host is refused and listed: a page must fetch nothing
from elsewhere.

    python -m bench.firstview <site folder>     the figures of one built site, as JSON
"""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import Response, Route, sync_playwright

from testkit import chromium, sitebuild

VIEWPORT = {"width": 375, "height": 740}
TARGET_BYTES = 150_000  # the budget for a first view, gzip, per language
LANGUAGES = {"nl": "", "ar": "ar/"}  # language -> its home page under the site root


def gzip_size(body: bytes) -> int:
    return len(gzip.compress(body, compresslevel=6))


def summary(responses: list[dict[str, Any]], blocked: list[str]) -> dict[str, Any]:
    """The figures of one view from its responses ({url, status, type, bytes, gzip}), largest first."""
    shown = sorted(responses, key=lambda r: (-r["gzip"], r["url"]))
    by_type: dict[str, int] = {}
    for response in shown:
        by_type[response["type"]] = by_type.get(response["type"], 0) + response["gzip"]
    return {
        "total_gzip": sum(r["gzip"] for r in shown),
        "total_bytes": sum(r["bytes"] for r in shown),
        "requests": len(shown),
        "by_type_gzip": dict(sorted(by_type.items(), key=lambda item: -item[1])),
        "responses": shown,
        "blocked": blocked,
    }


def _view(browser: Any, base: str, path: str) -> dict[str, Any]:
    context = browser.new_context(viewport=VIEWPORT)  # a new context: an empty cache
    blocked: list[str] = []

    def refuse(route: Route) -> None:
        blocked.append(route.request.url)
        route.abort()

    # Everything not on the local server is refused (Playwright's routes match last-added first).
    context.route("**/*", refuse)
    context.route(f"{base}**", lambda route: route.continue_())
    seen: list[Response] = []
    page = context.new_page()
    page.on("response", lambda response: seen.append(response))  # a function Playwright can tag
    page.goto(base + path, wait_until="networkidle")
    page.evaluate("document.fonts.ready.then(() => true)")
    page.wait_for_load_state("networkidle")
    responses, counted = [], set()
    for response in seen:
        # A redirect has no body of its own; a file asked for twice (the logo, then as the favicon) is
        # fetched once from a host that says how long to keep it: counted once.
        if 300 <= response.status < 400 or response.url in counted:
            continue
        counted.add(response.url)
        body = response.body()
        url = response.url.removeprefix(base.rstrip("/"))
        responses.append(
            {
                "url": url,
                "status": response.status,
                "type": response.request.resource_type,
                "bytes": len(body),
                "gzip": gzip_size(body),
            }
        )
    context.close()
    return summary(responses, blocked)


def measure(site: Path, languages: dict[str, str] | None = None) -> dict[str, Any]:
    """{language: summary} for each language whose home page the site has."""
    found: dict[str, Any] = {}
    with sitebuild.serve(site) as base, sync_playwright() as playwright:
        browser = chromium.launch(playwright)
        try:
            for language, path in (languages or LANGUAGES).items():
                if sitebuild.site_file(site, urlsplit(base + path).path) is not None:
                    found[language] = _view(browser, base, path)
        finally:
            browser.close()
    return found


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(measure(Path(sys.argv[1])), indent=1, ensure_ascii=False))
