"""Checks that a schema cannot express: references between files, dates that must agree, languages.

Logos are checked in `branding`, next to the colours.

Each check takes documents that already passed the schema (so types are right) and returns
problems; nothing here raises for a partner's mistake.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from dateutil.relativedelta import relativedelta

from zondermuren.problems import Problem, suggestion
from zondermuren.sources.checks import branding, when
from zondermuren.sources.parsing.documents import Document
from zondermuren.sources.schema import hints
from zondermuren.sources.schema.parts import DATE

STALE_AFTER = relativedelta(months=12)
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")  # the schema's pattern; other values are reported there


def languages(doc: Document, path: tuple, codes: list[str]) -> Iterator[Problem]:
    """Languages must be real ISO codes: 'ara' or 'xx' fit the schema's pattern but are not."""
    for index, code in enumerate(codes):
        if isinstance(code, str) and _LANGUAGE_CODE.match(code) and not hints.is_language(code):
            yield doc.problem(path + (index,), hints.LANGUAGE_MESSAGE.format(code), hints.language(code))


def fiche(
    doc: Document,
    folder: Path,
    root: Path,
    today: dt.date,
    shift=lambda day: day,
    refused: frozenset[Path] = frozenset(),
) -> Iterator[Problem]:
    """`shift` is the demo shift of an example Huis, so its review dates age with its calendar; a logo in
    `refused` is a link `paths` reported already (and must not be opened)."""
    data = doc.data
    if isinstance(data.get("logo"), str) and folder / data["logo"] not in refused:
        yield from branding.partner_logo(doc, folder, root, data["logo"])
    if isinstance(data.get("talen"), list):
        yield from languages(doc, ("talen",), data["talen"])
    person = data.get("contact", {}).get("persoon")
    if isinstance(person, dict) and person.get("toestemming") is not True:
        yield doc.problem(
            ("contact", "persoon", "toestemming"),
            "naam van een persoon zonder toestemming (verwacht toestemming: true, gevonden false)",
            "verwijder de naam of vraag eerst toestemming",
        )
    seen: dict[str, int] = {}
    for index, location in enumerate(data.get("locaties", [])):
        if location["id"] in seen:
            yield doc.problem(
                ("locaties", index, "id"),
                f"dubbele locatiecode (verwacht een unieke code, gevonden '{location['id']}' ook bij locaties[{seen[location['id']] + 1}])",
                "geef elke locatie een eigen code",
            )
        seen.setdefault(location["id"], index)
        for slot, hours in enumerate(location.get("openingsuren", [])):
            if when.is_time(hours["van"]) and when.is_time(hours["tot"]) and hours["tot"] <= hours["van"]:
                yield doc.problem(
                    ("locaties", index, "openingsuren", slot, "tot"),
                    f"einduur ligt niet na beginuur (verwacht later dan {hours['van']}, gevonden {hours['tot']})",
                )

    yield from _reviewed(doc, data, today, shift)


def _reviewed(doc: Document, data: dict, today: dt.date, shift) -> Iterator[Problem]:
    reviewed = data.get("laatst_nagekeken")
    if reviewed is not None and not (when.is_date(reviewed) and re.match(DATE["pattern"], reviewed)):
        return  # reported by the schema (a year out of 2000-2099 too: it would overflow the demo shift)
    if reviewed is None:
        yield doc.problem(
            ("laatst_nagekeken",),
            "de fiche zegt niet wanneer ze het laatst is nagekeken (verwacht laatst_nagekeken: JJJJ-MM-DD, gevonden niets)",
            "kijk de fiche na en vul de datum in",
            warn=True,
        )
        return
    day = shift(dt.date.fromisoformat(reviewed))
    if day + STALE_AFTER < today:
        editors = ", ".join(data.get("beheerders", [])) or "de partner"
        yield doc.problem(
            ("laatst_nagekeken",),
            f"fiche niet nagekeken sinds {reviewed} (verwacht hoogstens 12 maanden geleden, gevonden {_age(day, today)})",
            f"vraag {editors} de fiche na te kijken",
            warn=True,
        )
    elif (today - day).days < -1:
        yield doc.problem(
            ("laatst_nagekeken",), f"datum in de toekomst (verwacht vandaag of vroeger, gevonden {reviewed})"
        )


