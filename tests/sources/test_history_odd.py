"""The record of what was published survives odd git histories.

A submodule under partners/, a 200 MB file in an old commit, a commit dated after the year 9999:
each is passed over with one warning naming the commit, and the rest of the history still counts
(SEQUENCE still rises for later changes). Each scenario is the minimal Huis in a small git
repository (the `published` fixture), changed the way it happened in the field.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from testkit.sitebuild import FIXTURES, git
from tests.feeds.test_published import CHANGED, LATER, SITE, events, feeds
from zondermuren import build, cli
from zondermuren.model import building
from zondermuren.options import Options
from zondermuren.site import pages
from zondermuren.site.rendering import Renderer
from zondermuren.sources import reading
from zondermuren.sources.record import history

ACTS = "partners/bib-noorddorp/activiteiten.yml"
SUBMODULE = "1234567890abcdef1234567890abcdef12345678"  # a commit of another repository: never in this one
VOORLEESUUR = ("voorleesuur@huis.example.org", "")


def head(repo: Path) -> str:
    return git(repo, "rev-parse", "HEAD").strip()


def edit(repo: Path, old: str, new: str, when: str, file: str = ACTS) -> None:
    path = repo / file
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")
    git(repo, "commit", "-q", "-am", "Een wijziging", when=when)


def problems(repo: Path, today: dt.date = LATER) -> list[str]:
    return [str(p) for p in reading.check(repo, today).problems]


def test_a_submodule_once_under_partners_is_one_warning_and_later_changes_still_count(published: Path):
    git(published, "update-index", "--add", "--cacheinfo", f"160000,{SUBMODULE},partners/extern")
    git(published, "commit", "-q", "-m", "Een submodule", when="2026-11-21T10:00:00Z")
    odd = head(published)
    git(published, "update-index", "--force-remove", "partners/extern")
    git(published, "commit", "-q", "-m", "Weg ermee", when="2026-11-22T10:00:00Z")
    edit(published, "      nl: Voorleesuur\n", "      nl: Voorleesuur met knutselen\n", "2026-11-27T09:30:00Z")
    record = history.published(published, LATER)
    assert record.origin == "git"
    assert record.revision("voorleesuur") == (1, CHANGED)  # the history still counts, after the submodule too
    assert problems(published) == [
        "partners/:1:1: submodule in de geschiedenis overgeslagen (verwacht gewone bestanden onder partners/, "
        f"gevonden een submodule 'partners/extern' in commit {odd[:7]}) — niets te doen: de rest van de "
        "geschiedenis telt mee"
    ]


def test_the_warnings_come_back_from_the_cache_and_an_old_cache_is_not_trusted(published: Path, tmp_path: Path):
    git(published, "update-index", "--add", "--cacheinfo", f"160000,{SUBMODULE},partners/extern")
    git(published, "commit", "-q", "-m", "Een submodule", when="2026-11-21T10:00:00Z")
    cache = tmp_path / "cache"
    walked = history.published(published, LATER, cache)
    (saved,) = cache.iterdir()
    again = history.published(published, LATER, cache)
    assert again.problems == walked.problems and len(walked.problems) == 1
    assert again.revisions == walked.revisions
    # A cache written before the fix may hold a time past the year 9999: it is walked again.
    old = json.loads(saved.read_text("utf-8"))
    old |= {"version": 3, "revisions": {"voorleesuur": [0, 300_000_000_000]}, "odd": []}
    saved.write_text(json.dumps(old), "utf-8")
    assert history.published(published, LATER, cache).revisions == walked.revisions


_PEAK = """
import datetime as dt, json, resource, sys
from pathlib import Path
from zondermuren.sources import reading
found = reading.check(Path(sys.argv[1]), dt.date(2026, 11, 30))
peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
print(json.dumps({"problems": [str(p) for p in found.problems], "peak_kb": peak}))
"""


def checked_in_a_process(repo: Path) -> tuple[list[str], int]:
    """`check`'s problems and its peak memory (kB; itself or any git it ran), measured in a fresh process."""
    done = subprocess.run([sys.executable, "-c", _PEAK, str(repo)], capture_output=True, text=True, check=True)
    result = json.loads(done.stdout)
    return result["problems"], result["peak_kb"]


