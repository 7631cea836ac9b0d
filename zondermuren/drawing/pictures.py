"""Logos as the PDF maker reads them: offline, and with the font families their text asks for."""

from __future__ import annotations

import html
import io
import logging
import re
from functools import cache, lru_cache
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import ResourceAccessPolicy
from fpdf.svg import SVGObject

from zondermuren import svg

# fpdf2 says so for every <title> in an SVG logo; harmless, and noise in a site build.
logging.getLogger("fpdf.svg").setLevel(logging.ERROR)


def picture(path: str) -> str | io.BytesIO:
    """A logo as fpdf2 gets it: an SVG as the site publishes it (`svg.published`: the
    allow-listed copy, its size asked before it is read), so print stays offline; every FPDF here
    also refuses remote files outright."""
    if path.lower().endswith(".svg"):
        stat = Path(path).stat()
        return io.BytesIO(_published(path, stat.st_mtime_ns, stat.st_size))
    return path


@lru_cache(maxsize=256)
def _published(path: str, mtime_ns: int, size: int) -> bytes:
    # Kept per process while the file stays as it is: a worker draws the same few logos on hundreds
    # of posters and cards, and the allow-list pass took a millisecond each time.
    return svg.published(Path(path))


@cache
def pictogram(markup: str, colour: str) -> SVGObject:
    """A pictogram's SVG (the allow-listed copy, zondermuren.pictograms) in `colour`, parsed once per
    process: a batch of posters draws the same few pictograms again and again."""
    return SVGObject(markup.replace("currentColor", colour))


def offline(pdf: FPDF) -> FPDF:
    pdf.resource_access_policy = ResourceAccessPolicy.LOCAL_FILES  # fpdf2 fetches http(s) URLs otherwise
    return pdf


def unreadable(logo: str) -> str:
    """The error fpdf2 gives for this picture alone, or '' when it draws fine."""
    try:
        probe = FPDF()
        probe.add_page()
        offline(probe).image(picture(logo), x=10, y=10, w=20, h=20)
        probe.output()
    except Exception as error:  # noqa: BLE001 - whatever the reader says is the message
        # fpdf2 names an embedded picture by its object address: not news for a coordinator, and
        # the message must read the same in every build.
        text = re.sub(r"<_io\.BytesIO object at 0x[0-9a-f]+>", "een ingesloten afbeelding", str(error))
        return f"{type(error).__name__}: {text}"
    return ""


def svg_font_families(path: str) -> set[str]:
    """Font families an SVG logo writes text in ('sans-serif' when its text names none)."""
    if not path.lower().endswith(".svg"):
        return set()
    stat = Path(path).stat()
    return _svg_font_families(path, stat.st_mtime_ns, stat.st_size)


@cache
def _svg_font_families(path: str, mtime_ns: int, size: int) -> set[str]:
    # The published copy writes CSS strings in double quotes, so they arrive here as &quot;.
    source = html.unescape(_published(path, mtime_ns, size).decode("utf-8"))
    if "<text" not in source:
        return set()
    found = {"sans-serif"}
    for declared in re.findall(r"font-family\s*[:=]\s*[\"']?([^\"';>]+)", source):
        found |= {name.strip().strip("'\"").lower() for name in declared.split(",") if name.strip()}
    return found
