"""The Open Referral export (HSDS 3.1, zondermuren/feeds/hsds*.py), made in-process from the example.

Every organization file is validated against HSDS's compiled organization schema and the index
against the `/organizations` response of HSDS's OpenAPI, both vendored in schemas/hsds/ (its
README names the source and the licence) and resolved by a local registry, never the network;
the tabular form is validated by Frictionless and held to the columns of HSDS's own
datapackage.json. A reader turns the export back into our model's terms and finds every partner,
location and opening hour, and the dates of every series. One built-site check is in test_hsds_built.py.
"""

from __future__ import annotations

import datetime as dt
import json
import lzma
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import frictionless
import pytest
from dateutil import rrule
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from testkit.sitebuild import DAY
from zondermuren import urls
from zondermuren.feeds import hsds, hsds_export, hsds_tables, hsds_times
from zondermuren.model import schedule
from zondermuren.model.huis import WEEKDAYS

SITE = "https://huis.example.org/"
SCHEMAS = Path(__file__).parent / "schemas" / "hsds"
# Where HSDS's OpenAPI looks for the list item of /organizations: answered from the vendored copy.
LIST_ITEM = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/compiled/organization_list.json"


def vendored(name: str) -> Any:
    return json.loads(lzma.decompress((SCHEMAS / f"{name}.xz").read_bytes()))


@pytest.fixture(scope="module")
def export(huis) -> dict[str, bytes]:
    return hsds_export.files(huis, SITE)


def documents(export: dict[str, bytes]) -> list[dict[str, Any]]:
    index = json.loads(export[urls.hsds_index()])
    return [json.loads(export[urls.hsds_organization(item["id"])]) for item in index["contents"]]


_FORMATS = FormatChecker()


@_FORMATS.checks("uri")
def _uri(value: object) -> bool:  # jsonschema checks "uri" only with rfc3987 installed: a web address here
    parts = urlsplit(str(value))
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not re.search(r"[\s<>\"']", str(value))


for _name in ("email", "uuid", "date"):
    _FORMATS.checkers[_name] = Draft202012Validator.FORMAT_CHECKER.checkers[_name]


def test_every_organization_validates_against_the_compiled_schema(export):
    validator = Draft202012Validator(vendored("organization.json"), format_checker=_FORMATS)
    found = documents(export)
    assert len(found) == 31
    for document in found:
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]
        assert errors == [], document["name"]
    # The services are nested, and so are their places: the export is whole in each file.
    assert all(document["services"] for document in found)
    assert sum(len(s["service_at_locations"]) for d in found for s in d["services"]) > 100
    # The schema is applied, formats too: a location without its type, an id that is no UUID.
    document = json.loads(json.dumps(found[0]))
    del document["locations"][0]["location_type"]
    document["services"][0]["id"] = "cgg-de-brug"
    assert {e.validator for e in validator.iter_errors(document)} == {"required", "format"}


def test_the_index_is_the_first_page_of_the_apis_organizations(export):
    openapi = vendored("openapi.json")
    response = openapi["paths"]["/organizations"]["get"]["responses"]["200"]["content"]["application/json"]
    schema = {**response["schema"], "components": openapi["components"]}  # its "#/components/..." resolve here
    registry = Registry().with_resource(LIST_ITEM, DRAFT202012.create_resource(vendored("organization_list.json")))
    validator = Draft202012Validator(schema, registry=registry, format_checker=_FORMATS)
    index = json.loads(export[urls.hsds_index()])
    assert [e.message for e in validator.iter_errors(index)] == []
    assert index["total_items"] == index["size"] == len(index["contents"]) == 31
    broken = validator.evolve(schema=schema)
    assert list(broken.iter_errors({**index, "contents": [{"name": "zonder id"}]})), "the item schema is applied"


def test_the_datapackage_is_valid_and_uses_hsds_columns(export, tmp_path: Path):
    folder = urls.hsds_table("")
    for path, data in export.items():
        if path.startswith(folder):
            (tmp_path / path.removeprefix(folder)).write_bytes(data)
    report = frictionless.validate(tmp_path / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]
    official = {resource["name"]: resource for resource in vendored("datapackage.json")["resources"]}
    ours = json.loads((tmp_path / "datapackage.json").read_text("utf-8"))
    assert {r["name"] for r in ours["resources"]} == set(hsds_tables.SCHEMA)
    for resource in ours["resources"]:
        theirs = official[resource["name"]]
        assert resource["path"] == theirs["path"]
        fields = {field["name"]: field for field in theirs["schema"]["fields"]}
        for field in resource["schema"]["fields"]:
            assert (field["type"], field.get("format")) == (
                fields[field["name"]]["type"],
                fields[field["name"]].get("format"),
            )
            assert field["constraints"]["required"] == fields[field["name"]]["constraints"]["required"], field["name"]
        required = {name for name, field in fields.items() if field["constraints"]["required"]}
        assert required <= {field["name"] for field in resource["schema"]["fields"]}, resource["name"]
    rows = (tmp_path / "schedules.csv").read_text("utf-8").count("\n") - 1
    assert rows == sum(len(loc["schedules"]) + 0 for d in documents(export) for loc in d["locations"]) + sum(
        len(s["schedules"]) for d in documents(export) for s in d["services"]
    )


