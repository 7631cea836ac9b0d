"""The demo shift: an example Huis (`demo.ankerdatum` in huis.yml) moves every date by whole weeks.

So its calendar starts in the current week whatever day it is built, with weekdays kept. The check
and the model both apply it: a date is checked where it will be published.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

Shift = Callable[[dt.date], dt.date]


def demo_shift(settings: dict[str, Any], today: dt.date) -> Shift:
    demo = settings.get("demo")
    if not demo:
        return lambda day: day
    anchor = dt.date.fromisoformat(demo["ankerdatum"])
    step = dt.timedelta(weeks=max(0, (today - anchor).days // 7))

    def shift(day: dt.date) -> dt.date:
        # A date the shift would carry past the calendar's end (9999-12-31) is out of the schema's
        # years anyway, and reported there with its line: the checks that still look at it must not crash.
        return day + step if day <= dt.date.max - step else dt.date.max

    return shift