@pytest.mark.slow  # git hashes and commits 200 MB: seconds of processes (`make test` runs it)
def test_a_200_mb_file_in_history_is_never_loaded(published: Path, tmp_path: Path):
    """The same 200 MB blob as activiteiten.yml (too big: one warning) and as a film (not a fiche: never read)."""
    before, baseline = checked_in_a_process(published)
    assert before == []
    zeros = tmp_path / "nullen"
    with zeros.open("wb") as sparse:
        sparse.truncate(200 * 1024 * 1024)  # no disk, and git stores 200 MB of zeros in about 200 kB
    blob = git(published, "hash-object", "-w", str(zeros)).strip()
    good = git(published, "rev-parse", f"HEAD:{ACTS}").strip()
    for path in (ACTS, "partners/bib-noorddorp/film.mp4"):
        git(published, "update-index", "--add", "--cacheinfo", f"100644,{blob},{path}")
    git(published, "commit", "-q", "-m", "Per ongeluk", when="2026-11-21T10:00:00Z")
    odd = head(published)
    git(published, "update-index", "--cacheinfo", f"100644,{good},{ACTS}")
    git(published, "update-index", "--force-remove", "partners/bib-noorddorp/film.mp4")
    git(published, "commit", "-q", "-m", "Hersteld", when="2026-11-22T10:00:00Z")
    edit(published, "      nl: Voorleesuur\n", "      nl: Voorleesuur met knutselen\n", "2026-11-27T09:30:00Z")
    found, peak = checked_in_a_process(published)
    assert found == [
        f"{ACTS}:1:1: te groot bestand in de geschiedenis overgeslagen (verwacht hoogstens 250 kB, gevonden 209,7 MB "
        f"in commit {odd[:7]}) — die versie telt niet mee voor de agenda's, de rest van de geschiedenis wel: "
        "niets te doen"
    ]
    print(f"peak memory of check: {baseline} kB without the blob, {peak} kB with it")
    assert peak < baseline + 30 * 1024  # it was 870 MB more when the walk read every blob under partners/
    assert history.published(published, LATER).revision("voorleesuur") == (1, CHANGED)


def test_a_commit_after_the_year_9999_is_one_warning_and_the_build_does_not_crash(
    published: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    """Git refuses such a date in a normal commit, but stores one given as seconds (or crafted)."""
    edit(published, "      nl: Voorleesuur\n", "      nl: Voorleesuur met knutselen\n", "@300000000000 +0000")
    odd = head(published)
    assert git(published, "log", "-1", "--format=%ci").startswith("11476-")
    edit(published, "titel: Babyspel", "titel: Babyspel en meer", "2026-11-27T09:30:00Z")
    assert problems(published) == [
        "partners/:1:1: onmogelijke datum in de geschiedenis overgeslagen (verwacht een commitdatum tussen 1970 en "
        f"9999, gevonden het jaar 11476 in commit {odd[:7]}) — de wijzigingen van die commit tellen mee op de datum "
        "van de commit ervoor; zet de klok juist"
    ]
    first = dt.datetime(2026, 11, 20, 10, tzinfo=dt.UTC)  # the `published` fixture's one commit
    record = history.published(published, LATER)
    assert record.revision("voorleesuur") == (1, first) and record.revision("babyspel") == (1, CHANGED)
    assert events(feeds(published, LATER)["feeds/huis.ics"])[VOORLEESUUR][:2] == (1, first)
    prepared = build.prepare(published, published / "content", Options(LATER, SITE, with_print=False))
    assert prepared.huis.history == "git"
    monkeypatch.setenv("ZONDERMUREN_TODAY", LATER.isoformat())
    capsys.readouterr()
    assert cli.main(["--map", str(published), "check"]) == 0
    output = capsys.readouterr()
    assert "11476" in output.out and "Traceback" not in output.out + output.err


def test_a_date_out_of_range_with_no_commit_before_it_counts_on_the_builds_day(published: Path):
    git(published, "commit", "-q", "--amend", "-m", "Eerste publicatie", when="@300000000000 +0000")
    record = history.published(published, LATER)
    assert record.origin == "git" and record.revision("voorleesuur") == (0, None) and record.changed_on is None
    assert len(record.problems) == 1
    sequence, modified, _ = events(feeds(published, LATER)["feeds/huis.ics"])[VOORLEESUUR]
    assert (sequence, modified) == (0, dt.datetime(2026, 11, 30, tzinfo=dt.UTC))


@pytest.mark.parametrize(
    ("origin", "advice"),
    [
        ("een ondiepe kloon (haal de hele geschiedenis op: fetch-depth: 0)", "fetch-depth: 0"),
        ("de git-geschiedenis kon niet gelezen worden", "een volledige kloon, geen gekopieerde map"),
        ("geen git-geschiedenis (geen git, of een map zonder .git)", "een volledige kloon, geen gekopieerde map"),
    ],
)
def test_the_coordinator_page_blames_the_clone_depth_only_for_a_shallow_clone(origin: str, advice: str):
    huis, _ = building.load(FIXTURES / "minimal", LATER)
    huis.history = origin
    text = Renderer(huis, SITE, {}).render("coordinatie", "coordinatie.md.j2", pages.coordinator_overview(huis), "nl")
    assert advice in text
    assert ("fetch-depth" in text) == ("ondiepe" in origin)
