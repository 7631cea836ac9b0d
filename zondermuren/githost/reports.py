"""Problems in the form a git host shows them next to the changed line.

- GitHub: workflow commands (`::error file=…,line=…,col=…,title=…::message`) on standard output,
  escaped as GitHub's toolkit does (`%`, CR and LF in the message; also `:` and `,` in properties),
  and the Dutch problem list as Markdown for the job summary (`$GITHUB_STEP_SUMMARY`);
- GitLab: a Code Quality report (JSON), which a merge request shows per file and line.

Problem texts carry what a partner typed, so they are escaped for the host and, in the
summary, kept inside a code block: a fiche never becomes markup on the git host.

What is posted is capped (`posted`): GitHub refuses a comment or pull request body over 65,536
characters, and a partner whose 100 kB answer made a longer comment was never told what to fix.
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


COMMENT_LIMIT = 60_000  # characters of a comment, pull request body or job summary we write
LINE_LIMIT = 2_000  # characters of one problem in it: a pasted text is cut in its middle
TITLE_LIMIT = 200  # characters of a pull request's title (GitHub takes 256)
_MARKER_ROOM = 40  # the longest "[… N tekens weggelaten …]" marker, with its spaces


def shorten(text: str, limit: int = LINE_LIMIT) -> str:
    """`text`, or its start and its end around "[… N tekens weggelaten …]" when it is longer than
    `limit`: a problem ends with its fix ("— schrijf bv. ..."), so both ends stay readable."""
    if len(text) <= limit:
        return text
    tail = limit // 5
    head = limit - tail - _MARKER_ROOM
    return f"{text[:head]} [… {len(text) - head - tail} tekens weggelaten …] {text[-tail:]}"


def _more(count: int) -> str:
    return (
        f"… en {count} meer {'melding' if count == 1 else 'meldingen'} "
        "(verbeter eerst wat hierboven staat: de controle toont daarna de rest)"
    )


def posted(head: str, lines: list[str], foot: str, limit: int = COMMENT_LIMIT) -> str:
    """`head`, the lines in a code block, `foot`, in at most `limit` characters: each line shortened,
    then the first lines that fit and "… en N meer" for the rest. Only `head` and `foot` (our own
    texts) are Markdown; what a partner typed stays inside the block."""
    cut = [shorten(line) for line in lines]
    widest = fence_for("\n".join(cut))  # no fence of the lines kept is longer
    room = limit - len(head) - len(foot) - 2 * len(widest) - len("text\n\n\n") - len(_more(len(cut)))
    shown, used = 0, 0
    for line in cut:
        if used + len(line) + 1 > room:
            break
        shown, used = shown + 1, used + len(line) + 1
    text = "\n".join(cut[:shown] + ([_more(len(cut) - shown)] if shown < len(cut) else []))
    mark = fence_for(text)
    return f"{head}{mark}text\n{text}\n{mark}{foot}"


def title(text: str) -> str:
    """A pull request's (and its commit's) title: one line, at most `TITLE_LIMIT` characters."""
    line = " ".join(text.split())
    return line if len(line) <= TITLE_LIMIT else line[: TITLE_LIMIT - 1] + "…"


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
    head = heading + "\n\n" + (advice + "\n\n" if advice else "")
    if not problems:
        return f"{head}{done}\n"
    return posted(head, report(problems).split("\n"), f"\n\n{done}\n")


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
