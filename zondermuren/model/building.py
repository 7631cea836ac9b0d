"""Turning checked source documents into the model (`zondermuren.model.huis`).

`load` is the way in: it reads and checks the sources (stage 1) and builds the model only when
they have no errors, so `build` may index freely. The one transformation is the demo shift
(`sources.demo`), which the check applied too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from zondermuren.model.huis import (
    Activity,
    Address,
    Audience,
    Contact,
    DateChange,
    HelpLine,
    Huis,
    HuisContact,
    Location,
    Municipality,
    Offer,
    OpeningHours,
    Partner,
    Place,
    Revision,
    Series,
    Shared,
    Text,
)
from zondermuren.problems import Problem, SourceError
from zondermuren.sources.checks import owners, readability
from zondermuren.sources.demo import Shift, demo_shift
from zondermuren.sources.reading import Sources, check, rule_of
from zondermuren.sources.record import history


def load(root: Path, today: dt.date, cache_dir: Path | None = None) -> tuple[Huis, list[Problem]]:
    """The validated Huis and its warnings; raises SourceError listing every error at once.

    Its activities carry their revisions from the record of what was published (`history`)."""
    sources = check(root, today, cache_dir)
    if sources.errors:
        raise SourceError(sources.problems)
    huis = build(sources, today, sources.published)
    huis.history = sources.published.origin
    huis.data_changed = sources.published.changed_on
    huis.stale_codeowners = next((p.file for p in sources.problems if p.file == owners.FILE), "")
    huis.language_warnings = tuple(p for p in sources.problems if readability.is_language_warning(p))
    return huis, sources.problems


def build(sources: Sources, today: dt.date, published: history.Published | None = None) -> Huis:
    assert sources.settings is not None  # checked sources without errors always have their huis.yml
    settings = sources.settings.data
    shift = demo_shift(settings, today)
    municipalities = {
        m["id"]: Municipality(m["id"], m["naam"], tuple(m["postcodes"]), m.get("website", ""))
        for m in settings["gemeenten"]
    }
    contact = settings["contact"]
    huis = Huis(
        name=settings["naam"],
        municipalities=municipalities,
        contact=HuisContact(
            contact["email"], contact.get("telefoon", ""), contact.get("website", ""), contact.get("sociaal", "")
        ),
        languages=list(settings["talen"]),
        vocab=sources.vocab,
        colours=settings.get("kleuren", {}),
        logo=sources.root / settings["logo"] if "logo" in settings else None,
        today=today,
        root=sources.root,
        help_lines=tuple(
            HelpLine(
                Text.required(line["naam"]),
                line["telefoon"],
                Text.of(line.get("wanneer")),
                tuple(line.get("talen", [])),
            )
            for line in settings.get("hulplijnen", [])
        ),
    )
    for slug, doc in sources.fiches.items():
        huis.partners[slug] = _partner(slug, doc.data, sources.folder(slug), municipalities, shift, doc.file)
        if (shared := sources.shared.get(slug)) is not None:  # taken in from a regional pool (docs/regio.md)
            huis.partners[slug].shared = Shared(shared.region, shared.version, shared.own, shared.huizen)
    for slug, doc in sources.activities.items():
        for index, item in enumerate(doc.data["activiteiten"]):
            activity = _activity(item, huis.partners[slug], huis.partners, municipalities, shift, doc.file)
            activity.line = doc.where(("activiteiten", index))[0]
            if published is not None:
                _revise(activity, item, published, shift)
            huis.partners[slug].activities.append(activity)
            huis.activities.append(activity)
    for activity in huis.activities:
        for other in activity.co_organisers:
            other.activities.append(activity)
    return huis


def _offer(data: dict[str, Any]) -> Offer:
    audience = data.get("doelgroep", {})
    return Offer(
        audience=Audience(tuple(audience.get("kinderen", [])), tuple(audience.get("ouders", []))),
        free=data.get("gratis"),
        cost=Text.of(data.get("kosten")),
        registration=data.get("inschrijving", ""),
        languages=tuple(data.get("talen", [])),
    )


def _address(data: dict[str, Any], municipalities: dict[str, Municipality]) -> Address:
    return Address(data["straat"], data["postcode"], municipalities[data["gemeente"]])


def _location(data: dict[str, Any], municipalities: dict[str, Municipality]) -> Location:
    return Location(
        id=data["id"],
        name=Text.of(data.get("naam")),
        address=_address(data["adres"], municipalities),
        hours=tuple(OpeningHours(tuple(h["dagen"]), h["van"], h["tot"]) for h in data.get("openingsuren", [])),
        hours_note=Text.of(data.get("uren_opmerking")),
        walk_in=data.get("zonder_afspraak", False),
        wheelchair=data.get("rolstoel", False),
        buggy=data.get("buggy", False),
        transit=Text.of(data.get("bereikbaarheid")),
        former_ids=tuple(data.get("vorige_ids", [])),
        uitdatabank_id=data.get("uitdatabank_id", ""),
    )


def _partner(slug: str, data: dict[str, Any], folder, municipalities, shift: Shift, source: str) -> Partner:
    locations = tuple(_location(loc, municipalities) for loc in data.get("locaties", []))
    area_ids = data.get("werkgebied") or list(dict.fromkeys(loc.address.municipality.id for loc in locations))
    contact = data.get("contact", {})
    person = contact.get("persoon", {})
    return Partner(
        slug=slug,
        name=data["naam"],
        types=tuple(data["types"]),
        involvement=data["betrokkenheid"],
        description=Text.required(data["beschrijving"]),
        offer=_offer(data),
        domains=tuple(data["levensdomeinen"]),
        pillars=tuple(data.get("pijlers", [])),
        kinds=tuple(data.get("aanbod", [])),
        mandatory=data.get("verplichte_partner", False),
        anonymous=data.get("anoniem", False),
        area=tuple(municipalities[m] for m in area_ids),
        locations=locations,
        contact=Contact(
            phone=contact.get("telefoon", ""),
            email=contact.get("email", ""),
            website=contact.get("website", ""),
            facebook=contact.get("facebook", ""),
            person_name=person.get("naam", "") if person.get("toestemming") else "",
            person_role=Text.of(person.get("rol")) if person.get("toestemming") else None,
        ),
        referral=Text.of(data.get("doorverwijzen")),
        logo=folder / data["logo"] if "logo" in data else None,
        reviewed=shift(dt.date.fromisoformat(data["laatst_nagekeken"])) if "laatst_nagekeken" in data else None,
        editors=tuple(data.get("beheerders", [])),
        source=source,
        former_ids=tuple(data.get("vorige_ids", [])),
        social_map=data.get("sociale_kaart", ""),
        ipdc=tuple(dict.fromkeys(ipdc_address(item) for item in data.get("ipdc", []))),  # 1502 and "1502": one link
        uitdatabank=data.get("uitdatabank", True),
    )


IPDC_PRODUCT = "https://productencatalogus-v3.vlaanderen.be/product/{}"  # IPDC v3's public page of a product


def ipdc_address(item: str | int) -> str:
    """An `ipdc:` entry as a link: a product number (1502) becomes its page in the IPDC catalogue."""
    text = str(item).strip()
    return IPDC_PRODUCT.format(text) if text.isdigit() else text


def series_of(data: dict[str, Any], shift: Shift) -> Series:
    rule = rule_of(data)
    return Series(
        frequency=rule.frequency,
        weekdays=rule.weekdays,
        start=shift(rule.start),
        until=shift(rule.until),
        week=rule.week,
        skipped=tuple(shift(dt.date.fromisoformat(d)) for d in data.get("behalve", [])),
    )


def _web_address(value: str) -> str:
    """`www.voorbeeld.be/x` is a web address: published as https://, so it becomes a link."""
    value = value.strip()
    return "https://" + value if value.lower().startswith("www.") else value


