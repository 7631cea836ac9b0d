"""From a submitted issue form to a file change: a new activity, or one date cancelled, moved or full.

Every answer is checked here against what the form asked, with a Dutch message naming the
form's field (a partner who filled in a form never saw the file); the changed file is then
checked like any proposal (`reading.check`), so a pull request made from a form always passes.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from zondermuren import urls
from zondermuren.githost import yamledit
from zondermuren.githost.forms import Answers, Form, FormProblem, Reader, partner_name
from zondermuren.problems import Level, suggestion
from zondermuren.recurrence import WEEKDAYS
from zondermuren.sources import reading

NEW_ACTIVITY = "nieuwe-activiteit"
DATE_CHANGE = "datum-wijzigen"
CONVERTED = (NEW_ACTIVITY, DATE_CHANGE)
HEADER = "# yaml-language-server: $schema=../../schema/activiteiten.schema.json\n"
_FREQUENCY = {"Elke week": "wekelijks", "Om de twee weken": "tweewekelijks", "Elke maand": "maandelijks"}
_STATUS = {"Afgelast": "afgelast", "Verplaatst": "verplaatst", "Volzet": "volzet"}
_FREE = {"Ja": True, "Nee": False}
# "Hoe lang": the shapes of docs/velden.md ("Wanneer"): hours, a whole day, several days with the
# same hours each day (a camp), several whole days, through the nights (a weekend away).
HOURS, WHOLE_DAY, DAYS, WHOLE_DAYS, NIGHTS = "uren", "hele_dag", "dagen", "hele_dagen", "doorlopend"
_DURATION = {
    "Een paar uur": HOURS,
    "De hele dag": WHOLE_DAY,
    "Meerdere dagen, elke dag dezelfde uren (een kamp)": DAYS,
    "Meerdere hele dagen (een tentoonstelling)": WHOLE_DAYS,
    "Meerdere dagen, ook 's nachts (een weekend weg)": NIGHTS,
}
_HOW_LONG = "'Hoe lang'"


@dataclass
class Change:
    title: str = ""  # the pull request's title
    files: dict[str, str] = field(default_factory=dict)  # path from the Huis root -> new text
    problems: list[FormProblem] = field(default_factory=list)


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60].strip("-")


def _partner(reader: Reader, sources: reading.Sources) -> str | None:
    value = reader.text("partner")
    if value is None:
        return None
    name = partner_name(value)
    if name not in sources.fiches:
        hint = suggestion(name, list(sources.fiches)) or "kijk het webadres van je partnerpagina na: …/partners/<naam>/"
        reader._problem(
            "partner", f"onbekende partner (verwacht de naam van een map in partners/, gevonden '{value}')", hint
        )
        return None
    return name


def _location(reader: Reader, sources: reading.Sources, partner: str) -> str | None:
    ids = [loc["id"] for loc in sources.fiches[partner].data.get("locaties", []) if isinstance(loc, dict)]
    value = reader.text("locatie")
    if value is None and len(ids) == 1:
        return ids[0]
    if value is None:
        found = ", ".join(ids) or "geen enkele"
        reader._problem(
            "locatie",
            f"welke locatie? (verwacht een van de locaties uit je fiche: {found}; gevonden niets)",
            "vul de code van de locatie in" if ids else "zet eerst een locatie in je fiche",
        )
        return None
    if value.strip() not in ids:
        hint = suggestion(value.strip(), ids) or f"kies een van: {', '.join(ids)}"
        reader._problem("locatie", f"onbekende locatie (verwacht een locatie uit je fiche, gevonden '{value}')", hint)
        return None
    return value.strip()


def new_activity(answers: Answers, sources: reading.Sources, labels: dict[str, str]) -> Change:
    """An activity appended to the partner's activiteiten.yml. `labels`: Dutch age label -> code."""
    reader = Reader(answers)
    partner = _partner(reader, sources)
    title = reader.text("titel")
    kind = reader.choice("soort", {k: k for k in sources.vocab.keys("aanbodvormen")})
    start = reader.date("datum")
    frequency = reader.choice("herhaling", {"Eén keer": None, **_FREQUENCY})
    duration = reader.choice("duur", dict(_DURATION)) if answers.values.get("duur") else HOURS
    whole, several = duration in (WHOLE_DAY, WHOLE_DAYS), duration in (DAYS, WHOLE_DAYS, NIGHTS)
    last = reader.date("tot_en_met")
    begins, ends = _hours(reader, whole)
    if begins and ends and ends <= begins and duration != NIGHTS:  # through the nights: ends another day
        reader._problem(
            "tot", f"einduur vóór beginuur (verwacht later dan {begins}, gevonden {ends})", "kijk de uren na"
        )
    typed_last = answers.values.get("tot_en_met")
    if several and frequency:
        reader._problem(
            "duur",
            f"meerdere dagen gaat niet samen met een reeks (verwacht 'Eén keer' bij 'Hoe vaak', gevonden "
            f"'{answers.values.get('herhaling')}')",
            "kies 'Eén keer', of voor een reeks 'Een paar uur' of 'De hele dag'",
        )
    elif (frequency or several) and start and last is None and typed_last is None:
        reader._problem(
            "tot_en_met",
            "een reeks heeft een einde (verwacht de laatste datum, gevonden niets)"
            if frequency
            else "tot wanneer? (verwacht de laatste dag, gevonden niets)",
            "bv. het einde van het schooljaar"
            if frequency
            else f"vul de laatste dag in, of kies bij {_HOW_LONG} één dag",
        )
    elif (frequency or several) and start and last and last <= start:
        reader._problem("tot_en_met", f"einde vóór het begin (verwacht na {start}, gevonden {last})")
    elif not (frequency or several) and typed_last is not None:
        reader._problem(
            "tot_en_met",
            f"een laatste datum hoort bij een reeks of bij meerdere dagen (verwacht niets, gevonden '{typed_last}')",
            f"kies bij {_HOW_LONG} meerdere dagen, of maak dit veld leeg",
        )
    location = _location(reader, sources, partner) if partner else None
    free = reader.choice("gratis", {**_FREE, "Weet ik niet": None}) if answers.values.get("gratis") else None
    if reader.problems or not (partner and title and start and location and (whole or (begins and ends))):
        return Change(problems=reader.problems)
    taken = {item.get("id") for doc in sources.activities.values() for item in doc.data.get("activiteiten", [])}
    base = slug(title) or "activiteit"
    candidates = [base] + [f"{base}-{n}" for n in range(2, len(taken) + 3)]
    activity_id = next(name for name in candidates if name not in taken)
    item: dict[str, object] = {"id": activity_id, "titel": title.strip()}
    if description := answers.values.get("beschrijving"):
        item["beschrijving"] = description.strip()
    if kind:
        item["soort"] = kind
    if frequency:
        series: dict[str, object] = {"frequentie": frequency, "dagen": [WEEKDAYS[start.weekday()]]}
        if frequency == "maandelijks":
            series["week"] = -1 if start.day + 7 > _month_length(start) and start.day > 28 else (start.day - 1) // 7 + 1
        series.update({"vanaf": start.isoformat(), "tot_en_met": last.isoformat() if last else ""})
        item["herhaling"] = series
    else:
        item["datum"] = start.isoformat()
        if several and last:
            item["tot_en_met"] = last.isoformat()
    if whole:
        item["hele_dag"] = True
    else:
        item.update({"doorlopend": True} if duration == NIGHTS else {})
        item.update({"van": begins, "tot": ends})
    item["locatie"] = location
    picked = [labels[t] for t in answers.ticked.get("leeftijden", []) if t in labels]
    audience: dict[str, list[str]] = {}
    if children := [band for band in picked if band != "prenataal"]:
        audience["kinderen"] = children
    if "prenataal" in picked:
        audience["ouders"] = ["prenataal"]
    if audience:
        item["doelgroep"] = audience
    if free is not None:
        item["gratis"] = free
    if via := answers.values.get("inschrijven_via"):
        item["inschrijven_via"] = via.strip()
        item["inschrijving"] = "verplicht"
    path = urls.partner_source(partner, reading.ACTIVITIES)
    file = sources.root / path
    text = file.read_text("utf-8") if file.is_file() else None
    try:
        changed = yamledit.append_activity(text, item, HEADER)
    except yamledit.EditError as error:
        return Change(problems=[FormProblem("Partner", f"{path}: {error}", "vraag de coördinator om hulp")])
    return Change(f"Nieuwe activiteit van {partner}: {activity_id}", {path: changed})


