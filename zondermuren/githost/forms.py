"""Reading a submitted issue form: the Markdown body GitHub renders from `.github/ISSUE_TEMPLATE/*.yml`.

GitHub writes each field as `### <label>`, a blank line and the answer; an empty answer is
`_No response_`, a ticked box `- [X] <option>`. The labels are read from the checked-in forms,
so renaming a label in a form cannot silently break the conversion. The body is untrusted text:
it is only ever parsed here, never run or echoed as markup.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from zondermuren import urls
from zondermuren.problems import suggestion

FORMS = ".github/ISSUE_TEMPLATE"
NO_RESPONSE = "_No response_"
_HEADING = re.compile(r"^### (.+?)\s*$")
_BOX = re.compile(r"^- \[([ xX])\] (.*)$")
_TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")


@dataclass(frozen=True)
class Field:
    id: str
    label: str
    kind: str  # input, textarea, dropdown, checkboxes
    required: bool
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class Form:
    name: str  # file name without .yml: nieuwe-activiteit, datum-wijzigen, ...
    title: str
    fields: tuple[Field, ...]

    def by_label(self) -> dict[str, Field]:
        return {f.label: f for f in self.fields}


@dataclass
class Answers:
    """What a submitted form says, by field id: text (None when empty) or the ticked options."""

    form: Form
    values: dict[str, str | None] = field(default_factory=dict)
    ticked: dict[str, list[str]] = field(default_factory=dict)
    missing: list[Field] = field(default_factory=list)  # headings the body lacks


def load_forms(root: Path) -> dict[str, Form]:
    """Every issue form of the repository, by name."""
    forms = {}
    for path in sorted((root / FORMS).glob("*.yml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        if not isinstance(data, dict) or "body" not in data:
            continue  # config.yml
        fields = []
        for element in data["body"]:
            if element.get("type") == "markdown":
                continue
            attributes = element.get("attributes", {})
            options = tuple(
                option["label"] if isinstance(option, dict) else str(option) for option in attributes.get("options", [])
            )
            required = bool(element.get("validations", {}).get("required"))
            fields.append(Field(element["id"], attributes["label"], element["type"], required, options))
        forms[path.stem] = Form(path.stem, data.get("name", path.stem), tuple(fields))
    return forms


def sections(body: str) -> dict[str, str]:
    """The body's `### heading` sections, each heading with the text under it (stripped)."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in body.replace("\r\n", "\n").split("\n"):
        heading = _HEADING.match(line)
        if heading and heading.group(1) not in found:
            current = found.setdefault(heading.group(1), [])
        elif current is not None:
            current.append(line)
    return {heading: "\n".join(lines).strip() for heading, lines in found.items()}


def which_form(body: str, forms: dict[str, Form]) -> Form | None:
    """The form whose labels the body's headings match best; None when the body matches no form."""
    headings = set(sections(body))
    scored = [(len(headings & set(form.by_label())), name) for name, form in forms.items()]
    best = max(scored, default=(0, ""))
    return forms[best[1]] if best[0] else None


def _unfence(text: str) -> str:
    """A textarea with `render:` comes back inside a code fence; the answer is what is inside."""
    lines = text.split("\n")
    if len(lines) >= 2 and lines[0].startswith("```") and lines[-1].startswith("```"):
        return "\n".join(lines[1:-1]).strip()
    return text


def answers(body: str, form: Form) -> Answers:
    found = sections(body)
    result = Answers(form)
    for item in form.fields:
        if item.label not in found:
            result.missing.append(item)
            result.values[item.id] = None
            continue
        text = _unfence(found[item.label])
        if item.kind == "checkboxes":
            boxes = [_BOX.match(line.strip()) for line in text.split("\n")]
            result.ticked[item.id] = [m.group(2).strip() for m in boxes if m and m.group(1) in "xX"]
            result.values[item.id] = None
        else:
            result.values[item.id] = None if text in ("", NO_RESPONSE) else text
    return result


@dataclass(frozen=True)
class FormProblem:
    label: str  # the form's field, as the partner saw it
    message: str
    hint: str = ""

    def __str__(self) -> str:
        return f"{self.label}: {self.message}" + (f" — {self.hint}" if self.hint else "")


class Reader:
    """The answers of one form, each read with the check its field needs; problems are collected
    in the form's own words (`FormProblem`: a partner who filled in a form never saw the file)."""

    def __init__(self, answers: Answers) -> None:
        self.answers = answers
        self.fields = {f.id: f for f in answers.form.fields}
        self.problems: list[FormProblem] = [
            FormProblem(
                f.label,
                f"dit veld ontbreekt in het formulier (verwacht een kop '### {f.label}', gevonden niets)",
                "maak een nieuw formulier aan via Issues → New issue, en pas de koppen niet aan",
            )
            for f in answers.missing
            if f.required
        ]

    def _problem(self, name: str, message: str, hint: str = "") -> None:
        self.problems.append(FormProblem(self.fields[name].label, message, hint))

    def text(self, name: str) -> str | None:
        value = self.answers.values.get(name)
        if value is None and self.fields[name].required and self.fields[name] not in self.answers.missing:
            self._problem(name, "niet ingevuld (verwacht een antwoord, gevonden niets)", "vul dit veld in")
        return value

    def date(self, name: str) -> dt.date | None:
        value = self.text(name)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            example = "2026-12-05"
            self._problem(
                name,
                f"ongeldige datum (verwacht JJJJ-MM-DD zoals {example}, gevonden '{value}')",
                "schrijf bv. 2026-12-05",
            )
            return None

    def time(self, name: str) -> str | None:
        value = self.text(name)
        if value is None:
            return None
        fixed = value.strip().replace(".", ":").replace("u", ":").rstrip(":")
        if re.fullmatch(r"[0-9]:[0-5][0-9]", fixed):
            fixed = "0" + fixed
        if not _TIME.match(fixed):
            self._problem(name, f"ongeldig uur (verwacht UU:MM zoals 14:00, gevonden '{value}')", "schrijf bv. 09:30")
            return None
        return fixed

    def choice(self, name: str, known: dict[str, object]) -> object | None:
        value = self.text(name)
        if value is None:
            return None
        if value not in known:
            choices = ", ".join(f"'{k}'" for k in known)
            hint = suggestion(value, list(known)) or "kies een van de keuzes van het formulier"
            self._problem(name, f"onbekende keuze (verwacht een van {choices}, gevonden '{value}')", hint)
            return None
        return known[value]


def partner_name(value: str) -> str:
    """The partner's folder name as typed in the form: 'de-ballon', 'partners/de-ballon/' -> 'de-ballon'."""
    return value.strip().strip("/").removeprefix(urls.partner_folder())
