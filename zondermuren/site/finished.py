"""A generated page is finished HTML: MkDocs gets it as Python-Markdown would have made it.

Every page the engine writes is one block-level HTML element after its front matter
(templates/_page.md.j2), and Python-Markdown passes such a block through unchanged. Parsing it
anyway was half of a build's time (Python-Markdown's and MkDocs' HTML parsers read every tag of
every page twice, in pure Python), so the adapter hands MkDocs the page's HTML as it is, after
the one change Markdown makes to any text (`_normalised`), and the anchors MkDocs would have found
in it. tests/site/test_finished.py holds both equal to what MkDocs' own rendering gives, for a
page of every kind of the example in every language and for text that Markdown does change; a
Huis's own Markdown extensions work on its own pages only.
"""

from __future__ import annotations

import html
import re

TAB_LENGTH = 4  # Python-Markdown's default `tab_length`; MkDocs does not change it
# Markdown's own placeholders' delimiters (markdown.util.STX, ETX): removed from any source.
_STX, _ETX = "\u0002", "\u0003"
_BLANK_WITH_SPACES = re.compile(r"(?<=\n) +\n")
# A start tag and what is in it. Attribute values are always quoted in the engine's HTML, and a
# '>' in a value is escaped (Jinja's autoescape and the sanitiser), so the first '>' ends the tag.
_START_TAG = re.compile(r"<([a-zA-Z][^\s/>]*)([^>]*)>")
# One attribute at a time, its value consumed with it: text in a value is never read as a name.
_ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")


def _normalised(source: str) -> str:
    """What markdown.preprocessors.NormalizeWhitespace does to every source before it is parsed."""
    source = source.replace(_STX, "").replace(_ETX, "")
    source = source.replace("\r\n", "\n").replace("\r", "\n") + "\n\n"
    source = source.expandtabs(TAB_LENGTH)
    return _BLANK_WITH_SPACES.sub("\n", source)


# What _normalised changes; a page without any of these (nearly every generated page) is only stripped.
_CHANGED_BY_MARKDOWN = (_STX, _ETX, "\r", "\t", "\n ")


def page_html(markdown: str) -> str:
    """The HTML of a generated page (its text after the front matter), as `Markdown.convert` gives it."""
    if not any(found in markdown for found in _CHANGED_BY_MARKDOWN):
        return markdown.strip()
    return _normalised(markdown).strip()


def anchor_ids(page: str) -> set[str]:
    """The anchors a link may point to: every `id`, and an `<a>`'s `name` (as MkDocs collects them
    from a page's raw HTML, to check links to `page.md#anchor` from other pages)."""
    found = set()
    for tag in _START_TAG.finditer(page):
        attributes = tag[2]
        lowered = attributes.lower()
        if "id" not in lowered and "name" not in lowered:  # most tags: no anchor
            continue
        for attribute in _ATTRIBUTE.finditer(attributes):
            name = attribute[1].lower()
            if name == "id" or (name == "name" and tag[1].lower() == "a"):
                value = next((v for v in attribute.groups()[1:] if v is not None), None)
                if value is not None:
                    found.add(html.unescape(value))
    return found
