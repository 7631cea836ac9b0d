"""The example Huis: complete, valid, never an empty calendar, and reproducible builds."""

from __future__ import annotations

import datetime as dt
import filecmp
import json
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from testkit import sitebuild
from testkit.sitebuild import ROOT
from zondermuren.githost import reference
from zondermuren.model import building, schedule
from zondermuren.problems import Level
from zondermuren.sources import reading

TODAY = sitebuild.DAY  # the day of every test build (the `today` fixture)


@pytest.fixture(scope="module")
def checked(today: dt.date):
    return reading.check(ROOT, today)


def test_example_has_no_errors(checked):
    assert [str(p) for p in checked.errors] == []


def test_example_is_a_realistic_intergemeentelijk_huis():
    huis, _ = building.load(ROOT, TODAY)
    assert len(huis.municipalities) == 6
    assert len(huis.partners) >= 25
    assert sum(p.involvement == "kernpartner" for p in huis.partners.values()) >= 11
    clusters = {huis.vocab.term("partnertypes", t).cluster for p in huis.partners.values() for t in p.types}
    assert len(clusters) >= 10
    year = [o for o in schedule.all_occurrences(huis.activities) if TODAY <= o.date < TODAY + dt.timedelta(days=365)]
    assert len({o.activity.id for o in year}) >= 60
    assert sum(a.series is not None and a.series.frequency == "wekelijks" for a in huis.activities) >= 5
    campaign = [a for a in huis.activities if "week-van-de-opvoeding" in a.campaigns]
    assert len(campaign) >= 5
    assert {a.date.month for a in campaign if a.date} == {5}
    translated = [p for p in huis.partners.values() if {"fr", "en", "ar"} <= set(p.description.translations)]
    assert 5 <= len(translated) < len(huis.partners)  # part of the content, so gaps show too


@pytest.mark.parametrize("today", ["2026-11-22", "2027-08-01", "2029-02-14", "2031-12-30"])
def test_demo_calendar_is_never_empty(today):
    day = dt.date.fromisoformat(today)
    huis, _ = building.load(ROOT, day)
    coming = schedule.upcoming(schedule.all_occurrences(huis.activities), day)
    next_week = [o for o in coming if o.date < day + dt.timedelta(days=7)]
    assert len(next_week) >= 10
    assert len({(o.date.year, o.date.month) for o in coming}) >= 11
    assert all(o.date.weekday() == huis_weekday(o) for o in coming if o.activity.series and not o.moved_from)


def huis_weekday(occurrence) -> int:
    from zondermuren.model.huis import WEEKDAYS

    days = [WEEKDAYS.index(d) for d in occurrence.activity.series.weekdays]
    return occurrence.date.weekday() if occurrence.date.weekday() in days else -1


def test_published_schemas_and_field_reference_are_up_to_date(checked):
    for relative, text in reference.schema_files(checked).items():
        assert (ROOT / relative).read_text("utf-8") == text, f"{relative} is stale: run `zondermuren velden`"
        json.loads(text)
    assert (ROOT / "docs" / "velden.md").read_text("utf-8") == reference.reference(checked), "run `zondermuren velden`"


def test_every_example_file_names_its_schema():
    for path in [ROOT / "huis.yml", *sorted((ROOT / "partners").glob("*/*.yml"))]:
        first = path.read_text("utf-8").splitlines()[0]
        kind = {"huis.yml": "huis", "fiche.yml": "fiche", "activiteiten.yml": "activiteiten"}[path.name]
        assert first.startswith("# yaml-language-server: $schema=") and first.endswith(f"schema/{kind}.schema.json"), (
            path
        )


def test_two_builds_with_the_same_today_are_identical(example_site: Path, example_again: Path):
    """The second build is made right after the first, in the background (tests/conftest.py)."""
    comparison = filecmp.dircmp(example_site, example_again)
    differences: list[str] = []

    def walk(node: filecmp.dircmp, prefix: str = "") -> None:
        differences.extend(prefix + name for name in node.left_only + node.right_only + node.diff_files)
        _, mismatch, errors = filecmp.cmpfiles(node.left, node.right, node.common_files, shallow=False)
        differences.extend(prefix + name for name in mismatch + errors)
        for name, sub in node.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(comparison)
    assert sorted(set(differences)) == []


def test_warnings_are_printed_but_never_fail_a_strict_build(example_log: str):
    """What the shared example build printed: it is `mkdocs build --strict`, and it passed."""
    assert "1 waarschuwing:" in example_log
    assert "laatst_nagekeken: fiche niet nagekeken sinds" in example_log


@pytest.mark.build
def test_a_broken_fiche_fails_the_build_with_every_problem_and_no_traceback(tmp_path: Path):
    project = sitebuild.copy_project(tmp_path / "project")
    fiche = project / "partners" / "consultatiebureau-beekdonk" / "fiche.yml"
    text = fiche.read_text("utf-8")
    text = text.replace("\npijlers:", "\npijler:").replace(
        "levensdomeinen: [gezondheid,", "levensdomeinen: [gezondhied,"
    )
    text = text.replace('laatst_nagekeken: "2026-10-01"', "laatst_nagekeken: 2026-13-01").replace(
        "logo: logo.svg", "logo: logo.png"
    )
    fiche.write_text(text, "utf-8")
    # In-process, as MkDocs runs the hook (the build's messages are the point, not a new process):
    # `mkdocs build` exits with 1 on Abort; any other exception would be a traceback.
    with sitebuild.environ(sitebuild.settings(with_print=False)), sitebuild.logged() as log:
        with pytest.raises(Abort) as stopped:
            sitebuild.build_in_process(project, tmp_path / "site")
    output = log.getvalue() + str(stopped.value)
    assert "Traceback" not in output
    assert "4 fouten gevonden:" in output
    for expected in (
        "partners/consultatiebureau-beekdonk/fiche.yml:20:1: pijler: onbekend veld",
        "partners/consultatiebureau-beekdonk/fiche.yml:21:18: levensdomeinen[1]: onbekende waarde",
        "logo: logobestand bestaat niet",
        "laatst_nagekeken: ongeldige datum",
    ):
        assert expected in output
    assert not (tmp_path / "site" / "index.html").exists()
    assert [p.level for p in reading.check(project, TODAY).problems].count(Level.ERROR) == 4
