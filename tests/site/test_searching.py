"""The search index (zondermuren/site/searching.py) on a tiny built site, in-process, in well under a second.

Pagefind is handed only the pages whose content is marked for the index (`data-pagefind-body`): it
skipped the others anyway, but parsed every one first, two thirds of its time on the example. The
bundle must be the one Pagefind writes over the whole site, byte for byte: same pages, same addresses.
"""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from zondermuren.site import search_bundle, searching

MARKED = """<!doctype html><html lang="{lang}"><head><title>{title}</title></head><body>
<nav>Menu Aanbod Kalender</nav><main data-pagefind-body><h1>{title}</h1><p>{text}</p>
<div data-search-exclude>Lees voor</div></main></body></html>"""
# Material's shape: a header and a menu before the marked content, filters and meta inside it
# (the build hands Pagefind each page without what lies between its head and its content).
MARKED_DIV = """<!doctype html>
<html lang="{lang}" class="no-js"><head><meta charset="utf-8"><title>{title}</title></head><body dir="ltr">
<header class="md-header"><a href="/">Huis van het Kind</a> Zoeken</header>
<nav class="md-nav"><a href="/aanbod/">Aanbod voor gezinnen</a> <a href="/kalender/">Kalender</a></nav>
<div data-pagefind-body><div class="zm"><h1>{title}</h1><p>{text}</p>
<div hidden data-pagefind-ignore><span data-pagefind-filter="gemeente">Noorddorp</span>
<span data-pagefind-meta="datum">zaterdag 9 januari</span></div></div></div>
<footer>Privacy Toegankelijkheid</footer></body></html>"""
UNMARKED = """<!doctype html><html lang="{lang}"><head><title>{title}</title></head><body>
<main><h1>{title}</h1><p>{text}</p></main></body></html>"""

PAGES = {
    "index.html": (MARKED, "nl", "Huis van het Kind", "Welkom bij het huis voor gezinnen"),
    "activiteiten/babymassage/index.html": (MARKED_DIV, "nl", "Babymassage", "Zachte massage voor baby's"),
    "fr/index.html": (MARKED, "fr", "Maison de l'Enfant", "Bienvenue aux familles"),
    "fr/activiteiten/babymassage/index.html": (MARKED_DIV, "fr", "Massage bébé", "Un massage doux"),
    # Not for searching: print pages, an info screen, the coordinator's page (and Pagefind's own folder).
    "drukwerk/index.html": (UNMARKED, "nl", "Drukwerk", "Affiches en stickers voor babymassage"),
    "scherm/index.html": (UNMARKED, "nl", "Scherm", "Vandaag babymassage"),
    "fr/coordinatie/index.html": (UNMARKED, "fr", "Coordination", "Fiches à revoir"),
}


def _site(folder: Path) -> Path:
    for path, (template, lang, title, text) in PAGES.items():
        page = folder / path
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(template.format(lang=lang, title=title, text=text), "utf-8")
    return folder


def _bundle(site: Path) -> dict[str, bytes]:
    bundle = site / searching.BUNDLE
    return {p.relative_to(bundle).as_posix(): p.read_bytes() for p in sorted(bundle.rglob("*")) if p.is_file()}


def test_pagefind_reads_only_the_marked_pages_and_writes_the_same_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pagefind over the whole site, as the build ran it before: the bundle to match.
    whole = _site(tmp_path / "whole")
    command = [str(searching._binary()), "--site", str(whole), "--output-subdir", searching.BUNDLE]
    subprocess.run([*command, "--exclude-selectors", searching.EXCLUDED, "--silent"], check=True)
    search_bundle.settle(whole / searching.BUNDLE)

    # The build's way, through a stand-in that lists the HTML files it was given before it runs Pagefind.
    real, seen = searching._binary(), tmp_path / "seen.txt"
    spy = tmp_path / "pagefind"
    spy.write_text(
        '#!/bin/sh\nsite="$2"\n(cd "$site" && find . -name "*.html" | sort) > ' + f'"{seen}"\nexec "{real}" "$@"\n'
    )
    spy.chmod(spy.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(searching, "_binary", lambda: spy)
    site = _site(tmp_path / "site")
    (site / searching.BUNDLE).mkdir()
    (site / searching.BUNDLE / "oud.pf_meta").write_bytes(b"old")  # a bundle left by `--dirty`: gone
    indexed = searching.index(site, ["nl", "fr"], "nl")

    assert seen.read_text().split() == [
        "./activiteiten/babymassage/index.html",
        "./fr/activiteiten/babymassage/index.html",
        "./fr/index.html",
        "./index.html",
    ]
    assert indexed == searching.Indexed({"fr": 2, "nl": 2}, 4)
    assert _bundle(site) == _bundle(whole)
    assert len(_bundle(site)) > 5
    # The site itself is untouched: every page still there, nothing left beside it.
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")) == sorted(PAGES)
    assert sorted(os.listdir(tmp_path)) == ["pagefind", "seen.txt", "site", "whole"]


def test_a_site_without_marked_pages_is_refused_in_dutch(tmp_path: Path) -> None:
    """No page marked (the home page is checked first): Pagefind would index menus and footers of
    every page; the ceiling on the count stops the build with the numbers."""
    site = tmp_path / "site"
    page = site / "over-ons" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text(UNMARKED.format(lang="nl", title="Over ons", text="Wie we zijn"), "utf-8")
    with pytest.raises(searching.SearchError) as raised:
        searching.index(site, ["nl"], "nl")
    assert str(raised.value) == (
        "zoekfunctie: meer pagina's in de zoekindex dan gemarkeerd (verwacht hoogstens 0, gevonden 1)"
    )
