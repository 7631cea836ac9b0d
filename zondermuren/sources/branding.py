"""The Huis's colours and logos as the check sees them: WCAG contrast and readable, small logos.

Both colours carry white text (header, buttons) and the primary colour is also the link colour on
white, so each must reach 4.5:1 against white (WCAG 2.1 AA for normal text).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from PIL import Image, UnidentifiedImageError

from zondermuren.colours import AA_NORMAL, contrast, darken_until
from zondermuren.problems import Problem, decimal, suggestion
from zondermuren.sources.documents import Document

MAX_LOGO_BYTES = 1_000_000
IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".webp")


def contrast_problems(colours: dict[str, str]) -> list[tuple[str, str, str]]:
    """(field, message, hint) for every colour that fails AA against white text or a white page."""
    found = []
    for name, colour in colours.items():
        ratio = contrast(colour, "#ffffff")
        if ratio < AA_NORMAL:
            found.append(
                (
                    name,
                    f"te weinig contrast met wit (verwacht minstens {decimal(AA_NORMAL)}:1 voor WCAG AA, gevonden "
                    f"{decimal(ratio)}:1 voor {colour})",
                    f"bedoelde je '{darken_until(colour)}'? (dezelfde kleur, donkerder)",
                )
            )
    return found


def partner_logo(doc: Document, folder: Path, root: Path, value: str) -> Iterator[Problem]:
    path = (folder / value).resolve()
    if not path.is_relative_to(folder.resolve()):
        yield doc.problem(
            ("logo",),
            f"logo staat buiten de map van de partner (verwacht een bestand in {folder.relative_to(root).as_posix()}/, gevonden '{value}')",
            "kopieer het logo naar de map van de partner",
        )
        return
    if not path.is_file():
        present = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        yield doc.problem(
            ("logo",),
            f"logobestand bestaat niet (verwacht een bestand in {folder.relative_to(root).as_posix()}/, gevonden '{value}')",
            suggestion(value, present) or "upload het logo in de map van de partner",
        )
        return
    size = path.stat().st_size
    if size > MAX_LOGO_BYTES:
        yield doc.problem(
            ("logo",),
            f"logo is te groot (verwacht hoogstens 1 MB, gevonden {decimal(size / 1_000_000)} MB)",
            "verklein het beeld of bewaar het als SVG",
        )
        return
    if not _is_image(path):
        yield doc.problem(
            ("logo",),
            f"logo is geen afbeelding (verwacht SVG, PNG, JPG of WebP, gevonden '{value}')",
            "bewaar het logo als PNG of SVG",
        )


def _is_image(path: Path) -> bool:
    if path.suffix.lower() == ".svg":
        try:
            return ElementTree.parse(path).getroot().tag.endswith("svg")
        except ElementTree.ParseError:
            return False
    try:
        with Image.open(path) as image:
            image.verify()
        return True
    except (UnidentifiedImageError, OSError):
        return False


def huis_logo(doc: Document, root: Path, value: str) -> Iterator[Problem]:
    """The Huis logo is a path from the Huis's main folder, such as assets/huis-van-het-kind.svg."""
    path = (root / value).resolve()
    if not path.is_relative_to(root.resolve()):
        yield doc.problem(
            ("logo",),
            f"logo staat buiten de hoofdmap van het Huis (verwacht een bestand vanaf de hoofdmap, gevonden '{value}')",
            "kopieer het logo naar assets/",
        )
    elif not path.is_file():
        places = [path.parent, root / "assets"] if path.parent.is_dir() else [root / "assets", root]
        present = {
            image.relative_to(root.resolve()).as_posix()
            for place in places
            if place.is_dir() and place.resolve().is_relative_to(root.resolve())
            for image in place.resolve().iterdir()
            if image.is_file() and image.suffix.lower() in IMAGE_SUFFIXES
        }
        yield doc.problem(
            ("logo",),
            f"logobestand bestaat niet (verwacht een bestand vanaf de hoofdmap, gevonden '{value}')",
            suggestion(value, sorted(present))
            or "zet het logo in assets/ en schrijf het pad vanaf de hoofdmap, zoals assets/logo.svg",
        )
    elif not _is_image(path):
        yield doc.problem(
            ("logo",),
            f"logo is geen afbeelding (verwacht SVG, PNG, JPG of WebP, gevonden '{value}')",
            "bewaar het logo als PNG of SVG",
        )
