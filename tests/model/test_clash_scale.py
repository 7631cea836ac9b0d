"""Clashes at scale: 300 partners with a weekly activity at the same hour, for the same ages, in the
same municipality (testkit/huizen/pileup.py writes them). Every pair clashes on 23 Wednesdays: 44,850
pairs, 1,031,550 clashing dates. Found in the field: `check` printed 44,851 warnings, `botsingen`
took 1.4 GB, the build passed 8 GB. What is printed and written stays bounded, and is found in seconds.

`python -m bench.clash_scale` measures the commands and the build in their own processes.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from testkit.huizen import pileup
from tests.sources.test_messages import FIXTURE, TODAY
from tests.support.corpus_cases import CASES  # imports tests/support/corpus_scale.py in its place
from zondermuren import cli
from zondermuren.model import building, clashes
from zondermuren.model.huis import Huis
from zondermuren.site import pages
from zondermuren.site.rendering import Renderer

# `slow` (300 partners at one hour): `make test` runs it, `make test-fast` does not.
pytestmark = [pytest.mark.xdist_group("pile-up"), pytest.mark.slow]

HINT = (
    " — spreek samen een ander moment of een andere gemeente af, zodat gezinnen naar beide kunnen "
    "(zie /planning/ op de site of zondermuren botsingen)"
)
DATES = "op 23 data (2026-11-25, 2026-12-02, 2026-12-09 en 20 meer)"


def _pair(one: int, other: int) -> str:
    return (
        f"partners/partner-{one:03d}/activiteiten.yml:3:1: activiteiten[0]: 'Speelmoment {one:03d}' botst met "
        f"'Speelmoment {other:03d}' van Partner {other:03d} (partners/partner-{other:03d}/activiteiten.yml:3): "
        f"voor dezelfde gezinnen (leeftijd 3-6) in Noorddorp op hetzelfde moment {DATES}" + HINT
    )


def _rest(one: int) -> str:
    left = 300 - one - 3
    return (
        f"partners/partner-{one:03d}/activiteiten.yml:3:1: activiteiten[0]: 'Speelmoment {one:03d}' botst ook met "
        f"{left} andere activiteiten van {left} partners, de eerste op 2026-11-25" + HINT
    )


@pytest.fixture(scope="module")
def pile(tmp_path_factory: pytest.TempPathFactory) -> Huis:
    root = pileup.generate(tmp_path_factory.mktemp("pile") / "huis", 300, TODAY)
    huis, _ = building.load(root, TODAY)
    return huis


def test_found_in_seconds_and_kept_small(pile: Huis) -> None:
    """Per pair its dates; per month and per date only the first few, with how many there are in all."""
    started = time.process_time()  # CPU seconds: the machine is shared
    found = clashes.survey(pile)
    assert time.process_time() - started < 5
    assert (len(found.clashes), found.total) == (44_850, 44_850 * 23)
    assert {len(clash.dates) for clash in found.clashes} == {23}
    assert {(month, shown.count, len(shown.shown)) for month, shown in found.months.items()} == {
        ((2026, 11), 44_850, 25),
        ((2026, 12), 5 * 44_850, 25),
        ((2027, 1), 4 * 44_850, 25),
        ((2027, 2), 4 * 44_850, 25),
        ((2027, 3), 5 * 44_850, 25),
        ((2027, 4), 4 * 44_850, 25),
    }
    against = [found.against(occurrence) for occurrence in found.happening]
    assert len(against) == 300 * 23
    assert {(shown.count, len(shown.shown)) for shown in against} == {(299, 3)}


def test_check_says_a_pile_up_in_30_lines(pile: Huis) -> None:
    """Three pairs per activity, then one line for its other clashes; after 30 lines, one for the rest."""
    expected = []
    for one in range(1, 9):
        expected += [_pair(one, one + 1), _pair(one, one + 2), _pair(one, one + 3), _rest(one)]
    expected = expected[:29] + [
        "partners/partner-008/activiteiten.yml:3:1: activiteiten[0]: en 42777 paren activiteiten meer die botsen, "
        "niet elk apart gemeld (44850 paren in totaal)" + HINT
    ]
    started = time.process_time()
    assert [str(problem) for problem in clashes.warnings(pile)] == expected
    assert time.process_time() - started < 5


def test_botsingen_lists_25_dates_a_month_and_counts_the_rest(pile: Huis) -> None:
    text = clashes.as_text(pile)
    lines = text.splitlines()
    assert len(lines) == 1 + 6 * 28 and len(text) < 40_000
    assert lines[:3] == [
        "1031550 botsingen van 2026-11-22 tot en met 2027-04-30 (44850 paren activiteiten):",
        "",
        "november 2026 (44850):",
    ]
    assert lines[3] == (
        "  2026-11-25 in Noorddorp, leeftijd 3-6: 14:00–15:00 'Speelmoment 001' van Partner 001 "
        "(partners/partner-001/activiteiten.yml:3) en 14:00–15:00 'Speelmoment 002' van Partner 002 "
        "(partners/partner-002/activiteiten.yml:3)"
    )
    assert lines[28] == "  en 44825 meer in november 2026 (zie /planning/2026-11/)"
    assert lines[-1] == "  en 179375 meer in april 2027 (zie /planning/2027-04/)"


def test_the_planning_pages_name_three_and_count_the_rest(pile: Huis) -> None:
    """A day of the grid lists 30 dates, each naming three activities it clashes with; the overview
    lists 25 clashes a month. Each says how many more there are."""
    renderer = Renderer(pile, "https://huis.example.org/")
    planned = {page.path: page for page in pages.planning_pages(pile)}
    december = planned["planning/2026-12"]
    text = renderer.render(december.path, december.template, december.context, "nl")
    assert text.count("<strong>Botsing met</strong>") == 5 * 30 and len(text) < 100_000
    assert "1500 data in december 2026, waarvan <strong>224250 botsingen</strong>" in text
    assert (
        "<strong>Botsing met</strong> Speelmoment 002 (Partner 002), Speelmoment 003 (Partner 003), "
        "Speelmoment 004 (Partner 004) en 296 meer</li>"
    ) in text
    assert text.count('<li>en 270 meer op deze dag (zie <a href="../../kalender/2026-12/">de kalender</a>)</li>') == 5
    overview = planned["planning/index"]
    text = renderer.render(overview.path, overview.template, overview.context, "nl")
    assert text.count("<li><time ") == 6 * 25 and len(text) < 100_000
    assert '<h2 id="botsingen">Botsingen (1031550)</h2>' in text
    assert '<li>en 224225 meer in december 2026: zie <a href="../planning/2026-12/">de maand</a></li>' in text


def test_two_partners_with_four_activities_each(tmp_path: Path) -> None:
    """16 pairs between two partners: three named, then one line for the pair of partners."""
    root = pileup.generate(tmp_path / "huis", 2, TODAY, each=4)
    huis, _ = building.load(root, TODAY)

    def named(other: int) -> str:
        return (
            "partners/partner-001/activiteiten.yml:3:1: activiteiten[0]: 'Speelmoment 001-1' botst met "
            f"'Speelmoment 002-{other}' van Partner 002 (partners/partner-002/activiteiten.yml:{3 + 11 * (other - 1)}): "
            f"voor dezelfde gezinnen (leeftijd 3-6) in Noorddorp op hetzelfde moment {DATES}" + HINT
        )

    assert [str(problem) for problem in clashes.warnings(huis)] == [
        named(1),
        named(2),
        named(3),
        "partners/partner-001/activiteiten.yml:3:1: activiteiten[0]: en 13 paren activiteiten meer van "
        "Partner 001 en Partner 002 die botsen, de eerste op 2026-11-25" + HINT,
    ]


def test_five_partners_at_one_hour_from_the_corpus(tmp_path: Path, monkeypatch, capsys) -> None:
    """The corpus case (tests/support/corpus_scale.py): the library's reading hour and four others at the same hour."""
    (case,) = [case for case in CASES if case.id == "five-at-one-hour"]
    root = tmp_path / "huis"
    shutil.copytree(FIXTURE, root)
    for edit in case.edits:
        edit(root)
    monkeypatch.setenv("ZONDERMUREN_TODAY", TODAY.isoformat())
    assert cli.main(["--map", str(root), "check"]) == 0

    def named(number: int) -> str:
        return (
            "  partners/bib-noorddorp/activiteiten.yml:3:1: activiteiten[0]: 'Voorleesuur' botst met "
            f"'Verhaaltjesuur {number}' van Speelpunt {number} (partners/speelpunt-{number}/activiteiten.yml:2): "
            "voor dezelfde gezinnen (leeftijd 3-6) in Noorddorp op hetzelfde moment op 2026-12-05" + HINT
        )

    lines = capsys.readouterr().out.splitlines()
    assert lines[:5] == [
        "10 waarschuwingen:",
        named(1),
        named(2),
        named(3),
        "  partners/bib-noorddorp/activiteiten.yml:3:1: activiteiten[0]: 'Voorleesuur' botst ook met 1 andere "
        "activiteit van 1 partner, de eerste op 2026-12-05" + HINT,
    ]
    assert len(lines) == 1 + 10 + 1  # the other three speelpunten's pairs, each on its own line; "In orde"
