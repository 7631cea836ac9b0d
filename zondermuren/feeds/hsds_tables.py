"""HSDS's tabular form: the export's records as CSV files with a Frictionless datapackage.json.

The columns are HSDS 3.1's (the names, types and formats of the specification's own
datapackage.json, of which these are the ones the Huis fills; tests/feeds/test_hsds.py holds each
to it), each table in the file HSDS names. The descriptor declares the keys that link the tables,
so a validator checks that every service, location and schedule points at a record that exists.
Hours carry their seconds here ('09:00:00+01:00'): HSDS's tabular `time` is Table Schema's, which
has them, while its JSON writes '09:00+01:00'.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from zondermuren import urls

UUID = {"type": "string", "format": "uuid"}
TEXT = {"type": "string"}
URI = {"type": "string", "format": "uri"}
EMAIL = {"type": "string", "format": "email"}
DATE = {"type": "date"}
NUMBER = {"type": "number"}
TIME = {"type": "time"}

# table -> (file, columns): the column's Table Schema type, and whether HSDS requires it.
SCHEMA: dict[str, tuple[str, list[tuple[str, dict[str, str], bool]]]] = {
    "organization": (
        "organizations.csv",
        [
            ("id", UUID, True),
            ("name", TEXT, True),
            ("description", TEXT, True),
            ("email", EMAIL, False),
            ("website", URI, False),
            ("uri", URI, False),
        ],
    ),
    "organization_identifier": (
        "organization_identifiers.csv",
        [
            ("id", UUID, True),
            ("organization_id", UUID, True),
            ("identifier_type", TEXT, True),
            ("identifier", TEXT, True),
        ],
    ),
    "url": (
        "url.csv",
        [
            ("id", UUID, True),
            ("label", TEXT, False),
            ("url", URI, True),
            ("organization_id", UUID, False),
            ("service_id", UUID, False),
        ],
    ),
    "phone": ("phones.csv", [("id", UUID, True), ("organization_id", UUID, False), ("number", TEXT, True)]),
    "contact": (
        "contacts.csv",
        [
            ("id", UUID, True),
            ("organization_id", UUID, False),
            ("name", TEXT, False),
            ("title", TEXT, False),
            ("email", EMAIL, False),
        ],
    ),
    "service": (
        "services.csv",
        [
            ("id", UUID, True),
            ("organization_id", UUID, True),
            ("name", TEXT, True),
            ("description", TEXT, False),
            ("url", URI, False),
            ("email", EMAIL, False),
            ("status", TEXT, True),
            ("fees_description", TEXT, False),
            ("application_process", TEXT, False),
            ("alert", TEXT, False),
        ],
    ),
    "language": ("languages.csv", [("id", UUID, True), ("service_id", UUID, False), ("code", TEXT, False)]),
    "location": (
        "locations.csv",
        [
            ("id", UUID, True),
            ("location_type", TEXT, True),
            ("organization_id", UUID, False),
            ("name", TEXT, False),
            ("transportation", TEXT, False),
        ],
    ),
    "address": (
        "addresses.csv",
        [
            ("id", UUID, True),
            ("location_id", UUID, False),
            ("address_1", TEXT, True),
            ("city", TEXT, True),
            ("state_province", TEXT, True),
            ("postal_code", TEXT, True),
            ("country", TEXT, True),
            ("address_type", TEXT, True),
        ],
    ),
    "accessibility": (
        "accessibility.csv",
        [("id", UUID, True), ("location_id", UUID, False), ("description", TEXT, False)],
    ),
    "service_at_location": (
        "service_at_location.csv",
        [("id", UUID, True), ("service_id", UUID, True), ("location_id", UUID, True)],
    ),
    "schedule": (
        "schedules.csv",
        [
            ("id", UUID, True),
            ("service_id", UUID, False),
            ("location_id", UUID, False),
            ("valid_from", DATE, False),
            ("valid_to", DATE, False),
            ("dtstart", DATE, False),
            ("timezone", NUMBER, False),
            ("until", DATE, False),
            ("wkst", TEXT, False),
            ("freq", TEXT, False),
            ("interval", NUMBER, False),
            ("byday", TEXT, False),
            ("opens_at", TIME, False),
            ("closes_at", TIME, False),
            ("description", TEXT, False),
            ("notes", TEXT, False),
        ],
    ),
}
# The data's licence, as the page for directory builders states it: reuse with the Huis's name.
LICENCE = {
    "name": "CC-BY-4.0",
    "title": "CC BY 4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/deed.nl",
}
# column -> the table whose id it names
_LINKS = {
    "organization_id": "organization",
    "service_id": "service",
    "location_id": "location",
}


def _seconds(value: str) -> str:
    """HSDS's '09:00+01:00' as a Table Schema time, which has its seconds: '09:00:00+01:00'."""
    return value[:5] + ":00" + value[5:]


def _csv(columns: list[tuple[str, dict[str, str], bool]], rows: list[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(
        out, [name for name, _kind, _required in columns], lineterminator="\r\n", extrasaction="raise"
    )
    writer.writeheader()
    times = [name for name, kind, _required in columns if kind is TIME]
    for row in rows:
        writer.writerow({**row, **{name: _seconds(row[name]) for name in times if name in row}})
    return out.getvalue().encode()


def descriptor(site_url: str) -> dict[str, Any]:
    """The datapackage.json: every table's columns, its key and the keys that link it to the others."""
    resources = []
    for name, (file, columns) in SCHEMA.items():
        fields = [{"name": column, **kind, "constraints": {"required": required}} for column, kind, required in columns]
        links = [
            {"fields": column, "reference": {"resource": _LINKS[column], "fields": "id"}}
            for column, _kind, _required in columns
            if column in _LINKS and _LINKS[column] != name
        ]
        schema: dict[str, Any] = {"fields": fields, "primaryKey": "id"}
        if links:
            schema["foreignKeys"] = links
        resources.append(
            {
                "name": name,
                "path": file,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": schema,
            }
        )
    return {
        "name": "hsds",
        "title": "Human Services Data Specification 3.1",
        "profile": "tabular-data-package",
        "homepage": urls.absolute(site_url, urls.page_url(urls.open_data(), "", "")),
        "licenses": [LICENCE],
        "resources": resources,
    }


def table_files() -> list[str]:
    """The CSV files of the export, in HSDS's order of the tables here."""
    return [file for file, _columns in SCHEMA.values()]


def files(tables: dict[str, list[dict[str, Any]]], site_url: str) -> dict[str, bytes]:
    """Site path -> bytes: one CSV file per table, and the datapackage.json that describes them."""
    out = {urls.hsds_table("datapackage.json"): (json.dumps(descriptor(site_url), indent=1) + "\n").encode()}
    for name, (file, columns) in SCHEMA.items():
        out[urls.hsds_table(file)] = _csv(columns, tables[name])
    return out
