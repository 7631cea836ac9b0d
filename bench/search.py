"""The search's cost to a visitor, measured in Chromium on a built site (`make bench`, run 0 of each size).

Per language (nl, ar): the home page is loaded, then one query is typed in the header's search
(the first word of the first activity's title in that language, so that it has results). Every
response is counted at its gzip size (compresslevel 6, what a host sends; the local routing does
not compress): the search bytes on page load (Pagefind's files and the search script: expected 0)
and the search bytes of one query with the UI (everything fetched from the first keystroke until
the results show). And the seconds Pagefind takes to index the whole site again (site/searching.py).
"""

from __future__ import annotations

import gzip
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import Request, Route, sync_playwright

from testkit import chromium, sitebuild
from zondermuren.site import searching

URL = "https://bench.zondermuren.test/"
H1 = re.compile(r"<h1[^>]*>([^<]+)</h1>")


def _is_search(url: str) -> bool:
    path = urlsplit(url).path
    return path.startswith("/pagefind/") or path.endswith("/assets/js/zoeken.js")


def _recorder(seen: list[str]) -> Callable[[Request], None]:
    return lambda request: seen.append(request.url)


def _word(site: Path, prefix: str) -> str:
    """A word that the language's index has: from the first activity page's heading."""
    for page in sorted((site / prefix / "activiteiten").glob("*/index.html")):
        found = H1.search(page.read_text("utf-8"))
        if found and b"data-pagefind-body" in page.read_bytes():
            return max(found.group(1).split(), key=len)
    return "ouders"


def measure(site: Path, languages: tuple[str, ...] = ("nl", "ar"), default: str = "nl") -> dict[str, Any]:
    """{language: {page_load_gz, query_gz, query_files, word, results}, 'index_s': seconds}."""
    sizes: dict[str, int] = {}

    def answer(route: Route) -> None:
        file = sitebuild.site_file(site, urlsplit(route.request.url).path)
        if file is None:
            route.fulfill(status=404, body="")
            return
        sizes[route.request.url] = len(gzip.compress(file.read_bytes(), compresslevel=6))
        route.fulfill(path=str(file))

    found: dict[str, Any] = {}
    with sync_playwright() as playwright:
        browser = chromium.launch(playwright)
        for language in languages:
            prefix = "" if language == default else f"{language}/"
            if not (site / prefix / "index.html").is_file():
                continue
            context = browser.new_context(viewport={"width": 375, "height": 800})
            context.route(f"{URL}**", answer)
            page = context.new_page()
            requests: list[str] = []
            page.on("request", _recorder(requests))
            page.goto(URL + prefix, wait_until="networkidle")
            on_load = [url for url in requests if _is_search(url)]
            loaded = len(requests)
            word = _word(site, prefix)
            page.keyboard.press("/")
            page.keyboard.type(word, delay=30)
            page.locator("#zm-search .zm-search__status").filter(has_not_text="…").wait_for(timeout=60_000)
            page.wait_for_load_state("networkidle")
            query = [url for url in requests[loaded:] if _is_search(url)]
            found[language] = {
                "word": word,
                "results": page.locator("#zm-search .zm-search__result").count(),
                "page_load_gz": sum(sizes.get(url, 0) for url in on_load),
                "query_gz": sum(sizes.get(url, 0) for url in dict.fromkeys(query)),
                "query_files": len(dict.fromkeys(query)),
            }
            context.close()
        browser.close()
    started = time.perf_counter()
    indexed = searching.index(site, list(languages), default)
    found["index_s"] = round(time.perf_counter() - started, 2)
    found["indexed_pages"] = sum(indexed.pages.values())
    return found


if __name__ == "__main__":  # python -m bench.search <site folder>: the figures of one built site
    import json
    import sys

    print(json.dumps(measure(Path(sys.argv[1])), indent=1, ensure_ascii=False))
