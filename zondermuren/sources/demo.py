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
    weeks = max(0, (today - anchor).days // 7)
    return lambda day: day + dt.timedelta(weeks=weeks)
