"""The Huis's offer in Open Referral's Human Services Data Specification (HSDS 3.1), for directory builders.

HSDS is the international standard for a directory of services: a referral directory, a
municipality's social map or a national aggregator reads it without a shared database. What maps
to what:

- a partner is an `organization`, with its services nested in its own file (the compiled HSDS
  organization schema allows `services`); its De Sociale Kaart page is an `organization_identifier`
  and an additional website, its e-mail, website, phone and (with permission) contact person
  are the organization's;
- a partner's regular offer is a `service` named after the partner (fees, registration, the
  languages spoken, its IPDC products as additional urls), at each of its locations
  (`service_at_location`); each activity that is not over is a `service` too, at its place;
- a location is a `location` with one Belgian `address` (the province follows from the postcode),
  its access (wheelchair, buggy) as `accessibility`, its opening hours as `schedules`.

Every id is a UUID 5 of the site's address and our own ids (the first id a partner, location
or activity was published under), so tomorrow's export names the same things with the same ids
and a directory updates rather than duplicates. Texts are the Dutch ones: HSDS has one text per field.

Time zones and dates: see `hsds_times`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from zondermuren import urls
from zondermuren.feeds.hsds_times import BYDAY, OPEN_PERIODS, activity_schedules, at, clean, dst_periods
from zondermuren.model import schedule
from zondermuren.model.huis import WEEKDAYS, Activity, Huis, Location, Offer, Partner, Place, Text

Row = dict[str, Any]
Tables = dict[str, list[Row]]  # HSDS table name -> its rows, flat, linked by ids (the tabular form)
TABLES = (
    "organization",
    "organization_identifier",
    "url",
    "phone",
    "contact",
    "service",
    "language",
    "location",
    "address",
    "accessibility",
    "service_at_location",
    "schedule",
)

# The Belgian province of a postcode (bpost's ranges): HSDS asks a state_province for every address.
_PROVINCES = (
    (1300, "Brussels Hoofdstedelijk Gewest"),
    (1500, "Waals-Brabant"),
    (2000, "Vlaams-Brabant"),
    (3000, "Antwerpen"),
    (3500, "Vlaams-Brabant"),
    (4000, "Limburg"),
    (5000, "Luik"),
    (6000, "Namen"),
    (6600, "Henegouwen"),
    (7000, "Luxemburg"),
    (8000, "Henegouwen"),
    (9000, "West-Vlaanderen"),
    (10000, "Oost-Vlaanderen"),
)


def province(postcode: str) -> str:
    number = int(postcode)
    return next(name for below, name in _PROVINCES if number < below)


def uid(site_url: str, *key: str) -> str:
    """The UUID of a record: stable for a site's address and our ids ('organization', 'cb-beekdonk')."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, urls.absolute(site_url, urls.hsds_folder() + "/".join(key))))


def partner_id(site_url: str, partner: Partner) -> str:
    return uid(site_url, "organization", partner.former_ids[0] if partner.former_ids else partner.slug)


def _first(location: Location) -> str:
    return location.former_ids[0] if location.former_ids else location.id


def tables(huis: Huis, site_url: str) -> Tables:
    """Every record of the export, flat and linked by ids: what the JSON nests and the CSV files list."""
    out: Tables = {name: [] for name in TABLES}
    default = huis.default_language
    for partner in huis.partners.values():
        org = partner_id(site_url, partner)
        first = partner.former_ids[0] if partner.former_ids else partner.slug
        page = urls.page_address(site_url, urls.partner_page(partner.slug), default, default)
        out["organization"].append(
            clean(
                id=org,
                name=partner.name,
                description=partner.description.nl,
                email=partner.contact.email,
                website=partner.contact.website,
                uri=page,
            )
        )
        if partner.social_map:
            out["organization_identifier"].append(
                clean(
                    id=uid(site_url, "organization", first, "sociale-kaart"),
                    organization_id=org,
                    identifier_type="De Sociale Kaart",
                    identifier=partner.social_map,
                )
            )
        links = [("De Sociale Kaart", partner.social_map), ("Facebook", partner.contact.facebook)]
        for label, address in links:
            if address:
                key = uid(site_url, "organization", first, "url", label)
                out["url"].append(clean(id=key, label=label, url=address, organization_id=org))
        if partner.contact.phone:
            number = partner.contact.phone
            out["phone"].append(
                clean(id=uid(site_url, "organization", first, "phone"), organization_id=org, number=number)
            )
        if partner.contact.person_name:
            out["contact"].append(
                clean(
                    id=uid(site_url, "organization", first, "contact"),
                    organization_id=org,
                    name=partner.contact.person_name,
                    title=partner.contact.person_role.nl if partner.contact.person_role else "",
                    email=partner.contact.email,
                )
            )
        places = {}
        for location in partner.locations:
            places[location.id] = _location(out, huis, site_url, org, ("location", first, _first(location)), location)
        service = uid(site_url, "service", first)
        out["service"].append(
            _service(service, org, partner.name, partner.description, page, partner.offer, partner.contact.email)
        )
        _languages(out, site_url, service, partner.offer.languages)
        for index, product in enumerate(partner.ipdc):
            key = uid(site_url, "service", first, "ipdc", str(index))
            out["url"].append(clean(id=key, label="IPDC", url=product, service_id=service))
        for location_id in places.values():
            _at(out, site_url, service, location_id)
        for activity in partner.activities:
            if activity.partner is partner and _coming(activity, huis.today):
                _activity(out, huis, site_url, org, activity, places)
    return out


