"""Known SVG attacks, as documents with their whole finding lists, and an independent reading
of a published copy (`assert_inert`). Used by tests/sources/test_svg.py and tests/end_to_end/test_svg_browser.py.

The vectors follow the public classes (DOMPurify's and svg-hush's tests, the field report of an
XSLT logo). Every host is evil.example and every script calls alert(), so a published copy that
still names either has kept something it should not.
"""

from __future__ import annotations

import re
from pathlib import Path

import defusedxml.ElementTree as SafeTree
import tinycss2
from tinycss2.ast import FunctionBlock, URLToken

from zondermuren.svg.rules import ELEMENTS, SVG, XLINK, XML, link_kind, split

EXPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "svg" / "exports"
NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
XHTML = 'xmlns="http://www.w3.org/1999/xhtml"'
XSL = 'xmlns:xsl="http://www.w3.org/1999/XSL/Transform"'
PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAFElEQVR4nGPc4x3IAANMDEgANwcARJ8BYOcUFc8AAAAASUVORK5CYII="
ALERT_LINK = "javascript:alert(1)"


def doc(body: str, prolog: str = "", head: str = "") -> str:
    return f'{prolog}<svg {NS} viewBox="0 0 10 10"{head}>{body}<rect width="10" height="10"/></svg>'


