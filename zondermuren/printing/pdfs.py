"""Drawing the print items, each at most once, into the drawing kit's cache (drawing.cache).

An item's PDF is named by the key of its spec (the bytes of its logos counted, not their paths)
and of the code and fonts that draw it, so a changed fiche redraws only its own items and a
changed layout redraws all. Missing items are drawn in forked workers, one group per core (about
0.1 s per poster each).

The cache keeps one generation per site address (`generation`): a preview at another address (its
QR codes lead there) never evicts the items of the real site. Beside each PDF it keeps what the
build must say of it in every build, not just the one that drew it: the characters no print font
has (`.chars`) and the logos the PDF maker could not read, left off (`.json`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import Any, cast

from zondermuren.drawing import cache as drawings
from zondermuren.drawing import content, typefaces
from zondermuren.printing.specs import PrintItem, Spec

LAYOUTS = Path(__file__).parent / "layouts"


@dataclass
class Printed:
    files: dict[str, Path] = field(default_factory=dict)  # site path -> PDF in the cache
    drawn: list[str] = field(default_factory=list)  # site paths drawn in this build
    reused: int = 0
    seconds: float = 0.0
    # Logo file -> (error, site paths drawn without it): a picture fpdf2 cannot read.
    unreadable: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    # Site path -> characters that no print font has, left out of that item (drawn or reused).
    unprintable: dict[str, list[str]] = field(default_factory=dict)


@cache
def _code() -> str:
    """The kit, the layouts and the registry that picks them: what every PDF is drawn with."""
    here = Path(__file__).parent
    return drawings.code([*drawings.kit(), *LAYOUTS.glob("*.py"), here / "registry.py"])


def key(spec: Spec) -> str:
    """The name of an item's PDF in the cache."""
    return drawings.key(spec, _code())


def store(folder: Path) -> drawings.Cache:
    """The PDFs in `folder`, with their notes: `.json` (logos left off) and `.chars` (unprintable)."""
    return drawings.Cache(folder, ".pdf", (".json", ".chars"))


def publish(
    items: list[PrintItem[Spec]], folder: Path, *, prune: bool = True, workers: int = 1, generation: str = ""
) -> Printed:
    """Draw what `folder` lacks (in `workers` processes); with `prune`, drop PDFs that no recent
    generation (site address, see the module's note) uses any more."""
    cached = store(folder)
    keys = {item.path: key(item.spec) for item in items}
    result = Printed()
    for item in items:
        # Known from the spec and the fonts alone, so a PDF from the cache says it as well; kept
        # beside it, so that a build that draws nothing never loads the layouts, fpdf2 or the fonts.
        chars = json.loads(cached.remember(keys[item.path], ".chars", partial(_chars, item.spec)))
        if chars:
            result.unprintable[item.path] = chars
    jobs = {item.path: (keys[item.path], item.spec) for item in items}
    drawn = cached.publish(jobs, _draw_all, workers=workers, prune=prune, generation=generation, load=_load)
    result.files, result.drawn, result.reused, result.seconds = drawn.files, drawn.drawn, drawn.reused, drawn.seconds
    for item in items:
        note = cached.note(keys[item.path], ".json")
        if note is not None:  # drawn, now or earlier, without a logo: say so in every build
            logos = content.logos(item.spec)
            for place, error in json.loads(note):  # a note written before says the logo's path
                logo = logos[place] if isinstance(place, int) else place
                result.unreadable.setdefault(logo, (error, []))[1].append(item.path)
    return result


def unprintable(spec: Spec) -> list[str]:
    """The characters of a spec's texts that no print font draws (the item is drawn without them)."""
    return typefaces.unprintable(content.shown(spec))


def _chars(spec: Spec) -> str:
    return json.dumps(unprintable(spec), ensure_ascii=False)


def _load() -> None:
    from zondermuren.printing import registry

    registry.load_layouts()


def _draw_all(specs: list[Any]) -> list[drawings.Drawing]:
    """Draw each spec; a logo fpdf2 cannot read is left out and noted beside the PDF, not fatal."""
    # With fpdf2 and the fonts: loaded only when something is to be drawn.
    from zondermuren.drawing import pictures
    from zondermuren.printing import registry

    found: list[drawings.Drawing] = []
    for spec in specs:
        try:
            found.append((registry.draw(spec), {}))
        except Exception:  # noqa: BLE001 - find the picture at fault, draw without it
            logos = content.logos(spec)
            broken = {logo: error for logo in logos if (error := pictures.unreadable(logo))}
            if not broken:
                raise
            data = registry.draw(cast(Spec, content.without(spec, set(broken))))  # the spec, less those logos
            # Each logo by its place in the spec, not its path: the cache is keyed by a logo's bytes,
            # and a build in another folder (a moved project, another runner) takes the PDF too.
            left_off = [[place, broken[logo]] for place, logo in enumerate(logos) if logo in broken]
            found.append((data, {".json": json.dumps(left_off)}))
    return found
