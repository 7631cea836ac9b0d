"""Bad-input corpus, sturdy part two: svg. Registered in tests/support/corpus_cases.py (CLASSES, CASES, EXPECTED).

One case per class of SVG attack seen in the field or in the public vectors (XSLT processing
instructions, CSS escapes, schemes spelled with entities and tabs, animations that rewrite links),
each with its whole problem list: refused (active content) or published without it (a warning).
Real exports pass; big logos are refused from their size alone (sparse files: never written, so
never read: a test that read one whole would blow the corpus's memory limit).
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.sources.test_messages import BIB, FICHE, Edit
from tests.support import corpus_cases as base
from tests.support.corpus_cases import Case, c, replace, write

CLASSES: dict[str, str] = {
    "svg-xslt": "XSLT and style sheet processing instructions: XSLT refused, a linked style sheet left out",
    "svg-css": "CSS read as a browser reads it: escapes decoded before @import, url() and expression() are judged",
    "svg-scheme": "javascript: and data: links refused however spelled (entities, tabs, case, a DOCTYPE entity)",
    "svg-markup": "script, handlers, HTML and link-writing animations refused wherever they hide",
    "svg-strip": "links, other hosts, animations and effects left out of the published copy, with a warning",
    "svg-exports": "real exports pass: editor data (Illustrator's entities and i:pgf, Figma's blur) left out",
    "svg-big": "logos too big or too deep refused from stat() or while parsing, never read whole",
    "svg-drawings": "every other SVG of assets/ and content/ judged as a logo is, and published rebuilt",
}
base.CLASSES.update(CLASSES)

NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
XSL = 'xmlns:xsl="http://www.w3.org/1999/XSL/Transform"'
RECT = '<rect width="10" height="10"/>'
LOGO = f"{BIB}/logo.svg"


def logo(body: str, prolog: str = "", head: str = "") -> Edit:
    return write(LOGO, f'{prolog}<svg {NS} viewBox="0 0 10 10"{head}>{body}{RECT}</svg>')


def sparse(file: str, size: int) -> Edit:
    """A file of `size` bytes that takes no disk and no time to make: a hole, never written."""

    def edit(root: Path) -> None:
        path = root / file
        with path.open("wb") as handle:
            handle.truncate(size)
        assert os.stat(path).st_size == size

    return edit


ILLUSTRATOR = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    "<!-- Generator: Adobe Illustrator 27.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->\n"
    '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [\n'
    '\t<!ENTITY ns_extend "http://ns.adobe.com/Extensibility/1.0/">\n'
    '\t<!ENTITY ns_ai "http://ns.adobe.com/AdobeIllustrator/10.0/">\n'
    '\t<!ENTITY ns_svg "http://www.w3.org/2000/svg">\n'
    '\t<!ENTITY ns_xlink "http://www.w3.org/1999/xlink">\n'
    "]>\n"
    '<svg version="1.1" id="Laag_1" xmlns:x="&ns_extend;" xmlns:i="&ns_ai;" xmlns="&ns_svg;" '
    'xmlns:xlink="&ns_xlink;" x="0px" y="0px" viewBox="0 0 10 10" style="enable-background:new 0 0 10 10;" '
    'xml:space="preserve">\n'
    '<style type="text/css">.st0{fill:#2E7D6B;}</style>\n'
    '<switch><foreignObject requiredExtensions="&ns_ai;" x="0" y="0" width="1" height="1">'
    '<i:pgfRef xlink:href="#adobe_illustrator_pgf"></i:pgfRef></foreignObject>\n'
    '<g i:extraneous="self"><circle class="st0" cx="5" cy="5" r="4"/></g></switch>\n'
    '<i:pgf id="adobe_illustrator_pgf"><![CDATA[eJzsvWuPHMlxKPpdv6J8L7KwBR6nhfF5WnGSq5DXhEKF]]></i:pgf>\n'
    "</svg>\n"
)

CASES: list[Case] = [
    # -- svg-xslt ----------------------------------------------------------------------------
    c(
        "svg-xslt-itself",
        "svg-xslt",
        write(
            LOGO,
            '<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="logo.svg"?>\n'
            f'<svg {NS} {XSL} xsl:version="1.0" viewBox="0 0 10 10">'
            '<xsl:element name="script" namespace="http://www.w3.org/2000/svg">alert(document.domain)</xsl:element>'
            f"{RECT}</svg>",
        ),
    ),
    c(
        "svg-xslt-fragment",
        "svg-xslt",
        logo(
            f'<xsl:stylesheet id="stijl" version="1.0" {XSL}><xsl:template match="/">'
            '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg></xsl:template></xsl:stylesheet>',
            prolog='<?xml-stylesheet type="text/xsl" href="#stijl"?>',
        ),
    ),
    c("svg-xslt-as-xml", "svg-xslt", logo("", prolog='<?xml-stylesheet type="text/xml" href="stijl.xsl"?>')),
    c(
        "svg-stylesheet-elsewhere",
        "svg-xslt",
        logo("", prolog='<?xml-stylesheet type="text/css" href="https://evil.example/logo.css"?>'),
    ),
    # -- svg-css -----------------------------------------------------------------------------
    c("svg-css-escaped-import", "svg-css", logo(r"<style>@\69mport url(https://evil.example/x.css);</style>")),
    c(
        "svg-css-escaped-url",
        "svg-css",
        logo(
            r"<style>rect{fill:u\72l(https://evil.example/p.svg#p);stroke:red}</style>"
            r'<circle r="2" fill="\75rl(//evil.example/q)"/>'
        ),
    ),
    c(
        "svg-css-expression",
        "svg-css",
        logo(r'<rect width="1" height="1" style="width:e\78pression(alert(1))"/><g style="behavior:url(#x)"/>'),
    ),
    c(
        "svg-css-image-set",
        "svg-css",
        logo('<style>rect{mask:image-set("https://evil.example/m.png" 1x);fill:green}</style>'),
    ),
    # -- svg-scheme --------------------------------------------------------------------------
    c("svg-javascript-entities", "svg-scheme", logo('<a href="&#106;ava&#x73;cript&#58;alert(1)"><circle r="1"/></a>')),
    c("svg-javascript-tab", "svg-scheme", logo('<a xlink:href="java&#9;script:alert(1)"><circle r="1"/></a>')),
    c("svg-javascript-spaced-case", "svg-scheme", logo('<a href=" &#10;JaVaScRiPt:alert(1)"><circle r="1"/></a>')),
    c(
        "svg-data-html",
        "svg-scheme",
        logo('<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="><circle r="1"/></a>'),
    ),
    c(
        "svg-doctype-entity-scheme",
        "svg-scheme",
        logo('<a href="&js;"><circle r="1"/></a>', prolog='<!DOCTYPE svg [<!ENTITY js "javascript:alert(1)">]>'),
    ),
    c("svg-use-data-svg", "svg-scheme", logo('<use href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="/>')),
    # -- svg-markup --------------------------------------------------------------------------
    c("svg-script-cdata", "svg-markup", logo('<script type="text/ecmascript"><![CDATA[alert(1)]]></script>')),
    c("svg-onload-odd-case", "svg-markup", logo("", head=' OnLoad="alert(1)"')),
    c(
        "svg-set-xlink-href",
        "svg-markup",
        logo(
            '<a><set attributeName="xlink:href" to="javascript:alert(1)"/>'
            '<animate attributeName="href" values="javascript:alert(2)"/><circle r="1"/></a>'
        ),
    ),
    c(
        "svg-foreign-object-iframe",
        "svg-markup",
        logo(
            '<foreignObject width="10" height="10">'
            '<iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/"/></foreignObject>'
        ),
    ),
    c(
        "svg-xhtml-script-in-metadata",
        "svg-markup",
        logo('<metadata><h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></metadata>'),
    ),
    # -- svg-strip ---------------------------------------------------------------------------
    c("svg-link-to-website", "svg-strip", logo('<a href="https://partner.example/"><circle r="1"/></a>')),
    c("svg-use-elsewhere", "svg-strip", logo('<use href="https://evil.example/sprite.svg#logo"/>')),
    c("svg-image-file-beside", "svg-strip", logo('<image href="foto.png" width="5" height="5"/>')),
    c(
        "svg-animated-colour",
        "svg-strip",
        logo(
            '<circle r="3"><animate attributeName="fill" values="red;blue" dur="2s" repeatCount="indefinite"/></circle>'
        ),
    ),
    c("svg-xml-base", "svg-strip", logo('<g xml:base="https://evil.example/"><use href="#c"/></g>')),
    # -- svg-exports -------------------------------------------------------------------------
    c("svg-illustrator-classic", "svg-exports", write(LOGO, ILLUSTRATOR)),
    c(
        "svg-figma-background-blur",
        "svg-exports",
        logo(
            '<foreignObject x="-4" y="-4" width="18" height="18"><div xmlns="http://www.w3.org/1999/xhtml" '
            'style="backdrop-filter:blur(2px);clip-path:url(#bgblur_0_1_2_clip_path);height:100%;width:100%">'
            '</div></foreignObject><rect data-figma-bg-blur-radius="4" width="10" height="10" fill="#fff"/>'
        ),
    ),
    # -- svg-big -----------------------------------------------------------------------------
    c("svg-huis-logo-1gb", "svg-big", sparse("assets/logo.svg", 1 << 30)),
    c("svg-partner-logo-just-over", "svg-big", sparse(LOGO, 5_000_001)),
    c(
        "png-partner-logo-2gb",
        "svg-big",
        sparse(f"{BIB}/logo.png", 2_000_000_000),
        replace(FICHE, "logo: logo.svg", "logo: logo.png"),
    ),
    c("svg-nested-too-deep", "svg-big", logo("<g>" * 250 + "</g>" * 250)),
    c("svg-too-many-elements", "svg-big", logo("<g/>" * 100_001)),
    c(
        "svg-drawing-in-assets-xslt",
        "svg-drawings",
        write(
            "assets/kaart.svg",
            f'<?xml-stylesheet type="text/xsl" href="kaart.svg"?><svg {NS} {XSL} viewBox="0 0 10 10">{RECT}</svg>',
        ),
    ),
    c(
        "svg-drawing-in-content-script",
        "svg-drawings",
        write("content/plan.svg", f'<svg {NS} viewBox="0 0 10 10" onload="alert(1)">{RECT}</svg>'),
    ),
    c(
        "svg-drawing-in-content-other-host",
        "svg-drawings",
        write(
            "content/plan.svg", f'<svg {NS} viewBox="0 0 10 10"><image href="https://evil.example/p.png"/>{RECT}</svg>'
        ),
    ),
    c("svg-drawing-not-svg", "svg-drawings", write("assets/kaart.svg", "GIF89a")),
    c(
        "svg-drawing-huis-logo-not-twice",
        "svg-drawings",
        write("assets/logo.svg", f"<svg {NS}><script>1</script></svg>"),
    ),
]

EXPECTED: dict[str, tuple[str, ...]] = {
    "svg-xslt-itself": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden <?xml-stylesheet type="text/xsl" href="logo.svg"?>, <xsl:element>) — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts',
    ),
    "svg-xslt-fragment": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden <?xml-stylesheet type="text/xsl" href="#stijl"?>, <xsl:stylesheet>) — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts',
    ),
    "svg-xslt-as-xml": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden <?xml-stylesheet type="text/xml" href="stijl.xsl"?>) — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts',
    ),
    "svg-stylesheet-elsewhere": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo verwijst naar een ander adres (verwacht een logo dat alles zelf bevat, gevonden <?xml-stylesheet type="text/css" href="https://evil.example/logo.css"?>): de site en het drukwerk tonen het zonder — sluit lettertypen en afbeeldingen in het logo in, of bewaar het als PNG',
    ),
    "svg-css-escaped-import": (
        "partners/bib-noorddorp/fiche.yml:31:7: logo: logo verwijst naar een ander adres (verwacht een logo dat alles zelf bevat, gevonden @import url(https://evil.example/x.css);): de site en het drukwerk tonen het zonder — sluit lettertypen en afbeeldingen in het logo in, of bewaar het als PNG",
    ),
    "svg-css-escaped-url": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo verwijst naar een ander adres (verwacht een logo dat alles zelf bevat, gevonden fill:url(https://evil.example/p.svg#p), fill="\\75rl(//evil.example/q)"): de site en het drukwerk tonen het zonder — sluit lettertypen en afbeeldingen in het logo in, of bewaar het als PNG',
    ),
    "svg-css-expression": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden style="width:e\\78pression(alert(1))", style="behavior:url(#x)") — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts',
    ),
    "svg-css-image-set": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo verwijst naar een ander adres (verwacht een logo dat alles zelf bevat, gevonden mask:image-set("https://evil.example/m.png" 1x)): de site en het drukwerk tonen het zonder — sluit lettertypen en afbeeldingen in het logo in, of bewaar het als PNG',
    ),
    "svg-javascript-entities": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden href="javascript:alert(1)") — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts',
    ),
    "svg-javascript-tab": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden href="java script:alert(1)") — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts',
    ),
    "svg-javascript-spaced-case": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden href="JaVaScRiPt:alert(1)") — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts',
    ),
    "svg-data-html": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden href="data:text/html;base64,PHNjcmlw") — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts',
    ),
    "svg-doctype-entity-scheme": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden href="javascript:alert(1)") — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts',
    ),
    "svg-use-data-svg": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden href="data:image/svg+xml;base64,PHN2") — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts',
    ),
    "svg-script-cdata": (
        "partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden <script>) — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts",
    ),
    "svg-onload-odd-case": (
        "partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden OnLoad=) — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts",
    ),
    "svg-set-xlink-href": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden <set attributeName="xlink:href">, <animate attributeName="href">) — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts',
    ),
    "svg-foreign-object-iframe": (
        "partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden <foreignObject>) — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts",
    ),
    "svg-xhtml-script-in-metadata": (
        "partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden <script>) — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts",
    ),
    "svg-link-to-website": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo verwijst naar een ander adres (verwacht een logo dat alles zelf bevat, gevonden href="https://partner.example/"): de site en het drukwerk tonen het zonder — sluit lettertypen en afbeeldingen in het logo in, of bewaar het als PNG',
    ),
    "svg-use-elsewhere": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo verwijst naar een ander adres (verwacht een logo dat alles zelf bevat, gevonden href="https://evil.example/sprite.svg#logo"): de site en het drukwerk tonen het zonder — sluit lettertypen en afbeeldingen in het logo in, of bewaar het als PNG',
    ),
    "svg-image-file-beside": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo verwijst naar een ander adres (verwacht een logo dat alles zelf bevat, gevonden href="foto.png"): de site en het drukwerk tonen het zonder — sluit lettertypen en afbeeldingen in het logo in, of bewaar het als PNG',
    ),
    "svg-animated-colour": (
        "partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat onderdelen die de site weglaat (verwacht vormen, tekst, kleurverlopen en ingesloten afbeeldingen, gevonden <animate>): de site en het drukwerk tonen het zonder — kijk het logo na op de site; ziet het er anders uit, exporteer het dan zonder animaties en effecten, of bewaar het als PNG",
    ),
    "svg-xml-base": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo verwijst naar een ander adres (verwacht een logo dat alles zelf bevat, gevonden xml:base="https://evil.example/"): de site en het drukwerk tonen het zonder — sluit lettertypen en afbeeldingen in het logo in, of bewaar het als PNG',
    ),
    "svg-illustrator-classic": (),
    "svg-figma-background-blur": (
        "partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat onderdelen die de site weglaat (verwacht vormen, tekst, kleurverlopen en ingesloten afbeeldingen, gevonden <foreignObject>): de site en het drukwerk tonen het zonder — kijk het logo na op de site; ziet het er anders uit, exporteer het dan zonder animaties en effecten, of bewaar het als PNG",
    ),
    "svg-huis-logo-1gb": (
        "huis.yml:14:7: logo: logo is te groot (verwacht hoogstens 5 MB voor een SVG, gevonden 1073,7 MB) — bewaar het opnieuw zonder ingesloten foto's en bewerkingsgegevens (in Illustrator: zonder 'Illustrator-bewerkingsmogelijkheden behouden'), of als PNG",
    ),
    "svg-partner-logo-just-over": (
        "partners/bib-noorddorp/fiche.yml:31:7: logo: logo is te groot (verwacht hoogstens 5 MB voor een SVG, gevonden 5.000.001 bytes) — bewaar het opnieuw zonder ingesloten foto's en bewerkingsgegevens (in Illustrator: zonder 'Illustrator-bewerkingsmogelijkheden behouden'), of als PNG",
    ),
    "png-partner-logo-2gb": (
        "partners/bib-noorddorp/fiche.yml:31:7: logo: logo is te groot (verwacht hoogstens 1 MB, gevonden 2000,0 MB) — verklein het beeld of bewaar het als SVG",
    ),
    "svg-nested-too-deep": (
        "partners/bib-noorddorp/fiche.yml:31:7: logo: logo is te ingewikkeld (verwacht hoogstens 100.000 onderdelen en 200 lagen in elkaar, gevonden meer dan 200 lagen in elkaar) — vereenvoudig het logo in je tekenprogramma, of bewaar het als PNG",
    ),
    "svg-too-many-elements": (
        "partners/bib-noorddorp/fiche.yml:31:7: logo: logo is te ingewikkeld (verwacht hoogstens 100.000 onderdelen en 200 lagen in elkaar, gevonden meer dan 100.000 onderdelen) — vereenvoudig het logo in je tekenprogramma, of bewaar het als PNG",
    ),
    "svg-drawing-in-assets-xslt": (
        'assets/kaart.svg:1:1: tekening bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden <?xml-stylesheet type="text/xsl" href="kaart.svg"?>) — exporteer de tekening opnieuw als eenvoudige SVG, of bewaar ze als PNG',
    ),
    "svg-drawing-in-content-script": (
        "content/plan.svg:1:1: tekening bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden onload=) — exporteer de tekening opnieuw als eenvoudige SVG, of bewaar ze als PNG",
    ),
    "svg-drawing-in-content-other-host": (
        'content/plan.svg:1:1: tekening bevat onderdelen die de site weglaat (verwacht een SVG die alles zelf bevat, gevonden href="https://evil.example/p.png"): de site toont ze zonder — kijk de tekening na op de site; ziet ze er anders uit, exporteer de tekening opnieuw als eenvoudige SVG, of bewaar ze als PNG',
    ),
    "svg-drawing-not-svg": (
        "assets/kaart.svg:1:1: tekening is geen leesbare SVG (verwacht een SVG-afbeelding, gevonden iets anders) — bewaar de tekening opnieuw als SVG of als PNG (met .png als einde)",
    ),
    "svg-drawing-huis-logo-not-twice": (
        "huis.yml:14:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden <script>) — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts",
    ),
}
