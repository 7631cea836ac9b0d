"""Partner text on a page: always data, never markup.

Plain fields are escaped. Descriptions may use a small Markdown subset (paragraphs, lists,
emphasis, links); the HTML that Markdown makes is passed through nh3 (Ammonia's allow-list
sanitiser), so `<script>`, event handlers and `javascript:`/`data:` links never survive.
A text missing in the reader's language is shown in Dutch, marked `lang="nl" dir="ltr"`, with a
note in the reader's language.
"""

from __future__ import annotations

from functools import lru_cache

import markdown
import nh3
from markupsafe import Markup, escape

from zondermuren.i18n import Translator
from zondermuren.model import Text

_TAGS = {"p", "ul", "ol", "li", "em", "strong", "a", "br"}
_ATTRIBUTES = {"a": {"href"}}
_SCHEMES = {"http", "https", "mailto", "tel"}


# One converter, reset between texts: building a Markdown instance costs more than converting a
# short description with it.
_MARKDOWN = markdown.Markdown(output_format="html")


@lru_cache(maxsize=16384)
def safe_markdown(source: str) -> str:
    # Raw HTML is escaped before Markdown sees it, so typed tags show as text instead of vanishing.
    html = _MARKDOWN.reset().convert(str(escape(source)))
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=_SCHEMES,
        link_rel="noopener",
    )


def fallback(html: str, note: str) -> Markup:
    """Dutch content on a page in another language: marked as Dutch, left-to-right, with a note."""
    return Markup(
        '<div class="zm-text zm-fallback"><p class="zm-note">{}</p><div lang="nl" dir="ltr">{}</div></div>'
    ).format(note, Markup(html))


class Texts:
    """Template helpers bound to one page language."""

    def __init__(self, language: str, t: Translator) -> None:
        self.language = language
        self.t = t

    def get(self, text: Text | None) -> str:
        """The text in this language or Dutch, for attributes and titles (escaped by the template)."""
        return text.get(self.language) if text else ""

    def missing(self, text: Text | None) -> bool:
        return bool(text) and not text.has(self.language)

    def plain(self, text: Text | None, tag: str = "span") -> Markup:
        if not text:
            return Markup("")
        if not self.missing(text):
            return escape(text.get(self.language))
        return Markup('<{0} lang="nl" dir="ltr">{1}</{0}>').format(Markup(tag), text.nl)

    def short(self, text: Text | None, length: int) -> Markup:
        """The start of a text for a card; cut on a word, before escaping so no entity is split."""
        if not text:
            return Markup("")
        source = text.get(self.language)
        if len(source) > length:
            source = source[:length].rsplit(" ", 1)[0] + " …"
        if not self.missing(text):
            return escape(source)
        return Markup('<span lang="nl" dir="ltr">{}</span>').format(source)

    def rich(self, text: Text | None) -> Markup:
        """A description: sanitised Markdown, with the fallback note when it is not translated."""
        if not text:
            return Markup("")
        if not self.missing(text):
            html = safe_markdown(text.get(self.language))
            return Markup('<div class="zm-text">{}</div>').format(Markup(html))
        return fallback(safe_markdown(text.nl), self.t("common.not_translated"))
