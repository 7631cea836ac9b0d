"""The Huis where families already are: an info screen, a listing for municipal websites, and the
page that tells municipal web teams how to show it.

- The info screen (`/scherm/`, `/scherm/<gemeente>/`) is one page holding every language of the
  Huis, one slide each with its own `lang` and `dir`; its script (theme assets/js/scherm.js)
  cycles through them, drops what is over by the screen's own clock and reloads the page only
  after the probe file (`urls.screen_probe`) answered, so a screen that lost the network keeps
  what it shows. Its QR codes are drawn here as inline SVG: no picture to fetch, no other host.
- The embedded listing (`/ingebed/<gemeente>/`) is a light page made for an iframe; its script
  (assets/js/ingebed.js) tells the parent page its height.
- `/voor-gemeenten/` (in Dutch, for professionals) gives the snippets and the feeds.

Screens and embeds have their own theme templates (adapter/theme/scherm.html, ingebed.html): no
header, menu or footer. They are noindex and out of the search index, like the coordinator's pages.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import qrcode
from markupsafe import Markup

from zondermuren import urls
from zondermuren.i18n import Translator, direction
from zondermuren.model import schedule
from zondermuren.model.huis import Huis
from zondermuren.site import render_text, theme

SCREEN_DAYS = 7  # today and the six days after it
SCREEN_ROOM = 24  # dates on a screen at most: large type shows far fewer; the script hides what does not fit
EMBED_WEEKS = 8  # how far ahead an embedded listing looks (as far as the news feeds)
EMBED_ROOM = 12  # dates in an embedded listing at most: the link to the site leads on
CYCLE_SECONDS = 15  # how long a screen shows one language
RELOAD_MINUTES = 15  # how often a screen asks the probe whether it can reload


@dataclass(frozen=True)
class Slide:
    """One language of a screen: its words and how the texts of partners read in it."""

    lang: str
    dir: str
    t: Translator
    text: render_text.Texts


def slides(huis: Huis) -> list[Slide]:
    """A slide per language of the Huis, in huis.yml's order."""
    found = []
    for language in huis.languages:
        t = Translator(language, huis.root)
        found.append(Slide(language, direction(language), t, render_text.Texts(language, t)))
    return found


def by_day(found: list[schedule.Occurrence], first: dt.date, days: int) -> list[tuple[dt.date, list[Any]]]:
    """The dates from `first` on, grouped per day in order, for `days` days; days without dates left out."""
    grouped: dict[dt.date, list[schedule.Occurrence]] = {}
    for occurrence in found:
        if first <= occurrence.date < first + dt.timedelta(days=days):
            grouped.setdefault(occurrence.date, []).append(occurrence)
    return sorted(grouped.items(), key=lambda item: item[0])


def _capped(days: list[tuple[dt.date, list[Any]]], room: int) -> list[tuple[dt.date, list[Any]]]:
    kept: list[tuple[dt.date, list[Any]]] = []
    for day, items in days:
        if room <= 0:
            break
        kept.append((day, items[:room]))
        room -= len(items[:room])
    return kept


@cache
def qr_svg(address: str, label: str) -> Markup:
    """An inline SVG QR code of `address`: a path of squares drawn from the code's matrix, with its
    quiet zone of four modules. Only numbers go into the drawing; the label is escaped."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(address)
    code.make(fit=True)
    matrix = code.get_matrix()  # the border included
    size = len(matrix)
    runs = []
    for row, cells in enumerate(matrix):
        column = 0
        while column < size:
            if not cells[column]:
                column += 1
                continue
            start = column
            while column < size and cells[column]:
                column += 1
            runs.append(f"M{start} {row}h{column - start}v1h-{column - start}z")
    return Markup(
        '<svg class="zm-qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {0} {0}" role="img" aria-label="{1}"'
        ' shape-rendering="crispEdges"><rect width="{0}" height="{0}" fill="#fff"/>'
        '<path fill="#000" d="{2}"/></svg>'
    ).format(size, label, Markup("".join(runs)))


def origin(site_url: str) -> str:
    """The origin of the site ('https://huis.example.org'): what a parent page checks a message against."""
    parts = urlsplit(site_url)
    return f"{parts.scheme}://{parts.netloc}"


def pages(huis: Huis, upcoming: list[schedule.Occurrence]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(page path, template, context) of every screen, embed and the pages that explain them."""
    common = {
        "slides": slides(huis),
        "qr": qr_svg,
        "logo_path": theme.logo(huis),
        "cycle_seconds": CYCLE_SECONDS,
        "reload_minutes": RELOAD_MINUTES,
    }
    days = by_day(upcoming, huis.today, SCREEN_DAYS)
    yield urls.screen(), "scherm.md.j2", {**common, "municipality": None, "days": _capped(days, SCREEN_ROOM)}
    embed_end = huis.today + dt.timedelta(weeks=EMBED_WEEKS)
    for municipality in huis.municipalities.values():
        here = [o for o in upcoming if o.activity.place.address.municipality is municipality]
        mine = [
            (day, [o for o in items if o.activity.place.address.municipality is municipality]) for day, items in days
        ]
        shown = _capped([(day, items) for day, items in mine if items], SCREEN_ROOM)
        yield urls.screen(municipality.id), "scherm.md.j2", {**common, "municipality": municipality, "days": shown}
        listed = [o for o in here if o.date < embed_end][:EMBED_ROOM]
        context = {"municipality": municipality, "items": listed, "logo_path": theme.logo(huis)}
        yield urls.embed_page(municipality.id), "ingebed.md.j2", context
    yield (
        urls.screen_setup(),
        "scherm_instellen.md.j2",
        {"cycle_seconds": CYCLE_SECONDS, "reload_minutes": RELOAD_MINUTES},
    )
    yield urls.for_municipalities(), "voor_gemeenten.md.j2", {"origin_of": origin, "slides": common["slides"]}


def files(huis: Huis) -> dict[str, bytes]:
    """The probe every screen asks for before it reloads: small, with the build's day."""
    return {urls.screen_probe(): json.dumps({"gebouwd": huis.today.isoformat()}).encode()}


def unlisted(huis: Huis) -> set[str]:
    """The addresses of these pages (default language) that stay out of the sitemaps: all are noindex."""
    default = huis.default_language
    paths = [urls.screen(), urls.screen_setup(), urls.for_municipalities()]
    paths += [page for m in huis.municipalities for page in (urls.screen(m), urls.embed_page(m))]
    return {urls.page_url(path, default, default) for path in paths}