R, E, D = "active", "external", "dropped"  # refused; left out (another address); left out (other)
# id -> (document, {kind: findings}); kinds not named must be empty.
ATTACKS: dict[str, tuple[str, dict[str, list[str]]]] = {
    # -- script, handlers --------------------------------------------------------------------
    "script": (doc("<script>alert(1)</script>"), {R: ["<script>"]}),
    "script-cdata": (doc("<script><![CDATA[alert(1)]]></script>"), {R: ["<script>"]}),
    "script-upper-case": (doc("<SCRIPT>alert(1)</SCRIPT>"), {R: ["<SCRIPT>"]}),
    "script-external": (doc('<script href="https://evil.example/x.js"/>'), {R: ["<script>"]}),
    "script-no-namespace": ('<svg><script>alert(1)</script><rect width="1" height="1"/></svg>', {R: ["<script>"]}),
    "onload": (doc("", head=' onload="alert(1)"'), {R: ["onload="]}),
    "onload-odd-case": (doc("", head=' OnLoad="alert(1)"'), {R: ["OnLoad="]}),
    "onclick-on-shape": (doc('<circle r="1" onclick="alert(1)"/>'), {R: ["onclick="]}),
    "onbegin-on-animation": (
        doc('<circle r="1"><animate attributeName="r" to="2" onbegin="alert(1)"/></circle>'),
        {R: ["onbegin="], D: ["<animate>"]},
    ),
    "handler-element": (doc('<handler type="application/ecmascript">alert(1)</handler>'), {R: ["<handler>"]}),
    "xml-events-listener": (
        doc('<ev:listener xmlns:ev="http://www.w3.org/2001/xml-events" event="load" handler="#h"/>'),
        {R: ["<ev:listener>"]},
    ),
    "attlist-default-onload": (
        doc("", prolog='<!DOCTYPE svg [<!ATTLIST svg onload CDATA "alert(1)">]>'),
        {R: ["onload="]},
    ),
    # -- schemes -----------------------------------------------------------------------------
    "javascript-link": (doc(f'<a href="{ALERT_LINK}"><circle r="1"/></a>'), {R: ['href="javascript:alert(1)"']}),
    "javascript-entities": (
        doc('<a href="&#106;ava&#x73;cript&#58;alert(1)"><circle r="1"/></a>'),
        {R: ['href="javascript:alert(1)"']},
    ),
    "javascript-tab": (
        doc('<a xlink:href="java&#9;script:alert(1)"><circle r="1"/></a>'),
        {R: ['href="java script:alert(1)"']},
    ),
    "javascript-newline-case": (
        doc('<a href="&#10; JaVa&#13;ScRiPt:alert(1)"><circle r="1"/></a>'),
        {R: ['href="JaVa ScRiPt:alert(1)"']},
    ),
    "vbscript": (doc('<a href="vbscript:msgbox(1)"><circle r="1"/></a>'), {R: ['href="vbscript:msgbox(1)"']}),
    "data-html-link": (
        doc('<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"><circle r="1"/></a>'),
        {R: ['href="data:text/html,<script>alert(1"']},
    ),
    "data-svg-image": (
        doc('<image href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" width="1" height="1"/>'),
        {R: ['href="data:image/svg+xml;base64,PHN2"']},
    ),
    "doctype-entity-scheme": (
        doc('<a href="&js;"><circle r="1"/></a>', prolog='<!DOCTYPE svg [<!ENTITY js "javascript:alert(1)">]>'),
        {R: ['href="javascript:alert(1)"']},
    ),
    # -- animations that write links ---------------------------------------------------------
    "set-href": (
        doc(f'<a href="#x"><set attributeName="href" to="{ALERT_LINK}"/></a>'),
        {R: ['<set attributeName="href">'], D: ["<set>"]},
    ),
    "animate-xlink-href": (
        doc(f'<a><animate attributeName="xlink:href" values="{ALERT_LINK}"/><circle r="1"/></a>'),
        {R: ['<animate attributeName="xlink:href">'], D: ["<animate>"]},
    ),
    "animate-href-spaced": (
        doc(f'<a><animate attributeName=" href " values="{ALERT_LINK}"/><circle r="1"/></a>'),
        {R: ['<animate attributeName="href">'], D: ["<animate>"]},
    ),
    # -- HTML, XSLT --------------------------------------------------------------------------
    "foreign-object-iframe": (
        doc(f'<foreignObject width="9" height="9"><iframe {XHTML} src="https://evil.example/"/></foreignObject>'),
        {R: ["<foreignObject>"]},
    ),
    "foreign-object-img-onerror": (
        doc(f'<foreignObject width="9" height="9"><img {XHTML} src="x" onerror="alert(1)"/></foreignObject>'),
        {R: ["<foreignObject>"]},
    ),
    "foreign-object-editor-shape-onload": (
        doc('<foreignObject onload="alert(1)"><i:pgfRef xmlns:i="urn:ai" href="#pgf"/></foreignObject>'),
        {R: ["onload="]},
    ),
    "foreign-object-div-with-text": (
        doc(f'<foreignObject width="9" height="9"><div {XHTML}>alert</div></foreignObject>'),
        {R: ["<foreignObject>"]},
    ),
    "xhtml-script-in-metadata": (
        doc('<metadata><h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></metadata>'),
        {R: ["<script>"]},
    ),
    "xhtml-iframe-bare": (doc(f'<iframe {XHTML} src="https://evil.example/"/>'), {R: ["<iframe>"]}),
    "script-inside-editor-data": (
        doc('<x:data xmlns:x="urn:editor"><script>alert(1)</script></x:data>'),
        {R: ["<script>"]},
    ),
    "xslt-pi": (
        doc("", prolog='<?xml-stylesheet type="text/xsl" href="evil.xsl"?>'),
        {R: ['<?xml-stylesheet type="text/xsl" href="evil.xsl"?>']},
    ),
    "xslt-pi-application-type": (
        doc("", prolog='<?xml-stylesheet type="application/xslt+xml" href="#s"?>'),
        {R: ['<?xml-stylesheet type="application/xslt+xml" href="#s"?>']},
    ),
    "stylesheet-pi-without-type": (
        doc("", prolog='<?xml-stylesheet href="evil.xsl"?>'),
        {R: ['<?xml-stylesheet href="evil.xsl"?>']},
    ),
    "xslt-element-itself": (
        doc(f'<xsl:stylesheet {XSL} version="1.0"><xsl:template match="/">alert</xsl:template></xsl:stylesheet>'),
        {R: ["<xsl:stylesheet>"]},
    ),
    # -- CSS that runs -----------------------------------------------------------------------
    "css-expression-escaped": (
        doc(r'<rect style="width:e\78pression(alert(1))"/>'),
        {R: [r'style="width:e\78pression(alert(1))"']},
    ),
    "css-behavior": (doc("<style>rect{behavior:url(#evil)}</style>"), {R: ["behavior:url(#evil)"]}),
    "css-moz-binding": (
        doc("<style>rect{-moz-binding:url(https://evil.example/x.xml#b)}</style>"),
        {R: ["-moz-binding:url(https://evil.example/x.xml#b)"]},
    ),
    "css-javascript-url": (
        doc("<style>rect{fill:url('javascript:alert(1)')}</style>"),
        {R: ['fill:url("javascript:alert(1)")']},
    ),
    # Unquoted, '(' makes a bad URL: a browser drops the declaration, and so does the copy.
    "css-bad-url": (doc("<style>rect{fill:url(javascript:alert(1))}</style>"), {}),
    # -- other addresses ---------------------------------------------------------------------
    "image-http": (
        doc('<image href="http://evil.example/p.png" width="1" height="1"/>'),
        {E: ['href="http://evil.example/p.png"']},
    ),
    "use-https": (doc('<use href="https://evil.example/s.svg#a"/>'), {E: ['href="https://evil.example/s.svg#a"']}),
    "use-protocol-relative": (
        doc('<use xlink:href="//evil.example/s.svg#a"/>'),
        {E: ['href="//evil.example/s.svg#a"']},
    ),
    "image-beside": (doc('<image href="evil.png" width="1" height="1"/>'), {E: ['href="evil.png"']}),
    "link-to-website": (
        doc('<a href="https://evil.example/"><circle r="1"/></a>'),
        {E: ['href="https://evil.example/"']},
    ),
    "feimage-https": (
        doc('<filter id="f"><feImage href="https://evil.example/p.png"/></filter>'),
        {E: ['href="https://evil.example/p.png"']},
    ),
    "import": (
        doc("<style>@import url(https://evil.example/x.css);</style>"),
        {E: ["@import url(https://evil.example/x.css);"]},
    ),
    "import-escaped": (
        doc(r"<style>@\69mport url(https://evil.example/x.css);</style>"),
        {E: ["@import url(https://evil.example/x.css);"]},
    ),
    "import-string-upper": (
        doc("<style>@IMPORT 'https://evil.example/x.css';</style>"),
        {E: ['@IMPORT "https://evil.example/x.css";']},
    ),
    "url-escaped-in-style": (
        doc(r"<style>rect{fill:u\72l(https://evil.example/p#p)}</style>"),
        {E: ["fill:url(https://evil.example/p#p)"]},
    ),
    "url-hex-escape-with-space": (
        doc(r'<circle r="1" fill="\0075 RL(https://evil.example/p#p)"/>'),
        {E: [r'fill="\0075 RL(https://evil.example/p#p)"']},
    ),
    "url-quoted-in-style-attribute": (
        doc("<rect style=\"fill:url( 'https://evil.example/p#p' )\"/>"),
        {E: ["style=\"fill:url( 'https://evil.example/p#p' )\""]},
    ),
    "url-in-custom-property-fallback": (
        doc("<rect style=\"fill:var(--x, url('https://evil.example/p#p'))\"/>"),
        {E: ["style=\"fill:var(--x, url('https://evil.example/p#p'))\""]},
    ),
    "image-set-string": (
        doc('<style>rect{mask:image-set("https://evil.example/m.png" 1x)}</style>'),
        {E: ['mask:image-set("https://evil.example/m.png" 1x)']},
    ),
    "cursor-url": (
        doc('<rect cursor="url(https://evil.example/c.cur)"/>'),
        {E: ['cursor="url(https://evil.example/c.cur)"']},
    ),
    "font-face-remote": (
        doc("<style>@font-face{font-family:x;src:url(https://evil.example/f.woff2)}</style>"),
        {E: ["@font-face{font-family:x;src:url(https://evil.example/f.woff"]},
    ),
    "stylesheet-pi-css": (
        doc("", prolog='<?xml-stylesheet type="text/css" href="https://evil.example/x.css"?>'),
        {E: ['<?xml-stylesheet type="text/css" href="https://evil.example/x.css"?>']},
    ),
    "xml-base": (
        doc('<g xml:base="https://evil.example/"><use href="#c"/></g>'),
        {E: ['xml:base="https://evil.example/"']},
    ),
    # -- left out, with a warning ------------------------------------------------------------
    "animated-colour": (
        doc('<circle r="1"><animate attributeName="fill" values="red;blue" dur="1s"/></circle>'),
        {D: ["<animate>"]},
    ),
    "animate-motion": (
        doc('<circle r="1"><animateMotion dur="1s"><mpath href="#p"/></animateMotion></circle>'),
        {D: ["<animateMotion>"]},
    ),
    "mathml": (doc('<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math>'), {D: ["<math>"]}),
    "font-face-embedded": (
        doc("<style>@font-face{font-family:x;src:url(data:font/woff2;base64,AAAA)}</style>"),
        {D: ["@font-face"]},
    ),
    "media-rule": (doc("<style>@media print{rect{fill:red}}</style>"), {D: ["@media"]}),
    "picture-as-css-paint": (doc(f'<rect style="fill:url({PNG})"/>'), {D: [f'style="{f"fill:url({PNG})"[:60]}"']}),
    "svg-font": (doc('<font horiz-adv-x="1"><glyph unicode="a" d="M0 0"/></font>'), {D: ["<font>"]}),
    "style-sheet-too-big": (doc(f"<style>{'.a{fill:red}' * 50_000}</style>"), {D: ["<style>"]}),
}


