"""Changes reach subscribers: SEQUENCE and LAST-MODIFIED come from the Huis's git history.

Each scenario is a small Huis in a git repository: published once, changed and committed, then
built again from a fresh clone with a later "today", as the nightly build on the git host does.
Feeds are made in-process (no MkDocs): the record and the feed writer are what is under test.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from icalendar import Calendar

from testkit.sitebuild import ROOT, git
from zondermuren.feeds import ical
from zondermuren.model import building
from zondermuren.sources.record import history

FIXTURE = ROOT / "tests" / "fixtures" / "minimal"
SITE = "https://huis.example.org/"
FIRST, LATER = dt.date(2026, 11, 23), dt.date(2026, 11, 30)


def feeds(root: Path, today: dt.date) -> dict[str, bytes]:
    huis, _ = building.load(root, today)
    return ical.all_feeds(huis, SITE)


def events(data: bytes) -> dict[tuple[str, str], tuple[int, dt.datetime, bytes]]:
    """(UID, RECURRENCE-ID) -> (SEQUENCE, LAST-MODIFIED, the VEVENT as written)."""
    found = {}
    for event in Calendar.from_ical(data).walk("VEVENT"):
        recurrence = event.get("recurrence-id")
        key = (str(event["uid"]), recurrence.to_ical().decode() if recurrence else "")
        found[key] = (event.decoded("sequence"), event.decoded("last-modified"), event.to_ical())
    return found


def change_and_clone(repo: Path, tmp_path: Path, old: str, new: str, file: str = "activiteiten.yml") -> Path:
    path = repo / "partners" / "bib-noorddorp" / file
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")
    git(repo, "commit", "-q", "-am", "Een wijziging", when="2026-11-27T09:30:00Z")
    clone = tmp_path / "kloon"
    subprocess.run(["git", "clone", "-q", str(repo), str(clone)], check=True, capture_output=True)
    return clone


CHANGED = dt.datetime(2026, 11, 27, 9, 30, tzinfo=dt.UTC)
BABYSPEL_CANCELLED = ("babyspel@huis.example.org", "20270113T093000")

SCENARIOS = {
    # A date of the series moved: that date's override changes, nothing else.
    "moved-date": (
        '      "2027-01-13":\n        status: afgelast',
        '      "2027-01-13":\n        status: verplaatst\n        verplaatst_naar: {datum: "2027-01-14"}',
        {BABYSPEL_CANCELLED},
    ),
    # A new cancelled date: a new override (SEQUENCE 0, LAST-MODIFIED the commit's time); the
    # series itself is unchanged.
    "cancelled-date": (
        '      "2027-01-13":\n        status: afgelast',
        '      "2027-01-13":\n        status: afgelast\n      "2027-01-20":\n        status: afgelast',
        {("babyspel@huis.example.org", "20270120T093000")},
    ),
    # A changed title: the one-off's event changes.
    "changed-title": (
        "      nl: Voorleesuur",
        "      nl: Voorleesuur met knutselen",
        {("voorleesuur@huis.example.org", "")},
    ),
}


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_exactly_the_changed_events_have_a_higher_sequence_and_a_newer_last_modified(
    scenario: str, published: Path, tmp_path: Path
):
    old, new, affected = SCENARIOS[scenario]
    before = feeds(published, FIRST)
    clone = change_and_clone(published, tmp_path, old, new)
    after = feeds(clone, LATER)
    assert before.keys() == after.keys()
    changed_somewhere = set()
    for name in before:
        was, now = events(before[name]), events(after[name])
        for key, (sequence, modified, text) in now.items():
            if key not in was:
                assert key in affected, (name, key)
                assert (sequence, modified) == (0, CHANGED), (name, key)
                changed_somewhere.add(key)
            elif key in affected:
                assert sequence == was[key][0] + 1 and modified == CHANGED > was[key][1], (name, key)
                changed_somewhere.add(key)
            else:
                assert text == was[key][2], (name, key)  # unchanged, byte for byte
    assert changed_somewhere == affected


def test_a_build_with_no_change_leaves_every_feed_byte_identical(published: Path, tmp_path: Path):
    before = feeds(published, FIRST)
    clone = tmp_path / "kloon"
    subprocess.run(["git", "clone", "-q", str(published), str(clone)], check=True, capture_output=True)
    assert feeds(clone, FIRST) == before
    assert feeds(clone, LATER) == before  # and a later day changes nothing: no demo block here


def test_a_renamed_activity_keeps_its_uid_and_counts_on(published: Path, tmp_path: Path):
    before = events(feeds(published, FIRST)["feeds/huis.ics"])
    clone = change_and_clone(
        published, tmp_path, "  - id: voorleesuur\n", "  - id: voorlezen-op-zaterdag\n    vorige_ids: [voorleesuur]\n"
    )
    after = events(feeds(clone, LATER)["feeds/huis.ics"])
    key = ("voorleesuur@huis.example.org", "")
    assert key in after and after[key][:2] == before[key][:2]  # same event for every phone, unchanged
    assert "voorlezen-op-zaterdag" in after[key][2].decode().replace("\r\n ", "")  # the new page address
    record = history.published(clone, LATER)
    assert {"voorleesuur", "voorlezen-op-zaterdag"} <= record.ids["activiteit"]


def test_an_uncommitted_edit_counts_once_on_the_builds_day(published: Path):
    before = events(feeds(published, FIRST)["feeds/huis.ics"])
    path = published / "partners" / "bib-noorddorp" / "activiteiten.yml"
    path.write_text(path.read_text("utf-8").replace('van: "10:00"', 'van: "10:15"'), "utf-8")
    after = events(feeds(published, LATER)["feeds/huis.ics"])
    key = ("voorleesuur@huis.example.org", "")
    assert after[key][:2] == (before[key][0] + 1, dt.datetime(2026, 11, 30, tzinfo=dt.UTC))


@pytest.mark.parametrize("where", ["copy", "shallow"])
def test_without_history_every_event_is_sequence_0_on_the_builds_day(where: str, published: Path, tmp_path: Path):
    target = tmp_path / where
    if where == "copy":
        shutil.copytree(published, target, ignore=shutil.ignore_patterns(".git"))
    else:
        git(published, "commit", "-q", "--allow-empty", "-m", "Nog een", when="2026-11-21T10:00:00Z")
        subprocess.run(
            ["git", "clone", "-q", "--depth", "1", f"file://{published}", str(target)], check=True, capture_output=True
        )
    record = history.published(target, LATER)
    assert record.origin != "git"
    assert ("ondiepe kloon" in record.origin) == (where == "shallow")
    found = events(feeds(target, LATER)["feeds/huis.ics"])
    assert {(sequence, modified) for sequence, modified, _ in found.values()} == {
        (0, dt.datetime(2026, 11, 30, tzinfo=dt.UTC))
    }


def test_the_record_comes_from_the_sources_as_written_not_from_shifted_dates():
    """The example's demo block moves every date with "today": its events stay the same events."""
    days = dt.date(2026, 11, 23), dt.date(2027, 2, 1)
    one, other = (building.load(ROOT, day)[0] for day in days)
    assert [a.date for a in one.activities] != [a.date for a in other.activities]
    for first, second in zip(one.activities, other.activities, strict=True):
        assert first.revision.sequence == second.revision.sequence, first.id
        # Committed changes keep their commit's time; an edit not yet committed counts on the build's day.
        committed = dt.datetime.fromtimestamp(int(git(ROOT, "log", "-1", "--format=%ct")), dt.UTC)
        if first.revision.modified and first.revision.modified <= committed:
            assert first.revision.modified == second.revision.modified, first.id


def test_an_old_commit_with_multiplying_aliases_is_passed_over(published: Path, tmp_path: Path):
    """A file that once held a "billion laughs" does not stall the walk: its last readable version stands."""
    path = published / "partners" / "bib-noorddorp" / "activiteiten.yml"
    good = path.read_text("utf-8")
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join(['*' + chr(97 + n)] * 9)}]\n" for n in range(8)
    )
    path.write_text(bomb, "utf-8")
    git(published, "commit", "-q", "-am", "Stuk", when="2026-11-21T10:00:00Z")
    path.write_text(good, "utf-8")
    git(published, "commit", "-q", "-am", "Hersteld", when="2026-11-22T10:00:00Z")
    record = history.published(published, LATER)
    assert record.origin == "git"
    assert record.revisions[history.event_key("voorleesuur")].sequence == 0  # never seen changed
