"""Every other SVG file the site publishes: pictures in assets/ and content/ that are not a logo.

A hand-written page may show a drawing from assets/ or content/, and MkDocs copies every file of
content/ to the site: opened at its own address, an SVG is a document of the site's origin, so an
XSLT stylesheet or a script in it would run there just as in a logo. The same allow-list judges
them (`svg.inspect`) and the site publishes only the rebuilt copy (`svg.published`, used by the
build for assets/ and by the MkDocs adapter for content/). The Huis logo has its own messages at
its line in huis.yml (`branding`); a refused link is reported by `paths` and never opened here.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from zondermuren import svg
from zondermuren.problems import Level, Problem

FOLDERS = ("assets", "content")
_REDO = "exporteer de tekening opnieuw als eenvoudige SVG, of bewaar ze als PNG"


def files(root: Path) -> Iterator[Path]:
    """The SVG files of assets/ and content/, without following a link to a folder."""
    for name in FOLDERS:
        for folder, subfolders, names in os.walk(root / name, followlinks=False):
            subfolders.sort()
            for file in sorted(names):
                if file.lower().endswith(".svg"):
                    yield Path(folder) / file


def problems(root: Path, refused: frozenset[Path], huis_logo: object) -> list[Problem]:
    """`huis_logo` as huis.yml gives it: that file is judged at its line there."""
    logo = Path(os.path.normpath(root / huis_logo)) if isinstance(huis_logo, str) else None
    found: list[Problem] = []
    for path in files(root):
        if path in refused or path == logo:
            continue
        found += _judged(path, path.relative_to(root).as_posix())
    return found


def judged(path: Path, file: str) -> list[Problem]:
    """One SVG file judged as a drawing (also a Huis's own pictogram, `checks.pictograms`)."""
    return _judged(path, file)


def _problem(file: str, message: str, hint: str, *, warn: bool = False) -> Problem:
    return Problem(file, 1, 1, "", message, hint, Level.WARNING if warn else Level.ERROR)


def _judged(path: Path, file: str) -> list[Problem]:
    size = path.stat().st_size
    if size > svg.MAX_BYTES:
        return [
            _problem(
                file,
                f"tekening is te groot (verwacht hoogstens {svg.MAX_BYTES // 1_000_000} MB voor een SVG, "
                f"gevonden {size:_} bytes)".replace("_", "."),
                _REDO,
            )
        ]
    found = svg.inspect(path.read_bytes())
    if found.too_complex:
        return [_problem(file, f"tekening is te ingewikkeld (gevonden {found.too_complex})", _REDO)]
    if not found.readable:
        message = "tekening is geen leesbare SVG (verwacht een SVG-afbeelding, gevonden iets anders)"
        return [_problem(file, message, "bewaar de tekening opnieuw als SVG of als PNG (met .png als einde)")]
    if found.active:
        shown = ", ".join(dict.fromkeys(found.active))
        return [
            _problem(
                file, f"tekening bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden {shown})", _REDO
            )
        ]
    left_out = list(dict.fromkeys(found.external + found.dropped))
    if left_out:
        return [
            _problem(
                file,
                f"tekening bevat onderdelen die de site weglaat (verwacht een SVG die alles zelf bevat, gevonden "
                f"{', '.join(left_out)}): de site toont ze zonder",
                "kijk de tekening na op de site; ziet ze er anders uit, " + _REDO,
                warn=True,
            )
        ]
    return []