def _tokens_inert(text: str) -> bool:
    def walk(tokens) -> bool:
        for token in tokens:
            if isinstance(token, URLToken) and not token.value.startswith("#"):
                return False
            if isinstance(token, FunctionBlock):
                if token.lower_name in ("url", "src", "expression", "image-set", "image"):
                    return False
                if not walk(token.arguments):
                    return False
            if getattr(token, "content", None) and not walk(token.content):
                return False
            if getattr(token, "type", "") == "at-keyword":
                return False
        return True

    return walk(tinycss2.parse_component_value_list(text))


def assert_inert(clean: bytes) -> None:
    """An independent reading of a published copy: what the browser would find in it."""
    assert clean.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    assert b"<?" not in clean[5:] and b"<!" not in clean, "no processing instruction, DOCTYPE or comment"
    root = SafeTree.fromstring(clean, forbid_dtd=True)
    for element in root.iter():
        namespace, local = split(element.tag)
        assert namespace == SVG and local in ELEMENTS, element.tag
        if local == "style":
            assert "@" not in (element.text or "") and _tokens_inert(element.text or "")
        for name, value in element.attrib.items():
            space, attribute = split(name)
            assert not attribute.lower().startswith("on"), name
            if attribute == "href":
                assert space in ("", XLINK), name
                assert link_kind(value) == "internal" or (local == "image" and link_kind(value) == "picture"), value
            else:
                assert space in ("", XML), name
                assert _tokens_inert(value), (name, value)
    assert not re.search(rb"evil|alert|javascript|vbscript|msgbox", clean, re.I), clean
