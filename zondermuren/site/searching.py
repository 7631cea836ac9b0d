"""The site's search index: Pagefind, run once over the finished site, after the last language.

Pagefind (MIT, a Rust binary shipped in the `pagefind-bin` wheel: no network at build time) reads
the built HTML, one index per `<html lang>`, and writes a bundle that a browser downloads piece by
piece, only when a visitor searches (adapter/theme/assets/js/zoeken.js loads it on first use).

What is indexed is the element the theme marks `data-pagefind-body` (adapter/theme/main.html: the
page's content, on pages not kept out of search); pages without it are left out (the information
screens, embeds, print pages, the coordinator's pages, activities that are over). A site whose
pages lack the marker would be indexed whole, menus and footers included, so the build stops
instead: a Huis's own `main.html` or an engine change that lost it is found at once.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from zondermuren.site import search_bundle

BUNDLE = "pagefind"  # the bundle's folder in the site
MARKER = b"data-pagefind-body"
# Parts of a page that stay out of the index (the words "Lees voor", "Deel" and their buttons).
EXCLUDED = "[data-search-exclude]"
THEME = "zondermuren/adapter/theme/main.html"


class SearchError(Exception):
    """The index cannot be made as it should: the message says why, in Dutch."""


@dataclass(frozen=True)
class Indexed:
    """Pages in the index per language, and the number of HTML pages that carried the marker."""

    pages: dict[str, int]
    marked: int


def _binary() -> Path:
    try:
        from pagefind_bin import get_executable  # type: ignore[import-untyped]  # no type information published
    except ImportError:  # pragma: no cover - a dependency of the engine
        raise SearchError(
            "zoekfunctie: het programma Pagefind ontbreekt (verwacht het pakket pagefind-bin, een afhankelijkheid "
            "van zondermuren) — installeer de motor opnieuw: pip install zondermuren"
        ) from None
    return Path(get_executable())


def stage(site_dir: Path, folder: Path) -> list[Path]:
    """The site's pages marked for the index (a superset: the marker's bytes in a page's text count
    too, and Pagefind skips that page as it would have), each read once and copied to its own path in
    `folder` without what lies between its head and its marked content (the header, the menu of every
    page: 40% of the bytes): Pagefind takes the language from <html>, a title from <head> and
    everything else from the marked element on, so the index is the same, made with a fifth less
    work. A page whose shape is not found goes whole."""
    bundle = site_dir / BUNDLE
    marked = []
    for page in sorted(site_dir.rglob("*.html")):
        if page.is_relative_to(bundle):
            continue
        data = page.read_bytes()
        found = data.find(MARKER)
        if found < 0:
            continue
        marked.append(page)
        # The element that carries the marker starts at the '<' before its first occurrence (were
        # those bytes in some text before it, more is kept, never less).
        head_end, body = data.find(b"</head>"), data.rfind(b"<", 0, found)
        if 0 < head_end < body:
            data = data[: head_end + len(b"</head>")] + b"\n<body>\n" + data[body:]
        target = folder / page.relative_to(site_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return marked


def missing_marker(page: str) -> str:
    """The message when a page that must be searchable has no element marked for the index."""
    return (
        f"zoekfunctie: {page}: de inhoud van de pagina is niet gemarkeerd voor de zoekfunctie (verwacht een "
        f"element met data-pagefind-body rond de inhoud, gevonden geen) — vervangt een eigen overrides/main.html "
        f"het blok 'content'? Roep daarin {{{{ super() }}}} aan, of neem het blok over uit {THEME}"
    )


def index(site_dir: Path, languages: list[str], default: str) -> Indexed:
    """Write the site's search bundle (site_dir/pagefind/) anew; raises SearchError with a Dutch message."""
    home = site_dir / "index.html"
    if home.is_file() and MARKER not in home.read_bytes():
        raise SearchError(missing_marker("index.html"))
    bundle = site_dir / BUNDLE
    shutil.rmtree(bundle, ignore_errors=True)  # Pagefind adds to an old bundle; `--dirty` keeps the site folder
    with tempfile.TemporaryDirectory(prefix="zondermuren-zoeken-") as staged:
        # Pagefind reads only the marked pages: it skips the others once any page is marked, but
        # parsed them all first (two thirds of its time; print pages, screens, other languages'
        # copies). The index is the same: a page's address is its path under --site. With no
        # page marked, the whole site, as before (and the ceiling below says so in Dutch).
        marked = stage(site_dir, Path(staged))
        source = Path(staged) if marked else site_dir
        command = [str(_binary()), "--site", str(source), "--output-path", str(bundle)]
        command += ["--exclude-selectors", EXCLUDED, "--silent"]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    entry = bundle / "pagefind-entry.json"
    if done.returncode != 0 or not entry.is_file():
        raise SearchError(f"zoekfunctie: Pagefind stopte met een fout (code {done.returncode}): {done.stderr.strip()}")
    search_bundle.settle(bundle)  # two builds of the same site: the same bundle
    found = json.loads(entry.read_text("utf-8"))["languages"]
    pages = {language: int(found[language]["page_count"]) for language in sorted(found)}
    _check_counts(pages, len(marked), languages, default)
    return Indexed(pages, len(marked))


def _check_counts(pages: dict[str, int], marked: int, languages: list[str], default: str) -> None:
    """Floor: every language of the Huis has pages in the index. Ceiling: no more pages than were
    marked (more would mean Pagefind read pages that are not for searching)."""
    empty = [language for language in languages if pages.get(language, 0) == 0]
    if empty:
        raise SearchError(
            f"zoekfunctie: geen pagina's in de zoekindex voor {', '.join(empty)} (verwacht pagina's in elke taal "
            f"van huis.yml, gevonden {', '.join(f'{k}: {v}' for k, v in pages.items()) or 'geen'})"
        )
    total = sum(pages.values())
    if total > marked:
        raise SearchError(
            f"zoekfunctie: meer pagina's in de zoekindex dan gemarkeerd (verwacht hoogstens {marked}, gevonden {total})"
        )
