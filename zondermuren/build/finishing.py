"""What the adapter asks around MkDocs' own work: the theme's data (`theme` -> Theme), a page shown
untranslated, and the steps after MkDocs wrote the site (`finish`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zondermuren import i18n
from zondermuren.build.preparing import Prepared
from zondermuren.options import Options
from zondermuren.site import postbuild, render_text
from zondermuren.site import theme as site_theme


@dataclass(frozen=True)
class Theme:
    """What the theme shows on every page: the Huis's name, and its data for the templates (`extra.zm`)."""

    site_name: str
    extra: dict[str, Any]


def theme(prepared: Prepared) -> Theme:
    return Theme(site_theme.site_name(prepared.huis), site_theme.extra(prepared.huis))


def finish(site_dir: Path, prepared: Prepared, options: Options, *, site_url: str, not_found: dict[str, str]) -> None:
    """The steps after MkDocs wrote every language: each language's 404 page in its place (from
    `not_found`, language -> the page MkDocs made), the search index per language, a sitemap per
    language without the pages that are over, and, for a site opened as a folder, links that
    name index.html."""
    huis = prepared.huis
    postbuild.not_found_pages(site_dir, not_found, huis.default_language)
    postbuild.split_search_index(site_dir, huis.languages, huis.default_language)
    postbuild.language_sitemaps(site_dir, site_url, huis.languages, huis.default_language, prepared.noindex)
    if options.folder_links:
        postbuild.folder_links(site_dir)


def untranslated(prepared: Prepared, html: str, language: str) -> str:
    """A page shown in Dutch on a language's site, marked as such in that language."""
    note = i18n.catalogue(language, prepared.huis.root)["common.not_translated"]
    return str(render_text.fallback(html, note))
