"""`zondermuren uit-formulier`: a submitted issue form becomes a checked file change, or a clear message.

Used by the forms workflow (with the event file GitHub writes, `GITHUB_EVENT_PATH`) and by hand
(with the issue's text in a file). The outcome's texts are what the workflow posts: the pull
request's title and body, or the comment that says what to fix. Partners' answers only appear
inside a code block there, so nothing typed into a form becomes markup on the issue.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from zondermuren.githost import changes, forms, reports
from zondermuren.sources import reading

NOT_A_FORM = 3  # exit code: the issue is no form that makes a change (no comment is posted)


@dataclass
class Outcome:
    code: int  # 0 a change, 1 problems, NOT_A_FORM
    message: str  # Markdown: the pull request's body (0) or the comment on the issue (1)
    title: str = ""
    files: dict[str, str] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)  # what the command prints


def body_of(event: Path) -> tuple[str, int | None]:
    """The issue's text and number from the event file of an `issues` workflow run."""
    data = json.loads(event.read_text("utf-8"))
    issue = data.get("issue") or {}
    number = issue.get("number")
    return str(issue.get("body") or ""), number if isinstance(number, int) else None


def process(root: Path, body: str, today: dt.date, number: int | None = None) -> Outcome:
    found = forms.load_forms(root)
    form = forms.which_form(body, found)
    if form is None:
        return Outcome(NOT_A_FORM, "", lines=["Dit issue is geen ingevuld formulier; er is niets veranderd."])
    if form.name not in changes.CONVERTED:
        text = f"Het formulier '{form.title}' maakt geen voorstel: de coördinator handelt het af."
        return Outcome(NOT_A_FORM, "", lines=[text])
    sources = reading.check(root, today)
    if sources.settings is None:  # the Huis itself is broken: say so on the issue too, never an empty comment
        lines = [str(p) for p in sources.problems]
        message = reports.posted(
            "Dit formulier kon nog niet verwerkt worden: de instellingen van het Huis zelf hebben fouten "
            "(niet in dit formulier):\n\n",
            lines,
            "\n\nDe coördinator lost ze op; bewaar het formulier daarna opnieuw (→ **Edit**).\n",
        )
        return Outcome(1, message, lines=lines)
    answers = forms.answers(body, form)
    change = changes.convert(form, answers, sources)
    if change.problems:
        lines = [str(p) for p in change.problems]
        message = reports.posted(
            f"Uit dit formulier ('{form.title}') kon nog geen voorstel gemaakt worden:\n\n",
            lines,
            "\n\nPas het formulier aan (de drie puntjes rechtsboven het bericht → **Edit**) en bewaar: "
            "het wordt dan opnieuw gecontroleerd.\n",
        )
        return Outcome(1, message, lines=lines)
    before = {path: (root / path).read_text("utf-8") if (root / path).is_file() else None for path in change.files}
    for path, text in change.files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, "utf-8")
    errors = changes.check_change(root, change, today)
    if errors:
        message = reports.posted(
            f"Het voorstel uit dit formulier ('{form.title}') haalt de controle niet:\n\n",
            errors,
            "\n\nPas het formulier aan (→ **Edit**) en bewaar, of vraag de coördinator om hulp.\n",
        )
        for path, old in before.items():  # leave the Huis as it was
            if old is None:
                (root / path).unlink()
            else:
                (root / path).write_text(old, "utf-8")
        return Outcome(1, message, reports.title(change.title), change.files, errors)
    closes = f"\n\nCloses #{number}" if number is not None else ""
    message = (
        f"Gemaakt uit het formulier '{form.title}'. De controle (`zondermuren check`) is in orde.\n\n"
        "Kijk de wijziging na onder **Files changed** en voeg ze samen: de site wordt dan meteen bijgewerkt."
        + closes
        + "\n"
    )
    lines = [f"geschreven: {path}" for path in change.files] + ["De controle is in orde."]
    return Outcome(0, message, reports.title(change.title), change.files, lines)
