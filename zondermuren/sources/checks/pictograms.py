"""A Huis's own pictograms: pictogrammen/<value>.svg in its main folder, judged like a drawing.

The site inlines a pictogram in every page that shows its value and print draws it on posters
and booklets, so it passes the same SVG allow-list as a logo (`drawings.judged`: active content
refused, other hosts left out with a warning) and its name must be a value the Huis uses: a
misspelt name would otherwise be ignored without a word. A value the Huis adds to a list
(`woordenlijsten` in huis.yml) without a pictogram of its own or of the kit gets a warning: its
cards show the word alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from zondermuren import pictograms
from zondermuren.problems import Level, Problem, suggestion
from zondermuren.sources.checks import drawings
from zondermuren.sources.parsing.documents import Document
from zondermuren.vocabulary import Vocabularies

FOLDER = pictograms.FOLDER
_LISTS = ", ".join(pictograms.LISTS[:-1]) + " of " + pictograms.LISTS[-1]


def names(vocab: Vocabularies) -> list[str]:
    """Every value a pictogram can stand for: the lists with pictograms as the Huis has them, and the kit's own."""
    values = [key for name in pictograms.LISTS for key in vocab.keys(name)]
    return list(dict.fromkeys([*values, *pictograms.index()["lijsten"]["kit"]]))


def problems(root: Path, vocab: Vocabularies) -> list[Problem]:
    folder = root / FOLDER
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        return [_problem(f"{FOLDER}/", _not_a_folder(folder), "vervang de snelkoppeling door een kopie van de map")]
    if not folder.is_dir():
        return []
    known = names(vocab)
    found: list[Problem] = []
    for path in sorted(folder.iterdir()):
        file = f"{FOLDER}/{path.name}"
        if path.name.startswith("."):
            continue
        if path.is_symlink():
            message = (
                f"pictogram is een snelkoppeling (verwacht het bestand zelf, gevonden een koppeling '{path.name}')"
            )
            found.append(_problem(file, message, "vervang de snelkoppeling door een kopie van het bestand"))
        elif path.is_dir():
            message = f"map in {FOLDER}/ (verwacht alleen SVG-bestanden, gevonden de map '{path.name}')"
            found.append(_problem(file, message, f"zet de tekeningen rechtstreeks in {FOLDER}/"))
        elif path.suffix.lower() != ".svg":
            message = f"pictogram is geen SVG (verwacht <waarde>.svg, gevonden '{path.name}')"
            found.append(_problem(file, message, "bewaar de tekening als SVG, met .svg als einde"))
        elif path.stem not in known:
            message = (
                f"onbekende waarde als naam van een pictogram (verwacht een code uit {_LISTS}, zoals "
                f"'{known[0]}.svg', gevonden '{path.name}')"
            )
            hint = suggestion(path.name, [f"{key}.svg" for key in known])
            found.append(
                _problem(file, message, hint or "noem het bestand naar de code van de waarde (zie docs/velden.md)")
            )
        else:
            judged = drawings.judged(path, file)
            found += judged
            if not any(p.level is Level.ERROR for p in judged) and pictograms.own(path) is None:
                message = "pictogram heeft geen afmetingen (verwacht een viewBox of een breedte en hoogte in pixels)"
                found.append(_problem(file, message, "exporteer de tekening opnieuw met een viewBox"))
    return found


def missing(settings: Document, vocab: Vocabularies, root: Path) -> Iterator[Problem]:
    """A value the Huis adds to a list with pictograms, without a pictogram: at its line in huis.yml."""
    own = pictograms.huis_files(root)
    for name in pictograms.LISTS:
        added = ((settings.data.get("woordenlijsten") or {}).get(name) or {}).get("toevoegen") or {}
        for key in added:
            if str(key) in own or pictograms.kit(str(key)) is not None or str(key) not in vocab.keys(name):
                continue
            yield settings.problem(
                ("woordenlijsten", name, "toevoegen", key),
                f"waarde zonder pictogram (verwacht een tekening {FOLDER}/{key}.svg, gevonden geen): "
                "de site en het drukwerk tonen alleen het woord",
                f"zet een eenvoudige SVG-tekening in {FOLDER}/{key}.svg",
                key=True,
                warn=True,
            )


def _not_a_folder(folder: Path) -> str:
    shown = "een snelkoppeling" if folder.is_symlink() else "een bestand"
    return f"{FOLDER} is geen map (verwacht een map met SVG-tekeningen, gevonden {shown})"


def _problem(file: str, message: str, hint: str) -> Problem:
    return Problem(file, 1, 1, "", message, hint)
