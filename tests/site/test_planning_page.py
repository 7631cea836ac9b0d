"""The coordinator's planning pages: the clashes by month, and a grid per month with every clash in words."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from testkit.sitebuild import FIXTURES
from zondermuren.model import building
from zondermuren.site import pages

TODAY = dt.date(2026, 11, 22)


def _write(tmp_path: Path) -> Path:
    root = tmp_path / "huis"
    shutil.copytree(FIXTURES / "botsingen", root)
    huis, _ = building.load(root, TODAY)
    pages.write_pages(huis, root / "content", "https://huis.example.org/")
    return root / "content"


def test_overview_lists_the_months_and_the_clashes(tmp_path: Path) -> None:
    content = _write(tmp_path)
    text = (content / "planning" / "index.md").read_text("utf-8")
    assert '"robots": "noindex", "search": {"exclude": true}}' in text.splitlines()[1]
    assert '<tr><th scope="row"><a href="../planning/2026-12/">december 2026</a></th><td>20</td><td>5</td></tr>' in text
    assert '<tr><th scope="row"><a href="../planning/2027-04/">april 2027</a></th><td>0</td><td>geen</td></tr>' in text
    assert '<h2 id="botsingen">Botsingen (9)</h2>' in text
    assert (
        '<li><time datetime="2026-12-05">zaterdag 5 december 2026</time> in Noorddorp, leeftijd 0-3: 10:00–11:30 '
        '<a href="../activiteiten/peuterochtend/">Peuterochtend</a> van Bibliotheek Noorddorp '
        "(<code>partners/bib-noorddorp/activiteiten.yml:3</code>) en 11:00–12:00 "
        '<a href="../activiteiten/ouderochtend/">Ouderochtend</a> van Speelpunt Noorddorp '
        "(<code>partners/speelpunt-noorddorp/activiteiten.yml:4</code>)</li>"
    ) in text
    # Six months from today's: the horizon of the warnings.
    assert sorted(p.name for p in (content / "planning").glob("*-*.md") if p.name.count(".") == 1) == [
        "2026-11.md",
        "2026-12.md",
        "2027-01.md",
        "2027-02.md",
        "2027-03.md",
        "2027-04.md",
    ]
    coordinator = (content / "coordinatie.md").read_text("utf-8")
    assert '<a href="../planning/">planning</a>' in coordinator
    assert (content / "planning" / "index.fr.md").is_file()  # every language has it (the same Dutch text)


def test_a_month_grid_marks_clashes_in_words(tmp_path: Path) -> None:
    text = (_write(tmp_path) / "planning" / "2026-12.md").read_text("utf-8")
    assert "<caption>December 2026: wie doet wat waar</caption>" in text
    assert '<th scope="col">Week</th><th scope="col">maandag</th>' in text
    assert '<tr><th scope="row">week 49</th>\n<td class="zm-plan-other"></td>' in text  # 1 December is a Tuesday
    assert text.count('<tr><th scope="row">week ') == 5
    # A free day shows by its plain number; on a phone, where the days stack, its weekday shows too.
    assert (
        '<td class="zm-plan-free"><span class="zm-plan-day"><time datetime="2026-12-01">'
        '<span class="zm-plan-weekday">dinsdag </span>1</time></span>'
    ) in text
    assert (
        '<li class="zm-plan-clash"><span class="zm-plan-hours">10:00–11:30</span> '
        '<a href="../../activiteiten/peuterochtend/">Peuterochtend</a><br>Bibliotheek Noorddorp · Noorddorp'
        "<br><strong>Botsing met</strong> Ouderochtend (Speelpunt Noorddorp)</li>"
    ) in text
    # Near misses are on the grid, without a clash: online, another municipality, the same organiser.
    assert (
        '<a href="../../activiteiten/online-ouderavond/">Online vragenuur</a><br>Speelpunt Noorddorp · online</li>'
        in text
    )
    assert "Infomoment voor jonge ouders</a><br>Consultatiebureau Zuiddorp · Zuiddorp</li>" in text
    assert "Boekstart</a><br>Bibliotheek Noorddorp · Noorddorp</li>" in text
    # A cancelled date leaves its moment free; a moved date shows on its new day only.
    assert "Infomarkt" not in text
    assert text.count("activiteiten/voorlezen/") == 4  # 2, 9, 17 (moved from 16) and 23 December
    assert text.count('class="zm-plan-clash"') == 10


def test_the_current_month_leaves_the_days_gone_by_empty(tmp_path: Path) -> None:
    text = (_write(tmp_path) / "planning" / "2026-11.md").read_text("utf-8")
    assert (
        '<td class="zm-plan-other"><span class="zm-plan-day"><time datetime="2026-11-21">21</time></span> voorbij</td>'
        in text
    )
    assert '<time datetime="2026-11-22"><span class="zm-plan-weekday">zondag </span>22</time>' in text
    assert text.count("activiteiten/voorlezen/") == 1  # 25 November; the 18th is past
