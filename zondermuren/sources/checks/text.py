"""Text as partners type it: refused where it cannot be published, tidied where it can.

Partners paste from word processors and web pages, and copy each other's YAML block styles
(`titel: >`), so text arrives with line breaks in one-line fields, tabs, control characters
from escapes, and now and then a lone UTF-16 surrogate. Before the schema sees a file:

- control characters (U+0000-U+001F, U+007F-U+009F, except line breaks and tabs) and lone
  surrogates are refused at their field: no output format can carry them safely;
- every text is put in Unicode NFC, so the same word is the same bytes in every output;
- one-line fields (a title, a name, a reason: everything but a description or a referral
  text) have their line breaks and tabs folded to single spaces, and leading/trailing space
  taken off: `titel: >` and `|` then mean what the partner saw in the editor;
- text longer than its field's limit is refused with the limit in the message;
- a date or an hour between curly quotes (“2026-12-05”, pasted from a word processor) is read
  without them; a 4-digit postcode without quotes is taken as written, and an emptied `activiteiten:` as no
  activities (with a warning, in case it was not meant).

Non-breaking spaces, soft hyphens, zero-width joiners (emoji sequences), right-to-left marks
and smart quotes are kept: they are meant, and every output carries them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from zondermuren.problems import Problem
from zondermuren.sources.parsing.documents import Document

# Multi-line fields (Markdown paragraphs) and their limits; every other text is one line.
MULTILINE = {"beschrijving": 5_000, "doorverwijzen": 2_000}
ONE_LINE_LIMIT = 200
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# A date or an hour between word-processor quotes (“2026-12-05”): the partner meant quotes.
_CURLY_QUOTED = re.compile(r"^[“”„‘’‚«»]+([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}:[0-9]{2})[“”„‘’‚«»]+$")
_FOLD = re.compile(r"[ \t\r\n\u2028\u2029\x0b\x0c]+")


def _character(found: str) -> str:
    code = ord(found)
    if 0xD800 <= code <= 0xDFFF:
        return f"U+{code:04X} (een losse helft van een emoji of ander teken)"
    names = {0: "NUL", 0x1B: "ESC", 0x7F: "DEL"}
    return f"U+{code:04X}" + (f" ({names[code]})" if code in names else " (een stuurteken)")


def _walk(value: Any, path: tuple) -> Iterator[tuple[tuple, Any]]:
    """Every leaf value (text, number, ...) with its path."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, (*path, index))
    else:
        yield path, value


def _field(path: tuple) -> str:
    """The field a text belongs to: 'titel' for ('activiteiten', 0, 'titel', 'fr')."""
    names = [part for part in path if isinstance(part, str)]
    if len(names) > 1 and re.fullmatch(r"[a-z]{2,3}", names[-1]):
        return names[-2]  # a translation: {titel: {fr: ...}}
    return names[-1] if names else ""


def _container(data: Any, path: tuple) -> Any:
    for part in path[:-1]:
        data = data[part]
    return data


def _as_meant(doc: Document) -> list[Problem]:
    """Values a partner writes the natural way, taken as meant: `postcode: 9000`, an emptied list."""
    problems: list[Problem] = []
    data = doc.data
    if isinstance(data, dict) and "activiteiten" in data and data["activiteiten"] is None:
        data["activiteiten"] = []
        problems.append(
            doc.problem(
                ("activiteiten",),
                "lege lijst gelezen als 'geen activiteiten' (verwacht activiteiten met een id, of activiteiten: [])",
                "schrijf activiteiten: [] als er (nog) geen zijn, of verwijder activiteiten.yml",
                warn=True,
            )
        )
    for path, value in list(_walk(data, ())):
        if path and path[-1] == "postcode" and type(value) is int and 1000 <= value <= 9999:
            _container(data, path)[path[-1]] = doc.typed(path, value) or str(value)
    return problems


def tidy(doc: Document) -> list[Problem]:
    """Refuse what cannot be published and tidy the rest, in place, before validation."""
    if doc.data is None:
        return []
    problems = _as_meant(doc)
    for path, text in list(_walk(doc.data, ())):
        if not path or not isinstance(text, str):
            continue
        bad = _FORBIDDEN.search(text)
        if bad:
            problems.append(
                doc.problem(
                    path,
                    f"onzichtbaar of ongeldig teken (verwacht gewone tekst, gevonden {_character(bad.group())} "
                    f"op plaats {bad.start() + 1})",
                    "typ de tekst opnieuw of kopieer hem zonder opmaak; zo'n teken komt mee bij kopiëren",
                )
            )
            continue
        field = _field(path)
        clean = _CURLY_QUOTED.sub(r"\1", unicodedata.normalize("NFC", text))
        if field not in MULTILINE:
            clean = _FOLD.sub(" ", clean).strip()
        limit = MULTILINE.get(field, ONE_LINE_LIMIT)
        if len(clean) > limit:
            problems.append(
                doc.problem(
                    path,
                    f"tekst te lang (verwacht hoogstens {limit} tekens, gevonden {len(clean)})",
                    "maak de tekst korter; een langere uitleg hoort in de beschrijving"
                    if field not in MULTILINE
                    else "maak de tekst korter of zet de details op de website van de partner",
                )
            )
        if clean != text:
            _container(doc.data, path)[path[-1]] = clean
    return problems
