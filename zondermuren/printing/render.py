"""Drawing the print items, each at most once: a PDF is named by the hash of what it shows.

The cache key covers the item's spec, the bytes of every logo it draws, and the printing code and
fonts themselves, so a changed fiche redraws only its own items and a changed design redraws all.
Missing items are drawn in forked workers, one group per core (about 0.1 s per poster each).

The cache keeps one generation per site address (`generation`): a preview at another address
(its QR codes lead there) never evicts the items of the real site, so the next real build draws
nothing. Each generation lists the PDFs it used in `generaties/`; pruning keeps what any of the
last `GENERATIONS` lists names.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from zondermuren import parallel
from zondermuren.printing import typefaces
from zondermuren.printing.items import PrintItem
from zondermuren.printing.typefaces import FONTS

CODE = Path(__file__).parent
# Print draws a logo's allow-listed copy (sources/svg*.py), so a change to that policy redraws too.
SVG_CODE = Path(__file__).parent.parent / "sources"
LOGO_FIELDS = ("huis_logo", "partner_logo", "partner_logos")
GENERATIONS = 4  # site addresses whose print items are kept (the real one, a preview or two)


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


def publish(
    items: list[PrintItem], folder: Path, *, prune: bool = True, workers: int = 1, generation: str = ""
) -> Printed:
    """Draw what `folder` lacks (in `workers` processes); with `prune`, drop PDFs that no recent
    generation (site address, see the module's note) uses any more."""
    started = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    result = Printed()
    missing: list[tuple[str, dict[str, Any]]] = []
    by_target: dict[str, PrintItem] = {}
    for item in items:
        target = folder / f"{key(item.spec)}.pdf"
        result.files[item.path] = target
        # Known from the spec and the fonts alone, so a PDF from the cache says it as well; kept
        # beside it, so that a build that draws nothing never loads the designs, fpdf2 or the fonts.
        if chars := _unprintable_of(target, item.spec):
            result.unprintable[item.path] = chars
        by_target[str(target)] = item
        if target.is_file():
            result.reused += 1
            note = target.with_suffix(".json")
            if note.is_file():  # drawn earlier without a logo: say so in every build, not just once
                for logo, error in json.loads(note.read_text("utf-8")):
                    result.unreadable.setdefault(logo, (error, []))[1].append(item.path)
        else:
            missing.append((str(target), item.spec))
    if missing:
        groups = parallel.split(missing, workers)
        for failures in parallel.map_groups(_draw_group, groups):
            for target, logo, error in failures:
                result.unreadable.setdefault(logo, (error, []))[1].append(by_target[target].path)
        result.drawn = [by_target[target].path for target, _ in missing]
    if prune:
        keep = _kept(folder, generation, {path.name for path in result.files.values()})
        for old in [*folder.glob("*.pdf"), *folder.glob("*.json"), *folder.glob("*.chars")]:
            if old.with_suffix(".pdf").name not in keep:
                old.unlink()
    result.seconds = time.perf_counter() - started
    return result


def _kept(folder: Path, generation: str, used: set[str]) -> set[str]:
    """Record what this generation uses; the PDFs named by the last GENERATIONS generations."""
    lists = folder / "generaties"
    lists.mkdir(exist_ok=True)
    mine = lists / f"{hashlib.sha256(generation.encode()).hexdigest()[:16]}.txt"
    text = "\n".join(sorted(used)) + "\n"
    if not mine.is_file() or mine.read_text("utf-8") != text:
        mine.write_text(text, "utf-8")
    else:
        os.utime(mine)  # the most recent generation is the one used last
    recent = sorted(lists.glob("*.txt"), key=lambda path: path.stat().st_mtime_ns, reverse=True)
    keep = set(used)
    for number, listing in enumerate(recent):
        if number < GENERATIONS:
            keep.update(listing.read_text("utf-8").split())
        else:
            listing.unlink()
    return keep


def unprintable(spec: dict[str, Any]) -> list[str]:
    """The characters of a spec's texts that no print font draws (the item is drawn without them)."""
    from zondermuren.printing import designs  # with fpdf2: only when something is to be known or drawn

    return typefaces.unprintable("\n".join(designs.texts(spec).values()))


def _unprintable_of(target: Path, spec: dict[str, Any]) -> list[str]:
    """`unprintable(spec)`, stored beside the item's PDF (same key: same spec, code and fonts)."""
    stored = target.with_suffix(".chars")
    if stored.is_file():
        return json.loads(stored.read_text("utf-8"))
    chars = unprintable(spec)
    partial = Path(f"{stored}.{os.getpid()}.tmp")
    partial.write_text(json.dumps(chars, ensure_ascii=False), "utf-8")
    partial.replace(stored)
    return chars


def key(spec: dict[str, Any]) -> str:
    digest = hashlib.sha256(_code_version().encode())
    material = _with_logos(spec, _file_digest)  # the picture's bytes count, not where this copy lives
    digest.update(json.dumps(material, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()[:32]


def _draw_group(group: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, str, str]]:
    """Draw each (target, spec); a logo fpdf2 cannot read is left out and reported, not fatal."""
    from zondermuren.printing import designs

    failures = []
    for target, spec in group:
        try:
            data = designs.draw(spec)
        except Exception:  # noqa: BLE001 - find the picture at fault, draw without it
            broken = {logo: error for logo in _logos(spec) if (error := _unreadable(logo))}
            if not broken:
                raise
            data = designs.draw(_without(spec, set(broken)))
            failures += [(target, logo, error) for logo, error in broken.items()]
            Path(target).with_suffix(".json").write_text(json.dumps(sorted(broken.items())), "utf-8")
        partial = Path(f"{target}.{os.getpid()}.tmp")
        partial.write_bytes(data)
        partial.replace(target)  # atomic: a half-written PDF is never taken from the cache
    return failures


def _with_logos(spec: dict[str, Any], change: Callable[[str], str]) -> dict[str, Any]:
    """The spec with every logo path passed through `change` (logos changed to '' are dropped)."""
    changed = dict(spec)
    for name in LOGO_FIELDS:
        value = spec.get(name)
        if isinstance(value, list):
            changed[name] = [new for logo in value if (new := change(logo))]
        elif value:
            changed[name] = change(value)
    return changed


def _logos(spec: dict[str, Any]) -> list[str]:
    found: list[str] = []

    def collect(logo: str) -> str:
        found.append(logo)
        return logo

    _with_logos(spec, collect)
    return found


def _without(spec: dict[str, Any], broken: set[str]) -> dict[str, Any]:
    return _with_logos(spec, lambda logo: "" if logo in broken else logo)


def _unreadable(logo: str) -> str:
    """The error fpdf2 gives for this picture alone, or '' when it draws fine."""
    from fpdf import FPDF

    from zondermuren.printing import sheet

    try:
        probe = FPDF()
        probe.add_page()
        sheet.offline(probe).image(sheet.picture(logo), x=10, y=10, w=20, h=20)
        probe.output()
    except Exception as error:  # noqa: BLE001 - whatever the reader says is the message
        # fpdf2 names an embedded picture by its object address: not news for a coordinator, and
        # the message must read the same in every build.
        text = re.sub(r"<_io\.BytesIO object at 0x[0-9a-f]+>", "een ingesloten afbeelding", str(error))
        return f"{type(error).__name__}: {text}"
    return ""


@cache
def _code_version() -> str:
    digest = hashlib.sha256()
    for path in sorted([*CODE.glob("*.py"), *SVG_CODE.glob("svg*.py"), *FONTS.glob("*.ttf")]):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def _file_digest(path: str) -> str:
    stat = Path(path).stat()
    return _digest(path, stat.st_mtime_ns, stat.st_size)


@cache
def _digest(path: str, mtime_ns: int, size: int) -> str:  # a logo edited during `mkdocs serve` counts
    with open(path, "rb") as file:  # streamed: a logo is never held whole for its key
        return hashlib.file_digest(file, "sha256").hexdigest()
