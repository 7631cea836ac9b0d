"""The print stage on its own: `print_material` -> Printed (`zondermuren drukwerk`), and the print
step of `prepare` (the PDFs, their previews and the Open Graph cards, each drawn once into the cache).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from pathlib import Path

from zondermuren import urls
from zondermuren.build.checking import Loaded
from zondermuren.drawing.cache import Drawn
from zondermuren.model.huis import Huis
from zondermuren.options import Options
from zondermuren.printing import pdfs as print_pdfs
from zondermuren.printing import previews as print_previews
from zondermuren.printing import registry as print_registry
from zondermuren.printing import selection
from zondermuren.printing import warnings as print_warnings
from zondermuren.printing.selection import Choice
from zondermuren.printing.specs import PrintItem
from zondermuren.problems import Problem
from zondermuren.site import cards as site_cards

# The kinds of print item (`zondermuren drukwerk --soort`), in the registry's order.
PRINT_KINDS = tuple(kind for product in print_registry.PRODUCTS.values() for kind in product.kinds)
# `progress(total)` opens a bar and yields `advance(done)`: how a command shows many PDFs being drawn.
Progress = Callable[[int], AbstractContextManager[Callable[[int], None]]]


@dataclass(frozen=True)
class Printed:
    """What `print_material` made: the chosen PDFs, how many were drawn now, what could not be printed."""

    files: dict[str, Path]  # site path ('drukwerk/x/affiche-y.a4-kantoor.nl.pdf') -> the PDF in the cache
    drawn: int
    seconds: float
    warnings: list[Problem]
    pictures: dict[str, Drawn]  # "previews", "cards": only when everything was printed


def print_material(
    root: Path,
    loaded: Loaded,
    options: Options,
    choice: Choice | None = None,
    *,
    progress: Progress | None = None,
    folder: Path | None = None,
) -> Printed:
    """Draw the chosen print items (all by default) into the cache; with `folder`, copy them there.

    Everything: the previews and the Open Graph cards too, so the cache a build restores is
    complete. A choice never prunes the cache: the other items stay in it. Raises ChoiceError
    for a chosen value the Huis does not have."""
    huis, choice = loaded.huis, choice or Choice()
    plan = print_registry.plan(huis, options.site_url)
    chosen = selection.select(plan, huis, choice)
    if not choice.everything:  # a cache that is never pruned (options.shared_cache)
        options = replace(options, cache_dir=options.print_cache(root).parent)
    drawn, seconds = 0, 0.0
    missing = selection.missing(chosen, options.print_cache(root))
    if progress is not None and len(missing) >= selection.PROGRESS_FROM:  # fewer: publish_prints draws them
        with progress(len(missing)) as advance:
            seconds = selection.draw(missing, options.print_cache(root), options.workers, advance)
        drawn = len(missing)
    printed, warnings = publish_prints(root, huis, chosen, options)
    if folder is not None:
        for path, source in printed.files.items():
            target = folder / path.removeprefix(urls.PRINT + "/")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    pictures = {}
    if choice.everything:
        cards = site_cards.plan(huis, options.site_url)
        pictures = publish_pictures(root, print_previews.plan(plan), cards, printed, options)
    return Printed(printed.files, drawn + len(printed.drawn), seconds + printed.seconds, warnings, pictures)


def publish_pictures(
    root: Path,
    previews: list[print_previews.Preview],
    cards: list[site_cards.Card],
    printed: print_pdfs.Printed,
    options: Options,
) -> dict[str, Drawn]:
    """The previews of the PDFs and the Open Graph cards, each drawn only when the cache lacks it."""
    cache, prune, workers = options.print_cache(root), not options.shared_cache, options.workers
    return {
        "previews": print_previews.publish(
            previews, printed.files, cache / "voorbeelden", prune=prune, workers=workers
        ),
        "cards": site_cards.publish(cards, cache / "kaarten", prune=prune, workers=workers),
    }


def publish_prints(
    root: Path, huis: Huis, printable: list[PrintItem], options: Options
) -> tuple[print_pdfs.Printed, list[Problem]]:
    """Draw what the cache lacks; a warning for each logo and each text that could not be printed."""
    printed = print_pdfs.publish(
        printable,
        options.print_cache(root),
        prune=not options.shared_cache,
        workers=options.workers,
        generation=options.site_url,  # a preview's QR codes lead elsewhere: its own generation
    )
    return printed, print_warnings.located(root, huis, printable, printed)
