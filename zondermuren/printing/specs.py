"""What every print item is made of: its record, its variants, its file name, and its typed spec.

A spec is plain data (a TypedDict: a dict at run time, checked by mypy): every text, colour, file
and address a layout draws, already translated and formatted. The layout reads only the spec, so
the JSON of the spec (with its logos' bytes) names the PDF in the cache (drawing.cache.key), and a
spec travels to a worker process as it is. Only texts may be added to a spec without a thought:
a field that is not shown must be named in `drawing.content.NOT_SHOWN`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, NotRequired, TypedDict, TypeVar

from zondermuren.i18n import Translator

VARIANTS = ("kantoor", "drukker")  # office first: most partners print at the office
PAPER = {"a4": (210.0, 297.0), "a3": (297.0, 420.0)}
HUIS = "drukwerk"  # by_page's key for the items of the whole Huis (booklets), listed on the Drukwerk page


class HuisSpec(TypedDict):
    """The Huis on every item: its name, colours, logo and how to reach it."""

    huis: str
    primary: str
    accent: str
    huis_logo: str  # a file, "" without a logo
    contact: list[str]


class ItemSpec(HuisSpec):
    """What every item's spec has: its layout (`design`), language, and where it is printed."""

    design: str
    language: str
    rtl: bool
    # Set by `variants` on every item (a plan's spec has them once it is an item's).
    variant: NotRequired[str]  # kantoor or drukker
    paper: NotRequired[list[float]]  # mm: the office paper, or the print shop's trim
    note: NotRequired[str]  # the office file's small print


class PosterSpec(ItemSpec):
    """An activity's poster (layouts.posters)."""

    kind: str
    kind_pictogram: NotRequired[str]  # the kind's pictogram, an SVG in currentColor ('' for none)
    title: str
    facts: list[tuple[str, str]]  # (label, value): when, where, for whom, cost, languages
    description: str
    organisers: str
    partner_logos: list[str]
    url: str
    scan: str


class PartnerFields(TypedDict):
    """A partner on its sticker and its name plates."""

    partner: str
    partner_logo: str
    partner_of: str
    url: str
    scan: str


class StickerSpec(ItemSpec, PartnerFields):
    """A partner's window sticker (layouts.stickers); `mirrored` for behind the glass."""

    mirrored: NotRequired[bool]


class PlateSpec(ItemSpec, PartnerFields):
    """A name plate for one of a partner's locations (layouts.plates)."""

    place: str
    address: list[str]


class Labels(TypedDict):
    contents: str
    index: str
    also: str
    page: str  # "pagina {}"


class Entry(TypedDict):
    """A partner or a regular activity in a booklet: its name, a line under it, a text, rows."""

    name: str
    sub: str
    text: str
    rows: list[list[str]]  # [label, value]
    ltr: list[str]  # "text" and row labels whose text is in Dutch for want of a translation


class Section(TypedDict):
    title: str
    pictogram: NotRequired[str]  # its life domain's pictogram, an SVG in currentColor ('' for none)
    entries: list[Entry]
    also: list[str]  # names of partners listed under another section


class BookletBase(ItemSpec):
    made: str
    labels: Labels
    print_note: str


class BookletText(TypedDict):
    title: str
    subtitle: str
    intro: str
    sections: list[Section]
    url: str
    scan: str


class BookletSpec(BookletBase, BookletText):
    """ "Wie is wie" or a brochure (layouts.booklets)."""


class CampaignDate(TypedDict):
    hours: str
    title: str
    pictogram: NotRequired[str]  # its kind's pictogram, an SVG in currentColor ('' for none)
    details: str


class CampaignPlace(TypedDict):
    place: str
    entries: list[CampaignDate]


class CampaignDay(TypedDict):
    date: str  # ISO
    day: str
    places: list[CampaignPlace]


class CampaignSpec(ItemSpec):
    """A campaign's flyer or poster (layouts.campaigns): its programme by day and municipality."""

    title: str
    when: str
    intro: str
    days: list[CampaignDay]
    url: str
    scan: str
    made: str
    duplex: str
    more: str  # "+{} meer op de site"


# A key that is a Python keyword: the functional form.
MonthDay = TypedDict("MonthDay", {"n": str, "in": bool, "entries": list[str]})


class MonthSpec(ItemSpec):
    """A month overview (layouts.months): a grid of weeks, Monday first."""

    title: str
    scope: str
    weekdays: list[str]
    weeks: list[list[MonthDay]]
    made: str
    legend: str
    legend_more: str
    more: str
    url: str
    scan: str


Spec = PosterSpec | StickerSpec | PlateSpec | BookletSpec | CampaignSpec | MonthSpec
S = TypeVar("S", bound=ItemSpec)


@dataclass(frozen=True)
class PrintItem(Generic[S]):
    path: str  # site path of the PDF, "drukwerk/<partner>/<file>.pdf"
    kind: str  # affiche, raamsticker, raamsticker-binnenkant, naambord, wie-is-wie, brochure, ...
    partner: str  # slug of the partner it belongs to, "" for the Huis's own items
    language: str
    spec: S
    key: str = ""  # activity id, location id or age group, "" for a partner's own items
    size: str = ""  # a4, a3, 15x15, a5: the paper for the office, the trim for the print shop
    variant: str = ""  # kantoor or drukker


def file_name(stem: str, size: str, variant: str, language: str) -> str:
    """'affiche-x.a4-kantoor.nl': item, size, variant and language, each findable in the name."""
    return f"{stem}.{size}-{variant}.{language}"


def variants(spec: S, paper: tuple[float, float], t: Translator) -> list[tuple[str, S]]:
    """The spec per variant: the office one carries its small print."""
    found = []
    for variant in VARIANTS:
        placed = spec.copy()
        placed["variant"] = variant
        placed["paper"] = list(paper)
        if variant == "kantoor":
            placed["note"] = t("print.note_office")
        found.append((variant, placed))
    return found
