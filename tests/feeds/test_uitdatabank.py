"""The UiTdatabank export: every document of the example valid by publiq's own schemas, and the
warnings for what UiT cannot express.

publiq's JSON Schemas (the models of its Entry API, GPL-3.0-only) are test data under
tests/feeds/schemas/uitdatabank/ (README there): never shipped, read offline through a local
`referencing` registry. No site is built: the Huis is loaded in-process.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from testkit.sitebuild import ROOT
from zondermuren import build
from zondermuren.feeds.uitdatabank import mapping
from zondermuren.options import Options
from zondermuren.sources.schema.parts import UIT_RULE

MODELS = Path(__file__).parent / "schemas" / "uitdatabank" / "models"
BASE = "https://schemas.uitdatabank.test/models/"  # no network: every $ref resolves in the registry
TODAY = dt.date(2026, 11, 23)  # the example's demo anchor: its dates stand as written
SITE = "https://huis.example.org/"
MINIMAL = Path(__file__).parents[1] / "fixtures" / "minimal"


def validator(model: str) -> Draft202012Validator:
    """A validator for one of publiq's models (event.json, place.json), its references all local."""
    resources = [
        (BASE + path.name, Resource.from_contents(json.loads(path.read_text("utf-8")), DRAFT202012))
        for path in MODELS.glob("*.json")
    ]
    registry = Registry().with_resources(resources)
    return Draft202012Validator({"$ref": BASE + model}, registry=registry, format_checker=FormatChecker())


def errors(check: Draft202012Validator, document: dict) -> list[str]:
    return [f"{e.json_path}: {e.message[:160]}" for e in check.iter_errors(document)]


@pytest.fixture(scope="module")
def loaded() -> build.Loaded:
    return build.load(ROOT, Options(today=TODAY, site_url=SITE))


@pytest.fixture(scope="module")
def example(loaded) -> build.UitExport:
    return build.uitdatabank_export(loaded, SITE, {})


def test_every_document_of_the_example_is_valid_by_publiqs_schemas(example):
    events, places = validator("event.json"), validator("place.json")
    found = {key: errors(events, doc) for key, doc in example.events.items()}
    found |= {key: errors(places, doc) for key, doc in example.places.items()}
    assert {key: said for key, said in found.items() if said} == {}
    # The example holds the shapes the mapping knows: one date, several, a run through the nights,
    # cancelled and moved dates; and each event's place is one of ours or a known UiT place.
    assert len(example.events) > 40 and len(example.places) > 20
    assert set(Counter(doc["calendarType"] for doc in example.events.values())) >= {"single", "multiple"}
    statuses = {sub["status"]["type"] for doc in example.events.values() for sub in doc.get("subEvent", [])}
    assert statuses == {"Available", "Unavailable", "TemporarilyUnavailable"}
    for key, doc in example.events.items():
        place = example.event_places[key]
        assert doc["location"]["@id"].endswith(place) if place else True
    # The schemas bite: an Arabic name and a second event type are refused.
    some = next(iter(example.events.values()))
    wrong = {**some, "name": {"ar": "وقت القصة"}, "terms": some["terms"] * 2}
    assert len(errors(events, wrong)) >= 2


def test_service_hours_stay_out(loaded, example):
    kinds = {a.kind for a in loaded.huis.activities}
    assert {"spreekuur", "materiele-hulp", "spelotheek"} <= kinds
    sent_kinds = {doc["terms"][0]["label"] for doc in example.events.values()}
    assert sent_kinds <= {
        "Lezing of congres",
        "Cursus of workshop",
        "Cursus met open sessies",
        "Spel of quiz",
        "Kermis of feestelijkheid",
    }
    assert example.warnings == []
    # The rule docs/velden.md gives partners names every kind the export leaves out as service hours.
    assert all(kind in UIT_RULE for kind in mapping.terms().services)


def test_what_uit_cannot_express_is_a_warning(tmp_path):
    root = tmp_path / "huis"
    shutil.copytree(MINIMAL, root)
    with (root / "huis.yml").open("a", encoding="utf-8") as huis:
        huis.write("woordenlijsten:\n  aanbodvormen:\n    toevoegen:\n      babymassage: Babymassage\n")
    (root / "partners" / "bib-noorddorp" / "activiteiten.yml").write_text(
        "activiteiten:\n"
        "  - id: verhalen\n"
        "    titel: وقت الحكايات\n"
        "    soort: infosessie\n"
        '    datum: "2026-12-05"\n'
        '    van: "10:00"\n'
        '    tot: "11:00"\n'
        "  - id: massage\n"
        "    titel: Babymassage\n"
        "    soort: babymassage\n"
        '    datum: "2026-12-06"\n'
        '    van: "10:00"\n'
        '    tot: "11:00"\n'
        "  - id: niet-naar-uit\n"
        "    titel: Babymassage thuis\n"
        "    soort: babymassage\n"
        "    uitdatabank: false\n"
        '    datum: "2026-12-07"\n'
        '    van: "10:00"\n'
        '    tot: "11:00"\n',
        encoding="utf-8",
    )
    loaded = build.load(root, Options(today=TODAY, site_url=SITE))
    export = build.uitdatabank_export(loaded, SITE, {})
    assert export.events == {}
    assert [str(w) for w in export.warnings] == [
        "partners/bib-noorddorp/activiteiten.yml:2:1: activiteiten[0].titel: verwacht een titel in het "
        "Nederlands, Frans, Duits of Engels, gevonden 'وقت الحكايات': UiTdatabank aanvaardt alleen die talen, "
        "dus deze activiteit gaat niet naar UiTdatabank — zet de Nederlandse titel bij nl: en de vertaling "
        "ernaast, zoals titel: {nl: Voorleesuur, ar: ...}",
        "partners/bib-noorddorp/activiteiten.yml:8:1: activiteiten[1].soort: soort 'babymassage' heeft geen type "
        "in UiTdatabank: deze activiteit gaat niet naar UiTdatabank — kies een soort met een UiT-type "
        "(infosessie, cursus, oudergroep, spel-en-ontmoeting, evenement), of zet uitdatabank: false",
    ]
    assert all(w.level == "waarschuwing" for w in export.warnings)


def test_ids_are_stable_per_site_and_activity(loaded, example):
    first = example
    again = build.uitdatabank_export(loaded, SITE, {})
    assert list(first.events) == list(again.events) and first.events == again.events
    other = build.uitdatabank_export(loaded, "https://ander-huis.example.org/", {})
    assert not set(other.events) & set(first.events)  # another Huis's activity of the same id is another event
