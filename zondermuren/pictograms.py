"""Pictograms beside the words a family meets: kinds of offer, life domains, age bands, pillars.

For parents who read little, a picture beside "Oudergroep" or "0 tot 3 jaar" says what a card is
about; it never replaces the word (the site hides it from screen readers, print draws it beside
its label). The kit's pictograms are vendored SVG files of open sets whose licences allow print
(`pictogrammen/`, with their licence files and README); `pictogrammen/pictogrammen.yml` says which
file stands for which value. A Huis replaces one with its own drawing, `pictogrammen/<value>.svg`
in its main folder, judged like a logo (the check: `sources.checks.pictograms`).

Every file, the kit's too, is read through the SVG allow-list (`svg.published`): what the site
inlines and print draws is always the rebuilt copy. Both use it in `currentColor`, so the site
gives it the colour of its text and print the Huis's accent colour.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, tostring

import defusedxml.ElementTree as SafeTree
import yaml

from zondermuren import svg

KIT = Path(__file__).parent / "pictogrammen"
INDEX = KIT / "pictogrammen.yml"
FOLDER = "pictogrammen"  # a Huis's own pictograms, in its main folder
LISTS = ("aanbodvormen", "levensdomeinen", "leeftijden", "pijlers")  # the vocabularies with a pictogram
NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")  # a value that can name a file and an HTML id

# The root's attributes that decide how the shapes are painted: they travel to <symbol> and print.
_PAINT = ("fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin")


@dataclass(frozen=True)
class Pictogram:
    key: str
    view_box: str
    paint: tuple[tuple[str, str], ...]  # the root's paint attributes, in order
    body: str  # the shapes, as SVG markup without namespaces
    source: str  # where it comes from: the kit's file name, or the Huis's pictogrammen/<key>.svg

    def attributes(self) -> str:
        return " ".join(f'{name}="{value}"' for name, value in (("viewBox", self.view_box), *self.paint))

    def document(self, colour: str = "currentColor") -> str:
        """A standalone SVG (print draws it), in `colour` where it says currentColor."""
        text = f'<svg xmlns="http://www.w3.org/2000/svg" {self.attributes()}>{self.body}</svg>'
        return text.replace("currentColor", colour) if colour != "currentColor" else text


@cache
def index() -> dict[str, Any]:
    """pictogrammen.yml: the sets, and by list the file of every value."""
    return yaml.safe_load(INDEX.read_text("utf-8"))


def kit_files() -> dict[str, str]:
    """Every value with a kit pictogram -> its file in pictogrammen/ (values are unique across lists)."""
    return dict(_kit_files())


@cache
def _kit_files() -> dict[str, str]:  # the kit is part of the engine: read once per process, as `index`
    return {key: file for values in index()["lijsten"].values() for key, file in values.items()}


def kit(key: str) -> Pictogram | None:
    file = _kit_files().get(key)
    return _read(KIT / file, key, file) if file else None


@cache
def _kit_pictograms() -> tuple[tuple[str, Pictogram], ...]:
    """The kit's pictograms by value, gathered once: print's plans ask `of_huis` for every poster
    and booklet entry (a few hundred times a build), each time rebuilding the kit's index per value."""
    return tuple((key, picture) for key in _kit_files() if (picture := kit(key)))


def huis_files(root: Path) -> dict[str, Path]:
    """The Huis's own pictograms: value -> file (pictogrammen/<value>.svg); links are not followed."""
    folder = root / FOLDER
    if not folder.is_dir() or folder.is_symlink():
        return {}
    return {
        path.stem: path
        for path in sorted(folder.iterdir())
        if path.suffix == ".svg" and path.is_file() and not path.is_symlink()
    }


def of_huis(root: Path | None) -> dict[str, Pictogram]:
    """Every pictogram of a Huis by value: the kit's, each replaced by the Huis's own file if it has one."""
    found = dict(_kit_pictograms())
    for key, path in huis_files(root).items() if root else ():
        if NAME.match(key) and (picture := own(path)) is not None:
            found[key] = picture
    return found


def own(path: Path) -> Pictogram | None:
    """A Huis's pictogram file as the site shows it, or None when it has nothing to show."""
    stat = path.stat()
    return _read(path, path.stem, f"{FOLDER}/{path.name}", (stat.st_mtime_ns, stat.st_size))


@cache
def _read(path: Path, key: str, source: str, version: tuple[int, int] = (0, 0)) -> Pictogram | None:
    """The allow-listed copy, its shapes as markup; read once per process (and per version of a
    Huis's file, `version`: a drawing edited during `mkdocs serve` is read again)."""
    try:
        root = SafeTree.fromstring(svg.published(path))
    except Exception:  # noqa: BLE001 - the check names what is wrong with it; nothing is shown
        return None
    view_box = root.get("viewBox") or _box(root)
    if not view_box:
        return None
    paint = tuple((name, root.get(name, "")) for name in _PAINT if root.get(name))
    parts = [_plain(child) for child in root if not _invisible(child) and _local(child.tag) != "style"]
    body = "".join(tostring(part, encoding="unicode", short_empty_elements=True) for part in parts)
    return Pictogram(key, view_box, paint, re.sub(r">\s+<", "><", body).strip(), source)


def _box(root: Element) -> str:
    """A viewBox from width and height in plain numbers (an SVG without one)."""
    width, height = (re.fullmatch(r"\s*([0-9.]+)\s*(px)?\s*", root.get(side, "")) for side in ("width", "height"))
    return f"0 0 {width.group(1)} {height.group(1)}" if width and height else ""


def _invisible(element: Element) -> bool:
    """Tabler's first path, a box with neither fill nor stroke: bytes on every card, nothing shown."""
    return element.get("stroke") == "none" and element.get("fill") == "none"


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _plain(element: Element) -> Element:
    """A copy without namespaces: inline SVG in HTML names none, and xlink:href is href there.

    Inlined in a page, a drawing's `<style>` would style the whole page and its classes could
    match the page's CSS: both are left out (a pictogram paints with attributes)."""
    copy = Element(_local(element.tag))
    for name, value in element.attrib.items():
        if _local(name) != "class":
            copy.set(_local(name), value)
    copy.text = element.text
    copy.tail = None
    for child in element:
        if _local(child.tag) != "style":
            copy.append(_plain(child))
    return copy
