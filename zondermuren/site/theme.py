"""What the theme layer gets from the Huis: the palette CSS and the `extra.zm` block of the templates.

Made here once, for the MkDocs hook and for the benchmark's baseline alike.
"""

from __future__ import annotations

from typing import Any

from zondermuren import i18n
from zondermuren.colours import palette
from zondermuren.model.huis import Huis


def css(colours: dict[str, str]) -> str:
    primary, accent = palette(colours)
    return f""":root, [data-md-color-scheme="default"] {{
  --md-primary-fg-color: {primary};
  --md-primary-fg-color--light: {primary};
  --md-primary-fg-color--dark: {primary};
  --md-accent-fg-color: {accent};
  --md-typeset-a-color: {primary};
  --zm-primary: {primary};
  --zm-accent: {accent};
}}
"""


def extra(huis: Huis) -> dict[str, Any]:
    """`config.extra["zm"]`: the contact block, the UI strings of every language, the default language."""
    return {
        "contact": vars(huis.contact),
        "strings": {lang: i18n.catalogue(lang) for lang in huis.languages},
        "default_language": huis.default_language,
    }
