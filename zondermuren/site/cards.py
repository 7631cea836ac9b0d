"""Open Graph cards: the 1200 x 630 picture a link shows on Facebook, WhatsApp or in a mail.

One card per activity, partner and campaign page and for the home page, in every site language,
drawn from the same data as the page. A card is drawn as a one-page PDF with the drawing kit
(fpdf2 shapes Arabic and sets it right to left, with the print fonts) and rasterised with
pypdfium2 (drawing.raster): one shaping engine for print and cards, and no system library.
A card is kept in the kit's cache, named by the key of its spec and of the code that draws it,
so a build with no change draws none.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from zondermuren import urls
from zondermuren.colours import palette
from zondermuren.drawing import cache as drawings
from zondermuren.drawing import raster, typefaces
from zondermuren.drawing.content import shown
from zondermuren.drawing.formats import Format
from zondermuren.drawing.inks import INK, WHITE
from zondermuren.i18n import Translator, direction
from zondermuren.model import schedule
from zondermuren.model.huis import Activity, Huis

if TYPE_CHECKING:  # imported where a card is drawn: it brings fpdf (see printing.registry's Layout)
    from zondermuren.drawing.sheet import Sheet

PIXELS = (1200, 630)  # what Facebook, LinkedIn and X show largest
SIZE = (240.0, 126.0)  # the card in mm: 5 pixels a millimetre
BATCH = 40  # cards drawn in one go by a worker: their fonts are parsed once a batch


class CardBand(TypedDict):
    """What every card of a language shows: the Huis's band, and the site's address at its foot."""

    language: str
    rtl: bool
    huis: str
    primary: str
    accent: str
    huis_logo: str
    address: str  # the site's address, without https://


class CardSpec(CardBand):
    """One card: what the page is (`eyebrow`), its title, a line or two, a partner's logo."""

    eyebrow: str
    title: str
    lines: list[str]
    partner_logo: str


@dataclass(frozen=True)
class Card:
    page: str  # the page's path ("activiteiten/x", "index")
    language: str
    path: str  # site path of the PNG (urls.card_image)
    spec: CardSpec


def plan(huis: Huis, site_url: str) -> list[Card]:
    """Every card: the home page, each partner, activity and campaign, in every language."""
    primary, accent = palette(huis.colours)
    address = site_url.split("://", 1)[-1].rstrip("/")
    cards = []
    for language in huis.languages:
        t = Translator(language, huis.root)
        sep = t("common.separator")
        common: CardBand = {
            "language": language,
            "rtl": direction(language) == "rtl",
            "huis": huis.name,
            "primary": primary,
            "accent": accent,
            "huis_logo": str(huis.logo) if huis.logo else "",
            "address": address,
        }

        def card(
            page: str, eyebrow: str, title: str, lines: list[str], logo: Path | None = None, common: CardBand = common
        ) -> None:
            spec: CardSpec = {
                **common,
                "eyebrow": eyebrow,
                "title": title,
                "lines": lines,
                "partner_logo": str(logo or ""),
            }
            cards.append(Card(page, common["language"], urls.card_image(page, common["language"]), spec))

        places = sep.join(m.name for m in huis.municipalities.values())
        card("index", t("home.title"), huis.name, [places])
        for partner in huis.partners.values():
            kinds = sep.join(huis.vocab.label("partnertypes", key, language) for key in partner.types)
            area = sep.join(m.name for m in partner.area)
            card(
                urls.partner_page(partner.slug),
                t("common.partner_of", huis=huis.name),
                partner.name,
                [line for line in (kinds, area) if line],
                partner.logo,
            )
        for activity in huis.activities:
            coming = [o for o in schedule.occurrences(activity) if o.date >= huis.today and o.status == "gepland"]
            when = _when(activity, coming, t) if coming else ""
            place = activity.place
            where = sep.join([*([place.name.get(language)] if place.name else []), place.address.municipality.name])
            card(
                urls.activity_page(activity.id),
                huis.vocab.label("aanbodvormen", activity.kind, language),
                activity.title.get(language),
                [line for line in (when, where) if line],
                activity.partner.logo,
            )
        for key in huis.vocab.keys("campagnes"):
            name = huis.vocab.label("campagnes", key, language)
            card(urls.campaign_page(key), t("campagne.overview_title"), name, [t("campagne.intro", campagne=name)])
    return cards


def _when(activity: Activity, coming: list[schedule.Occurrence], t: Translator) -> str:
    """The next date and its hours; a run of days as its run ('van maandag 5 tot vrijdag 9 juli')."""
    sep = t("common.separator")
    if activity.date and activity.last_date and coming[0].span:
        if activity.overnight:
            return t.span(activity.date, activity.last_date, activity.start, activity.end)
        span = t.span(activity.date, activity.last_date)
        return span if activity.all_day else span + sep + _hours(t, activity.start, activity.end)
    return f"{t.date(coming[0].date, 'day')}{sep}{_hours(t, coming[0].start, coming[0].end)}"


def _hours(t: Translator, start: str, end: str) -> str:
    """'10:30–11:15', kept in reading order inside right-to-left text by an isolate (as on posters)."""
    text = t.hours(start, end)
    return f"\u2066{text}\u2069" if direction(t.language) == "rtl" and start and end else text


