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

from zondermuren.problems import Problem, quoted, suggestion
from zondermuren.sources.parsing.documents import Document, field_path
from zondermuren.sources.schema import hints, schemas
from zondermuren.sources.schema.schemas import Schema

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
    errors = list(validator.iter_errors(doc.data))
    # `week: "1"` breaks both `type: integer` and `enum: [1, 2, ...]`: the type message (with its hint
    # to drop the quotes, or the choices for a text) says it all, so that value's enum error is merged.
    wrong_type = {_place(e) for e in errors if e.validator == "type"}
    problems: list[Problem] = []
    for error in errors:
        if error.validator in ("enum", "const") and _place(error) in wrong_type:
            continue
        problems.extend(_translate(error, doc, schema))
    return sorted(set(problems))


def _place(error: ValidationError) -> tuple:
    """The value and the (sub)schema an error is about."""
    return tuple(error.absolute_path), tuple(error.absolute_schema_path)[:-1]


def _required(root: Schema, error: ValidationError) -> bool:
    """Whether the value in error sits under a field its parent object requires."""
    schema_path = list(error.absolute_schema_path)
    if len(schema_path) < 3 or schema_path[-3] != "properties":
        return False
    parent = root
    try:
        for part in schema_path[:-3]:
            parent = parent[part]
    except (KeyError, IndexError, TypeError):
        return False
    return schema_path[-2] in parent.get("required", [])


def _kind(schema: Schema) -> str:
    """Which family of hints fits a value of this schema: time, date, language or none."""
    if schema.get("pattern") == schemas.TIME["pattern"]:
        return "time"
    if schema.get("format") == "date":
        return "date"
    if schema.get("pattern") == schemas.LANGUAGE["pattern"]:
        return "language"
    return ""


def _value_hint(schema: Schema, text: str) -> str:
    kind = _kind(schema)
    if kind == "time":
        return hints.time(text)
    if kind == "date":
        return hints.date(text)
    if kind == "language":
        return hints.language(text)
    return ""


def _expected_choices(choices: list[str]) -> str:
    if len(choices) > _LONG_LIST:
        return f"een van de {len(choices)} codes uit de woordenlijst (zie docs/velden.md)"
    return "een van: " + ", ".join(str(c) for c in choices)


def _expected_fields(allowed: list[str]) -> str:
    if len(allowed) > _LONG_LIST:
        return "een veldnaam uit docs/velden.md"
    return "een van: " + ", ".join(allowed)


def _translate(error: ValidationError, doc: Document, root: Schema) -> Iterator[Problem]:
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
        expected = schema.get("x-verwacht", "een geldige naam")
        if keyword == "enum":
            yield problem(
                at,
                f"onbekende taalcode (verwacht {_expected_choices(schema['enum'])}; gevonden {quoted(name)})",
                suggestion(name, schema["enum"]) or "voeg de taal eerst toe aan talen in huis.yml",
                key=True,
            )
        elif _kind(schema) == "date":
            yield problem(
                at, f"ongeldige datum (verwacht {expected}; gevonden {quoted(name)})", hints.date(name), key=True
            )
        else:
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
            f"voeg '{missing}: {_example(missing, error.instance)}' toe"
            if _example(missing, error.instance)
            else f"voeg '{missing}:' toe",
        )
    elif keyword == "enum":
        choices = [str(c) for c in error.validator_value]
        found = doc.typed(path, error.instance) or quoted(error.instance)
        yield problem(
            path,
            f"onbekende waarde (verwacht {_expected_choices(choices)}; gevonden {found})",
            suggestion(str(error.instance), choices),
        )
    elif keyword == "type":
        yield _type_problem(error, path, problem, doc, root)
    elif keyword in ("pattern", "format"):
        if _kind(schema) == "language" and isinstance(error.instance, str):
            yield problem(path, hints.LANGUAGE_MESSAGE.format(error.instance), hints.language(error.instance))
            return
        expected = schema.get("x-verwacht", "een geldige waarde")
        what = "ongeldige datum" if _kind(schema) == "date" else "ongeldige waarde"
        hint = _value_hint(schema, error.instance) if isinstance(error.instance, str) else ""
        yield problem(path, f"{what} (verwacht {expected}; gevonden {quoted(error.instance)})", hint)
    elif keyword in ("minimum", "maximum"):
        expected = schema.get(
            "x-verwacht", f"{'minstens' if keyword == 'minimum' else 'hoogstens'} {error.validator_value}"
        )
        yield problem(
            path,
            f"ongeldige waarde (verwacht {expected}; gevonden {doc.typed(path, error.instance) or quoted(error.instance)})",
        )
    elif keyword == "minItems":
        yield problem(
            path,
            "lege lijst (verwacht minstens één waarde, gevonden geen enkele)",
            "vul de lijst aan" if _required(root, error) else "vul de lijst aan of verwijder het veld",
        )
    elif keyword == "minLength":
        yield _length_problem(error, path, problem)
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


