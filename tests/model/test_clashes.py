"""Clash warnings: the fixture's clashes give exactly these lines, its near misses none, the example none.

tests/fixtures/botsingen has three clashing pairs and a near miss for every reason not to warn:
the same organiser, a shared co-organiser, touching times, another municipality, a cancelled date,
the original date of a moved one, no audience, an online activity, no age band in common, a past
date and a date after the coming months.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import time
from pathlib import Path

import pytest

from testkit.sitebuild import FIXTURES, ROOT
from zondermuren import build, cli, options
from zondermuren.model import building, clashes
from zondermuren.model.schedule import Occurrence
from zondermuren.sources import reading

TODAY = dt.date(2026, 11, 22)
HUIS = FIXTURES / "botsingen"
HINT = (
    " — spreek samen een ander moment of een andere gemeente af, zodat gezinnen naar beide kunnen "
    "(zie /planning/ op de site of zondermuren botsingen)"
)
EXPECTED = [
    "partners/bib-noorddorp/activiteiten.yml:3:1: activiteiten[0]: 'Peuterochtend' botst met 'Ouderochtend' van "
    "Speelpunt Noorddorp (partners/speelpunt-noorddorp/activiteiten.yml:4): voor dezelfde gezinnen (leeftijd 0-3) "
    "in Noorddorp op hetzelfde moment op 2026-12-05" + HINT,
    "partners/bib-noorddorp/activiteiten.yml:10:1: activiteiten[1]: 'Voorlezen' botst met 'Donderdagspel' van "
    "Speelpunt Noorddorp (partners/speelpunt-noorddorp/activiteiten.yml:24): voor dezelfde gezinnen (leeftijd 3-6) "
    "in Noorddorp op hetzelfde moment op 2026-12-17" + HINT,
    "partners/bib-noorddorp/activiteiten.yml:10:1: activiteiten[1]: 'Voorlezen' botst met 'Speelnamiddag' van "
    "Speelpunt Noorddorp (partners/speelpunt-noorddorp/activiteiten.yml:12): voor dezelfde gezinnen (leeftijd 3-6) "
    "in Noorddorp op hetzelfde moment op 7 data (2026-11-25, 2026-12-02, 2026-12-09 en 4 meer)" + HINT,
]


def _huis(today: dt.date = TODAY):
    huis, _ = building.load(HUIS, today)
    return huis


def test_the_fixture_gives_exactly_the_expected_warnings() -> None:
    assert [str(problem) for problem in clashes.warnings(_huis())] == EXPECTED
    assert {problem.level for problem in clashes.warnings(_huis())} == {clashes.Level.WARNING}


def test_the_dates_of_a_pair_are_those_both_happen() -> None:
    """Voorlezen and Speelnamiddag: every Wednesday from today, without the date the bib skips (12-30),
    the one it cancelled (01-13) and the one it moved (12-16; its new date clashes with another)."""
    pair = next(c for c in clashes.find(_huis()) if c.second.id == "speelnamiddag")
    assert [day.isoformat() for day in pair.dates] == [
        "2026-11-25",
        "2026-12-02",
        "2026-12-09",
        "2026-12-23",
        "2027-01-06",
        "2027-01-20",
        "2027-01-27",
    ]


def test_past_and_later_clashes_are_left_to_their_time() -> None:
    """Over all dates, the same pairs and one more (after the coming months), and the past Wednesday."""
    everything = clashes.find(_huis(), dt.date.min, dt.date.max)
    assert [(c.first.id, c.second.id) for c in everything] == [
        ("peuterochtend", "ouderochtend"),
        ("voorlezen", "speelnamiddag"),
        ("voorlezen", "donderdagspel"),
        ("lentefeest", "lentespel"),
    ]
    assert everything[1].dates[0] == dt.date(2026, 11, 18)
    assert clashes.horizon(TODAY) == (TODAY, dt.date(2027, 5, 1))


def test_check_shows_them_with_the_other_warnings(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("ZONDERMUREN_TODAY", TODAY.isoformat())
    assert cli.main(["--map", str(HUIS), "check"]) == 0
    no_audience = (
        "partners/cb-zuiddorp/activiteiten.yml:42:5: activiteiten[4]: activiteit zonder leeftijdsgroep "
        "(verwacht doelgroep: met kinderen of ouders) — zo vinden gezinnen ze bij 'mijn kind is ...'"
    )
    lines = ["4 waarschuwingen:", *(f"  {line}" for line in [*EXPECTED, no_audience])]
    assert capsys.readouterr().out == "\n".join([*lines, "In orde: 3 partners, 18 activiteiten.", ""])


def test_botsingen_lists_every_clash_by_month(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("ZONDERMUREN_TODAY", TODAY.isoformat())
    assert cli.main(["--map", str(HUIS), "botsingen"]) == 0
    bib = "Bibliotheek Noorddorp (partners/bib-noorddorp/activiteiten.yml"
    play = "Speelpunt Noorddorp (partners/speelpunt-noorddorp/activiteiten.yml"

    def wednesday(day: str) -> str:
        return (
            f"  {day} in Noorddorp, leeftijd 3-6: 14:00–15:00 'Voorlezen' van {bib}:10) "
            f"en 14:30–16:00 'Speelnamiddag' van {play}:12)"
        )

    assert capsys.readouterr().out.splitlines() == [
        "9 botsingen van 2026-11-22 tot en met 2027-04-30 (3 paren activiteiten):",
        "",
        "november 2026 (1):",
        wednesday("2026-11-25"),
        "",
        "december 2026 (5):",
        wednesday("2026-12-02"),
        f"  2026-12-05 in Noorddorp, leeftijd 0-3: 10:00–11:30 'Peuterochtend' van {bib}:3) "
        f"en 11:00–12:00 'Ouderochtend' van {play}:4)",
        wednesday("2026-12-09"),
        f"  2026-12-17 in Noorddorp, leeftijd 3-6: 14:00–15:00 'Voorlezen' van {bib}:10) "
        f"en 14:30–15:30 'Donderdagspel' van {play}:24)",
        wednesday("2026-12-23"),
        "",
        "januari 2027 (3):",
        wednesday("2027-01-06"),
        wednesday("2027-01-20"),
        wednesday("2027-01-27"),
    ]


def test_the_example_never_clashes() -> None:
    """The example's demo shift moves its dates by whole weeks, and monthly series move differently
    from one-off dates: free of clashes on every date, whichever week of the coming year it is built."""
    sources = reading.check(ROOT, TODAY)
    found = {}
    for week in range(53):
        today = TODAY + dt.timedelta(weeks=week)
        for clash in clashes.find(building.build(sources, today), dt.date.min, dt.date.max):
            found.setdefault((clash.first.id, clash.second.id), today)
    assert found == {}


def test_botsingen_on_the_example(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("ZONDERMUREN_TODAY", TODAY.isoformat())
    assert cli.main(["--map", str(ROOT), "botsingen"]) == 0
    assert capsys.readouterr().out == "Geen botsingen van 2026-11-22 tot en met 2027-04-30.\n"


def test_hours_of_an_all_day_date() -> None:
    activity = _huis().activities[0]
    day = dt.date(2026, 12, 5)
    shown = [clashes.hours(Occurrence(activity, day, start, end)) for start, end in _TIMES]
    assert shown == ["hele dag", "vanaf 10:00", "tot 12:00", "10:00–12:00"]


_TIMES = [("", ""), ("10:00", ""), ("", "12:00"), ("10:00", "12:00")]


def test_clashes_stay_fast_on_a_busy_huis() -> None:
    """The sweep compares only dates that overlap in time: 60 partners with a weekly series each in
    one municipality, all at the same hour for the same ages, are 1770 pairs, found in well under a second."""
    huis = _huis()
    template = next(a for a in huis.activities if a.id == "voorlezen")
    partner = template.partner
    many = []
    for number in range(60):
        other = dataclasses.replace(partner, slug=f"partner-{number}", activities=[])
        many.append(dataclasses.replace(template, id=f"reeks-{number}", partner=other, line=number + 1))
    huis.activities = many
    started = time.perf_counter()
    found = clashes.find(huis)
    assert len(found) == 60 * 59 // 2
    assert time.perf_counter() - started < 2.0


def test_the_build_log_shows_them(tmp_path: Path) -> None:
    """What the MkDocs hook prints: the warnings `build.prepare` hands back, clashes included."""
    root = tmp_path / "huis"
    shutil.copytree(HUIS, root)
    (root / "content").mkdir()
    settings = options.from_environment(environ={"ZONDERMUREN_TODAY": TODAY.isoformat(), "ZONDERMUREN_DRUKWERK": "uit"})
    prepared = build.prepare(root, root / "content", settings)
    assert [str(p) for p in prepared.warnings if "botst met" in p.message] == EXPECTED
