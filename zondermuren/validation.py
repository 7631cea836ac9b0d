"""Schema validation with messages a partner can act on, in Dutch.

jsonschema finds every problem in one pass (`iter_errors`); this module turns each error into a
`Problem` with the file, line and column of the offending key or value, what was expected, what
was found and, for near misses, a suggestion ("bedoelde je 'opvoedingsondersteuning'?").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from zondermuren.loading import Document, field_path
from zondermuren.problems import Problem, quoted, suggestion
from zondermuren.schema import Schema

_TYPE_NAMES = {
    "string": "tekst",
    "boolean": "true of false",
    "array": "een lijst (regels die met '- ' beginnen)",
    "object": "een lijst van velden (veld: waarde)",
    "integer": "een geheel getal",
    "number": "een getal",
}
_LONG_LIST = 12


def validate(doc: Document, schema: Schema) -> list[Problem]:
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    problems: list[Problem] = []
    for error in validator.iter_errors(doc.data):
        problems.extend(_translate(error, doc))
    return sorted(set(problems))


def _expected_choices(choices: list[str]) -> str:
    if len(choices) > _LONG_LIST:
        return f"een van de {len(choices)} codes uit de woordenlijst (zie docs/velden.md)"
    return "een van: " + ", ".join(str(c) for c in choices)


def _expected_fields(allowed: list[str]) -> str:
    if len(allowed) > _LONG_LIST:
        return "een veldnaam uit docs/velden.md"
    return "een van: " + ", ".join(allowed)


def _translate(error: ValidationError, doc: Document) -> Iterator[Problem]:
    path = tuple(error.absolute_path)
    keyword = error.validator
    schema = error.schema if isinstance(error.schema, dict) else {}

    def problem(at: tuple, message: str, hint: str = "", *, key: bool = False) -> Problem:
        line, column = doc.where(at, key=key)
        return Problem(doc.file, line, column, field_path(at), message, hint)

    if "propertyNames" in error.schema_path:
        # A key that is not allowed by name: a language code or a date used as a key.
        name = error.instance
        at = path + (name,)
        if keyword == "enum":
            yield problem(
                at,
                f"onbekende taalcode (verwacht {_expected_choices(schema['enum'])}; gevonden {quoted(name)})",
                suggestion(name, schema["enum"]) or "voeg de taal eerst toe aan talen in huis.yml",
                key=True,
            )
        else:
            expected = schema.get("x-verwacht", "een geldige naam")
            yield problem(at, f"ongeldige sleutel (verwacht {expected}; gevonden {quoted(name)})", key=True)
        return

    if keyword == "additionalProperties":
        allowed = list(schema.get("properties", {}))
        for name in error.instance:
            if name in allowed:
                continue
            yield problem(
                path + (name,),
                f"onbekend veld (verwacht {_expected_fields(allowed)}; gevonden {quoted(name)})",
                suggestion(name, allowed) or "verwijder het veld of kijk de schrijfwijze na in docs/velden.md",
                key=True,
            )
    elif keyword == "required":
        match = re.match(r"'(.+)' is a required property", error.message)
        missing = match.group(1) if match else "?"
        yield problem(
            path + (missing,),
            f"verplicht veld ontbreekt (verwacht '{missing}', gevonden niets)",
            f"voeg '{missing}:' toe",
        )
    elif keyword == "enum":
        choices = [str(c) for c in error.validator_value]
        yield problem(
            path,
            f"onbekende waarde (verwacht {_expected_choices(choices)}; gevonden {quoted(error.instance)})",
            suggestion(str(error.instance), choices),
        )
    elif keyword == "type":
        yield _type_problem(error, path, problem)
    elif keyword in ("pattern", "format"):
        expected = schema.get("x-verwacht", "een geldige waarde")
        what = "ongeldige datum" if error.validator_value == "date" else "ongeldige waarde"
        yield problem(path, f"{what} (verwacht {expected}; gevonden {quoted(error.instance)})", _format_hint(error))
    elif keyword == "minItems":
        yield problem(
            path,
            "lege lijst (verwacht minstens één waarde, gevonden geen enkele)",
            "vul de lijst aan of verwijder het veld",
        )
    elif keyword == "minLength":
        yield problem(
            path, f"lege tekst (verwacht {schema.get('x-verwacht', 'tekst')}, gevonden '')", "vul een tekst in"
        )
    elif keyword == "uniqueItems":
        seen: set[str] = set()
        for index, item in enumerate(error.instance):
            if repr(item) in seen:
                yield problem(
                    path + (index,),
                    f"dubbele waarde (verwacht elke waarde één keer, gevonden {quoted(item)} nog eens)",
                    "verwijder de tweede",
                )
            seen.add(repr(item))
    else:  # a keyword this module does not phrase yet: still report it, never drop it
        yield problem(path, f"ongeldige waarde (gevonden {quoted(error.instance)}; {error.message})")


def _type_problem(error: ValidationError, path: tuple, problem) -> Problem:
    expected_types = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
    expected = error.schema.get("x-verwacht") or " of ".join(_TYPE_NAMES.get(t, t) for t in expected_types)
    found = error.instance
    hint = ""
    if found is None:
        hint = "vul een waarde in of verwijder de regel"
    elif "string" in expected_types and isinstance(found, int | float | bool):
        hint = f'zet de waarde tussen aanhalingstekens: "{quoted(found)}"'
    elif "array" in expected_types and not isinstance(found, list):
        hint = f"schrijf een lijst: [{found}]" if isinstance(found, str) else ""
    return problem(path, f"verkeerde soort waarde (verwacht {expected}, gevonden {quoted(found)})", hint)


def _format_hint(error: ValidationError) -> str:
    value = error.instance
    if not isinstance(value, str):
        return ""
    if re.fullmatch(r"[0-9]:[0-5][0-9]", value):
        return f'bedoelde je "0{value}"?'
    if re.fullmatch(r"([0-9]{1,2})[.h]([0-5][0-9])", value):
        hours, minutes = re.split(r"[.h]", value)
        return f'bedoelde je "{int(hours):02d}:{minutes}"?'
    match = re.fullmatch(r"([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})", value)
    if match:
        day, month, year = match.groups()
        return f"bedoelde je {year}-{int(month):02d}-{int(day):02d}?"
    if error.validator_value == "date":
        return "kijk na of die dag bestaat"
    return ""
