"""Long lists spread over pages of bounded size, split along the groupings a reader expects.

A regional Huis has hundreds of partners and thousands of dates: one page per list would grow
with them without limit (slow on a phone, heavy to build). A list stays on one page while its
estimated size fits a budget; otherwise the page becomes an overview of links to one sub-page
per group (life domain, municipality, week, day, ...), each split again the same way when still
too big. When no grouping is left (or none separates anything), the list is cut into consecutive
parts, like the guide words of a dictionary. Nothing is dropped: every item is on some leaf page.

Everything here is language-neutral: every language gets the same pages, so the language
switcher always finds the page in the other language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from zondermuren import urls
from zondermuren.model.huis import Partner, Text

# What a page's list may weigh, in estimated bytes of HTML (the largest language: Arabic text is
# two bytes a letter). The theme's header, navigation and footer, the search's dialog, the filter
# form, the page's own text and the sprite of its pictograms (about 340 bytes a symbol) add up to
# 26 KB: a page stays under 60 KB.
BUDGET = 32_000
# A pictogram where it is used: `<span class="zm-pict"><svg ...><use href="#zm-p-..."/></svg>` and its label.
PICTOGRAM = 150


@dataclass(frozen=True)
class Group:
    """How a sub-page is chosen from its parent: kind of grouping and key (a vocabulary key, a
    municipality id, a day); `first` and `last` describe a week or a part in its label."""

    kind: str  # pijler, domein, cluster, gemeente, week, dagen (a run of days); deel (by name) or uren (by hour)
    key: str
    first: Any = None
    last: Any = None


@dataclass(frozen=True)
class Step:
    """One way to split a list: the groups (in display order) and the groups each item is in."""

    kind: str
    order: Sequence[str]
    keys: Callable[[Any], Iterable[str]]
    span: Callable[[str], tuple[Any, Any]] | None = None  # e.g. a week's first and last day


@dataclass
class Node:
    """One page of a split list: all its items, and its sub-pages when it is an overview."""

    path: str
    items: list[Any]
    trail: tuple[tuple[str, Group], ...] = ()  # (page path, group) from below the root down to here
    children: list[Node] = field(default_factory=list)

    @property
    def group(self) -> Group | None:
        return self.trail[-1][1] if self.trail else None

    def key(self, kind: str) -> str | None:
        """The key of the `kind` grouping this page is in (the municipality of a sub-page, ...)."""
        return next((group.key for _, group in self.trail if group.kind == kind), None)

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()

    def leaves(self) -> Iterator[Node]:
        return (node for node in self.walk() if not node.children)


def split(
    path: str,
    items: list[Any],
    steps: Sequence[Step],
    weight: Callable[[Any], int],
    part_label: Callable[[Any], str],
    *,
    base: str | None = None,
    trail: tuple[tuple[str, Group], ...] = (),
    budget: int = BUDGET,
    room: int | None = None,
    part_kind: str = "deel",
) -> Node:
    """The page at `path` for `items`, split when they weigh more than `budget`.

    Sub-pages live under `base` (default: `path`), so that a list of partners can be split
    under `partners/lijst/` without its parts ever clashing with a partner's own page. `room` is
    what this page itself has left for the list when it shows more (a municipality's dates)."""
    base = base or path
    if sum(weight(item) for item in items) <= (budget if room is None else room):
        return Node(path, items, trail)
    for index, step in enumerate(steps):
        groups: dict[str, list[Any]] = {key: [] for key in step.order}
        for item in items:
            for key in step.keys(item):
                groups.setdefault(key, []).append(item)
        groups = {key: members for key, members in groups.items() if members}
        if len(groups) < 2 and all(len(members) == len(items) for members in groups.values()):
            continue  # one group holding everything separates nothing: try the next way
        children = []
        for key, members in groups.items():
            first, last = step.span(key) if step.span else (None, None)
            here = urls.sub_page(base, key)
            child_trail = (*trail, (here, Group(step.kind, key, first, last)))
            rest = steps[index + 1 :]
            children.append(
                split(here, members, rest, weight, part_label, trail=child_trail, budget=budget, part_kind=part_kind)
            )
        return Node(path, items, trail, children)
    return Node(path, items, trail, _parts(base, items, weight, part_label, trail, budget, part_kind))


def _parts(
    base: str,
    items: list[Any],
    weight: Callable[[Any], int],
    part_label: Callable[[Any], str],
    trail: tuple[tuple[str, Group], ...],
    budget: int,
    kind: str,
) -> list[Node]:
    """Consecutive runs of `items`, each within the budget (an item heavier than it stays alone)."""
    runs: list[list[Any]] = [[]]
    used = 0
    for item in items:
        cost = weight(item)
        if runs[-1] and used + cost > budget:
            runs.append([])
            used = 0
        runs[-1].append(item)
        used += cost
    nodes = []
    for number, run in enumerate(runs, start=1):
        key = urls.part_key(number)
        here = urls.sub_page(base, key)
        group = Group(kind, key, part_label(run[0]), part_label(run[-1]))
        nodes.append(Node(here, run, (*trail, (here, group))))
    return nodes


# Estimated HTML bytes of one item of each kind of list, in its largest language. Calibrated on
# the benchmark's large Huis (Arabic pages); texts count with their longest translation.
def text_bytes(text: Text | None, limit: int | None = None) -> int:
    if not text:
        return 0
    return max(len(value[:limit].encode("utf-8")) for value in text.translations.values())


def card_weight(partner: Partner) -> int:
    domains = PICTOGRAM * len(partner.domains)  # the card's line of life domains
    return 420 + len(partner.name.encode()) + text_bytes(partner.description, 160) + 24 * len(partner.area) + domains


def who_weight(partner: Partner) -> int:
    texts = text_bytes(partner.description) + text_bytes(partner.referral)
    return 520 + 2 * len(partner.name.encode()) + texts + 90 * len(partner.locations)


def walk_in_weight(partner: Partner) -> int:
    return 300 + len(partner.name.encode()) + sum(380 + 60 * len(loc.hours) for loc in partner.locations if loc.walk_in)


def feed_weight(partner: Partner) -> int:
    # The feed's address is written six times: Google, webcal, download, the address shown and its link.
    return 760 + 6 * len(partner.slug) + len(partner.name.encode())


def event_weight(occurrence: Any) -> int:
    activity = occurrence.activity
    place = activity.place
    offer = activity.offer
    texts = text_bytes(activity.title) + text_bytes(place.name) + 2 * len(place.address.municipality.name)
    pictures = PICTOGRAM * (1 + len(offer.audience.bands()))  # the kind and each age band
    return 560 + texts + 40 * len(offer.audience.bands()) + 12 * len(offer.languages) + pictures


def name_key(partner: Partner) -> str:
    return partner.name.casefold()