def pages(cards: list[Card]) -> dict[tuple[str, str], str]:
    """(page path, language) -> site path of its card: what the pages put in their `og:image`."""
    return {(card.page, card.language): card.path for card in cards}


@cache
def _code() -> str:
    """The kit the card is drawn with, the code that rasterises it, and this layout."""
    return drawings.code([*drawings.kit(), Path(raster.__file__), Path(__file__)])


def publish(cards: list[Card], folder: Path, *, prune: bool = True, workers: int = 1) -> drawings.Drawn:
    """Draw the cards the cache lacks (folder/<key>.png) and list every card's file."""
    jobs = {card.path: (drawings.key(card.spec, _code()), card.spec) for card in cards}
    cached = drawings.Cache(folder, ".png")
    return cached.publish(jobs, _draw_batch, workers=workers, batch=BATCH, prune=prune, load=_load_sheet)


def _load_sheet() -> None:
    import zondermuren.drawing.sheet  # noqa: F401, PLC0415 - see the TYPE_CHECKING import above


def png(spec: CardSpec) -> bytes:
    """One card as a PNG; a logo the PDF maker cannot read is left off (the build warns of it for print)."""
    try:
        pdf = draw(spec)
    except Exception:  # noqa: BLE001 - draw it without the logos
        pdf = draw({**spec, "huis_logo": "", "partner_logo": ""})
    return raster.png(pdf, *PIXELS, colours=256)


def _draw_batch(specs: list[Any]) -> list[drawings.Drawing]:
    return [(picture, {}) for picture in draw_all(specs)]


def draw_all(specs: list[CardSpec]) -> list[bytes]:
    """The PNGs of many cards, in order: those that need the same fonts are drawn as the pages of
    one PDF (parsing and embedding the fonts is most of a card's time), each page as one would be."""
    groups: dict[tuple, list[int]] = {}
    for number, spec in enumerate(specs):
        groups.setdefault(_fonts(spec), []).append(number)
    found: dict[int, bytes] = {}
    for numbers in groups.values():
        try:
            sheet = _sheet([specs[n] for n in numbers])
            for index, number in enumerate(numbers):
                if index:
                    sheet.new_page()
                _draw_on(sheet, specs[number])
            pictures = raster.pngs(sheet.output(), *PIXELS, colours=256)
        except Exception:  # noqa: BLE001 - one card's logo: draw each on its own (png leaves it off)
            pictures = [png(specs[n]) for n in numbers]
        found.update(zip(numbers, pictures, strict=True))
    return [found[number] for number in range(len(specs))]


def _fonts(spec: CardSpec) -> tuple:
    """What decides a Sheet's fonts and shaping: cards alike in this are drawn alike together."""
    text = shown(spec) + spec["title"]
    return spec["rtl"], spec["language"], tuple(typefaces.faces(text)), typefaces.needs_shaping(text)


def _sheet(specs: list[CardSpec]) -> Sheet:
    from zondermuren.drawing.sheet import Sheet  # noqa: PLC0415 - only when a card is drawn

    first = specs[0]
    text = "\n".join(shown(spec) for spec in specs)
    return Sheet(
        Format(SIZE, SIZE, (0.0, 0.0)), rtl=first["rtl"], title=first["title"], language=first["language"], text=text
    )


def draw(spec: CardSpec) -> bytes:
    """The card as a one-page PDF: the Huis's band, what the page is, its title, two lines, the address."""
    sheet = _sheet([spec])
    _draw_on(sheet, spec)
    return sheet.output()


def _draw_on(sheet: Sheet, spec: CardSpec) -> None:
    width, height = SIZE
    sheet.box(WHITE, 0, 0, width, height)
    band = 28.0
    sheet.box(spec["primary"], 0, 0, width, band)
    sheet.box(WHITE, 10, 5, band - 10, band - 10, radius=2.5)
    if spec["huis_logo"]:
        sheet.logo(spec["huis_logo"], 11.5, 6.5, band - 13, band - 13)
    sheet.text(spec["huis"], band + 6, 8, width - band - 16, 13, size=24, smallest=14, bold=True, colour=WHITE)
    margin, y = 12.0, band + 8
    logo = spec["partner_logo"]
    text_width = width - 2 * margin - (48 if logo else 0)
    if spec["eyebrow"]:
        y += sheet.text(
            spec["eyebrow"], margin, y, text_width, 9, size=17, smallest=12, bold=True, colour=spec["accent"]
        )
        y += 2
    y += sheet.text(spec["title"], margin, y, text_width, 38, size=46, smallest=24, bold=True, colour=spec["primary"])
    y += 4
    footer = height - 12
    if spec["lines"] and footer - 3 - y > 7:
        sheet.text("\n".join(spec["lines"]), margin, y, text_width, footer - 3 - y, size=20, smallest=13, colour=INK)
    if logo:
        sheet.logo(logo, width - margin - 42, band + 10, 42, 42)
    sheet.box(spec["primary"], 0, footer, width, 12)
    sheet.text(spec["address"], margin, footer + 3, width - 2 * margin, 7, size=15, smallest=10, colour=WHITE)
