"""The split lists of the site: which groupings each list is split along, in which order.

Families look for a theme, then for their municipality; professionals for a kind of partner
(the survey's clusters); the calendar is read by month, then week, then day. See `splitting`.
"""

from __future__ import annotations

import calendar as months
import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from zondermuren import urls
from zondermuren.model.huis import Huis, Partner
from zondermuren.model.schedule import Occurrence
from zondermuren.site.splitting import (
    BUDGET,
    Group,
    Node,
    Step,
    card_weight,
    event_weight,
    feed_weight,
    name_key,
    split,
    walk_in_weight,
    who_weight,
)

HOTLINES = 2_500  # the fixed part of "Hulp nu": four numbers and the introduction
FEEDS_HEAD = 2_500  # the fixed part of the feeds page: introduction, how-to, the whole Huis


def _name(partner: Partner) -> str:
    return partner.name


def by_name(partners: Iterable[Partner]) -> list[Partner]:
    return sorted(partners, key=name_key)


def clusters_of(huis: Huis, partner: Partner) -> list[str]:
    found = {huis.vocab.term("partnertypes", key).cluster for key in partner.types}
    return [cluster for cluster in huis.vocab.keys("clusters") if cluster in found]


def _steps(huis: Huis) -> dict[str, Step]:
    everywhere = list(huis.municipalities)
    return {
        "domein": Step("domein", huis.vocab.keys("levensdomeinen"), lambda p: p.domains),
        "pijler": Step("pijler", huis.vocab.keys("pijlers"), lambda p: p.pillars),
        "cluster": Step("cluster", huis.vocab.keys("clusters"), lambda p: clusters_of(huis, p)),
        # A partner without a working area (online help) serves every municipality.
        "gemeente": Step("gemeente", everywhere, lambda p: [m.id for m in p.area] or everywhere),
    }


def offer(huis: Huis) -> Node:
    """Aanbod: always an overview of themes (life domains) and pillars, one page each, because a
    family comes looking for one kind of help; a theme too big is split per municipality."""
    steps = _steps(huis)
    partners = by_name(huis.partners.values())
    children = []
    for kind, vocabulary in (("domein", "levensdomeinen"), ("pijler", "pijlers")):
        step = steps[kind]
        for key in huis.vocab.keys(vocabulary):
            members = [p for p in partners if key in step.keys(p)]
            if members:
                path = urls.offer_page(kind, key)
                trail = ((path, Group(kind, key)),)
                children.append(split(path, members, [steps["gemeente"]], card_weight, _name, trail=trail))
    return Node(urls.offer(), partners, (), children)


def directory(huis: Huis) -> Node:
    """All partners by name; parts (like a dictionary's pages) under partners/lijst/."""
    parts = urls.partner_list_parts()
    return split(urls.partners(), by_name(huis.partners.values()), [], card_weight, _name, base=parts)


def who_is_who(huis: Huis) -> Node:
    """One page to print while it fits (a typical Huis); else per cluster, then municipality."""
    steps = _steps(huis)
    partners = by_name(huis.partners.values())
    return split(urls.who_is_who(), partners, [steps["cluster"], steps["gemeente"]], who_weight, _name)


def municipality_partners(huis: Huis, municipality_id: str, partners: list[Partner], room: int) -> Node:
    steps = _steps(huis)
    path = urls.municipality_page(municipality_id)
    return split(path, by_name(partners), [steps["domein"]], card_weight, _name, room=room)


def age_partners(huis: Huis, band: str, partners: list[Partner], room: int) -> Node:
    steps = _steps(huis)
    path = urls.age_page(band)
    return split(path, by_name(partners), [steps["domein"], steps["gemeente"]], card_weight, _name, room=room)


def walk_in(huis: Huis) -> Node:
    """Hulp nu: partners where one walks in without an appointment; per municipality when many."""
    partners = by_name(p for p in huis.partners.values() if p.walk_in)
    step = Step(
        "gemeente",
        list(huis.municipalities),
        lambda p: list(dict.fromkeys(loc.address.municipality.id for loc in p.locations if loc.walk_in)),
    )
    return split(urls.walk_in(), partners, [step], walk_in_weight, _name, room=BUDGET - HOTLINES)


