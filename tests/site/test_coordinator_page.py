"""The coordinator's overview page: stale fiches with their beheerders, series that ended, the build's day."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from testkit.sitebuild import FIXTURES
from zondermuren.model import building
from zondermuren.site import pages

TODAY = dt.date(2027, 3, 1)  # the fixture's babyspel series ended on 2027-01-27


def test_overview_lists_stale_fiches_and_ended_series(tmp_path: Path) -> None:
    root = tmp_path / "huis"
    shutil.copytree(FIXTURES / "minimal", root)
    fiche = root / "partners" / "bib-noorddorp" / "fiche.yml"
    fiche.write_text(fiche.read_text("utf-8").replace('"2026-10-01"', '"2025-12-31"'), "utf-8")
    huis, _ = building.load(root, TODAY)
    pages.write_pages(huis, root / "content", "https://huis.example.org/")
    text = (root / "content" / "coordinatie.md").read_text("utf-8")
    assert '"robots": "noindex", "search": {"exclude": true}}' in text.splitlines()[1]
    assert '<strong><time datetime="2027-03-01">2027-03-01</time></strong>' in text
    assert '<h2 id="fiches">Fiches om na te kijken (1)</h2>' in text
    assert (
        '<tr><td><a href="../partners/bib-noorddorp/">Bibliotheek Noorddorp</a></td><td>2025-12-31</td>'
        "<td>@bib-noorddorp</td><td><code>partners/bib-noorddorp/fiche.yml</code></td></tr>"
    ) in text
    assert (
        '<tr><td><a href="../activiteiten/babyspel/">babyspel</a></td><td>Bibliotheek Noorddorp</td>'
        "<td>2027-01-27</td><td>@bib-noorddorp</td></tr>"
    ) in text
    assert (root / "content" / "coordinatie.fr.md").is_file()  # every language has it (the same Dutch text)


def test_overview_when_all_is_well(tmp_path: Path) -> None:
    root = tmp_path / "huis"
    shutil.copytree(FIXTURES / "minimal", root)
    huis, _ = building.load(root, dt.date(2026, 11, 22))
    context = pages.coordinator_overview(huis)
    assert (context["stale"], context["ended"]) == ([], [])
