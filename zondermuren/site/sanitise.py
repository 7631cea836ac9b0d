"""The coordinator's own pages made safe at build time, as partner text is (`model.markup`).

MkDocs renders a hand-written page's Markdown, raw HTML included, and Material writes its front
matter into the menu, `<title>` and meta tags without escaping (MkDocs' Jinja environment has
autoescape off). So for every page the build did not make:

- `front_matter`: only the keys the check accepts (`sources.checks.pages`), with the title and the
  description HTML-escaped once, as the generated pages' front matter is (`rendering.front_matter`);
- `title`: a title MkDocs took from the page's first heading, escaped once the same way;
- `html`: the rendered page through nh3 with the allow-list of `sources.page_html`: no script,
  style, embed, form or event handler, no `javascript:`/`data:` address, no picture from another
  site. `zondermuren check` names each of them as a warning with its line.

Generated pages come from our own templates, which escape every text: they are not passed
through nh3 (it would cost time on thousands of pages for nothing).
"""

from __future__ import annotations

import html as html_text
from typing import Any

import nh3
from markupsafe import Markup, escape

from zondermuren.sources.checks import page_html, pages


def front_matter(source: str) -> dict[str, Any]:
    """The page's front matter as the build hands it to the theme: checked keys, text escaped once."""
    meta = pages.front_matter(source)
    for key in pages.TEXT_KEYS:
        if key in meta:
            meta[key] = escape(meta[key])
    return meta


def title(rendered: str) -> Markup:
    """A title MkDocs took from the page's heading (tags stripped, entities kept), as escaped text."""
    return escape(html_text.unescape(rendered))


def _attribute(tag: str, name: str, value: str) -> str | None:
    if tag == "img" and name == "src" and page_html.external(value):
        return None  # the reader's browser would fetch it from the other site
    return value


def html(rendered: str) -> str:
    """A hand-written page's HTML with only what the allow-list keeps."""
    return nh3.clean(
        rendered,
        tags=set(page_html.TAGS),
        clean_content_tags=set(page_html.WITH_CONTENT),
        attributes=page_html.ATTRIBUTES,
        attribute_filter=_attribute,
        url_schemes=set(page_html.SCHEMES),
        filter_style_properties=set(page_html.STYLE_PROPERTIES),
        link_rel=None,  # the page's own links stay as written (rel="noopener" is the browsers' default now)
        strip_comments=False,
    )
