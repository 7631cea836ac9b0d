"""`zondermuren uit-formulier`: a submitted issue form becomes a checked file change, or a clear message.

Used by the forms workflow (with the event file GitHub writes, `GITHUB_EVENT_PATH`) and by hand
(with the issue's text in a file). The outcome's texts are what the workflow posts: the pull
request's title and body, or the comment that says what to fix. Partners' answers only appear
inside a code block there, so nothing typed into a form becomes markup on the issue.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from zondermuren import urls
from zondermuren.githost import changes, forms, reports
from zondermuren.sources import reading

NOT_A_FORM = 3  # exit code: the issue is no form that makes a change (no comment is posted)
NOT_ALLOWED = 4  # exit code: the author may not change that partner (a comment says how to ask)
_LOGIN = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$")  # a GitHub user name


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


def author_of(event: Path) -> str:
    """The login of the issue's author (not of whoever edited it last); "" when the event has none."""
    user = (json.loads(event.read_text("utf-8")).get("issue") or {}).get("user") or {}
    login = user.get("login") if isinstance(user, dict) else None
    return login if isinstance(login, str) and _LOGIN.match(login) else ""


def _logins(names: object) -> set[str]:
    """`["@Jan-Peeters", "an"]` -> {"jan-peeters", "an"}: user names on GitHub ignore case. Only user
    names: what else a fiche holds never reaches the answer's code block."""
    items = names if isinstance(names, list) else []
    found = {name.strip().removeprefix("@") for name in items if isinstance(name, str)}
    return {name.lower() for name in found if _LOGIN.match(name)}


def _role(author: str, partner: str, sources: reading.Sources) -> str | None:
    """Why `author` may change `partner` by form ("coördinator", "beheerder van ..."), or None."""
    assert sources.settings is not None
    login = author.lower()
    if login and login in _logins(sources.settings.data.get("coordinatoren")):
        return "coördinator"
    fiche = sources.fiches.get(partner)
    if login and fiche is not None and login in _logins(fiche.data.get("beheerders")):
        return f"beheerder van {partner}"
    return None


def _refusal(author: str, partner: str, sources: reading.Sources) -> Outcome:
    """The Dutch answer to someone who is no beheerder of the partner named: whom to ask, what to add.

    In a public repository anyone can open an issue; without this the Huis's own bot would open
    convincing pull requests for any partner on a stranger's word. Names are in code spans: a
    stranger's issue never makes the bot notify the coordinators."""
    assert sources.settings is not None
    who = f"`@{author}`" if author else "je gebruikersnaam"
    coordinators = sorted(_logins(sources.settings.data.get("coordinatoren")))
    ask = (
        "een van de coördinatoren van het Huis (" + ", ".join(f"`@{name}`" for name in coordinators) + ")"
        if coordinators
        else "de coördinator van het Huis (de contactgegevens staan onderaan elke pagina van de site)"
    )
    fiche = sources.fiches.get(partner)
    editors = sorted(_logins(fiche.data.get("beheerders"))) if fiche is not None else []
    wanted = ", ".join(f'"@{name}"' for name in [*editors, author or "jouw-gebruikersnaam"])
    message = (
        f"Uit dit formulier is geen voorstel gemaakt: {who} staat niet bij de beheerders van `{partner}`. "
        "Alleen de beheerders van een partner en de coördinatoren van het Huis kunnen met een formulier "
        "iets voor die partner voorstellen.\n\n"
        f"Werk je voor `{partner}`? Vraag {ask} om je gebruikersnaam toe te voegen aan `beheerders` in "
        f"`{urls.partner_source(partner, reading.FICHE)}`:\n\n"
        f"```yaml\nbeheerders: [{wanted}]\n```\n\n"
        "Staat die wijziging online, bewaar dit formulier dan opnieuw (de drie puntjes rechtsboven het "
        "bericht → **Edit**): het wordt dan opnieuw verwerkt.\n"
    )
    line = f"geen voorstel: {author or '(onbekend)'} is geen beheerder van {partner} en geen coördinator"
    return Outcome(NOT_ALLOWED, message, lines=[line])


def process(root: Path, body: str, today: dt.date, number: int | None = None, *, author: str | None = None) -> Outcome:
    """`author`: the issue's author on the git host, who must be a beheerder of the partner named or a
    coordinator; None when the text is given by hand (`--tekst`: whoever runs it has the repository)."""
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
    partner = forms.partner_name(answers.values.get("partner") or "")
    # A partner that does not exist is answered by the form's own message ("onbekende partner —
    # bedoelde je ...?"), so a beheerder's typo gets the hint; no change is made for it either.
    if author is not None and partner in sources.fiches and _role(author, partner, sources) is None:
        return _refusal(author, partner, sources)
    change = changes.convert(form, answers, sources)
    if change.problems or not change.files:  # no change without a file: never an empty pull request
        lines = [str(p) for p in change.problems]
        message = reports.posted(
            f"Uit dit formulier ('{form.title}') kon nog geen voorstel gemaakt worden:\n\n",
            lines,
            "\n\nPas het formulier aan (de drie puntjes rechtsboven het bericht → **Edit**) en bewaar: "
            "het wordt dan opnieuw gecontroleerd.\n",
        )
        return Outcome(1, message, lines=lines)
    role = _role(author, partner, sources) if author is not None else None
    if author is not None and role is None:  # the last gate before any file is written
        return _refusal(author, partner, sources)
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
    by = f" door `@{author}` ({role})" if author and role else ""
    message = (
        f"Gemaakt uit het formulier '{form.title}'{by}.\n\n"
        "Wat de robot nagekeken heeft:\n\n"
        + ("- wie het formulier indiende: een beheerder van deze partner of een coördinator;\n" if by else "")
        + "- de antwoorden van het formulier (data, uren, keuzes, partner, locatie);\n"
        "- `zondermuren check` op het hele Huis met deze wijziging: geen fouten in het gewijzigde bestand;\n"
        "- na het pushen nog eens `zondermuren check` op deze branch: het resultaat staat als status bij "
        "deze pull request (zonder voorbeeld van de site).\n\n"
        "**Een mens moet dit nakijken vóór het samenvoegen**: de robot weet niet of de activiteit echt "
        "doorgaat en of de tekst klopt en past voor gezinnen. Kijk de wijziging na onder **Files changed** "
        "en voeg ze dan samen: de site wordt meteen bijgewerkt." + closes + "\n"
    )
    lines = [f"geschreven: {path}" for path in change.files] + ["De controle is in orde."]
    return Outcome(0, message, reports.title(change.title), change.files, lines)
