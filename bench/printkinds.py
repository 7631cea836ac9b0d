"""Print items per CPU-second, kind by kind (issue #31): which product costs what to draw.

In this process, with one worker (nothing forked: time.process_time() is all of it), into an empty
cache: for each kind of `build.PRINT_KINDS`, `build.print_material` with a Choice of that kind only
(what `zondermuren drukwerk --soort` draws). Then the previews of the PDFs and the Open Graph cards,
each on its own through `build.publish_pictures` (the previews are rendered from the PDFs just drawn).

Before the timing, one item of each kind, one preview and one card are drawn into a throwaway cache,
so the fonts and layouts are loaded once and no kind pays for them: the figures are steady-state.
Each kind's CPU includes choosing its items (the plan of the whole Huis, the cache lookups): the
`warm_cpu_s` of the same call with everything in the cache says how much of it that is.

    python -m bench.printkinds <project folder>      the figures of one Huis, as JSON
"""

from __future__ import annotations

import dataclasses
import os
import resource
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from zondermuren import build
from zondermuren import options as build_options
from zondermuren.printing import previews as print_previews
from zondermuren.printing import registry as print_registry
from zondermuren.site import cards as site_cards

PICTURES = ("voorbeelden", "kaarten")  # the previews and the Open Graph cards, reported as kinds of their own


def cpu_now() -> float:
    """CPU seconds of this process and of any child it waited for (none with one worker: a guard)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


@contextmanager
def cpu_clock() -> Iterator[Callable[[], float]]:
    started = cpu_now()
    yield lambda: cpu_now() - started


def figure(items: int, drawn: int, cpu_s: float, warm_cpu_s: float = 0.0) -> dict[str, Any]:
    rate = drawn / cpu_s if cpu_s > 0 else 0.0
    return {
        "items": items,
        "drawn": drawn,
        "cpu_s": round(cpu_s, 3),
        "warm_cpu_s": round(warm_cpu_s, 3),
        "per_cpu_s": rate,
    }


def _options(cache: Path) -> build_options.Options:
    """A build's options with print on, one worker and `cache` as the (shared, never pruned) cache."""
    # The day as the bench fixes it (bench.builds.environment), the rest from no environment at all:
    # the default address (its QR codes are as long as a real one's), print on.
    environ = {"ZONDERMUREN_CACHE": str(cache)}
    if "ZONDERMUREN_TODAY" in os.environ:
        environ["ZONDERMUREN_TODAY"] = os.environ["ZONDERMUREN_TODAY"]
    found = build_options.from_environment(None, environ)
    return dataclasses.replace(found, with_print=True, workers=1)


def _warm_up(project: Path, loaded: build.Loaded, cache: Path) -> None:
    """One item of each kind, its preview and one card, drawn into a throwaway cache."""
    options = _options(cache)
    plan = print_registry.plan(loaded.huis, options.site_url)
    first = list({item.kind: item for item in reversed(plan)}.values())
    printed, _ = build.publish_prints(project, loaded.huis, first, options)
    cards = site_cards.plan(loaded.huis, options.site_url)[:1]
    build.publish_pictures(project, print_previews.plan(first)[:1], cards, printed, options)


def measure(project: Path, cache: Path) -> dict[str, Any]:
    """{kind: figure} for every print kind the Huis has, then the previews and the cards."""
    loaded = build.load(project, _options(cache))
    _warm_up(project, loaded, cache / "warm-up")
    options = _options(cache / "cold")
    found: dict[str, Any] = {}
    for kind in build.PRINT_KINDS:
        choice = build.Choice(kinds=(kind,))
        try:
            with cpu_clock() as spent:
                printed = build.print_material(project, loaded, options, choice)
            cpu = spent()
        except build.ChoiceError:  # a kind this Huis has no items of
            found[kind] = figure(0, 0, 0.0)
            continue
        with cpu_clock() as spent:
            build.print_material(project, loaded, options, choice)
        found[kind] = figure(len(printed.files), printed.drawn, cpu, spent())
        print(f"  {kind}: {printed.drawn} in {cpu:.1f} cpu s", flush=True)
    plan = print_registry.plan(loaded.huis, options.site_url)
    printed_all, _ = build.publish_prints(project, loaded.huis, plan, options)  # all cached: nothing drawn
    previews, cards = print_previews.plan(plan), site_cards.plan(loaded.huis, options.site_url)
    for name, shown, carded in (("voorbeelden", previews, []), ("kaarten", [], cards)):
        with cpu_clock() as spent:
            pictures = build.publish_pictures(project, shown, carded, printed_all, options)
        drawn = pictures["previews" if shown else "cards"]
        found[name] = figure(len(drawn.files), len(drawn.drawn), spent())
        print(f"  {name}: {len(drawn.drawn)} in {found[name]['cpu_s']:.1f} cpu s", flush=True)
    return found


if __name__ == "__main__":
    import json
    import sys
    import tempfile

    with tempfile.TemporaryDirectory(prefix="zondermuren-kinds-") as folder:
        print(json.dumps(measure(Path(sys.argv[1]), Path(folder)), indent=1, ensure_ascii=False))
