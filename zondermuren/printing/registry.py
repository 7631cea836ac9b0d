"""Print's products, registered once: what each prints (kinds, sizes), its plan and its layout.

A product is a plan (`plans/<name>.py`: from the model, items with typed specs) and a layout
(`layouts/<name>.py`: a spec drawn as PDF bytes) under one name. A new product is one entry
in PRODUCTS and its two modules. The order of PRODUCTS is the order of the items: a partner's
stickers, name plates and posters, then the Huis's booklets, campaigns and month overviews (the
site lists them in that order).

Every item comes in two variants: `kantoor` (exactly A4 or A3, for the office printer) and
`drukker` (trim, bleed and crop marks, for the print shop). A file is named
`<item>.<size>-<variant>.<language>.pdf`: the name says what it is, and stays the same from build
to build while the item exists.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from zondermuren import urls
from zondermuren.model.huis import Huis
from zondermuren.printing.layouts import booklets as booklet_layout
from zondermuren.printing.layouts import campaigns as campaign_layout
from zondermuren.printing.layouts import months as month_layout
from zondermuren.printing.layouts import plates as plate_layout
from zondermuren.printing.layouts import posters as poster_layout
from zondermuren.printing.layouts import stickers as sticker_layout
from zondermuren.printing.plans import booklets, campaigns, months, plates, posters, stickers
from zondermuren.printing.plans.common import huis_spec
from zondermuren.printing.specs import HUIS, HuisSpec, PrintItem, S, Spec


@dataclass(frozen=True)
class Product:
    """One print product: what its items are called and come in, its plan and its layout."""

    kinds: tuple[str, ...]  # its items' kinds: where their file names start, `--soort`
    designs: tuple[str, ...]  # the `design` of its specs
    sizes: tuple[str, ...]  # what its files come in: a4, a3, a5, 15x15
    plan: Callable[[Huis, str, HuisSpec], list[PrintItem[Any]]]
    draw: Callable[[Any], bytes]


def product(
    kinds: tuple[str, ...],
    designs: tuple[str, ...],
    sizes: tuple[str, ...],
    plan: Callable[[Huis, str, HuisSpec], list[PrintItem[S]]],
    draw: Callable[[S], bytes],
) -> Product:
    """A registry entry; mypy checks here that the plan makes the specs its layout draws."""
    return Product(kinds, designs, sizes, plan, draw)


PRODUCTS = {
    "stickers": product(stickers.KINDS, sticker_layout.DESIGNS, stickers.SIZES, stickers.plan, sticker_layout.draw),
    "plates": product((plates.KIND,), plate_layout.DESIGNS, plates.SIZES, plates.plan, plate_layout.draw),
    "posters": product((posters.KIND,), poster_layout.DESIGNS, posters.SIZES, posters.plan, poster_layout.draw),
    "booklets": product(booklets.KINDS, booklet_layout.DESIGNS, booklets.SIZES, booklets.plan, booklet_layout.draw),
    "campaigns": product(
        campaigns.KINDS, campaign_layout.DESIGNS, campaigns.SIZES, campaigns.plan, campaign_layout.draw
    ),
    "months": product((months.KIND,), month_layout.DESIGNS, months.SIZES, months.plan, month_layout.draw),
}
LAYOUTS: dict[str, Callable[[Any], bytes]] = {
    design: product.draw for product in PRODUCTS.values() for design in product.designs
}


def plan(huis: Huis, site_url: str) -> list[PrintItem[Spec]]:
    """Every print item of the Huis, product by product, each in a stable order."""
    site_url = site_url.rstrip("/") + "/"
    common = huis_spec(huis)
    return [item for product in PRODUCTS.values() for item in product.plan(huis, site_url, common)]


def draw(spec: Spec) -> bytes:
    """The PDF of one item's spec, by the layout of its design."""
    return LAYOUTS[spec["design"]](spec)


def by_page(items: list[PrintItem[Spec]]) -> dict[str, list[PrintItem[Spec]]]:
    """Items per partner slug and per activity id (the Huis's own under HUIS), for the site's links."""
    found: dict[str, list[PrintItem[Spec]]] = {}
    for item in items:
        found.setdefault(item.partner or HUIS, []).append(item)
        if item.kind == posters.KIND:
            found.setdefault(urls.activity_page(item.key), []).append(item)
        elif item.kind in campaigns.KINDS:  # the campaign page links its flyer and poster
            found.setdefault(urls.campaign_page(item.key), []).append(item)
    return found