def read_back(export: dict[str, bytes]) -> dict[str, dict[str, Any]]:
    """The export in our model's terms: partner slug -> its name and its own locations (street,
    postcode, municipality) with their opening hours (days, from, to) in Brussels time. A
    partner's own locations are those of its regular offer (the service at the partner's page)."""
    found = {}
    for document in documents(export):
        slug = document["uri"].removeprefix(SITE).removeprefix("partners/").strip("/")
        offer = next(s for s in document["services"] if s["url"] == document["uri"])
        own = {place["location_id"] for place in offer["service_at_locations"]}
        locations = {}
        for location in document["locations"]:
            if location["id"] not in own:
                continue
            (address,) = location["addresses"]
            hours = set()
            for rule in location["schedules"]:
                days = tuple(WEEKDAYS[hsds_times.BYDAY.index(day)] for day in rule["byday"].split(","))
                hours.add((days, rule["opens_at"][:5], rule["closes_at"][:5]))
            locations[(address["address_1"], address["postal_code"], address["city"])] = hours
        found[slug] = {"name": document["name"], "locations": locations}
    return found


def test_round_trip_finds_every_partner_location_and_opening_hour(huis, export):
    expected = {
        partner.slug: {
            "name": partner.name,
            "locations": {
                (loc.address.street, loc.address.postcode, loc.address.municipality.name): {
                    (slot.days, slot.start, slot.end) for slot in loc.hours
                }
                for loc in partner.locations
            },
        }
        for partner in huis.partners.values()
    }
    assert read_back(export) == expected
    assert sum(len(slot) for p in expected.values() for slot in p["locations"].values()) > 40


def test_opening_hours_never_cross_a_daylight_saving_switch(export):
    seen = 0
    for document in documents(export):
        for location in document["locations"]:
            for rule in location["schedules"]:
                first, last = dt.date.fromisoformat(rule["valid_from"]), dt.date.fromisoformat(rule["valid_to"])
                offsets = {hsds_times.utc_offset(first + dt.timedelta(days=n)) for n in range((last - first).days + 1)}
                assert offsets == {rule["timezone"]}, rule
                assert rule["opens_at"].endswith(f"+0{rule['timezone']}:00"), rule
                seen += 1
    assert seen > 80


def test_dst_periods_are_the_half_years_of_brussels():
    winter = [(dt.date(2026, 10, 25), dt.date(2027, 3, 27), 1), (dt.date(2027, 3, 28), dt.date(2027, 10, 30), 2)]
    assert hsds_times.dst_periods(dt.date(2026, 11, 22)) == winter
    assert hsds_times.dst_periods(dt.date(2027, 3, 27)) == winter  # the same addresses all half-year
    assert hsds_times.dst_periods(dt.date(2027, 3, 28))[0] == winter[1]
    assert hsds_times.at("09:30", 2) == "09:30+02:00" and hsds_times.at("", 1) == ""


def _expand(rule: dict[str, Any]) -> set[dt.date]:
    days = []
    for part in rule["byday"].split(","):
        weekday = getattr(rrule, part[-2:])
        days.append(weekday(int(part[:-2])) if part[:-2] else weekday)
    found = rrule.rrule(
        rrule.MONTHLY if rule["freq"] == "MONTHLY" else rrule.WEEKLY,
        dtstart=dt.datetime.fromisoformat(rule["dtstart"]),
        until=dt.datetime.fromisoformat(rule["until"]),
        byweekday=days,
        interval=rule.get("interval", 1),
        wkst=rrule.MO,
    )
    return {moment.date() for moment in found}


def test_a_series_read_back_has_its_dates(huis, export):
    services = {s["url"]: s for d in documents(export) for s in d["services"]}
    checked = 0
    for activity in huis.activities:
        if activity.series is None or activity.series.until < DAY:
            continue
        page = urls.page_address(SITE, urls.activity_page(activity.id), "nl", "nl")
        rules = [rule for rule in services[page]["schedules"] if "freq" in rule]
        read = set().union(*(_expand(rule) for rule in rules))
        notes = {
            dt.date.fromisoformat(d) for rule in rules for d in re.findall(r"\d{4}-\d\d-\d\d", rule.get("notes", ""))
        }
        start = hsds_times.dst_periods(DAY)[0][0]
        taking_place = {
            o.date
            for o in schedule.occurrences(activity)
            if o.date >= start and o.moved_from is None and o.status != "afgelast"
        }
        assert read - notes == taking_place, activity.id
        checked += 1
    assert checked >= 10


def test_ids_are_stable_and_the_sites_own(huis):
    later = hsds_export.files(huis, SITE)
    assert later == hsds_export.files(huis, SITE)
    partner = huis.partners["cgg-de-brug"]
    assert hsds.partner_id(SITE, partner) == hsds.partner_id(SITE, partner)
    assert hsds.partner_id(SITE, partner) != hsds.partner_id("https://ander.example.org/", partner)


def test_registers_are_identifiers_and_links(export):
    by_uri = {d["uri"]: d for d in documents(export)}
    social = by_uri[urls.page_address(SITE, urls.partner_page("sociaal-huis-beekdonk"), "nl", "nl")]
    assert [(i["identifier_type"], i["identifier"]) for i in social["organization_identifiers"]] == [
        ("De Sociale Kaart", "https://desocialekaart.example.org/organisaties/sociaal-huis-beekdonk")
    ]
    assert [w["label"] for w in social["additional_websites"]] == ["De Sociale Kaart"]
    offer = next(s for s in social["services"] if s["url"] == social["uri"])
    assert [(u["label"], u["url"]) for u in offer["additional_urls"]] == [
        ("IPDC", "https://productencatalogus.example.org/product/1502"),
        ("IPDC", "https://productencatalogus.example.org/product/1503"),
    ]
