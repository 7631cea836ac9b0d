"""schema.org JSON-LD for activity pages, so search engines can show dates and places.

Search engines want name, startDate with an offset and a location with an address; one URL per
event, so a series is described by its next date (the page lists the others).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from zondermuren.model.huis import BRUSSELS, Activity
from zondermuren.model.schedule import Occurrence

_STATUS = {
    "gepland": "https://schema.org/EventScheduled",
    "afgelast": "https://schema.org/EventCancelled",
    "verplaatst": "https://schema.org/EventRescheduled",
    "volzet": "https://schema.org/EventScheduled",
}


def event(activity: Activity, dates: list[Occurrence], language: str, url: str) -> dict[str, Any]:
    current = dates[0]
    if current.status == "verplaatst":
        # A moved date is announced at its new date, the old one as previousStartDate (schema.org).
        current = next((o for o in dates if o.moved_from == current.date), current)
    address = activity.place.address
    place_name = activity.place.name.get(language) if activity.place.name else activity.partner.name
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": activity.title.get(language),
        **_when(activity, current),
        "eventStatus": _STATUS["verplaatst" if current.moved_from else current.status],
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "url": url,
        "inLanguage": list(activity.offer.languages) or ["nl"],
        "location": {
            "@type": "Place",
            "name": place_name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": address.street,
                "postalCode": address.postcode,
                "addressLocality": address.municipality.name,
                "addressCountry": "BE",
            },
        },
        "organizer": [
            {
                "@type": "Organization",
                "name": partner.name,
                **({"url": partner.contact.website} if partner.contact.website else {}),
            }
            for partner in activity.organisers
        ],
    }
    if activity.description:
        data["description"] = activity.description.get(language)
    if activity.offer.free is True:
        data["isAccessibleForFree"] = True
        data["offers"] = {"@type": "Offer", "price": 0, "priceCurrency": "EUR", "url": url}
    if current.moved_from:
        data["previousStartDate"] = current.moved_from.isoformat()
    return data


def _when(activity: Activity, current: Occurrence) -> dict[str, str]:
    """startDate/endDate: a date only for whole days (schema.org Date), the whole run of a multi-day one."""
    first, last = current.span or (current.date, current.date)
    if current.moved_from or activity.series:
        first = last = current.date
    if current.all_day or (activity.all_day and not current.moved_from):
        return {"startDate": first.isoformat(), "endDate": last.isoformat()}
    start = dt.datetime.combine(first, dt.time.fromisoformat(current.start or activity.start), BRUSSELS)
    end = dt.datetime.combine(last, dt.time.fromisoformat(current.end or activity.end), BRUSSELS)
    return {"startDate": start.isoformat(), "endDate": end.isoformat()}