def _hours(reader: Reader, whole: bool) -> tuple[str | None, str | None]:
    """`van` and `tot`: both asked unless the activity lasts whole days, then both left empty."""
    found: list[str | None] = []
    for name in ("van", "tot"):
        typed = reader.answers.values.get(name)
        if whole and typed is not None:
            reader._problem(
                name,
                f"geen uren bij een hele dag (verwacht niets, gevonden '{typed}')",
                f"maak dit veld leeg, of kies bij {_HOW_LONG} 'Een paar uur'",
            )
        elif not whole and typed is None:
            reader._problem(
                name,
                "niet ingevuld (verwacht een uur als UU:MM, gevonden niets)",
                f"vul dit veld in, of kies bij {_HOW_LONG} 'De hele dag'",
            )
        found.append(None if whole else reader.time(name))
    return found[0], found[1]


def _month_length(day: dt.date) -> int:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return (following - dt.timedelta(days=1)).day


def date_change(answers: Answers, sources: reading.Sources) -> Change:
    """One date of an activity marked afgelast, verplaatst (with its new date) or volzet."""
    reader = Reader(answers)
    partner = _partner(reader, sources)
    wanted = reader.text("activiteit")
    day = reader.date("datum")
    status = reader.choice("status", dict(_STATUS))
    moved_to = reader.date("nieuwe_datum") if answers.values.get("nieuwe_datum") else None
    begins = reader.time("nieuwe_van") if answers.values.get("nieuwe_van") else None
    ends = reader.time("nieuwe_tot") if answers.values.get("nieuwe_tot") else None
    reason = answers.values.get("reden")
    if status == "verplaatst" and moved_to is None and answers.values.get("nieuwe_datum") is None:
        reader._problem(
            "nieuwe_datum",
            "verplaatst naar wanneer? (verwacht de nieuwe datum, gevonden niets)",
            "vul de nieuwe datum in, of kies 'Afgelast'",
        )
    if status != "verplaatst" and (answers.values.get("nieuwe_datum") or begins or ends):
        reader._problem(
            "nieuwe_datum",
            f"een nieuwe datum hoort bij 'Verplaatst' (verwacht niets, gevonden '{answers.values.get('nieuwe_datum') or begins or ends}')",
            "kies 'Verplaatst', of maak dit veld leeg",
        )
    path = urls.partner_source(partner or "", reading.ACTIVITIES)  # read only when the partner is known
    file = sources.root / path
    text = file.read_text("utf-8") if partner and file.is_file() else None
    index = yamledit.activity_at(text, wanted.strip()) if text is not None and wanted else None
    if partner and wanted and index is None:
        ids = (
            [str(i.get("id")) for i in sources.activities[partner].data.get("activiteiten", [])]
            if partner in sources.activities
            else []
        )
        hint = suggestion(wanted.strip(), ids) or "het laatste stuk van het webadres van de activiteit"
        reader._problem(
            "activiteit",
            f"onbekende activiteit van {partner} (verwacht de id van een activiteit, gevonden '{wanted}')",
            hint,
        )
    if reader.problems or not (partner and wanted and text is not None and index is not None and day):
        return Change(problems=reader.problems)
    if not isinstance(status, str):
        return Change(problems=reader.problems)
    item = sources.activities[partner].data["activiteiten"][index]
    change: dict[str, object] = {"status": status}
    if reason:
        change["reden"] = reason.strip()
    if moved_to:
        change["verplaatst_naar"] = {
            "datum": moved_to.isoformat(),
            **({"van": begins} if begins else {}),
            **({"tot": ends} if ends else {}),
        }
    try:
        if "herhaling" in item:
            if day.isoformat() in item.get("per_datum", {}):
                reader._problem(
                    "datum",
                    f"voor {day} staat al een wijziging in het bestand (verwacht een datum zonder wijziging, gevonden {day})",
                    f"pas {path} zelf aan, of vraag de coördinator",
                )
                return Change(problems=reader.problems)
            changed = yamledit.add_date_change(text, index, day.isoformat(), change)
        elif item.get("datum") != day.isoformat():
            reader._problem(
                "datum",
                f"de activiteit is niet op die dag (verwacht {item.get('datum')}, gevonden {day})",
                f"bedoelde je {item.get('datum')}?",
            )
            return Change(problems=reader.problems)
        elif "status" in item:
            reader._problem(
                "datum",
                f"de activiteit heeft al een status (verwacht geen status, gevonden '{item['status']}')",
                f"pas {path} zelf aan, of vraag de coördinator",
            )
            return Change(problems=reader.problems)
        else:
            changed = yamledit.add_fields(text, index, change)
    except yamledit.EditError as error:
        return Change(problems=[FormProblem("Activiteit", f"{path}: {error}", "vraag de coördinator om hulp")])
    return Change(f"{wanted.strip()} op {day}: {status}", {path: changed})


def convert(form: Form, answers: Answers, sources: reading.Sources) -> Change:
    if form.name == NEW_ACTIVITY:
        assert sources.settings is not None
        labels = {sources.vocab.label("leeftijden", k, "nl"): k for k in sources.vocab.keys("leeftijden")}
        return new_activity(answers, sources, labels)
    return date_change(answers, sources)


def check_change(root: Path, change: Change, today: dt.date) -> list[str]:
    """The errors `zondermuren check` finds in the changed files, as its lines; [] when they pass."""
    found = reading.check(root, today)
    return [str(p) for p in sorted(found.problems) if p.level is Level.ERROR and p.file in change.files]
