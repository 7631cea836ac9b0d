"""Print's products: each a plan and a layout under one name, registered once, with typed specs.

The example Huis has every product (stickers, plates, posters, booklets, campaigns, months); its
plan is made in a second, without drawing anything.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, NotRequired, get_origin, get_type_hints

import pytest

from testkit import sitebuild
from zondermuren.model import building
from zondermuren.printing import registry, specs
from zondermuren.printing.specs import PrintItem

PRINTING = Path(registry.__file__).parent
# The TypedDict of each design: what mypy checks in the code, checked here in the data.
TYPES: dict[str, Any] = {
    "poster": specs.PosterSpec,
    "sticker": specs.StickerSpec,
    "plate": specs.PlateSpec,
    "booklet": specs.BookletSpec,
    "campaign_flyer": specs.CampaignSpec,
    "campaign_poster": specs.CampaignSpec,
    "month": specs.MonthSpec,
}


@pytest.fixture(scope="module")
def plan() -> list[PrintItem]:
    huis, _ = building.load(sitebuild.ROOT, sitebuild.DAY)
    return registry.plan(huis, sitebuild.SITE_URL)


def _modules(folder: str, shared: str) -> list[str]:
    return sorted(p.stem for p in (PRINTING / folder).glob("*.py") if p.stem not in ("__init__", shared))


def test_every_product_is_a_plan_and_a_layout_of_the_same_name_registered_once():
    assert _modules("plans", "common") == _modules("layouts", "frame") == sorted(registry.PRODUCTS)
    for name, product in registry.PRODUCTS.items():
        assert product.plan.__module__ == f"zondermuren.printing.plans.{name}"
        # The entry names its layout, loaded when drawing: the module draws what the entry says.
        layout = importlib.import_module(f"zondermuren.printing.layouts.{name}")
        assert product.layout.name == name
        assert layout.DESIGNS == product.designs
        assert get_type_hints(layout.draw)["spec"] is product.layout.spec
    kinds = [kind for product in registry.PRODUCTS.values() for kind in product.kinds]
    designs = [design for product in registry.PRODUCTS.values() for design in product.designs]
    assert len(kinds) == len(set(kinds)), "a kind belongs to one product"
    assert sorted(designs) == sorted(registry.LAYOUTS) == sorted(TYPES), "a design is drawn by one layout"


def test_every_item_is_what_its_product_says_it_prints(plan: list[PrintItem]):
    products = {kind: product for product in registry.PRODUCTS.values() for kind in product.kinds}
    seen = set()
    for item in plan:
        product = products[item.kind]
        assert item.size in product.sizes, item.path
        assert item.spec["design"] in product.designs, item.path
        assert item.variant == item.spec["variant"] and item.variant in specs.VARIANTS, item.path
        seen.add(item.kind)
    assert seen == set(products), "the example prints every kind of every product"
    # The plan's order is the registry's: the site lists a partner's items and the Huis's in it.
    order = list(registry.PRODUCTS)
    ranks = [order.index(next(n for n, p in registry.PRODUCTS.items() if i.kind in p.kinds)) for i in plan]
    assert ranks == sorted(ranks)


def _keys(kind: Any) -> tuple[set[str], set[str]]:
    """(required, optional) keys of a TypedDict (its own flags are wrong under postponed annotations)."""
    hints = get_type_hints(kind, include_extras=True)
    optional = {name for name, hint in hints.items() if get_origin(hint) is NotRequired}
    return set(hints) - optional, optional


def test_every_spec_has_the_fields_of_its_typed_spec_and_no_other(plan: list[PrintItem]):
    """A field a plan adds that its TypedDict lacks would reach the cache key and the fonts unchecked."""
    assert _keys(specs.StickerSpec)[1] == {"variant", "paper", "note", "mirrored"}  # the reading is right
    for item in plan:
        required, optional = _keys(TYPES[item.spec["design"]])
        fields = set(item.spec)
        assert required <= fields, (item.path, required - fields)
        assert fields <= required | optional, (item.path, fields - required - optional)
        # Every item is placed on its paper; the office files but the booklets' carry the small print.
        assert {"variant", "paper"} <= fields, item.path
        assert ("note" in fields) == (item.variant == "kantoor" and item.spec["design"] != "booklet"), item.path


def test_planning_print_and_building_pages_load_no_drawing_code():
    """fpdf and fontTools cost 0.2 s of every build's start: only a build that draws loads them.

    One fresh process, four steps, the drawing modules loaded after each: planning (none), drawing
    one item (its layout and fpdf), publishing in two forked workers (the parent loads every layout
    once before forking, so the workers inherit it), and publishing again with everything in the
    cache after the drawing modules were forgotten (none loaded again)."""
    script = """
import json, sys, tempfile
from pathlib import Path
from zondermuren.adapter import events
from zondermuren import cli
from testkit import sitebuild
from zondermuren.model import building
from zondermuren.printing import pdfs, registry

DRAWING = ('zondermuren.drawing.sheet', 'zondermuren.printing.layouts.')
def drawing():
    return sorted(m for m in sys.modules if m.split('.')[0] in ('fpdf', 'fontTools') or m.startswith(DRAWING))

steps = {}
huis, _ = building.load(sitebuild.ROOT, sitebuild.DAY)
plan = registry.plan(huis, sitebuild.SITE_URL)
assert len(plan) > 100, len(plan)
steps['planned'] = drawing()
registry.draw(plan[0].spec)
steps['drawn'] = drawing()
items = [item for item in plan if item.kind == 'naambord'][:2]
folder = Path(tempfile.mkdtemp())
assert len(pdfs.publish(items, folder, workers=2).drawn) == 2
steps['published'] = drawing()
for name in drawing():
    sys.modules.pop(name)
assert not pdfs.publish(items, folder, workers=2).drawn
steps['warm'] = drawing()
print(json.dumps(steps))
"""
    found = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    steps = json.loads(found.stdout.strip().splitlines()[-1])
    assert steps["planned"] == []
    assert "zondermuren.printing.layouts.stickers" in steps["drawn"] and "fpdf" in steps["drawn"]
    assert all(f"zondermuren.printing.layouts.{name}" in steps["published"] for name in registry.PRODUCTS)
    assert steps["warm"] == []
