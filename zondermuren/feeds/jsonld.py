"""schema.org JSON-LD for activity pages, so search engines can show dates and places.

Search engines want name, startDate with an offset and a location with an address; one URL per
event, so a series is described by its next date (the page lists the others).
"""

from __future__ import annotations

from typing import Any

from zondermuren.model.huis import Activity
from zondermuren.model.schedule import Occurrence

_STATUS = {
    "gepland": "https://schema.org/EventScheduled",
    "afgelast": "https://schema.org/EventCancelled",
    "verplaatst": "https://schema.org/EventRescheduled",
    "volzet": "https://schema.org/EventScheduled",
}


def event(activity: Activity, dates: list[Occurrence], language: str, url: str) -> dict[str, Any]:
    current = dates[0]
    address = activity.place.address
    place_name = activity.place.name.get(language) if activity.place.name else activity.partner.name
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": activity.title.get(language),
        "startDate": current.starts_at.isoformat(),
        "endDate": current.ends_at.isoformat(),
        "eventStatus": _STATUS[current.status],
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
