"""Partner Markdown made safe: the one sanitiser every output uses (site pages and print).

Descriptions may use a small Markdown subset (paragraphs, lists, emphasis, links); the HTML that
Markdown makes is passed through nh3 (Ammonia's allow-list sanitiser), so `<script>`, event
handlers and `javascript:`/`data:` links never survive.
"""

from __future__ import annotations

from functools import lru_cache

import markdown
import nh3
from markupsafe import escape

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
    return nh3.clean(html, tags=_TAGS, attributes=_ATTRIBUTES, url_schemes=_SCHEMES, link_rel="noopener")