_EXAMPLES = {"van": "10:00", "tot": "11:30", "datum": "2026-05-16", "vanaf": "2026-09-01", "tot_en_met": "2027-06-30"}


def _example(field: str, instance: object) -> str:
    """What a missing field looks like: `van: 10:00`, or an activity id made from its title."""
    if field == "id" and isinstance(instance, dict):
        title = instance.get("titel")
        title = title.get("nl") if isinstance(title, dict) else title
        return hints.slug(title) if isinstance(title, str) else ""
    return _EXAMPLES.get(field, "")


def _length_problem(error: ValidationError, path: tuple, problem) -> Problem:
    if error.instance == "":
        expected = error.schema.get("x-verwacht", "tekst")
        return problem(path, f"lege tekst (verwacht {expected}, gevonden '')", "vul een tekst in")
    name = next((part for part in reversed(path) if isinstance(part, str)), "tekst")
    return problem(
        path,
        f"te korte tekst (verwacht minstens {error.validator_value} tekens, gevonden {quoted(error.instance)})",
        f"vul de volledige {name} in",
    )


def _type_problem(error: ValidationError, path: tuple, problem, doc: Document, root: Schema) -> Problem:
    types: list[str] = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
    expected = error.schema.get("x-verwacht") or " of ".join(_TYPE_NAMES.get(t, t) for t in types)
    found = error.instance
    shown = doc.typed(path, found) or quoted(found)
    hint = ""
    if found is None:
        hint = "vul een waarde in" if _required(root, error) else "vul een waarde in of verwijder de regel"
    elif "boolean" in types and isinstance(found, str):
        hint = hints.boolean(found)
    elif {"integer", "number"} & set(types) and isinstance(found, str) and re.fullmatch(r"[-+]?[0-9]+", found):
        number, choices = int(found), error.schema.get("enum")
        hint = f"haal de aanhalingstekens weg: {number}"
        if choices and number not in choices:
            hint = "kies een van: " + ", ".join(str(c) for c in choices) + " (zonder aanhalingstekens)"
    elif "string" in types and isinstance(found, int | float | bool):
        hint = _text_hint(error.schema, shown)
    elif "array" in types and not isinstance(found, list):
        hint = f"schrijf een lijst: [{found}]" if isinstance(found, str) else ""
    if types == ["string"] and error.schema.get("enum"):  # the enum error is merged into this one
        expected = _expected_choices([str(c) for c in error.schema["enum"]]) + ";"
    else:
        expected += ","
    return problem(path, f"verkeerde soort waarde (verwacht {expected} gevonden {shown})", hint)


def _text_hint(schema: Schema, text: str) -> str:
    """A number or true/false where text belongs: `van: 9.30`, `postcode: 9000`, `inschrijving: true`."""
    hint = _value_hint(schema, text)
    if hint:
        return hint
    choices = schema.get("enum")
    if choices and text not in choices:
        return suggestion(text, choices)
    if "pattern" in schema and not re.search(schema["pattern"], text):
        return ""  # quoting it would not make it right either
    return f'zet de waarde tussen aanhalingstekens: "{text}"'