def _age(day: dt.date, today: dt.date) -> str:
    """'18 maanden', '12 maanden en 21 dagen': calendar months, as a partner would count them."""
    age = relativedelta(today, day)
    months = age.years * 12 + age.months
    text = f"{months} {'maand' if months == 1 else 'maanden'}"
    if age.days:
        text += f" en {age.days} {'dag' if age.days == 1 else 'dagen'}"
    return text


def activity(
    doc: Document,
    index: int,
    item: dict,
    partner: str,
    partners: dict[str, dict | None],
    today: dt.date,
    shift: Callable[[dt.date], dt.date] = lambda day: day,
) -> Iterator[Problem]:
    """`partners` maps every partner to its fiche data, or None when that fiche has errors."""
    base = ("activiteiten", index)
    has_date, has_series = "datum" in item, "herhaling" in item
    if has_date == has_series:
        what = "datum en herhaling samen" if has_date else "wanneer ontbreekt"
        found = "beide" if has_date else "geen van beide"
        yield doc.problem(
            base,
            f"{what} (verwacht datum: of herhaling:, gevonden {found})",
            "gebruik datum voor één keer, herhaling voor een reeks",
        )
    yield from when.hours(doc, base, item)
    if has_series:
        yield from _series(doc, base + ("herhaling",), item["herhaling"])
    yield from when.days(doc, base, item)
    status = item.get("status", "gepland")
    # A series or a run of days is not moved as a whole (`when` says what to do instead).
    several = "herhaling" in item or "tot_en_met" in item
    if status == "verplaatst" and "verplaatst_naar" not in item and not several:
        yield doc.problem(base + ("status",), *_MOVED_WITHOUT_DATE)
    if "verplaatst_naar" in item and status != "verplaatst":
        yield doc.problem(
            base + ("verplaatst_naar",),
            f"nieuwe datum bij een activiteit die niet verplaatst is (verwacht status: verplaatst, gevonden '{status}')",
        )
    if "verplaatst_naar" in item:
        moved = item["verplaatst_naar"]
        yield from _moved(doc, base + ("verplaatst_naar",), moved, item, item.get("datum"), today, shift)
    for day, change in item.get("per_datum", {}).items():
        if change["status"] == "verplaatst" and "verplaatst_naar" not in change:
            yield doc.problem(base + ("per_datum", day), *_MOVED_WITHOUT_DATE)
        elif "verplaatst_naar" in change:
            moved_at: tuple = (*base, "per_datum", day, "verplaatst_naar")
            yield from _moved(doc, moved_at, change["verplaatst_naar"], item, day, today, shift)
    yield from _place(doc, base, item, partner, partners)
    for slot, other in enumerate(item.get("mede_organisatoren", [])):
        at = base + ("mede_organisatoren", slot)
        if other == partner:
            yield doc.problem(
                at,
                "een partner kan niet met zichzelf samenwerken (verwacht een andere partner, gevonden de partner zelf)",
                f"verwijder '{partner}' uit mede_organisatoren",
            )
        elif other not in partners:
            yield doc.problem(
                at,
                f"onbekende partner (verwacht de mapnaam van een andere partner, gevonden '{other}')",
                suggestion(other, [p for p in partners if p != partner]),
            )
    yield from languages(doc, base + ("talen",), item.get("talen", []))
    if isinstance(item.get("inschrijven_via"), str) and not hints.contact_kind(item["inschrijven_via"]):
        yield _register_via(doc, base + ("inschrijven_via",), item["inschrijven_via"])
    if not item.get("doelgroep"):
        yield doc.problem(
            base,
            "activiteit zonder leeftijdsgroep (verwacht doelgroep: met kinderen of ouders)",
            "zo vinden gezinnen ze bij 'mijn kind is ...'",
            warn=True,
        )


