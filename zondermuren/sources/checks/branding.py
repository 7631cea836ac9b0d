"""The Huis's colours and logos as the check sees them: WCAG contrast and readable, small logos.

Both colours carry white text (header, buttons) and the primary colour is also the link colour on
white, so each must reach 4.5:1 against white (WCAG 2.1 AA for normal text).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from zondermuren import svg
from zondermuren.colours import AA_NORMAL, contrast, darken_until
from zondermuren.problems import Problem, decimal, suggestion
from zondermuren.sources.parsing.documents import Document

MAX_LOGO_BYTES = 1_000_000  # a PNG, JPG or WebP logo; an SVG may have svg.MAX_BYTES
MAX_LOGO_PIXELS = 16_000_000  # 4000 x 4000: any logo fits; a decompression bomb does not
IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".webp")


def contrast_problems(colours: dict[str, str]) -> list[tuple[str, str, str]]:
    """(field, message, hint) for every colour too light for text: a warning, never a blocking error.

    The Huis keeps its colour where contrast does not matter; text, links and buttons get the
    darker shade `colours.palette` derives, and the message says which one.
    """
    found = []
    for name, colour in colours.items():
        ratio = contrast(colour, "#ffffff")
        if ratio < AA_NORMAL:
            found.append(
                (
                    name,
                    f"te weinig contrast met wit voor tekst (verwacht minstens {decimal(AA_NORMAL)}:1 voor WCAG AA, "
                    f"gevonden {decimal(ratio)}:1 voor {colour}): de site en het drukwerk gebruiken "
                    f"{darken_until(colour)} voor tekst, links en knoppen",
                    f"kies zelf een donkerdere tint als je '{darken_until(colour)}' niet mooi vindt",
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
    yield from _picture(doc, path, value)


def _too_big(doc: Document, path: Path) -> Problem | None:
    """Asked of the file system (stat) before a byte is read: a 1 GB logo is never read whole."""
    size, vector = path.stat().st_size, path.suffix.lower() == ".svg"
    limit = svg.MAX_BYTES if vector else MAX_LOGO_BYTES
    if size <= limit:
        return None
    shown = f"{decimal(size / 1_000_000)} MB"
    if shown == f"{decimal(limit / 1_000_000)} MB":  # just over: '5,0 MB' would read as allowed
        shown = f"{size:_} bytes".replace("_", ".")
    return doc.problem(
        ("logo",),
        f"logo is te groot (verwacht hoogstens {limit // 1_000_000} MB{' voor een SVG' if vector else ''}, "
        f"gevonden {shown})",
        "bewaar het opnieuw zonder ingesloten foto's en bewerkingsgegevens (in Illustrator: zonder "
        "'Illustrator-bewerkingsmogelijkheden behouden'), of als PNG"
        if vector
        else "verklein het beeld of bewaar het als SVG",
    )


def _picture(doc: Document, path: Path, value: str) -> Iterator[Problem]:
    """The logo must be a picture the site and the PDFs can show, and nothing more."""
    if (big := _too_big(doc, path)) is not None:
        yield big
        return
    if path.suffix.lower() == ".svg":
        found = svg.inspect(path.read_bytes())
        if found.too_complex:
            yield doc.problem(
                ("logo",),
                f"logo is te ingewikkeld (verwacht hoogstens {svg.MAX_ELEMENTS:_} onderdelen en {svg.MAX_DEPTH} "
                f"lagen in elkaar, gevonden {found.too_complex})".replace("_", "."),
                "vereenvoudig het logo in je tekenprogramma, of bewaar het als PNG",
            )
        elif not found.readable:
            yield _not_a_picture(doc, value)
        elif found.active:
            yield doc.problem(
                ("logo",),
                "logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden "
                f"{', '.join(dict.fromkeys(found.active))})",
                "bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts",
            )
        elif found.external:
            yield doc.problem(
                ("logo",),
                "logo verwijst naar een ander adres (verwacht een logo dat alles zelf bevat, gevonden "
                f"{', '.join(dict.fromkeys(found.external))}): de site en het drukwerk tonen het zonder",
                "sluit lettertypen en afbeeldingen in het logo in, of bewaar het als PNG",
                warn=True,
            )
        if not found.active and found.dropped:
            yield doc.problem(
                ("logo",),
                "logo bevat onderdelen die de site weglaat (verwacht vormen, tekst, kleurverlopen en ingesloten "
                f"afbeeldingen, gevonden {', '.join(dict.fromkeys(found.dropped))}): de site en het drukwerk "
                "tonen het zonder",
                "kijk het logo na op de site; ziet het er anders uit, exporteer het dan zonder animaties en "
                "effecten, of bewaar het als PNG",
                warn=True,
            )
        return
    previous = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = None  # read the size from the header; never decode an oversized picture
    try:
        with Image.open(path) as image:
            width, height = image.size
            if width * height > MAX_LOGO_PIXELS:
                yield doc.problem(
                    ("logo",),
                    f"logo heeft te veel pixels (verwacht hoogstens {MAX_LOGO_PIXELS // 1_000_000} megapixel, "
                    f"gevonden {width} × {height})",
                    "verklein het logo, bijvoorbeeld tot 1000 pixels breed",
                )
                return
            image.verify()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        yield _not_a_picture(doc, value)
    finally:
        Image.MAX_IMAGE_PIXELS = previous


def _not_a_picture(doc: Document, value: str) -> Problem:
    return doc.problem(
        ("logo",),
        f"logo is geen afbeelding (verwacht SVG, PNG, JPG of WebP, gevonden '{value}')",
        "bewaar het logo als PNG of SVG",
    )


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
    else:
        yield from _picture(doc, path, value)
