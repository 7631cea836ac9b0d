"""A regional pool's copy in the record: what of partners/_regio/<pool>/ this Huis published, per state.

The copy holds every partner of the pool, everywhere in the region (docs/regio.md). What this Huis
published of it is what `sources/region.py` takes in: the partners huis.yml's `regio.partners` names,
their locations in this Huis's municipalities (by postcode) and the activities held there, narrowed
by `regio.eigen.<slug>.locaties` / `activiteiten`. The record applies the same rules to each commit's
huis.yml and copy (as written, every scalar a string), so a cancellation in the pool counts one
SEQUENCE in this Huis, and an activity the pool drops in another Huis's municipality never counts as
"verdwenen" here. The shared partners are keyed by their slug, like a local partner: a partner that
moves from its own folder into the pool keeps its record. The rules are restated here, not imported:
`region` and `record` are independent steps (pyproject.toml's `sources` contract).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from zondermuren.sources.parsing.layout import PARTNERS
from zondermuren.sources.record import digests

FOLDER = "_regio"  # = region.FOLDER: partners/_regio/<pool>/<slug>/
HUIS = "huis.yml"


def key(pool: str, slug: str) -> str:
    """The state's key of a copied partner's files: '_regio/<pool>/<slug>' (never a partner folder's name)."""
    return f"{FOLDER}/{pool}/{slug}"


def view(
    fiches: dict[str, Any], activities: dict[str, Any], settings: Mapping[str, str | None]
) -> tuple[dict[str, Any], dict[str, Any], dict[str, str]]:
    """(fiches, activities, slug -> folder of its copy) as this Huis showed them in this state."""
    own_fiches = {slug: data for slug, data in fiches.items() if not slug.startswith(FOLDER + "/")}
    own_activities = {slug: data for slug, data in activities.items() if not slug.startswith(FOLDER + "/")}
    huis = settings.get(HUIS)
    loaded = digests.load(huis) if huis else None
    data: dict[str, Any] = loaded if isinstance(loaded, dict) else {}
    regio = data.get("regio")
    if not isinstance(regio, dict) or not isinstance(regio.get("partners"), list):
        return own_fiches, own_activities, {}
    pool = str(regio.get("pool", ""))
    postcodes = {
        str(code)
        for municipality in data.get("gemeenten") or []
        if isinstance(municipality, dict)
        for code in municipality.get("postcodes") or []
    }
    eigen = regio.get("eigen")
    own_all: dict[str, Any] = eigen if isinstance(eigen, dict) else {}
    known = set(own_fiches) | {str(slug) for slug in regio["partners"]}
    folders: dict[str, str] = {}
    for slug in (str(s) for s in regio["partners"]):
        fiche = fiches.get(key(pool, slug))
        if slug in own_fiches or not isinstance(fiche, dict):
            continue
        mine = own_all.get(slug)
        own: dict[str, Any] = mine if isinstance(mine, dict) else {}
        fiche, kept, first = _locations(fiche, own.get("locaties"), postcodes)
        own_fiches[slug] = fiche
        folders[slug] = f"{PARTNERS}/{key(pool, slug)}/"
        listed = activities.get(key(pool, slug))
        if isinstance(listed, dict) and isinstance(listed.get("activiteiten"), list):
            picked = own.get("activiteiten")
            items = [
                item
                for item in listed["activiteiten"]
                if isinstance(item, dict)
                and (not isinstance(picked, list) or item.get("id") in picked)
                and _here(item.get("locatie"), slug, kept, first, postcodes, known)
            ]
            own_activities[slug] = {**listed, "activiteiten": items}
    return own_fiches, own_activities, folders


def _locations(fiche: dict, picked: Any, postcodes: set[str]) -> tuple[dict, set[str], Any]:
    """The fiche with only its locations in this Huis; the ids kept; the pool's first location's id."""
    locations = [loc for loc in fiche.get("locaties") or [] if isinstance(loc, dict)]
    first = locations[0].get("id") if locations else None
    kept = [
        loc
        for loc in locations
        if _inside(loc, postcodes) and (not isinstance(picked, list) or loc.get("id") in picked)
    ]
    if "locaties" not in fiche:
        return fiche, set(), first
    return {**fiche, "locaties": kept}, {str(loc.get("id")) for loc in kept}, first


def _inside(place: Any, postcodes: set[str]) -> bool:
    address = place.get("adres") if isinstance(place, dict) else None
    return isinstance(address, dict) and str(address.get("postcode")) in postcodes


def _here(place: Any, slug: str, kept: set[str], first: Any, postcodes: set[str], known: set[str]) -> bool:
    """Is an activity held where this Huis shows it (region._activities' rule)?"""
    if place is None:
        return str(first) in kept
    if isinstance(place, dict):
        return _inside(place, postcodes)
    owner, _, location = str(place).rpartition("/")
    return location in kept if owner in ("", slug) else owner in known