def _service(key: str, org: str, name: str, description: Text | None, page: str, offer: Offer, email: str = "") -> Row:
    fees = "gratis" if offer.free else (offer.cost.nl if offer.cost else "")
    registration = {"verplicht": "Inschrijven is verplicht.", "gewenst": "Inschrijven is gewenst."}
    return clean(
        id=key,
        organization_id=org,
        name=name,
        description=description.nl if description else "",
        url=page,
        email=email,
        status="active",
        fees_description=fees,
        application_process=registration.get(offer.registration, ""),
    )


def _languages(out: Tables, site_url: str, service: str, codes: tuple[str, ...]) -> None:
    for code in codes:
        out["language"].append({"id": uid(site_url, "language", service, code), "service_id": service, "code": code})


def _at(out: Tables, site_url: str, service: str, location: str) -> None:
    key = uid(site_url, "service_at_location", service, location)
    out["service_at_location"].append({"id": key, "service_id": service, "location_id": location})


def _location(out: Tables, huis: Huis, site_url: str, org: str, key: tuple[str, ...], where: Location | Place) -> str:
    """A location (a partner's, or an activity's own place) with its address, access and hours; its id."""
    location = uid(site_url, *key)
    name = where.name.nl if where.name else ""
    transit = where.transit.nl if isinstance(where, Location) and where.transit else ""
    out["location"].append(
        clean(id=location, location_type="physical", organization_id=org, name=name, transportation=transit)
    )
    address = where.address
    out["address"].append(
        clean(
            id=uid(site_url, *key, "address"),
            location_id=location,
            address_1=address.street,
            city=address.municipality.name,
            state_province=province(address.postcode),
            postal_code=address.postcode,
            country="BE",
            address_type="physical",
        )
    )
    if not isinstance(where, Location):
        return location
    for flag, text in (
        (where.wheelchair, "Toegankelijk met een rolstoel."),
        (where.buggy, "Toegankelijk met een buggy."),
    ):
        if flag:
            row = {"id": uid(site_url, *key, "access", text), "location_id": location, "description": text}
            out["accessibility"].append(row)
    note = where.hours_note.nl if where.hours_note else ""
    for index, slot in enumerate(where.hours):
        byday = ",".join(BYDAY[WEEKDAYS.index(day)] for day in slot.days)
        for first, last, offset in dst_periods(huis.today)[:OPEN_PERIODS]:
            out["schedule"].append(
                clean(
                    id=uid(site_url, *key, "hours", str(index), first.isoformat()),
                    location_id=location,
                    valid_from=first.isoformat(),
                    valid_to=last.isoformat(),
                    timezone=offset,
                    freq="WEEKLY",
                    byday=byday,
                    opens_at=at(slot.start, offset),
                    closes_at=at(slot.end, offset),
                    notes=note,
                )
            )
    return location


def _coming(activity: Activity, today: dt.date) -> bool:
    return any(o.date >= today for o in schedule.occurrences(activity))


def _activity(out: Tables, huis: Huis, site_url: str, org: str, activity: Activity, places: dict[str, str]) -> None:
    default = huis.default_language
    service = uid(site_url, "service", "activity", activity.first_id)
    page = urls.page_address(site_url, urls.activity_page(activity.id), default, default)
    row = _service(service, org, activity.title.nl, activity.description, page, activity.offer)
    if activity.whole and activity.whole.status == "afgelast":
        row["status"] = "inactive"
    if activity.whole:
        row["alert"] = activity.whole.status + (f": {activity.whole.reason.nl}" if activity.whole.reason else "")
    out["service"].append(row)
    _languages(out, site_url, service, activity.offer.languages)
    place = activity.place
    if place.location is not None and any(own is place.location for own in activity.partner.locations):
        location = places[place.location.id]
    else:  # another place (or a co-organiser's location): a location of its own, under this partner
        location = _location(out, huis, site_url, org, ("place", activity.first_id), place)
    _at(out, site_url, service, location)
    for index, found in enumerate(activity_schedules(activity, huis.today)):
        out["schedule"].append({"id": uid(site_url, service, "schedule", str(index)), "service_id": service, **found})
