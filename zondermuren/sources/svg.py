"""SVG logos made inert: a logo is a picture, never a program or a request to another host.

A partner's SVG is published on the Huis's own origin and drawn into every PDF, so:

- *active content* (`<script>`, `<foreignObject>`, event attributes such as `onload=`,
  `javascript:` links, `<animate>`/`<set>` that rewrite links) is refused by the check: it runs
  in the browser of whoever opens the logo's address;
- *external references* (`href="http://…"` on `<image>`/`<use>`, `url(http…)` and `@import`
  in styles) are taken out of the published copy with a warning: they would make the print
  step contact that host (the build needs no internet) and tell the host who views the logo.
  Design tools put linked fonts and pictures in logos often, so this never blocks a fiche.

The XML is parsed with defusedxml (entity expansion and external DTDs are refused), because
a logo is untrusted input like any fiche.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element, register_namespace, tostring

import defusedxml.ElementTree as SafeTree
from defusedxml import DefusedXmlException

# Written back with their usual prefixes, so the published copy reads like the partner's file.
register_namespace("", "http://www.w3.org/2000/svg")
register_namespace("xlink", "http://www.w3.org/1999/xlink")

_ACTIVE_ELEMENTS = {"script", "foreignobject", "handler", "listener"}
_REWRITING = {"animate", "set", "animatetransform", "animatemotion"}  # may set href to javascript:
_LINK_ATTRIBUTES = {"href", "{http://www.w3.org/1999/xlink}href"}
_EXTERNAL_URL = re.compile(r"url\(\s*['\"]?\s*(?!#)[^)]*\)|@import[^;]*;?", re.I)


@dataclass
class Inspection:
    active: list[str] = field(default_factory=list)  # what makes the logo refused, as shown to the partner
    external: list[str] = field(default_factory=list)  # what the published copy leaves out
    clean: bytes = b""  # the logo as published: external references removed
    readable: bool = True


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _is_internal(link: str) -> bool:
    """Within the logo itself ('#gradient'), or a picture carried inside it (a PNG/JPEG data URL)."""
    link = link.strip()
    return link.startswith("#") or re.match(r"data:image/(png|jpe?g|gif|webp)[;,]", link, re.I) is not None


def inspect(data: bytes) -> Inspection:
    found = Inspection()
    try:
        root = SafeTree.fromstring(data)
    except (SafeTree.ParseError, DefusedXmlException, ValueError):
        found.readable = False
        return found
    if _local(root.tag) != "svg":
        found.readable = False
        return found
    changed = False
    for element in root.iter():
        name = _local(element.tag)
        if name in _ACTIVE_ELEMENTS:
            found.active.append(f"<{name}>")
        if name in _REWRITING and element.get("attributeName", "").lower() in ("href", "xlink:href"):
            found.active.append(f'<{name} attributeName="href">')
        for attribute, value in list(element.attrib.items()):
            local = _local(attribute)
            if local.startswith("on"):
                found.active.append(f"{local}=")
            elif attribute in _LINK_ATTRIBUTES or local == "href":
                if value.strip().lower().startswith(("javascript:", "vbscript:", "data:text", "data:image/svg")):
                    found.active.append(f'{local}="{value.strip()[:30]}"')
                elif not _is_internal(value):
                    found.external.append(f'{local}="{value.strip()[:60]}"')
                    del element.attrib[attribute]
                    changed = True
            elif "url(" in value.lower() and _EXTERNAL_URL.search(value):
                found.external.append(f'{local}="{value.strip()[:60]}"')
                element.set(attribute, _EXTERNAL_URL.sub("none", value))
                changed = True
        if name == "style" and element.text and _EXTERNAL_URL.search(element.text):
            found.external += [match.group()[:60] for match in _EXTERNAL_URL.finditer(element.text)]
            element.text = _EXTERNAL_URL.sub("", element.text)
            changed = True
    found.clean = _serialised(root) if changed else data
    return found


def _serialised(root: Element) -> bytes:
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="utf-8", xml_declaration=False)
