"""The engine's part of a Huis's mkdocs.yml, as data: what every Huis builds with and never edits.

A Huis's mkdocs.yml holds only its own part (site_name, site_url, docs_dir, the theme's name and
custom_dir, the hook, the search and i18n plugins with its languages); `configure.apply` adds this
at `on_config`, so that a change of theme, stylesheet, script, font, plugin option or Markdown
extension reaches every Huis with an engine upgrade, not with an edit of each mkdocs.yml.
What wins when a Huis's mkdocs.yml sets one of these itself is said in `configure`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pymdownx.slugs import slugify  # type: ignore[import-untyped]  # no type information published

# The engine's Material templates (main.html, partials/) and the static files MkDocs copies from a
# theme folder to the site at the same path (assets/css, assets/js, assets/fonts). It comes right
# after the Huis's own `custom_dir` (overrides/) and before Material's own templates.
THEME_DIR = Path(__file__).parent / "theme"

# The theme's options (Material's `theme:` keys). `language` follows the i18n plugin's default
# language; the logo and favicon are huis.yml's `logo` (`Theme.logo` of the build).
THEME: dict[str, Any] = {
    "font": False,  # no Google Fonts: Noto Sans is served by the site itself (theme/assets/fonts)
    "palette": {"primary": "custom", "accent": "custom"},  # the colours of huis.yml (assets/css/huis.css)
    "features": [
        "navigation.prune",  # only the current section's nav in each page: linear build time
        "navigation.sections",
        "navigation.top",
    ],
    "icon": {"repo": False},
}
LANGUAGE = "nl"  # the theme's language without the i18n plugin


def _published(file: Path) -> str:
    """A file of the theme folder as MkDocs publishes it: at its path in the folder."""
    return file.relative_to(THEME_DIR).as_posix()


# The pages load these, in this order, before the Huis's own. huis.css is no file of the folder:
# the build makes it from huis.yml's colours and publishes it beside them (urls.stylesheet).
_CSS, _JS = THEME_DIR / "assets" / "css", THEME_DIR / "assets" / "js"
EXTRA_CSS = [_published(_CSS / name) for name in ("fonts.css", "huis.css", "zondermuren.css", "zoeken.css")]
EXTRA_JAVASCRIPT = [_published(_JS / name) for name in ("zondermuren.js", "read-and-share.js")]

# Extension -> its options. The headings' anchors are lower-case ASCII (pymdownx' slugify), as
# the generated pages' links to them expect.
MARKDOWN_EXTENSIONS: dict[str, dict[str, Any]] = {
    "attr_list": {},
    "md_in_html": {},
    "toc": {"permalink": False, "slugify": slugify(case="lower")},
}

# The engine's addresses (urls.py) are folder URLs: 'partners/x/', never 'partners/x.html'.
USE_DIRECTORY_URLS = True

# MkDocs' `validation:` (section -> option -> level): a Huis's sub-pages (an activity's page, a
# month of the calendar) are reached from their lists, not from the menu, and hand-written pages
# may link to a page of another language, which MkDocs cannot resolve.
VALIDATION = {"nav": {"omitted_files": "ignore"}, "links": {"unrecognized_links": "ignore"}}

# Files and folders of the Huis (from its main folder) that `mkdocs serve` watches besides docs_dir.
WATCH = ["huis.yml", "partners", "assets"]

# The options of mkdocs-static-i18n the engine relies on.
I18N = {
    "fallback_to_default": True,
    "reconfigure_material": True,
    # Off: Material's search plugin is taken out of the build (configure.drop_lunr; the engine
    # indexes with Pagefind, site/searching.py), and the plugin's de-duplication of its entries
    # took minutes on a Huis of 1,000 partners.
    "reconfigure_search": False,
}
