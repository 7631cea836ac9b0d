"""What the adapter asks around MkDocs' own work: the theme's data (`theme` -> Theme), a page shown
untranslated, and the steps after MkDocs wrote the site (`finish`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zondermuren import i18n, urls
from zondermuren.build.preparing import Prepared
from zondermuren.options import Options
from zondermuren.site import postbuild, render_text, searching, sitemap_files
from zondermuren.site import theme as site_theme


@dataclass(frozen=True)
class Theme:
    """What the theme shows on every page: the Huis's name, its data for the templates (`extra.zm`),
    the generated pages of the menu (files of docs_dir, the home page first) and huis.yml's logo
    (its site path, or None)."""

    site_name: str
    extra: dict[str, Any]
    menu: tuple[str, ...] = ()
    logo: str | None = None


def theme(prepared: Prepared) -> Theme:
    huis = prepared.huis
    return Theme(site_theme.site_name(huis), site_theme.extra(huis), site_theme.menu(huis), site_theme.logo(huis))


def finish(
    site_dir: Path,
    prepared: Prepared,
    options: Options,
    *,
    site_url: str,
    not_found: dict[str, str],
    search: bool = True,
) -> searching.Indexed | None:
    """The steps after MkDocs wrote every language: each language's 404 page in its place (from
    `not_found`, language -> the page MkDocs made), a sitemap per language without the pages that
    are over, for a site opened as a folder links that name index.html, and last, over the whole
    finished site, the search index (Pagefind, one per language; not with `search` False, as under
    `mkdocs serve`). Raises SearchError (a Dutch message) when the index cannot be made as it should."""
    huis = prepared.huis
    postbuild.not_found_pages(site_dir, not_found, huis.default_language)
    postbuild.language_sitemaps(site_dir, site_url, huis.languages, huis.default_language, prepared.noindex)
    # The open data exports are files, not pages: MkDocs' sitemap leaves them out, the issue asks them in.
    exports = sorted(path for path in prepared.files if path.startswith(urls.hsds_folder()))
    sitemap_files.add(site_dir, site_url, exports)
    if options.folder_links:
        postbuild.folder_links(site_dir)
    if not search:
        return None
    return searching.index(site_dir, huis.languages, huis.default_language)


def untranslated(prepared: Prepared, html: str, language: str) -> str:
    """A page shown in Dutch on a language's site, marked as such in that language."""
    note = i18n.catalogue(language, prepared.huis.root)["common.not_translated"]
    return str(render_text.fallback(html, note))
