"""One UiTdatabank event document per activity with coming dates, one place document per location.

The documents are what publiq's Entry API takes in `POST /events` and `PUT /events/{id}` (its
models event.json and place.json, vendored under tests/feeds/schemas/uitdatabank/). An event's
`location` is a place's address at UiT: a location's known `uitdatabank_id`, or the place
document we make, under our own id until the first send gives it UiT's (`sending`).

Left out, silently: what a partner or an activity opts out of (`uitdatabank: false`), what has no
coming date, and regular service hours (consultations, opening hours: the `diensten` of
termen.yml). Left out with a warning: what UiT cannot express (a kind without an event type, a
title in no language UiT accepts).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from zondermuren import urls
from zondermuren.feeds.uitdatabank import mapping
from zondermuren.model import schedule
from zondermuren.model.huis import Activity, Huis, Partner, Place
from zondermuren.problems import Level, Problem

DAYS = dict(ma="monday", di="tuesday", wo="wednesday", do="thursday", vr="friday", za="saturday", zo="sunday")
KINDS_WITH_TERM = ", ".join(mapping.terms().events)


@dataclasses.dataclass
class Export:
    events: dict[str, dict[str, Any]] = dataclasses.field(default_factory=dict)  # our id -> event document
    places: dict[str, dict[str, Any]] = dataclasses.field(default_factory=dict)  # our id -> place we make
    event_places: dict[str, str] = dataclasses.field(default_factory=dict)  # event id -> our place id ("" UiT's)
    warnings: list[Problem] = dataclasses.field(default_factory=list)

    def write(self, folder: Path) -> int:
        """Each document as <folder>/evenementen/<id>.json and <folder>/plaatsen/<id>.json."""
        count = 0
        for name, documents in (("evenementen", self.events), ("plaatsen", self.places)):
            target = folder / name
            target.mkdir(parents=True, exist_ok=True)
            for old in target.glob("*.json"):  # a document that went (an activity ended) goes too
                old.unlink()
            for key, document in sorted(documents.items()):
                (target / f"{key}.json").write_text(_dumps(document), encoding="utf-8")
                count += 1
        return count


def _dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def export(huis: Huis, site_url: str, base: str = mapping.PRODUCTION) -> Export:
    """Every activity with coming dates that UiT can take, with the places they need."""
    found = Export()
    for activity in huis.activities:
        if not (activity.uitdatabank and activity.partner.uitdatabank) or activity.kind in mapping.terms().services:
            continue
        coming = [o for o in schedule.occurrences(activity) if o.date >= huis.today]
        if not coming:
            continue
        if (problem := _inexpressible(activity, huis)) is not None:
            found.warnings.append(problem)
            continue
        key = mapping.event_id(site_url, activity)
        place = activity.place
        known = place.location.uitdatabank_id if place.location else ""
        if known:
            found.event_places[key] = ""
            place_url = f"{base}/places/{known}"
        else:
            owner = _owner(huis, place)
            place_key = mapping.place_id(site_url, place, owner)
            found.places[place_key] = _place(place, owner)
            found.event_places[key] = place_key
            place_url = f"{base}/places/{place_key}"
        page = urls.page_address(site_url, urls.activity_page(activity.id), "nl", huis.default_language)
        found.events[key] = _event(activity, coming, place_url, page)
    return found


def _field(activity: Activity) -> str:
    own = [a for a in activity.partner.activities if a.source == activity.source]
    return f"activiteiten[{own.index(activity)}]" if activity in own else "activiteiten"


def _inexpressible(activity: Activity, huis: Huis) -> Problem | None:
    """The warning for an activity UiT cannot take, or None."""
    where = _field(activity)
    if mapping.event_term(activity.kind) is None:
        said = f"soort '{activity.kind}'" if activity.kind else "geen soort"
        message = f"{said} heeft geen type in UiTdatabank: deze activiteit gaat niet naar UiTdatabank"
        hint = f"kies een soort met een UiT-type ({KINDS_WITH_TERM}), of zet uitdatabank: false"
        return Problem(activity.source, activity.line, 1, f"{where}.soort", message, hint, Level.WARNING)
    if not mapping.latin(activity.title.nl):
        message = (
            f"verwacht een titel in het Nederlands, Frans, Duits of Engels, gevonden '{activity.title.nl}': "
            "UiTdatabank aanvaardt alleen die talen, dus deze activiteit gaat niet naar UiTdatabank"
        )
        hint = "zet de Nederlandse titel bij nl: en de vertaling ernaast, zoals titel: {nl: Voorleesuur, ar: ...}"
        return Problem(activity.source, activity.line, 1, f"{where}.titel", message, hint, Level.WARNING)
    return None


def _owner(huis: Huis, place: Place) -> Partner | None:
    if place.location is None:
        return None
    return next((p for p in huis.partners.values() if any(loc is place.location for loc in p.locations)), None)


def _event(activity: Activity, coming: list[schedule.Occurrence], place_url: str, page: str) -> dict[str, Any]:
    document: dict[str, Any] = {
        "mainLanguage": "nl",
        "name": mapping.localized(activity.title, 90),
        "terms": mapping.event_term(activity.kind),
        "location": {"@id": place_url},
        "audience": {"audienceType": "everyone"},
        "workflowStatus": "READY_FOR_VALIDATION",
        **_calendar(activity, coming),
    }
    description = mapping.localized(activity.description)
    if activity.offer.cost is not None:
        cost = mapping.localized(activity.offer.cost)
        for language in cost:
            said = "Kosten" if language == "nl" else "Prix" if language == "fr" else "Cost"
            before = description.get(language, "")
            description[language] = f"{before}\n\n{said}: {cost[language]}".strip()
    if description:
        document["description"] = description
    if (ages := _ages(activity)) is not None:
        document["typicalAgeRange"] = ages
    if activity.offer.free is True:
        document["priceInfo"] = [{"category": "base", "price": 0, "priceCurrency": "EUR"}]
    if activity.register_via or activity.offer.registration in ("verplicht", "gewenst"):
        document["bookingInfo"] = mapping.booking(activity.register_via, page)
    contact = activity.partner.contact
    document["contactPoint"] = {
        "phone": [contact.phone] if contact.phone else [],
        "email": [contact.email] if contact.email else [],
        "url": [page],
    }
    if activity.whole is not None:
        document["status"] = _status(activity.whole.status, activity.whole.reason)
        if activity.whole.status == "volzet":
            document["bookingAvailability"] = {"type": "Unavailable"}
    return document


def _ages(activity: Activity) -> str | None:
    """Children's bands as their range; an activity for parents only is for adults ("18-")."""
    audience = activity.offer.audience
    children = mapping.age_range(set(audience.children))
    if children and audience.parents:
        return children.split("-")[0] + "-"
    if children:
        return children
    return "18-" if audience.parents else None


