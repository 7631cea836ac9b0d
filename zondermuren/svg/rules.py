"""What an SVG logo may hold: the allow-lists of `zondermuren.svg`, and how a link is judged.

Everything not named here is left out of the published copy. The lists follow SVG 1.1/2 and what
the design tools export (Inkscape, Illustrator, Figma, Affinity Designer, Canva); see the policy
in `zondermuren.svg`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
XML = "http://www.w3.org/XML/1998/namespace"
XHTML = "http://www.w3.org/1999/xhtml"
XSLT = "http://www.w3.org/1999/XSL/Transform"
XML_EVENTS = "http://www.w3.org/2001/xml-events"
MATHML = "http://www.w3.org/1998/Math/MathML"
# Namespaces a browser acts on. Elements of any other namespace are editor data (sodipodi:,
# inkscape:, Illustrator's i:/x:/graph:, Affinity's serif:, RDF metadata): never drawn, left out.
KNOWN = {"", SVG, XHTML, XSLT, XML_EVENTS, MATHML}

SHAPES = {"path", "rect", "circle", "ellipse", "line", "polyline", "polygon"}
TEXT = {"text", "tspan", "textPath"}
STRUCTURE = {"svg", "g", "defs", "symbol", "use", "switch", "title", "desc", "style", "image", "marker"}
PAINT = {"linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask"}
# Filter primitives are pixel arithmetic on the logo itself (Figma's shadows, Inkscape's blur);
# feImage is not among them: it draws another picture, from an address.
FILTERS = {"filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix"}
FILTERS |= {"feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA"}
FILTERS |= {"feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology"}
FILTERS |= {"feOffset", "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence"}
ELEMENTS = SHAPES | TEXT | STRUCTURE | PAINT | FILTERS
# Left out without a word: editor data, and Inkscape 0.92's flowed text, which no browser draws.
SILENT = {"metadata", "flowRoot", "view"}
# Animation is dropped from the published copy: print cannot show it, and a dropped animation
# needs no check of what it writes (an animated href or style can be a link or a request).
ANIMATION = {"animate", "set", "animateTransform", "animateMotion", "animateColor", "discard"}
SCRIPTS = {"script", "handler", "listener"}  # active in any case and in SVG, XHTML or no namespace
REFERENCING = {"use", "textPath", "linearGradient", "radialGradient", "pattern", "filter"}  # href="#…" only
NEEDS_HREF = {"use", "image", "textPath"}  # nothing to draw without it (fpdf2 refuses an <image> without)

# Attributes kept as written: geometry, ids, units and numbers; none of them can name an address.
PLAIN = {"id", "class", "d", "points", "viewBox", "preserveAspectRatio", "x", "y", "width", "height"}
PLAIN |= {"x1", "x2", "y1", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "dx", "dy", "rotate"}
PLAIN |= {"textLength", "lengthAdjust", "pathLength", "offset", "gradientUnits", "gradientTransform"}
PLAIN |= {"spreadMethod", "patternUnits", "patternContentUnits", "patternTransform", "clipPathUnits"}
PLAIN |= {"maskUnits", "maskContentUnits", "markerUnits", "markerWidth", "markerHeight", "refX", "refY"}
PLAIN |= {"orient", "startOffset", "method", "spacing", "side", "path", "version", "baseProfile"}
PLAIN |= {"filterUnits", "primitiveUnits", "in", "in2", "result", "stdDeviation", "edgeMode", "operator"}
PLAIN |= {"k1", "k2", "k3", "k4", "values", "type", "mode", "scale", "xChannelSelector", "yChannelSelector"}
PLAIN |= {"baseFrequency", "numOctaves", "seed", "stitchTiles", "kernelMatrix", "order", "divisor", "bias"}
PLAIN |= {"targetX", "targetY", "preserveAlpha", "kernelUnitLength", "surfaceScale", "specularConstant"}
PLAIN |= {"specularExponent", "diffuseConstant", "azimuth", "elevation", "pointsAtX", "pointsAtY"}
PLAIN |= {"pointsAtZ", "limitingConeAngle", "radius", "tableValues", "slope", "intercept", "amplitude"}
PLAIN |= {"exponent", "role", "aria-label", "aria-hidden", "aria-labelledby", "aria-describedby", "lang"}
PLAIN |= {"systemLanguage"}
# Presentation attributes: CSS values, so they are read as CSS (escapes decoded) and written back.
PRESENTATION = {"fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap"}
PRESENTATION |= {"stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset"}
PRESENTATION |= {"stroke-opacity", "opacity", "clip-path", "clip-rule", "mask", "mask-type", "filter"}
PRESENTATION |= {"flood-color", "flood-opacity", "lighting-color", "stop-color", "stop-opacity", "color"}
PRESENTATION |= {"color-interpolation", "color-interpolation-filters", "color-rendering", "display"}
PRESENTATION |= {"visibility", "overflow", "clip", "font", "font-family", "font-size", "font-size-adjust"}
PRESENTATION |= {"font-stretch", "font-style", "font-variant", "font-weight", "letter-spacing"}
PRESENTATION |= {"word-spacing", "text-anchor", "text-decoration", "text-rendering", "dominant-baseline"}
PRESENTATION |= {"alignment-baseline", "baseline-shift", "writing-mode", "direction", "unicode-bidi"}
PRESENTATION |= {"white-space", "glyph-orientation-horizontal", "glyph-orientation-vertical", "kerning"}
PRESENTATION |= {"image-rendering", "shape-rendering", "paint-order", "vector-effect", "marker"}
PRESENTATION |= {"marker-start", "marker-mid", "marker-end", "mix-blend-mode", "isolation", "transform"}
PRESENTATION |= {"transform-origin", "transform-box", "pointer-events"}
# CSS properties kept in style= and <style>: the presentation attributes, the geometry properties
# of SVG 2 and the text properties the editors write. Others (editor extras such as
# -inkscape-font-specification, or backgrounds and cursors a logo does not need) are left out.
PROPERTIES = PRESENTATION | {"x", "y", "cx", "cy", "r", "rx", "ry", "width", "height", "d", "line-height"}
PROPERTIES |= {"font-kerning", "font-feature-settings", "font-variation-settings", "font-variant-ligatures"}
PROPERTIES |= {"font-variant-caps", "font-variant-numeric", "font-variant-east-asian", "text-align"}
PROPERTIES |= {"text-transform", "text-indent", "text-orientation", "text-decoration-line"}
PROPERTIES |= {"text-decoration-color", "text-decoration-style"}
# CSS that runs code in some browser: refused like a script.
ACTIVE_PROPERTIES = {"behavior", "-ms-behavior", "-moz-binding", "-o-link", "-o-link-source"}
# CSS functions that compute a value from their arguments and never fetch anything. Others
# (image-set, image, cross-fade, element, attr, env, src, ...) take the declaration out.
FUNCTIONS = {"rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch", "color", "color-mix"}
FUNCTIONS |= {"calc", "min", "max", "clamp", "var", "matrix", "matrix3d", "translate", "translatex"}
FUNCTIONS |= {"translatey", "translatez", "translate3d", "scale", "scalex", "scaley", "scalez", "scale3d"}
FUNCTIONS |= {"rotate", "rotatex", "rotatey", "rotatez", "rotate3d", "skew", "skewx", "skewy", "perspective"}
FUNCTIONS |= {"blur", "brightness", "contrast", "drop-shadow", "grayscale", "hue-rotate", "invert", "opacity"}
FUNCTIONS |= {"saturate", "sepia", "linear-gradient", "radial-gradient", "conic-gradient", "rect", "inset"}
FUNCTIONS |= {"repeating-linear-gradient", "repeating-radial-gradient", "repeating-conic-gradient"}
FUNCTIONS |= {"circle", "ellipse", "polygon", "path"}

_SCRIPT_SCHEMES = ("javascript:", "vbscript:", "livescript:")
_PICTURE = re.compile(r"data:image/(png|jpe?g|gif|webp)[;,]")
# A browser drops tabs and line breaks anywhere in an address and spaces and control characters
# at its ends, so 'java&#9;script:' is javascript: to it. Squeezed out before the scheme is read.
_SQUEEZED = re.compile(r"[\x00-\x20\x7f]+")


def link_kind(value: str) -> str:
    """'internal' (#fragment), 'picture' (a raster data: URL), 'data' (a data: URL of another type),
    'script' (javascript: and the like) or 'external' (any other address: another host, a file
    beside the logo)."""
    if value.strip(" \t\n\r\f").startswith("#"):
        return "internal"
    squeezed = _SQUEEZED.sub("", value).lower()
    if squeezed.startswith(_SCRIPT_SCHEMES):
        return "script"
    if squeezed.startswith("data:"):
        return "picture" if _PICTURE.match(squeezed) else "data"
    return "external"


def shown(value: str, limit: int) -> str:
    """A value as a message quotes it: on one line, cut at `limit` characters."""
    return _SQUEEZED.sub(" ", value).strip()[:limit]


def split(name: str) -> tuple[str, str]:
    """('{ns}local') -> (ns, local); no namespace gives ''."""
    if name.startswith("{"):
        namespace, local = name[1:].split("}", 1)
        return namespace, local
    return "", name


@dataclass
class Findings:
    """What the check reports: `active` refuses the logo; `external` and `dropped` are left out of
    the published copy with a warning. Editor data is left out without one."""

    active: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
