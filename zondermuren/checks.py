"""Checks that a schema cannot express: references between files, dates that must agree, logos.

Each check takes documents that already passed the schema (so types are right) and returns
problems; nothing here raises for a partner's mistake.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from babel import Locale
from PIL import Image, UnidentifiedImageError

from zondermuren.loading import Document, field_path
from zondermuren.problems import Level, Problem, suggestion

MAX_LOGO_BYTES = 1_000_000
STALE_AFTER_DAYS = 365
_DUTCH_LANGUAGE_NAMES = {code: name.lower() for code, name in Locale("nl").languages.items() if "_" not in code}


def _at(doc: Document, path: tuple, message: str, hint: str = "", *, key: bool = False, warn: bool = False) -> Problem:
    line, column = doc.where(path, key=key)
    level = Level.WARNING if warn else Level.ERROR
    return Problem(doc.file, line, column, field_path(path), message, hint, level)


def languages(doc: Document, path: tuple, codes: list[str]) -> Iterator[Problem]:
    """Spoken languages must be real ISO codes; 'Arabisch' or 'ara' get the code suggested."""
    for index, code in enumerate(codes):
        if code in _DUTCH_LANGUAGE_NAMES:
            continue
        by_name = {name: c for c, name in _DUTCH_LANGUAGE_NAMES.items()}
        hint = (
            f"bedoelde je '{by_name[code.lower()]}'?"
            if code.lower() in by_name
            else suggestion(code, _DUTCH_LANGUAGE_NAMES)
        )
        yield _at(
            doc,
            path + (index,),
            f"onbekende taalcode (verwacht een ISO-taalcode zoals nl, fr, ar; gevonden '{code}')",
            hint,
        )


def logo(doc: Document, folder: Path, root: Path, value: str) -> Iterator[Problem]:
    path = (folder / value).resolve()
    if not path.is_relative_to(folder.resolve()):
        yield _at(
            doc,
            ("logo",),
            f"logo staat buiten de map van de partner (verwacht een bestand in {folder.relative_to(root).as_posix()}/, gevonden '{value}')",
            "kopieer het logo naar de map van de partner",
        )
        return
    if not path.is_file():
        present = [p.name for p in folder.iterdir() if p.suffix.lower() in (".svg", ".png", ".jpg", ".jpeg", ".webp")]
        yield _at(
            doc,
            ("logo",),
            f"logobestand bestaat niet (verwacht een bestand in {folder.relative_to(root).as_posix()}/, gevonden '{value}')",
            suggestion(value, present) or "upload het logo in de map van de partner",
        )
        return
    size = path.stat().st_size
    if size > MAX_LOGO_BYTES:
        yield _at(
            doc,
            ("logo",),
            f"logo is te groot (verwacht hoogstens 1 MB, gevonden {size / 1_000_000:.1f} MB)",
            "verklein het beeld of bewaar het als SVG",
        )
        return
    if not _is_image(path):
        yield _at(
            doc,
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


def fiche(doc: Document, folder: Path, root: Path, today: dt.date, shift=lambda day: day) -> Iterator[Problem]:
    """`shift` is the demo shift of an example Huis, so its review dates age with its calendar."""
    data = doc.data
    if isinstance(data.get("logo"), str):
        yield from logo(doc, folder, root, data["logo"])
    if isinstance(data.get("talen"), list):
        yield from languages(doc, ("talen",), [code for code in data["talen"] if isinstance(code, str)])
    person = data.get("contact", {}).get("persoon")
    if isinstance(person, dict) and person.get("toestemming") is not True:
        yield _at(
            doc,
            ("contact", "persoon", "toestemming"),
            "naam van een persoon zonder toestemming (verwacht toestemming: true, gevonden false)",
            "verwijder de naam of vraag eerst toestemming",
        )
    seen: dict[str, int] = {}
    for index, location in enumerate(data.get("locaties", [])):
        if location["id"] in seen:
            yield _at(
                doc,
                ("locaties", index, "id"),
                f"dubbele locatiecode (verwacht een unieke code, gevonden '{location['id']}' ook bij locaties[{seen[location['id']] + 1}])",
                "geef elke locatie een eigen code",
            )
        seen.setdefault(location["id"], index)
        for slot, hours in enumerate(location.get("openingsuren", [])):
            if _is_time(hours["van"]) and _is_time(hours["tot"]) and hours["tot"] <= hours["van"]:
                yield _at(
                    doc,
                    ("locaties", index, "openingsuren", slot, "tot"),
                    f"einduur ligt niet na beginuur (verwacht later dan {hours['van']}, gevonden {hours['tot']})",
                )

    yield from _reviewed(doc, data, today, shift)


def _is_date(value: object) -> bool:
    try:
        dt.date.fromisoformat(value)
        return isinstance(value, str)
    except (TypeError, ValueError):
        return False


def _is_time(value: object) -> bool:
    return isinstance(value, str) and re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9]", value) is not None


def _reviewed(doc: Document, data: dict, today: dt.date, shift) -> Iterator[Problem]:
    reviewed = data.get("laatst_nagekeken")
    if reviewed is not None and not _is_date(reviewed):
        return  # reported by the schema
    if reviewed is None:
        yield _at(
            doc,
            (),
            "de fiche zegt niet wanneer ze het laatst is nagekeken (verwacht laatst_nagekeken: JJJJ-MM-DD, gevonden niets)",
            "kijk de fiche na en vul de datum in",
            warn=True,
        )
        return
    age = (today - shift(dt.date.fromisoformat(reviewed))).days
    if age > STALE_AFTER_DAYS:
        editors = ", ".join(data.get("beheerders", [])) or "de partner"
        yield _at(
            doc,
            ("laatst_nagekeken",),
            f"fiche niet nagekeken sinds {reviewed} (verwacht hoogstens 12 maanden geleden, gevonden {age // 30} maanden)",
            f"vraag {editors} de fiche na te kijken",
            warn=True,
        )
    elif age < -1:
        yield _at(
            doc, ("laatst_nagekeken",), f"datum in de toekomst (verwacht vandaag of vroeger, gevonden {reviewed})"
        )


def activity(
    doc: Document, index: int, item: dict, partner: str, partners: dict[str, dict | None]
) -> Iterator[Problem]:
    """`partners` maps every partner to its fiche data, or None when that fiche has errors."""
    base = ("activiteiten", index)
    has_date, has_series = "datum" in item, "herhaling" in item
    if has_date == has_series:
        found = "beide" if has_date else "geen van beide"
        yield _at(
            doc,
            base,
            f"wanneer ontbreekt (verwacht datum: of herhaling:, gevonden {found})",
            "gebruik datum voor één keer, herhaling voor een reeks",
        )
    if _is_time(item["van"]) and _is_time(item["tot"]) and item["tot"] <= item["van"]:
        yield _at(
            doc,
            base + ("tot",),
            f"einduur ligt niet na beginuur (verwacht later dan {item['van']}, gevonden {item['tot']})",
        )
    if has_series:
        yield from _series(doc, base + ("herhaling",), item["herhaling"])
    status = item.get("status", "gepland")
    if status == "verplaatst" and "verplaatst_naar" not in item:
        yield _at(
            doc,
            base + ("status",),
            "verplaatst zonder nieuwe datum (verwacht verplaatst_naar: met een datum, gevonden niets)",
            "voeg verplaatst_naar: {datum: JJJJ-MM-DD} toe",
        )
    if "verplaatst_naar" in item and status != "verplaatst":
        yield _at(
            doc,
            base + ("verplaatst_naar",),
            f"nieuwe datum bij een activiteit die niet verplaatst is (verwacht status: verplaatst, gevonden '{status}')",
        )
    for day, change in item.get("per_datum", {}).items():
        if change["status"] == "verplaatst" and "verplaatst_naar" not in change:
            yield _at(
                doc,
                base + ("per_datum", day),
                "verplaatst zonder nieuwe datum (verwacht verplaatst_naar: met een datum, gevonden niets)",
            )
    yield from _place(doc, base, item, partner, partners)
    for slot, other in enumerate(item.get("mede_organisatoren", [])):
        if other not in partners or other == partner:
            found = "de partner zelf" if other == partner else f"'{other}'"
            yield _at(
                doc,
                base + ("mede_organisatoren", slot),
                f"onbekende partner (verwacht de mapnaam van een andere partner, gevonden {found})",
                suggestion(other, [p for p in partners if p != partner]),
            )
    yield from languages(doc, base + ("talen",), item.get("talen", []))
    if not item.get("doelgroep"):
        yield _at(
            doc,
            base,
            "activiteit zonder leeftijdsgroep (verwacht doelgroep: met kinderen of ouders)",
            "zo vinden gezinnen ze bij 'mijn kind is ...'",
            warn=True,
        )


def _series(doc: Document, path: tuple, series: dict) -> Iterator[Problem]:
    start, end = series["vanaf"], series["tot_en_met"]
    if end < start:
        yield _at(doc, path + ("tot_en_met",), f"einde ligt voor het begin (verwacht {start} of later, gevonden {end})")
    monthly = series["frequentie"] == "maandelijks"
    if monthly and ("week" not in series or len(series["dagen"]) != 1):
        yield _at(
            doc,
            path,
            "maandelijkse reeks zonder vaste dag (verwacht één dag en week:, zoals dagen: [wo] en week: 1 voor elke eerste woensdag)",
        )
    if not monthly and "week" in series:
        yield _at(
            doc,
            path + ("week",),
            f"week: hoort alleen bij een maandelijkse reeks (gevonden frequentie '{series['frequentie']}')",
            "verwijder week:",
        )


def _place(doc: Document, base: tuple, item: dict, partner: str, partners: dict[str, dict | None]) -> Iterator[Problem]:
    if partners.get(partner) is None:
        return  # the fiche itself is broken or missing; its problems are reported there
    own = [loc["id"] for loc in partners[partner].get("locaties", [])]
    place = item.get("locatie")
    if place is None:
        if len(own) != 1:
            found = "geen locaties" if not own else f"{len(own)} locaties"
            yield _at(
                doc,
                base,
                f"locatie ontbreekt (verwacht locatie: met een code of een adres, gevonden niets terwijl de partner {found} heeft)",
                f"kies een van: {', '.join(own)}" if own else "geef een naam en adres",
            )
        return
    if not isinstance(place, str):
        return
    owner, _, location = place.rpartition("/")
    owner = owner or partner
    if owner not in partners:
        yield _at(
            doc,
            base + ("locatie",),
            f"onbekende partner in locatie (verwacht 'partner/locatie', gevonden '{place}')",
            suggestion(owner, partners),
        )
        return
    if partners[owner] is None:
        return
    known = [loc["id"] for loc in partners[owner].get("locaties", [])]
    if location not in known:
        choices = ", ".join(known) or "geen"
        yield _at(
            doc,
            base + ("locatie",),
            f"onbekende locatie (verwacht een van: {choices}; gevonden '{location}')",
            suggestion(location, known),
        )


def duplicate_ids(docs: list[Document]) -> Iterator[Problem]:
    first: dict[str, tuple[Document, int]] = {}
    for doc in docs:
        for index, item in enumerate(doc.data.get("activiteiten", [])):
            key = item["id"]
            if key in first:
                other, other_index = first[key]
                line = other.where(("activiteiten", other_index, "id"))[0]
                yield _at(
                    doc,
                    ("activiteiten", index, "id"),
                    f"dubbele activiteitscode (verwacht een unieke code, gevonden '{key}' ook in {other.file}:{line})",
                    f"bedoelde je '{key}-2'?",
                )
            else:
                first[key] = (doc, index)
