"""Partner text on a page: always data, never markup.

Plain fields are escaped; descriptions go through `model.markup.safe_markdown`.
A text missing in the reader's language is shown in Dutch, marked `lang="nl" dir="ltr"`, with a
note in the reader's language.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from zondermuren.i18n import Translator
from zondermuren.model.huis import Text
from zondermuren.model.markup import safe_markdown


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
        return text is not None and not text.has(self.language)

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
