"""The Huis's colours and logos: WCAG contrast checks, logo checks, and the CSS for Material's palette.

Both colours carry white text (header, buttons) and the primary colour is also the link colour on
white, so each must reach 4.5:1 against white (WCAG 2.1 AA for normal text).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from PIL import Image, UnidentifiedImageError

from zondermuren.loading import Document
from zondermuren.problems import Problem, decimal, suggestion

AA_NORMAL = 4.5
MAX_LOGO_BYTES = 1_000_000
IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".webp")


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(first: str, second: str) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def darken_until(colour: str, against: str = "#ffffff", target: float = AA_NORMAL) -> str:
    """The nearest darker shade of `colour` that reaches `target` contrast against `against`."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    for step in range(101):
        factor = 1 - step / 100
        shade = f"#{int(r * factor):02x}{int(g * factor):02x}{int(b * factor):02x}"
        if contrast(shade, against) >= target:
            return shade
    return "#000000"


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


def palette(colours: dict[str, str]) -> tuple[str, str]:
    """The primary and accent colour, with the defaults a Huis gets when it names none (site and print)."""
    primary = colours.get("primair", "#1d5e8c")
    return primary, colours.get("accent", primary)


def css(colours: dict[str, str]) -> str:
    primary, accent = palette(colours)
    return f""":root, [data-md-color-scheme="default"] {{
  --md-primary-fg-color: {primary};
  --md-primary-fg-color--light: {primary};
  --md-primary-fg-color--dark: {primary};
  --md-accent-fg-color: {accent};
  --md-typeset-a-color: {primary};
  --zm-primary: {primary};
  --zm-accent: {accent};
}}
"""
