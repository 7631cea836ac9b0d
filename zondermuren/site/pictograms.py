"""Pictograms on the site: inline SVG beside its label, drawn once per page.

A card or a chip shows `<svg class="zm-icon" aria-hidden="true" focusable="false"><use href="#zm-p-…">`
right before its text: the word is what a screen reader reads and what a search finds, the
picture only helps the eye (it is never the only way to tell what something is, WCAG 1.1.1).
A month page can list hundreds of activities: the shapes of each pictogram are written once per
page, as a `<symbol>` in a hidden sprite at the end of the page's block (`with_sprite`), and every
use is some 90 bytes. Inline rather than an <img> of a file: `currentColor` then takes the
colour of the text around it (links, dark mode, high contrast), and nothing more is fetched.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from markupsafe import Markup

from zondermuren.pictograms import NAME, Pictogram

PREFIX = "zm-p-"
_USE = re.compile(r'<use href="#' + PREFIX + r'([a-z0-9-]+)"')


def icon(pictures: Mapping[str, Pictogram], key: str) -> Markup:
    """The pictogram of a value before its label, or nothing when it has none (a Huis's own value)."""
    if key not in pictures or not NAME.match(key):
        return Markup("")
    return Markup(f'<svg class="zm-icon" aria-hidden="true" focusable="false"><use href="#{PREFIX}{key}"/></svg>')


def sprite(pictures: Mapping[str, Pictogram], keys: list[str]) -> str:
    """One hidden SVG with a <symbol> per pictogram the page uses, in the order of first use."""
    symbols = "".join(
        f'<symbol id="{PREFIX}{key}" {pictures[key].attributes()}>{pictures[key].body}</symbol>' for key in keys
    )
    return f'<svg class="zm-sprite" aria-hidden="true" focusable="false">{symbols}</svg>'


def with_sprite(text: str, pictures: Mapping[str, Pictogram]) -> str:
    """A rendered page with the symbols its pictograms use, inside its block (before the last `</div>`)."""
    keys = [key for key in dict.fromkeys(_USE.findall(text)) if key in pictures]
    end = text.rfind("</div>")
    if not keys or end < 0:
        return text
    return text[:end] + sprite(pictures, keys) + "\n" + text[end:]
