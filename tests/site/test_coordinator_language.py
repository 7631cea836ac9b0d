"""The coordinator's page lists the partners whose Dutch texts `zondermuren check` finds hard to read."""

from __future__ import annotations

import shutil
from pathlib import Path

from testkit.sitebuild import FIXTURES
from tests.sources.test_messages import TODAY
from zondermuren.model import building
from zondermuren.site import pages

LONG = (
    "Wij helpen ouders die vragen hebben over de opvoeding van hun kinderen en wij zoeken samen met hen "
    "naar een oplossing die past bij hun gezin en hun buurt."
)


def test_the_coordinator_page_lists_a_fiche_with_a_language_warning(tmp_path: Path) -> None:
    root = tmp_path / "huis"
    shutil.copytree(FIXTURES / "minimal", root)
    fiche = root / "partners" / "bib-noorddorp" / "fiche.yml"
    fiche.write_text(fiche.read_text("utf-8").replace("Boeken en spelletjes voor het hele gezin.", LONG), "utf-8")
    huis, warnings = building.load(root, TODAY)
    assert [p.field for p in warnings] == ["beschrijving.nl"]
    pages.write_pages(huis, root / "content", "https://huis.example.org/")
    text = (root / "content" / "coordinatie.md").read_text("utf-8")
    assert '<h2 id="taal">Teksten die moeilijk te lezen zijn (1)</h2>' in text
    assert (
        '<tr><td><a href="../partners/bib-noorddorp/">Bibliotheek Noorddorp</a></td>'
        "<td>zin te lang voor wie moeilijk leest (verwacht hoogstens 25 woorden per zin, gevonden 29 woorden in "
        "&#39;Wij helpen ouders die vragen hebben …&#39;)</td>"
        "<td><code>partners/bib-noorddorp/fiche.yml:6</code> <code>beschrijving.nl</code></td>"
        "<td>@bib-noorddorp</td></tr>"
    ) in text
    assert "<code>https://overheid.vlaanderen.be/communicatie/heerlijk-helder</code>" in text
