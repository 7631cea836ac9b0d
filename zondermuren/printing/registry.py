"""Print's products, registered once: what each prints (kinds, sizes), its plan and its layout.

A product is a plan (`plans/<name>.py`: from the model, items with typed specs) and a layout
(`layouts/<name>.py`: a spec drawn as PDF bytes) under one name. A new product is one entry
in PRODUCTS and its two modules. A layout module is imported when its first item is drawn: the
layouts bring fpdf and fontTools (0.2 s of CPU to import, in every build and preview), and a build
whose items all come from the cache, a preview with print off and `zondermuren check` draw none. The order of PRODUCTS is the order of the items: a partner's
stickers, name plates and posters, then the Huis's booklets, campaigns and month overviews (the
site lists them in that order).

Every item comes in two variants: `kantoor` (exactly A4 or A3, for the office printer) and
`drukker` (trim, bleed and crop marks, for the print shop). A file is named
`<item>.<size>-<variant>.<language>.pdf`: the name says what it is, and stays the same from build
to build while the item exists.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic

from zondermuren import urls
from zondermuren.model.huis import Huis
from zondermuren.printing.plans import booklets, campaigns, months, plates, posters, stickers
from zondermuren.printing.plans.common import huis_spec
from zondermuren.printing.specs import (
    HUIS,
    BookletSpec,
    CampaignSpec,
    HuisSpec,
    MonthSpec,
    PlateSpec,
    PosterSpec,
    PrintItem,
    S,
    Spec,
    StickerSpec,
)


@dataclass(frozen=True)
class Layout(Generic[S]):
    """A layout module by name (`layouts/<name>.py`), the designs it draws and the spec it takes.

    tests/print/test_print_registry.py holds each module to its entry: its DESIGNS and its `draw`'s spec type."""

    name: str
    designs: tuple[str, ...]
    spec: type[S]

    def module(self) -> ModuleType:
        return importlib.import_module(f"{__package__}.layouts.{self.name}")

    def draw(self, spec: S) -> bytes:
        drawn: bytes = self.module().draw(spec)
        return drawn


@dataclass(frozen=True)
class Product:
    """One print product: what its items are called and come in, its plan and its layout."""

    kinds: tuple[str, ...]  # its items' kinds: where their file names start, `--soort`
    sizes: tuple[str, ...]  # what its files come in: a4, a3, a5, 15x15
    plan: Callable[[Huis, str, HuisSpec], list[PrintItem[Any]]]
    layout: Layout[Any]

    @property
    def designs(self) -> tuple[str, ...]:  # the `design` of its specs
        return self.layout.designs


def product(
    kinds: tuple[str, ...],
    sizes: tuple[str, ...],
    plan: Callable[[Huis, str, HuisSpec], list[PrintItem[S]]],
    layout: Layout[S],
) -> Product:
    """A registry entry; mypy checks here that the plan makes the specs its layout draws."""
    return Product(kinds, sizes, plan, layout)


PRODUCTS = {
    "stickers": product(stickers.KINDS, stickers.SIZES, stickers.plan, Layout("stickers", ("sticker",), StickerSpec)),
    "plates": product((plates.KIND,), plates.SIZES, plates.plan, Layout("plates", ("plate",), PlateSpec)),
    "posters": product((posters.KIND,), posters.SIZES, posters.plan, Layout("posters", ("poster",), PosterSpec)),
    "booklets": product(booklets.KINDS, booklets.SIZES, booklets.plan, Layout("booklets", ("booklet",), BookletSpec)),
    "campaigns": product(
        campaigns.KINDS,
        campaigns.SIZES,
        campaigns.plan,
        Layout("campaigns", ("campaign_flyer", "campaign_poster"), CampaignSpec),
    ),
    "months": product((months.KIND,), months.SIZES, months.plan, Layout("months", ("month",), MonthSpec)),
}
LAYOUTS: dict[str, Layout[Any]] = {
    design: product.layout for product in PRODUCTS.values() for design in product.designs
}


def plan(huis: Huis, site_url: str) -> list[PrintItem[Spec]]:
    """Every print item of the Huis, product by product, each in a stable order."""
    site_url = site_url.rstrip("/") + "/"
    common = huis_spec(huis)
    return [item for product in PRODUCTS.values() for item in product.plan(huis, site_url, common)]


def load_layouts() -> None:
    """Every layout module, and the drawing kit with them (before drawing in forked workers)."""
    for product in PRODUCTS.values():
        product.layout.module()


def draw(spec: Spec) -> bytes:
    """The PDF of one item's spec, by the layout of its design."""
    return LAYOUTS[spec["design"]].draw(spec)


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
