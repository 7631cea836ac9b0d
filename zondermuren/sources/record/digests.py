"""What families see of the Huis, digested per event, and what has a page: one state of the sources.

`history` compares these from commit to commit; a digest changes exactly when an event's dates,
hours, place, title or status change, as written in the YAML (before the example's demo shift).
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

import yaml

# What families see of an event; a change in any of these reaches their calendar.
_EVENT_FIELDS = ("titel", "datum", "tot_en_met", "herhaling", "van", "tot", "hele_dag", "doorlopend")
_STATUS_FIELDS = ("status", "verplaatst_naar")


def event_key(first_id: str, day: str = "") -> str:
    return f"{first_id}/{day}" if day else first_id


_ANCHOR = re.compile(r"(?:^|[\s\[{,:-])&[^\s]", re.M)


def load(text: str) -> Any:
    """Every scalar as written (BaseLoader): history and working tree are digested alike.

    A file with YAML anchors counts as unreadable here (the last readable version stands): an
    old commit's aliases could multiply into millions of values, and partners rarely write them."""
    if _ANCHOR.search(text):
        return None
    try:
        return yaml.load(text, Loader=getattr(yaml, "CBaseLoader", yaml.BaseLoader))
    except yaml.YAMLError:
        return None


def _digest(value: Any) -> str:
    return hashlib.sha1(json.dumps(value, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def _place(item: dict, slug: str, fiches: dict[str, Any]) -> Any:
    """Where the event is, resolved: a location's new address is a change of place."""
    where = item.get("locatie")
    if isinstance(where, dict):
        return where
    owner, _, location = (where or "").rpartition("/")
    fiche = fiches.get(owner or slug)
    locations = fiche.get("locaties") if isinstance(fiche, dict) else None
    if not isinstance(locations, list) or not locations:
        return where
    for candidate in locations:
        if isinstance(candidate, dict) and (not where or candidate.get("id") == location):
            return {"naam": candidate.get("naam"), "adres": candidate.get("adres")}
    return where


def digests(fiches: dict[str, Any], activities: dict[str, Any]) -> dict[str, str]:
    """Event key -> digest, for the sources as written (one state of the Huis)."""
    found: dict[str, str] = {}
    for slug, doc in activities.items():
        items = doc.get("activiteiten") if isinstance(doc, dict) else None
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                continue
            former = item.get("vorige_ids")
            first = former[0] if isinstance(former, list) and former and isinstance(former[0], str) else item["id"]
            seen = {name: item.get(name) for name in (*_EVENT_FIELDS, *_STATUS_FIELDS)}
            seen["plaats"] = _place(item, slug, fiches)
            master = _digest(seen)
            found[event_key(first)] = master
            per_date = item.get("per_datum")
            for day, change in per_date.items() if isinstance(per_date, dict) else ():
                found[event_key(first, str(day))] = _digest([master, change])
    return found


def ids_of(fiches: dict[str, Any], activities: dict[str, Any]) -> dict[str, dict[str, str]]:
    """Everything that has a page or a print, as 'kind:id' -> where it is (partner) and until when.

    Kinds: partner, locatie ('slug/location'), activiteit; `laatste` is an activity's last day as
    written, so a checker can tell an activity that is over from one that vanished too early."""
    found: dict[str, dict[str, str]] = {}
    for slug, fiche in fiches.items():
        found[f"partner:{slug}"] = {"partner": slug}
        locations = fiche.get("locaties") if isinstance(fiche, dict) else None
        for location in locations if isinstance(locations, list) else []:
            if isinstance(location, dict) and isinstance(location.get("id"), str):
                found[f"locatie:{slug}/{location['id']}"] = {"partner": slug}
    for slug, doc in activities.items():
        items = doc.get("activiteiten") if isinstance(doc, dict) else None
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                series = item.get("herhaling")
                last = series.get("tot_en_met") if isinstance(series, dict) else None
                last = last or item.get("tot_en_met") or item.get("datum")
                found[f"activiteit:{item['id']}"] = {"partner": slug, "laatste": last if isinstance(last, str) else ""}
    return found
