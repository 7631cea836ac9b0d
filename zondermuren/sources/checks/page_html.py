"""What HTML a hand-written page may publish, and where a page has HTML that will be left out.

A coordinator's page in content/ may mix HTML into its Markdown (and `attr_list` lets any
attribute onto any element). The site promises that it contacts no other host and runs no code
of a page, and partners can propose pages by pull request: the build therefore passes each
rendered hand-written page through one allow-list (`site.sanitise`, with nh3), and `zondermuren
check` names every tag, attribute or address the allow-list will leave out, with its line, so
nothing disappears silently. The allow-list lives here, below both, so the two never differ.

The check renders the page with Python-Markdown (as MkDocs does, code blocks stay text), reads
the result with the standard library's HTML parser and finds each piece in the Markdown source
to name its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

import markdown

# Everything Markdown, its common extensions and Material's Markdown make: text structure,
# tables, figures, details, abbreviations. No element that loads, embeds or runs anything.
TAGS = frozenset(
    "a abbr address article aside b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl "
    "dt em figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr i img ins kbd li mark ol p pre q rp rt ruby "
    "s samp section small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr".split()
)
_GENERIC = {"id", "class", "title", "lang", "dir", "style"}
ATTRIBUTES: dict[str, set[str]] = {
    "*": _GENERIC,
    "a": {"href", "hreflang", "target", "rel"},
    "img": {"src", "alt", "width", "height", "loading"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align", "scope"},
    "col": {"span"},
    "colgroup": {"span"},
    "ol": {"start", "type", "reversed"},
    "li": {"value"},
    "time": {"datetime"},
    "details": {"open"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "del": {"cite", "datetime"},
    "ins": {"cite", "datetime"},
}
SCHEMES = frozenset({"http", "https", "mailto", "tel"})
URL_ATTRIBUTES = frozenset({"href", "src", "cite"})
# Only what Markdown's tables write (`style="text-align: center;"`): a style may load a picture
# from another site (`background: url(...)`) or cover the page.
STYLE_PROPERTIES = frozenset({"text-align"})
# Left out with everything inside them: their content is code, or a stand-in for what they embed.
WITH_CONTENT = frozenset(
    "script style template noscript iframe frame frameset object embed applet portal svg math textarea select "
    "title head video audio picture canvas".split()
)

_RUNS = "de site voert geen code uit van pagina's"
_LOADS = "de site laadt niets van andere sites"
_LINK_HINT = "zet een link naar de video of kaart, of een afbeelding met een link erop"
_CODE = frozenset({"script", "noscript", "template"})
_EMBEDS = frozenset(
    "iframe frame frameset object embed applet portal video audio source track picture canvas svg math".split()
)
_FORMS = frozenset("form input button select textarea option optgroup fieldset legend label output datalist".split())
_ADDRESSES = frozenset({"base", "meta", "link", "style", "head", "title", "html", "body"})
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_IGNORED = re.compile(r"[\x00-\x20]")  # browsers drop these from an address: 'java\tscript:' is 'javascript:'


@dataclass(frozen=True)
class Removal:
    """One piece of a page's HTML the build leaves out: what to look for in the source, and why."""

    needles: tuple[str, ...]  # regular expressions, most precise first, to find it in the Markdown
    shown: str  # what the coordinator typed, for 'gevonden ...'
    message: str
    hint: str


def scheme(url: str) -> str | None:
    """The scheme of an address as a browser reads it ('javascript' of ' java<tab>script:x'), or None."""
    found = _SCHEME.match(_IGNORED.sub("", url))
    return found.group(1).lower() if found else None


def external(url: str) -> bool:
    """An address on another site (a scheme, or `//host`): loading it would contact that site."""
    return scheme(url) is not None or _IGNORED.sub("", url).startswith(("//", "\\\\", "/\\", "\\/"))


def allowed_url(url: str) -> bool:
    found = scheme(url)
    return found is None or found in SCHEMES


def _style_kept(style: str) -> bool:
    names = [part.split(":", 1)[0].strip().lower() for part in style.split(";") if part.strip()]
    return all(name in STYLE_PROPERTIES for name in names)


