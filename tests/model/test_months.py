"""The month grid (model.months): weeks from Monday, filler days marked, each date on its own day."""

from __future__ import annotations

import datetime as dt

from testkit.sitebuild import FIXTURES
from zondermuren.model import building, months
from zondermuren.model.schedule import Occurrence


def _shape(grid: months.Month) -> list[str]:
    """Each week as its days: the day number, in brackets when it belongs to another month."""
    return [" ".join(f"{d.date.day}" if d.in_month else f"({d.date.day})" for d in week.days) for week in grid.weeks]


def test_a_month_that_starts_on_sunday_takes_six_weeks() -> None:
    grid = months.month_grid(2026, 11)  # 1 November 2026 is a Sunday
    assert _shape(grid) == [
        "(26) (27) (28) (29) (30) (31) 1",
        "2 3 4 5 6 7 8",
        "9 10 11 12 13 14 15",
        "16 17 18 19 20 21 22",
        "23 24 25 26 27 28 29",
        "30 (1) (2) (3) (4) (5) (6)",
    ]
    assert [week.number for week in grid.weeks] == [44, 45, 46, 47, 48, 49]
    assert len(grid.days) == 30 and grid.first == dt.date(2026, 11, 1)


def test_february_of_a_leap_year_and_of_a_year_that_starts_it_on_monday() -> None:
    leap = months.month_grid(2028, 2)  # 29 days, from a Tuesday
    assert _shape(leap) == [
        "(31) 1 2 3 4 5 6",
        "7 8 9 10 11 12 13",
        "14 15 16 17 18 19 20",
        "21 22 23 24 25 26 27",
        "28 29 (1) (2) (3) (4) (5)",
    ]
    assert len(leap.days) == 29
    exact = months.month_grid(2027, 2)  # 28 days from a Monday: four full weeks, no filler
    assert len(exact.weeks) == 4 and all(day.in_month for week in exact.weeks for day in week.days)


def test_week_numbers_across_the_new_year() -> None:
    grid = months.month_grid(2027, 1)  # 1 January 2027 is a Friday of ISO week 53 of 2026
    assert [week.number for week in grid.weeks] == [53, 1, 2, 3, 4]


def test_each_date_sits_on_its_day_and_other_months_stay_out() -> None:
    huis, _ = building.load(FIXTURES / "minimal", dt.date(2026, 11, 22))
    activity = huis.activities[0]
    dates = [
        Occurrence(activity, dt.date(2026, 11, 30), "10:00", "11:00"),  # a filler day of December's grid
        Occurrence(activity, dt.date(2026, 12, 5), "10:00", "11:00"),
        Occurrence(activity, dt.date(2026, 12, 5), "14:00", "15:00"),
        Occurrence(activity, dt.date(2026, 12, 31), "", ""),
    ]
    grid = months.month_grid(2026, 12, dates)
    busy = {day.date.isoformat(): [o.start for o in day.occurrences] for day in grid.days if day.occurrences}
    assert busy == {"2026-12-05": ["10:00", "14:00"], "2026-12-31": [""]}
    filler = grid.weeks[0].days[0]
    assert (filler.date, filler.in_month, filler.occurrences) == (dt.date(2026, 11, 30), False, ())
    assert grid.occurrences == dates[1:]


def test_following_months_cross_the_year() -> None:
    assert months.following(2026, 11, 4) == [(2026, 11), (2026, 12), (2027, 1), (2027, 2)]
