"""The HSDS export as the site publishes it, under /open-data/hsds/ (see `hsds` for the mapping).

One JSON file per organization, with everything nested as HSDS's compiled organization schema
allows (its services, locations, schedules, ...), at the address HSDS's read API would give it
(`organizations/<id>.json`, as `/organizations/{id}`), and an index of them all shaped as that
API's first page of `/organizations` (the basic fields of every organization, in one page). A
file per organization, not one file: a regional Huis's whole offer is megabytes, while a
directory that follows one partner reads a few kilobytes, and a change touches one file.
Beside it the same records as tables (`hsds_tables`): a Frictionless datapackage of CSV files.
"""

from __future__ import annotations

import json
from typing import Any

from zondermuren import urls
from zondermuren.feeds import hsds, hsds_tables
from zondermuren.model.huis import Huis

# What each kind of record nests, by the foreign key that links it (HSDS's compiled schemas).
_IN_ORGANIZATION = {
    "additional_websites": ("url", "organization_id"),
    "phones": ("phone", "organization_id"),
    "contacts": ("contact", "organization_id"),
    "locations": ("location", "organization_id"),
    "organization_identifiers": ("organization_identifier", "organization_id"),
    "services": ("service", "organization_id"),
}
_IN_LOCATION = {
    "addresses": ("address", "location_id"),
    "accessibility": ("accessibility", "location_id"),
    "schedules": ("schedule", "location_id"),
}
_IN_SERVICE = {
    "additional_urls": ("url", "service_id"),
    "languages": ("language", "service_id"),
    "schedules": ("schedule", "service_id"),
    "service_at_locations": ("service_at_location", "service_id"),
}


def _by(tables: hsds.Tables, table: str, key: str) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in tables[table]:
        if key in row:
            grouped.setdefault(row[key], []).append(row)
    return grouped


def organizations(tables: hsds.Tables) -> list[dict[str, Any]]:
    """Each organization with its records nested (every list present, empty or not)."""
    index = {
        (table, key): _by(tables, table, key)
        for nests in (_IN_ORGANIZATION, _IN_LOCATION, _IN_SERVICE)
        for table, key in nests.values()
    }

    def nested(row: dict[str, Any], nests: dict[str, tuple[str, str]]) -> dict[str, Any]:
        return {**row, **{field: list(index[link].get(row["id"], [])) for field, link in nests.items()}}

    documents = []
    for organization in tables["organization"]:
        document = nested(organization, _IN_ORGANIZATION)
        document["locations"] = [nested(location, _IN_LOCATION) for location in document["locations"]]
        document["services"] = [nested(service, _IN_SERVICE) for service in document["services"]]
        documents.append(document)
    return documents


def index(tables: hsds.Tables) -> dict[str, Any]:
    """The basic fields of every organization, shaped as the first and only page of HSDS's `/organizations`."""
    contents = list(tables["organization"])
    return {
        "total_items": len(contents),
        "total_pages": 1,
        "page_number": 1,
        "size": len(contents),
        "first_page": True,
        "last_page": True,
        "empty": not contents,
        "contents": contents,
    }


def _json(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode()


def files(huis: Huis, site_url: str) -> dict[str, bytes]:
    """Site path -> bytes of every file of the export: the JSON and the tabular datapackage."""
    tables = hsds.tables(huis, site_url)
    out = {urls.hsds_index(): _json(index(tables))}
    for document in organizations(tables):
        out[urls.hsds_organization(document["id"])] = _json(document)
    out.update(hsds_tables.files(tables, site_url))
    return out
