"""The two walks of an SVG logo (policy in `zondermuren.svg`).

`active` looks at every element, kept or not, for what runs in a browser: a script inside editor
data still runs. `Copy` builds the published copy from the allow-list alone: a new tree, so
nothing reaches it that a rule did not name.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from zondermuren.svg import css
from zondermuren.svg.rules import (
    ANIMATION,
    ELEMENTS,
    KNOWN,
    MATHML,
    NEEDS_HREF,
    PLAIN,
    PRESENTATION,
    REFERENCING,
    SCRIPTS,
    SILENT,
    SVG,
    TEXT,
    XHTML,
    XLINK,
    XML,
    XML_EVENTS,
    XSLT,
    Findings,
    link_kind,
    shown,
    split,
)

_PREFIXES = {XSLT: "xsl:", XML_EVENTS: "ev:"}
_LINKS = {"href", "src", "action", "formaction"}  # attributes a browser follows or loads
# '4px' is 4 user units in SVG; fpdf2 reads only the number (Affinity writes <image width="4px">).
_PIXELS = re.compile(r"\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)px\s*")
_LENGTHS = {"x", "y", "width", "height"}
# A logo's style sheet is a few kB; reading CSS costs ~1.3 s per MB (tinycss2 is pure Python).
MAX_STYLE = 500_000


def active(root: Element, found: Findings) -> None:
    """Record everything that would run in a browser, anywhere in the tree."""
    stack = [root]
    while stack:
        element = stack.pop()
        namespace, local = split(element.tag)
        whole = True  # False: refused or left out whole, so what it holds need not be listed too
        if namespace in (SVG, "") and local == "foreignObject":
            whole = False  # an editor's or Figma's is left out whole, with nothing inside that runs
            if _foreign_shape(element) is None:
                found.active.append("<foreignObject>")
        elif namespace in (XSLT, XML_EVENTS):
            found.active.append(f"<{_PREFIXES[namespace]}{local}>")
            whole = False
        elif namespace == XHTML or (namespace in (SVG, "") and local.lower() in SCRIPTS):
            found.active.append(f"<{local}>")
            whole = False
        elif namespace in (SVG, "") and local in ANIMATION:
            target = element.get("attributeName", "")
            if target.strip().rsplit(":", 1)[-1].lower() == "href":
                found.active.append(f'<{local} attributeName="{shown(target, 30)}">')
        for name, value in element.attrib.items():
            attribute = split(name)[1]
            if attribute.lower().startswith("on"):
                found.active.append(f"{attribute}=")
            elif attribute.lower() in _LINKS and link_kind(value) in ("script", "data"):
                found.active.append(f'{attribute}="{shown(value, 30)}"')
        if whole:
            stack.extend(reversed(element))


def _foreign_shape(element: Element) -> str | None:
    """'editor' for Illustrator's <foreignObject> (its i:pgfRef to the editing data), 'blur' for
    Figma's background blur (an empty XHTML <div style=…>), None for anything else."""
    if (element.text or "").strip():
        return None
    shape = "editor"
    for child in element:
        namespace, local = split(child.tag)
        if (child.tail or "").strip():
            return None
        if namespace == XHTML and local == "div" and not len(child) and not (child.text or "").strip():
            if set(child.attrib) - {"style"}:
                return None
            shape = "blur"
        elif namespace in KNOWN or any(split(e.tag)[0] in KNOWN for e in child.iter()):
            return None
        elif any(split(name)[1].lower().startswith("on") for e in child.iter() for name in e.attrib):
            return None
    return shape


class Copy:
    """The published copy: allow-listed elements and attributes, in the SVG namespace."""

    def __init__(self, found: Findings) -> None:
        self.found = found

    def element(self, source: Element, in_text: bool = False) -> Element | None:
        namespace, local = split(source.tag)
        if namespace not in ("", SVG):
            if namespace == MATHML:
                self.found.dropped.append(f"<{local}>")
            return None  # editor data; XHTML, XSLT and XML Events are refused by `active`
        tag = ("tspan" if in_text else "g") if local == "a" else local  # a link's content stays, not the link
        if tag not in ELEMENTS:
            self._left_out(source, local)
            return None
        if tag == "style" and source.get("type", "text/css").strip().lower() not in ("", "text/css"):
            return None  # a browser applies no other kind of style sheet
        copy = Element(f"{{{SVG}}}{tag}")
        for name, value in source.attrib.items():
            self._attribute(copy, local, name, value)
        if tag in NEEDS_HREF and copy.get("href") is None and copy.get(f"{{{XLINK}}}href") is None:
            return None
        if tag == "style":
            sheet = "".join(source.itertext())
            if len(sheet) > MAX_STYLE:
                self.found.dropped.append("<style>")
                return None
            copy.text = css.style_sheet(sheet, self.found)
            return copy if copy.text else None
        copy.text = source.text
        self._children(source, copy, in_text or tag in TEXT)
        return copy

    def _children(self, source: Element, copy: Element, in_text: bool) -> None:
        last: Element | None = None
        for child in source:
            made = self.element(child, in_text)
            if made is not None:
                made.tail = child.tail
                copy.append(made)
                last = made
            elif child.tail:  # the text after a left-out element stays
                if last is None:
                    copy.text = (copy.text or "") + child.tail
                else:
                    last.tail = (last.tail or "") + child.tail

    def _left_out(self, source: Element, local: str) -> None:
        if local in SILENT or local.lower() in SCRIPTS:
            return
        if local == "foreignObject":
            if _foreign_shape(source) == "blur":
                self.found.dropped.append("<foreignObject>")
            return
        links = [v for n, v in source.attrib.items() if split(n)[1] == "href" and link_kind(v) == "external"]
        if links:  # <feImage href="https://…">, <cursor>, <tref>: an address, whatever the element
            self.found.external.append(f'href="{shown(links[0], 60)}"')
        else:
            self.found.dropped.append(f"<{local}>")  # animations, feImage, SVG fonts...

    def _attribute(self, copy: Element, local: str, name: str, value: str) -> None:
        namespace, attribute = split(name)
        if namespace == XML:
            if attribute in ("space", "lang"):
                copy.set(name, value)
            elif attribute == "base":  # makes every link in the logo lead to that address
                self.found.external.append(f'xml:base="{shown(value, 60)}"')
        elif attribute == "href" and namespace in ("", XLINK):
            self._link(copy, local, name, value)
        elif namespace or attribute.lower().startswith("on"):
            return  # editor attributes (inkscape:, sodipodi:, i:, serif:); handlers are refused
        elif attribute == "style":
            kept = css.style_attribute(value, self.found)
            if kept:
                copy.set(name, kept)
        elif attribute in PRESENTATION:
            cleaned = css.presentation(attribute, value, self.found)
            if cleaned:
                copy.set(name, cleaned)
        elif attribute in PLAIN:
            pixels = _PIXELS.fullmatch(value) if attribute in _LENGTHS else None
            copy.set(name, pixels[1] if pixels else value)
        else:  # left out (data-name, enable-background, zoomAndPan); an address in it is named
            css.presentation(attribute, value, self.found)

    def _link(self, copy: Element, local: str, name: str, value: str) -> None:
        kind = link_kind(value)
        if kind == "external":
            self.found.external.append(f'href="{shown(value, 60)}"')
        elif (kind == "internal" and local in REFERENCING) or (kind == "picture" and local == "image"):
            copy.set(name, value)
        elif kind == "picture":  # a raster picture where only <image> draws one
            self.found.dropped.append(f'<{local} href="{shown(value, 30)}">')
