"""Problems in the form a git host shows them next to the changed line.

- GitHub: workflow commands (`::error file=…,line=…,col=…,title=…::message`) on standard output,
  escaped as GitHub's toolkit does (`%`, CR and LF in the message; also `:` and `,` in properties),
  and the Dutch problem list as Markdown for the job summary (`$GITHUB_STEP_SUMMARY`);
- GitLab: a Code Quality report (JSON), which a merge request shows per file and line.

Problem texts carry what a partner typed, so they are escaped for the host and, in the
summary, kept inside a code block: a fiche never becomes markup on the git host.
"""

from __future__ import annotations

import hashlib
import json
import re

from zondermuren.problems import Level, Problem, report


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _title(problem: Problem) -> str:
    kind = "Fout" if problem.level is Level.ERROR else "Waarschuwing"
    return f"{kind} in {problem.field}" if problem.field else kind


def _text(problem: Problem) -> str:
    what = f"{problem.field}: {problem.message}" if problem.field else problem.message
    return what + (f" — {problem.hint}" if problem.hint else "")


def github(problems: list[Problem]) -> list[str]:
    """One workflow command per problem, errors first, each group in file and line order."""
    ordered = sorted(p for p in problems if p.level is Level.ERROR) + sorted(
        p for p in problems if p.level is Level.WARNING
    )
    lines = []
    for problem in ordered:
        command = "error" if problem.level is Level.ERROR else "warning"
        properties = ",".join(
            f"{name}={_property(str(value))}"
            for name, value in (
                ("file", problem.file),
                ("line", problem.line),
                ("col", problem.column),
                ("title", _title(problem)),
            )
        )
        lines.append(f"::{command} {properties}::{_data(_text(problem))}")
    return lines


def fence_for(text: str) -> str:
    """A code fence longer than any run of backticks or tildes in `text`."""
    longest = max((len(run) for run in re.findall(r"`+|~+", text)), default=0)
    return "`" * max(3, longest + 1)


def summary(problems: list[Problem], done: str) -> str:
    """The job summary in Dutch: what to do, then the problem list exactly as `zondermuren check` prints it."""
    errors = [p for p in problems if p.level is Level.ERROR]
    if errors:
        heading = "## Controle van de fiches: niet in orde"
        advice = (
            "Deze wijziging kan nog niet samengevoegd worden. Elke melding zegt welk bestand, welke regel en "
            "welk veld, wat verwacht werd en wat er staat. Pas het bestand aan in je voorstel (potloodje) en "
            "bewaar: de controle loopt dan opnieuw. De meldingen staan ook bij de regels zelf, onder "
            "'Files changed'."
        )
    elif problems:
        heading = "## Controle van de fiches: in orde, met waarschuwingen"
        advice = "Waarschuwingen houden niets tegen; kijk ze na wanneer je tijd hebt."
    else:
        heading = "## Controle van de fiches: in orde"
        advice = ""
    parts = [heading, ""]
    if advice:
        parts += [advice, ""]
    if problems:
        listing = report(problems)
        fence = fence_for(listing)
        parts += [fence + "text", listing, fence, ""]
    parts += [done, ""]
    return "\n".join(parts)


def gitlab(problems: list[Problem]) -> str:
    """A GitLab Code Quality report: a JSON list of issues with path, line and severity."""
    issues = []
    for problem in sorted(problems):
        text = _text(problem)
        fingerprint = hashlib.sha256(f"{problem.file}\0{problem.line}\0{problem.column}\0{text}".encode()).hexdigest()
        issues.append(
            {
                "description": text,
                "check_name": "zondermuren-" + ("fout" if problem.level is Level.ERROR else "waarschuwing"),
                "fingerprint": fingerprint,
                "severity": "major" if problem.level is Level.ERROR else "minor",
                "location": {"path": problem.file, "lines": {"begin": problem.line}},
            }
        )
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
