"""What could not be printed, said where it comes from: the print warnings of a build.

A logo the PDF maker cannot read, or characters no print font has, leave the item printed without
them (pdfs.py notes which); each becomes a warning at the place in the sources that holds it (the
fiche's `logo`, the text with the characters), in the style of `zondermuren check`, naming the
items concerned.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from zondermuren.model.huis import Huis
from zondermuren.printing.pdfs import Printed
from zondermuren.printing.plans import posters
from zondermuren.printing.specs import PrintItem, Spec
from zondermuren.problems import Level, Problem
from zondermuren.sources import reading
from zondermuren.sources.parsing import documents

Document = Callable[[Path], documents.Document | None]  # a source file, read once


def located(root: Path, huis: Huis, printable: list[PrintItem[Spec]], printed: Printed) -> list[Problem]:
    """A warning for each logo and each text that could not be printed, where it is in the sources."""
    warnings = [
        unprintable_logo(root, logo, error, sorted(paths))
        for logo, (error, paths) in sorted(printed.unreadable.items())
    ]
    if printed.unprintable:
        warnings += unprintable_text(root, huis, [i for i in printable if i.path in printed.unprintable], printed)
    return warnings


def unprintable_logo(root: Path, logo: str, error: str, paths: list[str]) -> Problem:
    """A logo that fpdf2 cannot draw: those items are printed without it, and the coordinator hears it."""
    path = Path(logo).resolve()
    fiche = (
        path.parent / "fiche.yml" if path.parent.parent == (root / "partners").resolve() else root / reading.SETTINGS
    )
    doc, _ = documents.read(fiche, root)
    line, column = doc.where(("logo",)) if doc else (1, 1)
    shown = ", ".join(paths[:3]) + (f" en nog {len(paths) - 3}" if len(paths) > 3 else "")
    return Problem(
        fiche.relative_to(root).as_posix(),
        line,
        column,
        "logo",
        f"logo kan niet op het drukwerk (verwacht een SVG, PNG of JPG die de PDF-maker kan lezen, gevonden een fout: "
        f"{error}); zonder dit logo gemaakt: {shown}",
        "bewaar het logo opnieuw als PNG of als eenvoudige SVG zonder ingesloten afbeeldingen",
        Level.WARNING,
    )


SCRIPTS = "tekens in het Latijnse, Cyrillische, Arabische of Ge'ez-schrift of emoji"


def unprintable_text(root: Path, huis: Huis, printable: list[PrintItem[Spec]], printed: Printed) -> list[Problem]:
    """Characters that no print font has: each item is printed without them, and its partner hears where.

    One warning per place in the sources (the text that holds the characters), naming the items.
    """
    places: dict[tuple[str, int, int, str], tuple[list[str], list[str]]] = {}
    cache: dict[Path, documents.Document | None] = {}

    def document(path: Path) -> documents.Document | None:
        if path not in cache:
            cache[path] = documents.read(path, root)[0] if path.is_file() else None
        return cache[path]

    for item in printable:
        for char in printed.unprintable[item.path]:
            place = _text_place(root, huis, item, char, document)
            chars, paths = places.setdefault(place, ([], []))
            if char not in chars:
                chars.append(char)
            if item.path not in paths:
                paths.append(item.path)
    found = []
    for (file, line, column, name), (chars, paths) in sorted(places.items()):
        shown = ", ".join(f"U+{ord(c):04X} '{c}'" for c in chars[:5]) + (
            f" en nog {len(chars) - 5}" if len(chars) > 5 else ""
        )
        items = ", ".join(sorted(paths)[:3]) + (f" en nog {len(paths) - 3}" if len(paths) > 3 else "")
        one = len(chars) == 1
        found.append(
            Problem(
                file,
                line,
                column,
                name,
                f"{'teken kan' if one else 'tekens kunnen'} niet op het drukwerk (verwacht {SCRIPTS}, gevonden "
                f"{shown}); zonder {'dit teken' if one else 'deze tekens'} gemaakt: {items}",
                "schrijf de tekst voor het drukwerk in een schrift dat wel kan, of vraag wie de site beheert om een "
                "lettertype voor dit schrift toe te voegen (zondermuren/drawing/fonts)",
                Level.WARNING,
            )
        )
    return found


def _text_place(
    root: Path, huis: Huis, item: PrintItem[Spec], char: str, document: Document
) -> tuple[str, int, int, str]:
    """(file, line, column, field) of the source text that put `char` on `item`.

    Searched in the item's own entry first (the activity, or the partner's fiche), then in the
    fiches of the organisers, huis.yml and the Huis's own catalogue of the item's language. A
    character found nowhere came with the language (a month name, a label): huis.yml's `talen`.
    """
    partner = huis.partners.get(item.partner)  # None for a booklet of the whole Huis
    scopes: list[tuple[Path, tuple]] = []
    activity = next((a for a in huis.activities if a.id == item.key), None) if item.kind == posters.KIND else None
    if activity is not None:
        doc = document(root / activity.source)
        entries = doc.data.get("activiteiten", []) if doc and isinstance(doc.data, dict) else []
        index = next((n for n, e in enumerate(entries) if isinstance(e, dict) and e.get("id") == activity.id), None)
        if index is not None:
            scopes.append((root / activity.source, ("activiteiten", index)))
        scopes += [(root / organiser.source, ()) for organiser in activity.organisers]
    elif partner is not None:
        scopes.append((root / partner.source, ()))
    else:  # a booklet shows every partner and many activities: any of their files may hold it
        sources = [p.source for p in huis.partners.values()] + [a.source for a in huis.activities]
        scopes += [(root / source, ()) for source in dict.fromkeys(sources)]
    scopes += [(root / reading.SETTINGS, ()), (root / "locales" / f"{item.language}.yml", ())]
    for file, scope in scopes:
        doc = document(file)
        if doc is None:
            continue
        data = doc.data
        for part in scope:
            data = data[part]
        paths = [scope + path for path in _paths_with(data, char)]
        if paths:
            # The text in the item's own language, when several hold the character.
            path = next((path for path in paths if path[-1] == item.language), paths[0])
            return (doc.file, *doc.where(path), documents.field_path(path))
    settings = document(root / reading.SETTINGS)
    if settings is not None and item.language in huis.languages:
        path = ("talen", huis.languages.index(item.language))
        return (settings.file, *settings.where(path), documents.field_path(path))
    own = activity.source if activity is not None else partner.source if partner is not None else reading.SETTINGS
    return (own, 1, 1, "")


def _paths_with(data: object, char: str, path: tuple = ()) -> list[tuple]:
    if isinstance(data, str):
        return [path] if char in data else []
    if isinstance(data, dict):
        return [found for key, value in data.items() for found in _paths_with(value, char, (*path, key))]
    if isinstance(data, list):
        return [found for index, value in enumerate(data) for found in _paths_with(value, char, (*path, index))]
    return []