def _change(data: dict[str, Any], shift: Shift) -> DateChange:
    moved = data.get("verplaatst_naar", {})
    return DateChange(
        status=data["status"],
        reason=Text.of(data.get("reden")),
        moved_to=shift(dt.date.fromisoformat(moved["datum"])) if moved else None,
        moved_start=moved.get("van", ""),
        moved_end=moved.get("tot", ""),
    )


def _place(value: Any, partner: Partner, partners: dict[str, Partner], municipalities) -> Place:
    if isinstance(value, dict):
        return Place(Text.of(value["naam"]), _address(value["adres"], municipalities))
    if value is None:
        location = partner.locations[0]
    else:
        owner, _, location_id = value.rpartition("/")
        location = partners[owner or partner.slug].location(location_id)
    return Place(location.name, location.address, location)


def _activity(item: dict[str, Any], partner: Partner, partners, municipalities, shift: Shift, source: str) -> Activity:
    changes = {
        shift(dt.date.fromisoformat(day)): _change(change, shift) for day, change in item.get("per_datum", {}).items()
    }
    date = shift(dt.date.fromisoformat(item["datum"])) if "datum" in item else None
    last_date = shift(dt.date.fromisoformat(item["tot_en_met"])) if "tot_en_met" in item else None
    series = series_of(item["herhaling"], shift) if "herhaling" in item else None
    if series is not None:
        # A date with its own status is not skipped: its moved session and reason stay visible.
        series = dataclasses.replace(series, skipped=tuple(day for day in series.skipped if day not in changes))
    whole = _change(item, shift) if item.get("status", "gepland") != "gepland" else None
    if whole is not None:
        # The whole's status is each date's (a one-off, every day of a camp, every date of a
        # series); a date in per_datum says what differs, but nothing of a cancelled whole happens.
        if series is not None:
            days = [day for day in series.dates() if day not in series.skipped]
        else:
            assert date is not None  # the checks: an activity has either a date or a series
            last = last_date or date
            days = [date + dt.timedelta(days=n) for n in range((last - date).days + 1)]
        for day in days:
            own = changes.get(day)
            if own is None or (whole.status == "afgelast" and own.status != "afgelast"):
                changes[day] = whole
            elif own.status == whole.status and own.reason is None:
                changes[day] = dataclasses.replace(own, reason=whole.reason)
    return Activity(
        id=item["id"],
        partner=partner,
        title=Text.required(item["titel"]),
        description=Text.of(item.get("beschrijving")),
        kind=item.get("soort", ""),
        start=item.get("van", ""),
        end=item.get("tot", ""),
        place=_place(item.get("locatie"), partner, partners, municipalities),
        offer=_offer(item),
        date=date,
        series=series,
        register_via=_web_address(item.get("inschrijven_via", "")),
        campaigns=tuple(item.get("campagnes", [])),
        co_organisers=tuple(partners[slug] for slug in item.get("mede_organisatoren", [])),
        changes=changes,
        whole=whole,
        source=source,
        last_date=last_date,
        overnight=bool(item.get("doorlopend")) and last_date is not None,
        former_ids=tuple(item.get("vorige_ids", [])),
        uitdatabank=item.get("uitdatabank", True),
    )


def _revise(activity: Activity, item: dict[str, Any], published: history.Published, shift: Shift) -> None:
    """SEQUENCE and LAST-MODIFIED of the activity's event and of each date with its own status."""
    activity.revision = Revision(*published.revision(history.event_key(activity.first_id)))
    for day in item.get("per_datum", {}):
        key = history.event_key(activity.first_id, day)
        activity.date_revisions[shift(dt.date.fromisoformat(day))] = Revision(*published.revision(key))
