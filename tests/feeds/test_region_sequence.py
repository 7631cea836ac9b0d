"""A shared partner's changes reach this Huis's subscribers: the pool's copy counts in the git history.

A Huis (tests/fixtures/regio/noord, in a git repository) takes the regional pool in with `zondermuren regio
bijwerken` and commits the copy, as its scheduled pull request does; a later version of the pool cancels the
shared activity, and is brought in and committed the same way. The feed then has that activity with a higher
SEQUENCE, the commit's time and the cancellation; what the pool drops in another Huis's municipality never
counts as published here; what it drops in this Huis is named at the copy, with the pool's hint.
Feeds are made in-process (no MkDocs, no print), as in test_published.py.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from icalendar import Calendar

from testkit.sitebuild import ROOT, git
from zondermuren import build, cli
from zondermuren.feeds import ical
from zondermuren.model import building
from zondermuren.options import Options
from zondermuren.sources.record import history

FIXTURES = ROOT / "tests" / "fixtures" / "regio"
SITE = "https://huis.example.org/"
FIRST, LATER = dt.date(2026, 11, 23), dt.date(2026, 11, 30)
CHANGED = dt.datetime(2026, 11, 27, 9, 30, tzinfo=dt.UTC)
UID = "caw-spreekuur-noord@huis.example.org"
COPY = "partners/_regio/regio-oost/caw-oost"


def _event(root: Path, today: dt.date) -> tuple[int, dt.datetime, str, dt.date]:
    """(SEQUENCE, LAST-MODIFIED, STATUS, the day) of the shared activity in the Huis's feed."""
    huis, _ = building.load(root, today)
    (event,) = [e for e in Calendar.from_ical(ical.all_feeds(huis, SITE)["feeds/huis.ics"]).walk("VEVENT")
                if str(e["uid"]) == UID]  # fmt: skip
    status = str(event.get("status", ""))
    return event.decoded("sequence"), event.decoded("last-modified"), status, event.decoded("dtstart").date()


def _take_in(root: Path, pool: Path, when: str) -> None:
    assert cli.main(["--map", str(root), "regio", "bijwerken", "--pool", str(pool)]) == 0
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Regionale partners", when=when)


def test_a_cancellation_in_the_pool_raises_sequence_in_each_huis_that_took_it_in(tmp_path: Path, capsys):
    pool, root = tmp_path / "pool", tmp_path / "noord"
    shutil.copytree(FIXTURES / "pool", pool)
    shutil.copytree(FIXTURES / "noord", root)
    git(root, "init", "-q", "-b", "main")
    _take_in(root, pool, "2026-11-20T10:00:00Z")
    assert _event(root, FIRST) == (0, dt.datetime(2026, 11, 20, 10, tzinfo=dt.UTC), "CONFIRMED", dt.date(2026, 12, 8))

    # Version 2 of the pool: the spreekuur in Noorddorp is cancelled, the one in Zuiddorp (another Huis) goes.
    listed = pool / "caw-oost" / "activiteiten.yml"
    text = listed.read_text("utf-8")
    text = text.replace(
        "    locatie: noorddorp\n", "    locatie: noorddorp\n    status: afgelast\n    reden: Ziekte.\n"
    )
    listed.write_text(text[: text.index("  - id: caw-spreekuur-zuid")], "utf-8")
    (pool / "pool.yml").write_text((pool / "pool.yml").read_text("utf-8").replace('versie: "1"', 'versie: "2"'))
    _take_in(root, pool, "2026-11-27T09:30:00Z")
    assert _event(root, LATER) == (1, CHANGED, "CANCELLED", dt.date(2026, 12, 8))
    record = history.published(root, LATER)
    assert "caw-spreekuur-zuid" not in record.ids["activiteit"]  # never on this Huis's site
    assert {"caw-oost"} <= record.ids["partner"] and "caw-oost/zuiddorp" not in record.ids["locatie"]
    options = Options(LATER, SITE, with_print=False)
    assert [str(p) for p in build.check(root, options).problems] == []

    # Version 3 drops the activity this Huis showed: the warning names the copy and where to fix it.
    listed.write_text("activiteiten: []\n", "utf-8")
    (pool / "pool.yml").write_text((pool / "pool.yml").read_text("utf-8").replace('versie: "2"', 'versie: "3"'))
    _take_in(root, pool, "2026-11-28T09:30:00Z")
    assert [str(p) for p in build.check(root, options).problems] == [
        f"{COPY}/activiteiten.yml:1:1: vorige_ids: activiteit 'caw-spreekuur-noord' is verdwenen, maar stond al op"
        " de site (verwacht 'caw-spreekuur-noord' onder vorige_ids van de activiteit die nu die plaats inneemt,"
        " gevonden nergens) — hernoemd? zet 'vorige_ids: [caw-spreekuur-noord]' bij de nieuwe activiteit: oude"
        " affiches, QR-codes en agenda's blijven dan werken; bewust geschrapt? dan is er niets te doen; gedeelde"
        " fiche van de regio Regio Oost (in de pool: caw-oost/activiteiten.yml), opgenomen door Huis van het Kind"
        " Noorddorp: verbeter ze in de pool, niet in dit Huis"
    ]
    capsys.readouterr()