def _moved(
    doc: Document, at: tuple, moved: dict, item: dict, original: object, today: dt.date, shift: Callable
) -> Iterator[Problem]:
    """A date moved from the coming days lies ahead, and ends after it starts.

    A move that is history (the original date is past too) stays as written: it is what
    families were told. Dates are compared where they are published (after the demo shift).
    """
    day = moved.get("datum")
    coming = isinstance(original, str) and when.is_date(original) and shift(dt.date.fromisoformat(original)) >= today
    if coming and isinstance(day, str) and when.is_date(day) and shift(dt.date.fromisoformat(day)) < today:
        yield doc.problem(
            at + ("datum",),
            f"nieuwe datum ligt in het verleden (verwacht {today.isoformat()} of later, gevonden {day})",
            "kijk de nieuwe datum na, of zet status: afgelast als de activiteit niet meer doorgaat",
        )
    start, end = moved.get("van", item.get("van")), moved.get("tot", item.get("tot"))
    if isinstance(start, str) and isinstance(end, str) and when.is_time(start) and when.is_time(end) and end <= start:
        yield doc.problem(
            at + ("tot" if "tot" in moved else "van",),
            f"einduur ligt niet na beginuur (verwacht later dan {start}, gevonden {end})",
            "geef de verplaatste activiteit een begin- en einduur, zoals van: 14:00 en tot: 16:00",
        )


def _register_via(doc: Document, at: tuple, value: str) -> Problem:
    """One way to register, so the page can make it one link: a sentence with two is not a link."""
    found = hints.contacts_in(value)
    if len(found) > 1:
        return doc.problem(
            at,
            f"meer dan één manier om in te schrijven (verwacht één webadres, e-mailadres of telefoonnummer, "
            f"gevonden '{value}')",
            f"kies er één, zoals '{found[0]}', en zet de rest in de beschrijving",
        )
    return doc.problem(
        at,
        f"geen webadres, e-mailadres of telefoonnummer (verwacht zoals https://voorbeeld.be/inschrijven, "
        f"info@voorbeeld.be of 09 123 45 67, gevonden '{value}')",
        f"bedoelde je '{found[0]}'?" if found else "zet uitleg over het inschrijven in de beschrijving",
    )


_MOVED_WITHOUT_DATE = (
    "verplaatst zonder nieuwe datum (verwacht verplaatst_naar: met een datum, gevonden niets)",
    "voeg verplaatst_naar: {datum: JJJJ-MM-DD} toe",
)


def _series(doc: Document, path: tuple, series: dict) -> Iterator[Problem]:
    start, end = series["vanaf"], series["tot_en_met"]
    if end < start:
        yield doc.problem(
            path + ("tot_en_met",), f"einde ligt voor het begin (verwacht {start} of later, gevonden {end})"
        )
    monthly = series["frequentie"] == "maandelijks"
    if monthly and ("week" not in series or len(series["dagen"]) != 1):
        yield doc.problem(
            path,
            "maandelijkse reeks zonder vaste dag (verwacht één dag en week:, zoals dagen: [wo] en week: 1 voor elke eerste woensdag)",
        )
    if not monthly and "week" in series:
        yield doc.problem(
            path + ("week",),
            f"week: hoort alleen bij een maandelijkse reeks (gevonden frequentie '{series['frequentie']}')",
            "verwijder week:",
        )


def _place(doc: Document, base: tuple, item: dict, partner: str, partners: dict[str, dict | None]) -> Iterator[Problem]:
    own_fiche = partners.get(partner)
    if own_fiche is None:
        return  # the fiche itself is broken or missing; its problems are reported there
    own = [loc["id"] for loc in own_fiche.get("locaties", [])]
    place = item.get("locatie")
    if place is None:
        if len(own) != 1:
            found = "geen locaties" if not own else f"{len(own)} locaties"
            yield doc.problem(
                base,
                f"locatie ontbreekt (verwacht locatie: met een code of een adres, gevonden niets terwijl de partner {found} heeft)",
                f"kies een van: {', '.join(own)}" if own else "geef een naam en adres",
            )
        return
    if not isinstance(place, str):
        return
    typed_owner, _, location = place.rpartition("/")
    owner = typed_owner or partner
    if owner not in partners:
        yield doc.problem(
            base + ("locatie",),
            f"onbekende partner in locatie (verwacht 'partner/locatie', gevonden '{place}')",
            suggestion(owner, partners),
        )
        return
    owner_fiche = partners[owner]
    if owner_fiche is None:
        return
    known = [loc["id"] for loc in owner_fiche.get("locaties", [])]
    if location not in known:
        # Show the choices the way the partner wrote the value: with 'partner/' when they did.
        shown = [f"{typed_owner}/{code}" for code in known] if typed_owner else known
        yield doc.problem(
            base + ("locatie",),
            f"onbekende locatie (verwacht een van: {', '.join(shown) or 'geen'}; gevonden '{place}')",
            suggestion(place, shown),
        )