def feeds(huis: Huis) -> Node:
    """The partners' calendar feeds on the feeds page, in parts by name when there are many."""
    partners = by_name(p for p in huis.partners.values() if p.activities)
    room = BUDGET - FEEDS_HEAD - 500 * len(huis.municipalities)
    return split(urls.feeds_page(), partners, [], feed_weight, _name, base=urls.feeds_page_parts(), room=room)


def campaign(huis: Huis, key: str, items: list[Occurrence]) -> Node:
    """A campaign's dates by day; a busy campaign gets a page per municipality, then parts by hour."""
    municipalities = list(huis.municipalities)
    steps = [Step("gemeente", municipalities, lambda o: [o.activity.place.address.municipality.id])]
    return split(urls.campaign_page(key), items, steps, event_weight, _start, part_kind="uren")


def weight_of_events(items: list[Occurrence]) -> int:
    return sum(event_weight(o) for o in items)


def first_within(items: list[Occurrence], budget: int) -> list[Occurrence]:
    """The first dates of a list that fit in `budget` (the home page shows this week's first ones)."""
    shown, used = [], 0
    for occurrence in items:
        used += event_weight(occurrence)
        if used > budget:
            break
        shown.append(occurrence)
    return shown


def _start(occurrence: Occurrence) -> str:
    return occurrence.start or "00:00"  # a whole day counts from midnight (parts by hour, their labels)


def month(year: int, number: int, items: list[Occurrence]) -> Node:
    """A month's dates; a busy month becomes an overview of its weeks (Monday to Sunday, cut at the
    month's ends); a busy week one of runs of consecutive days ("5–7 juli"), as long as fits a
    page; and a day too busy for one page is cut in parts by hour."""
    first_day = dt.date(year, number, 1)
    last_day = first_day.replace(day=months.monthrange(year, number)[1])
    offset = first_day.weekday()

    def week_of(day: dt.date) -> str:
        return urls.week_key((day.day + offset - 1) // 7 + 1)

    def week_span(key: str) -> tuple[dt.date, dt.date]:
        index = urls.week_number(key) - 1
        monday = first_day - dt.timedelta(days=offset) + dt.timedelta(weeks=index)
        return max(monday, first_day), min(monday + dt.timedelta(days=6), last_day)

    def run_span(key: str) -> tuple[dt.date, dt.date]:
        first, last = key.split("-")
        return first_day.replace(day=int(first)), first_day.replace(day=int(last))

    runs = _day_runs(items, week_of)
    steps = [
        Step("week", [urls.week_key(n) for n in range(1, 7)], lambda o: [week_of(o.date)], week_span),
        Step("dagen", list(dict.fromkeys(runs.values())), lambda o: [runs[o.date]], run_span),
    ]
    return split(urls.month_page(year, number), items, steps, event_weight, _start, part_kind="uren")


def _day_runs(items: list[Occurrence], week_of: Callable[[dt.date], str]) -> dict[dt.date, str]:
    """Each day's run: consecutive days of one week whose dates fit one page together."""
    per_day: dict[dt.date, int] = {}
    for occurrence in items:
        per_day[occurrence.date] = per_day.get(occurrence.date, 0) + event_weight(occurrence)
    runs: list[list[dt.date]] = []
    used = 0
    for day, cost in sorted(per_day.items()):
        if not runs or week_of(runs[-1][0]) != week_of(day) or used + cost > BUDGET:
            runs.append([])
            used = 0
        runs[-1].append(day)
        used += cost
    return {day: f"{run[0].day}-{run[-1].day}" for run in runs for day in run}


def neighbours(sequence: list[Any], index: int) -> dict[str, Any]:
    return {
        "previous": sequence[index - 1] if index else None,
        "next": sequence[index + 1] if index + 1 < len(sequence) else None,
    }