def _status(status: str, reason: Any) -> dict[str, Any]:
    found: dict[str, Any] = {"type": mapping.STATUS[status]}
    if reason is not None and (said := mapping.localized(reason)):
        found["reason"] = said
    return found


def _calendar(activity: Activity, coming: list[schedule.Occurrence]) -> dict[str, Any]:
    """single (one date, or one run through the nights), periodic (a weekly series as planned), or multiple."""
    if activity.overnight:
        assert activity.date is not None and activity.last_date is not None
        first = coming[0]
        run = {
            "startDate": mapping.moment(first.date, first.start or activity.start),
            "endDate": mapping.moment(activity.last_date, activity.end, end=True),
            "status": _status(first.status, first.reason),
        }
        return {"calendarType": "single", "subEvent": [run]}
    series = activity.series
    if (
        series is not None
        and series.frequency == "wekelijks"
        and not activity.all_day
        and len(coming) > 1
        and all(o.status == "gepland" and not o.moved_from for o in coming)
        and not [day for day in series.skipped if day >= coming[0].date]
    ):
        return {
            "calendarType": "periodic",
            "startDate": mapping.moment(coming[0].date, activity.start),
            "endDate": mapping.moment(coming[-1].date, activity.end),
            "openingHours": [
                {"opens": activity.start, "closes": activity.end, "dayOfWeek": [DAYS[d] for d in series.weekdays]}
            ],
        }
    subs = []
    for o in coming:
        sub: dict[str, Any] = {
            "startDate": mapping.moment(o.date, o.start),
            "endDate": mapping.moment(o.date, o.end, end=True),
            "status": _status(o.status, o.reason),
        }
        if o.status == "volzet":
            sub["bookingAvailability"] = {"type": "Unavailable"}
        subs.append(sub)
    return {"calendarType": "single" if len(subs) == 1 else "multiple", "subEvent": subs}


def _place(place: Place, owner: Partner | None) -> dict[str, Any]:
    address = place.address
    name = mapping.localized(place.name, 90) if place.name else {}
    if "nl" not in name:
        name = {"nl": owner.name if owner else address.one_line()}
    document: dict[str, Any] = {
        "mainLanguage": "nl",
        "name": name,
        "terms": mapping.place_term(),
        "calendarType": "permanent",
        "address": {
            "nl": {
                "addressCountry": "BE",
                "addressLocality": address.municipality.name,
                "postalCode": address.postcode,
                "streetAddress": address.street,
            }
        },
        "workflowStatus": "READY_FOR_VALIDATION",
    }
    location = place.location
    if location is not None:
        # UiT's accessibility facilities are terms whose ids we could not source: said in words.
        said = [
            text
            for on, text in (
                (location.wheelchair, "Toegankelijk met een rolstoel."),
                (location.buggy, "Toegankelijk met een buggy of kinderwagen."),
            )
            if on
        ]
        if said:
            document["description"] = {"nl": " ".join(said)}
    return document