def _tag(tag: str) -> Removal:
    needles = (rf"<\s*{re.escape(tag)}\b",)
    shown = f"<{tag}>"
    if tag in _CODE:
        return Removal(
            needles, shown, f"{shown} wordt weggelaten: {_RUNS}", "zet de tekst of de link zelf op de pagina"
        )
    if tag in _EMBEDS:
        return Removal(needles, shown, f"{shown} wordt weggelaten: {_LOADS} en voert geen code uit", _LINK_HINT)
    if tag in _FORMS:
        message = f"{shown} wordt weggelaten: een formulier stuurt gegevens naar een andere site"
        return Removal(needles, shown, message, "zet een link naar het formulier")
    if tag in _ADDRESSES:
        message = f"{shown} wordt weggelaten: de kop en de stijl van de pagina maakt de site zelf"
        return Removal(needles, shown, message, "laat het weg")
    message = f"{shown} wordt weggelaten (de tekst erin blijft staan): de site gebruikt alleen gewone opmaak"
    return Removal(needles, shown, message, "gebruik Markdown voor de opmaak")


def _attribute(tag: str, name: str, value: str) -> Removal | None:
    """Why the allow-list leaves out this attribute of an element it keeps, or None when it stays."""
    allowed = name in ATTRIBUTES["*"] or name in ATTRIBUTES.get(tag, set())
    by_name = (rf"\b{re.escape(name)}\s*=",)
    if name.startswith("on"):
        return Removal(by_name, name, f"{name} wordt weggelaten: {_RUNS}", "laat het weg")
    if not allowed:
        message = f"attribuut {name} op <{tag}> wordt weggelaten: de site gebruikt alleen gewone opmaak"
        return Removal(by_name, name, message, "laat het weg")
    if name == "style" and not _style_kept(value):
        message = f"style wordt weggelaten: {_LOADS} en maakt de opmaak zelf (alleen text-align mag)"
        return Removal(by_name, value, message, "laat het weg; de site heeft haar eigen stijl")
    if name in URL_ATTRIBUTES and not allowed_url(value):
        kind = scheme(value)
        needles: tuple[str, ...] = (re.escape(value.strip()), rf"{kind}\s*:")
        message = f"link met {kind}: wordt weggelaten: {_RUNS}"
        return Removal(needles, value, message, "gebruik een gewone link (https://...) of laat het weg")
    if tag == "img" and name == "src" and external(value):
        needles = (re.escape(value.strip()),)
        message = f"afbeelding van een andere site wordt weggelaten: {_LOADS}"
        return Removal(needles, value, message, "zet de afbeelding in assets/ en verwijs ernaar")
    return None


class _Finder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[Removal] = []
        self._skipping: list[str] = []  # inside an element left out with its content: one message for it

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skipping:
            if tag == self._skipping[-1]:
                self._skipping.append(tag)
            return
        if tag not in TAGS:
            self.found.append(_tag(tag))
            if tag in WITH_CONTENT and tag not in self.CDATA_CONTENT_ELEMENTS:
                self._skipping.append(tag)
            return
        for name, value in attrs:
            removal = _attribute(tag, name, value or "")
            if removal is not None:
                self.found.append(removal)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if self._skipping and self._skipping[-1] == tag:
            self._skipping.pop()

    def handle_endtag(self, tag: str) -> None:
        if self._skipping and self._skipping[-1] == tag:
            self._skipping.pop()


# The extensions a coordinator most likely adds; the site's own list is in mkdocs.yml.
_EXTENSIONS = ["attr_list", "md_in_html", "tables", "fenced_code", "footnotes", "def_list", "abbr", "admonition"]


def removals(body: str) -> list[Removal]:
    """What the build will leave out of this Markdown, in the order it appears."""
    html = markdown.Markdown(extensions=_EXTENSIONS, output_format="html").convert(body)
    finder = _Finder()
    finder.feed(html)
    finder.close()
    return finder.found


_CODE_BLOCK = re.compile(r"^[ ]{0,3}(`{3,}|~{3,}).*?^[ ]{0,3}\1[ \t]*$|`+[^`\n]+`+", re.MULTILINE | re.DOTALL)


def locate(body: str, found: list[Removal]) -> list[tuple[int, int]]:
    """(line, column) in `body`, 1-based, of each removal: the next occurrence of its needle.

    Code (fenced blocks, `spans`) is passed over: Markdown shows it as text. A removal whose needle
    is not in the source (made by Markdown itself) is placed at the start."""
    body = _CODE_BLOCK.sub(lambda code: re.sub(r"[^\n]", " ", code.group(0)), body)
    cursors: dict[str, int] = {}
    places = []
    for removal in found:
        place = 0, 0
        for needle in removal.needles:
            match = re.compile(needle, re.IGNORECASE).search(body, cursors.get(needle, 0))
            if match is not None:
                cursors[needle] = match.end()
                place = body.count("\n", 0, match.start()), match.start() - (body.rfind("\n", 0, match.start()) + 1)
                break
        places.append((place[0] + 1, place[1] + 1))
    return places
