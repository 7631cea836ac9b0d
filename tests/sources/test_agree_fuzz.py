"""huis.yml settings: whatever `check` accepts, the engine builds; whatever it cannot build, `check` says.

Hypothesis writes settings into the minimal fixture's huis.yml (vocabulary changes under
`woordenlijsten`, the example's date shift `demo`, languages, colours, the logo) and puts the
fixture's activity in a campaign; `check` runs, and what it accepts is built in-process with
print off, its print plan made, and every label of the vocabularies read back as text (a label
typed as a list once came out as the page title "['een', 'lijst']"). The `@example`s are the
crashes found in the field; the generated cases look for the next one. Runs in a few seconds.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.sources.test_messages import FIXTURE, TODAY
from zondermuren import build
from zondermuren.options import Options
from zondermuren.printing import registry
from zondermuren.sources import reading
from zondermuren.vocabulary import LISTS, Vocabularies

SITE_URL = "https://huis.example.org/"
SETTINGS = yaml.safe_load((FIXTURE / "huis.yml").read_text("utf-8"))
KIT = Vocabularies.default()
USED = ["bibliotheek", "consultatiebureau", "opvang-en-vrije-tijd", "gezondheid", "vrije-tijd", "0-3"]

ANY = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 99_999) | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=5,
)
TEXT = st.text(st.characters(categories=["L", "N", "P", "S", "Zs"]), min_size=1, max_size=12)
LANGUAGE = st.sampled_from(["nl", "fr", "ar", "en", "tr", "uk", "ti", "xx", "NL", "cluster"])
KEY = st.sampled_from(["zomer", "speelotheek", "24-30", "andere", "buitenspeeldag", *USED])
CLUSTER = st.sampled_from([*KIT.keys("clusters"), "opvang-vrije-tijd", ""])
LABEL = (
    TEXT
    | st.dictionaries(LANGUAGE, TEXT | ANY, max_size=3)
    | st.builds(lambda label, cluster: {"nl": label, "cluster": cluster}, TEXT, CLUSTER)
    | ANY
)


def _change(name: str) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {},
        optional={
            "toevoegen": st.dictionaries(KEY, LABEL, max_size=3),
            "weglaten": st.lists(st.sampled_from(KIT.keys(name)), max_size=3, unique=True),
        },
    )


VOCABULARIES = st.lists(st.sampled_from(LISTS), unique=True, min_size=1, max_size=3).flatmap(
    lambda names: st.fixed_dictionaries({name: _change(name) for name in names})
)
DATES = st.sampled_from(["2000-01-03", "2026-11-09", "2026-11-16", "2099-12-28", "2026-02-30", "9999-12-30"])
VALUES: dict[str, st.SearchStrategy[Any]] = {
    "woordenlijsten": VOCABULARIES | ANY,
    "demo": st.fixed_dictionaries({"ankerdatum": DATES}) | ANY,
    "talen": st.lists(LANGUAGE, max_size=4, unique=True).map(lambda codes: ["nl", *(c for c in codes if c != "nl")]),
    "kleuren": st.fixed_dictionaries(
        {"primair": st.sampled_from(["#000000", "#ffffff", "#1d5e8c", "#FFFF00"])},
        optional={"accent": st.sampled_from(["#000000", "#ffffff", "#ff0000"])},
    )
    | ANY,
    "logo": st.sampled_from(["assets/logo.svg", "assets/nope.svg", "../logo.svg", "assets", "huis.yml", ""]) | ANY,
}
CHANGES = st.fixed_dictionaries(
    {"woordenlijsten": VALUES["woordenlijsten"]}, optional={k: v for k, v in VALUES.items() if k != "woordenlijsten"}
)
CAMPAIGN = st.sampled_from(["", "zomer", "buitenspeeldag"])
REVIEWED = st.sampled_from(["2026-10-01", "2026-10-01", "2026-11-22", "9999-12-30"])


def _woorden(name: str, change: dict[str, Any]) -> dict[str, Any]:
    return {"woordenlijsten": {name: change}}


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("agree")


@settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=CHANGES, campaign=CAMPAIGN, reviewed=REVIEWED)
@example(
    _woorden("partnertypes", {"toevoegen": {"bibliotheek": {"nl": "Bib", "cluster": "opvang-vrije-tijd"}}}), "", ""
)
@example(_woorden("partnertypes", {"toevoegen": {"bibliotheek": "Bib"}}), "", "")
@example(_woorden("clusters", {"weglaten": ["opvang-en-vrije-tijd"]}), "", "")
@example(_woorden("campagnes", {"toevoegen": {"zomer": {"nl": ["een", "lijst"]}}}), "zomer", "")
@example(_woorden("campagnes", {"toevoegen": {"zomer": {"nl": 12}}}), "zomer", "")
@example({"demo": {"ankerdatum": "2026-11-09"}}, "", "9999-12-30")
def test_what_check_accepts_builds(workdir: Path, changes: dict[str, Any], campaign: str, reviewed: str) -> None:
    root = workdir / "huis"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(FIXTURE, root)
    (root / "huis.yml").write_text(yaml.safe_dump({**SETTINGS, **changes}, allow_unicode=True), "utf-8")
    fiche = root / "partners/bib-noorddorp/fiche.yml"
    if reviewed:
        fiche.write_text(fiche.read_text("utf-8").replace("2026-10-01", reviewed), "utf-8")
    if campaign:
        activities = root / "partners/bib-noorddorp/activiteiten.yml"
        text = activities.read_text("utf-8").replace(
            "    soort: evenement\n", f"    soort: evenement\n    campagnes: [{campaign}]\n"
        )
        activities.write_text(text, "utf-8")
    found = reading.check(root, TODAY)  # never raises
    if found.errors:
        assert all(p.file and p.line >= 1 for p in found.errors)  # every refusal says where
        return
    prepared = build.prepare(root, root / "content", Options(TODAY, SITE_URL, with_print=False))
    registry.plan(prepared.huis, SITE_URL)
    huis = prepared.huis
    for terms in huis.vocab.lists.values():
        for term in terms.values():
            assert all(isinstance(term.label(language), str) for language in huis.languages), term
