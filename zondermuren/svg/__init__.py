"""SVG logos made inert: a logo is a picture, never a program or a request to another host.

The SVG inspection the check, print and the site share (a package of the foundation, so each
stage reads it from below): `inspect` judges a file and `published` gives the copy that is
published and printed; the allow-lists are in `rules`, the two walks in `tree`, CSS in `css`.
The same policy applies to the other drawings in assets/ and content/.

A partner's SVG is published on the Huis's own origin (its address opens it as a document, with
that origin's rights) and drawn into every PDF. A deny-list cannot keep up with SVG (XSLT
stylesheets, CSS escapes, animations that rewrite links were each a way past one), so the logo is
read against an ALLOW-LIST (`svg.rules`) and the published copy is always re-written from it:
the site and print never get the partner's own bytes.

- REFUSED by the check (an error naming what was found), because it runs in the browser of
  whoever opens the logo's address: `<script>` (also in CDATA or in any case), event attributes
  (`onload=`, `OnLoad=`), `javascript:`/`vbscript:` and non-picture `data:` links (tabs, line
  breaks and character references inside the scheme are seen through), XHTML elements, XSLT
  (`<?xml-stylesheet type="text/xsl"?>`, the live hole: it builds a script; and `xsl:` elements),
  XML Events, a `<foreignObject>` other than the two harmless shapes below, animations that
  write `href`, and CSS that runs code (`expression()`, `behavior`, `-moz-binding`).
- STRIPPED with a warning naming it, because the site would fetch it from another host (the
  build needs no internet, and the host would learn who views the logo): `href` to anything but
  `#fragment` (or, on `<image>`, a PNG/JPEG/GIF/WebP `data:` URL), CSS `url()` to anything but
  `#fragment`, `@import`, `<?xml-stylesheet?>` CSS, `xml:base`, a link (`<a>`: its content stays).
- STRIPPED with a warning, because the site shows the logo still and self-contained: every
  animation, also of a plain colour or transform (print cannot show it, and with none kept, no
  animated value needs checking), `@font-face` and other at-rules, `feImage`, MathML, Figma's
  background blur (an empty XHTML `<div>` in a `<foreignObject>`), SVG elements off the list, a
  `<style>` over 500 kB.
- STRIPPED silently, as editor data the site does not need: comments, processing instructions,
  the DOCTYPE, `<metadata>`/RDF, every element and attribute of another namespace (`sodipodi:`,
  `inkscape:`, Illustrator's `i:pgf` and the `<foreignObject>` that points at it, Affinity's
  `serif:`), `data-name`, `enable-background`, CSS properties off the list.

Why hand-written: no maintained Python library both re-writes SVG from an allow-list and says
what it left out (the check must name it, and refuse or warn per finding). py-svg-hush binds
Cloudflare's svg-hush but reports nothing; svg-sanitize calls itself a prototype. The XML is
read with defusedxml (no entity expansion, no external DTD), the CSS with tinycss2 (`svg.css`).
Illustrator's classic export declares its namespaces as entities (`xmlns:x="&ns_extend;"`);
only that shape of entity (short text, no markup, no other entity) is filled in before parsing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element, TreeBuilder, register_namespace, tostring

import defusedxml.ElementTree as SafeTree
from defusedxml import DefusedXmlException

from zondermuren.svg.rules import SVG, XLINK, Findings, link_kind, shown, split
from zondermuren.svg.tree import Copy, active

# Written back with their usual prefixes.
register_namespace("", SVG)
register_namespace("xlink", XLINK)

MAX_BYTES = 5_000_000  # Illustrator keeps its editing data (i:pgf) in the logo: a few MB
MAX_ELEMENTS = 100_000  # a big map is a few thousand; 5 MB of <g/> is 1.25 million, 110 MB as a tree
MAX_DEPTH = 200  # editors nest a few tens deep
EMPTY = b'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'


@dataclass
class Inspection:
    active: list[str] = field(default_factory=list)  # what makes the logo refused, as shown to the partner
    external: list[str] = field(default_factory=list)  # references to other addresses, left out
    dropped: list[str] = field(default_factory=list)  # other content the published copy leaves out
    clean: bytes = EMPTY  # the logo as published: the allow-listed copy
    readable: bool = True
    too_complex: str = ""  # what is over MAX_ELEMENTS or MAX_DEPTH, as the message says it


class _TooComplex(Exception):
    """Its text says what was found, for the message."""


class _Builder(TreeBuilder):
    """A tree builder that keeps the processing instructions (ElementTree drops them, also the
    XSLT one before the root) and stops at MAX_ELEMENTS or MAX_DEPTH."""

    def __init__(self) -> None:
        super().__init__()
        self.instructions: list[tuple[str, str]] = []
        self.elements = self.depth = 0

    def pi(self, target: str, text: str | None = None) -> Element:
        self.instructions.append((target, text or ""))
        return Element("pi")  # not inserted: insert_pis is off

    def start(self, tag: str, attrs: dict[str, str]) -> Element:
        self.elements, self.depth = self.elements + 1, self.depth + 1
        if self.elements > MAX_ELEMENTS:
            raise _TooComplex(f"meer dan {MAX_ELEMENTS:_} onderdelen".replace("_", "."))
        if self.depth > MAX_DEPTH:
            raise _TooComplex(f"meer dan {MAX_DEPTH} lagen in elkaar")
        return super().start(tag, attrs)

    def end(self, tag: str) -> Element:
        self.depth -= 1
        return super().end(tag)


def inspect(data: bytes) -> Inspection:
    found = Inspection()
    builder = _Builder()
    try:
        parser = SafeTree.DefusedXMLParser(target=builder)
        parser.feed(_adobe_entities(data))
        root = parser.close()
    except _TooComplex as error:
        found.readable, found.too_complex = False, str(error)
        return found
    except (SafeTree.ParseError, DefusedXmlException, ValueError):
        found.readable = False
        return found
    if split(root.tag) not in ((SVG, "svg"), ("", "svg")):
        found.readable = False
        return found
    findings = Findings()
    _instructions(builder.instructions, findings)
    active(root, findings)
    copy = Copy(findings).element(root)
    found.active, found.external, found.dropped = findings.active, findings.external, findings.dropped
    if copy is not None:
        # The prefixes are ElementTree's process-wide registry, which other libraries write to
        # (qrcode registers 'svg'): set ours again, so the same logo always gives the same bytes.
        register_namespace("", SVG)
        register_namespace("xlink", XLINK)
        found.clean = b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(copy, encoding="utf-8")
    return found


def _instructions(instructions: list[tuple[str, str]], found: Findings) -> None:
    """<?xml-stylesheet?> is the one instruction a browser acts on: XSLT (any type but CSS) runs
    as a program over the logo; a CSS one is fetched. The others (Adobe's xpacket) are editor data."""
    for target, text in instructions:
        if target.lower() != "xml-stylesheet":
            continue
        pseudo = dict(re.findall(r"([\w-]+)\s*=\s*[\"']([^\"']*)[\"']", text))
        label = f"<?xml-stylesheet {shown(text, 80)}?>"
        if pseudo.get("type", "").strip().lower() != "text/css":
            found.active.append(label)
        elif link_kind(pseudo.get("href", "")) != "internal":
            found.external.append(label)


_DOCTYPE = re.compile(rb"<!DOCTYPE\s+svg\b[^\[>]*\[(?P<subset>[^\]]*)\]\s*>")
_ENTITY = re.compile(
    rb"\s*<!ENTITY\s+(?P<name>[A-Za-z_][\w.-]*)\s+(?:\"(?P<a>[^\"&<%']{0,200})\"|'(?P<b>[^\"&<%']{0,200})')\s*>"
)
MAX_EXPANSION = 1_000_000  # characters that filled-in entities may add, in all


def _adobe_entities(data: bytes) -> bytes:
    """Illustrator's namespace (and, in old versions, style) entities filled in, the DOCTYPE
    dropped. Anything else in a DOCTYPE's internal subset stays, for defusedxml to refuse."""
    match = _DOCTYPE.search(data, 0, 4096)
    if match is None:
        return data
    subset = match["subset"]
    if _ENTITY.sub(b"", subset).strip():
        return data
    values = {b"&" + m["name"] + b";": m["a"] if m["a"] is not None else m["b"] for m in _ENTITY.finditer(subset)}
    rest = data[match.end() :]
    if sum(rest.count(name) * len(value) for name, value in values.items()) > MAX_EXPANSION:
        return data
    for name, value in values.items():
        rest = rest.replace(name, value)
    return data[: match.start()] + rest


def published(path: Path) -> bytes:
    """A logo's bytes as the site and print publish them: the allow-listed copy. The size is
    checked (stat) before anything is read; the check has refused such a logo already, so this
    guards a logo replaced between check and build: it is published empty, never read whole."""
    if path.stat().st_size > MAX_BYTES:
        return EMPTY
    with path.open("rb") as file:
        data = file.read(MAX_BYTES + 1)
    return EMPTY if len(data) > MAX_BYTES else inspect(data).clean
