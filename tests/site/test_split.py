"""Long lists are split over pages of bounded size, and nothing gets lost on the way.

The unit tests run the splitting on lists far bigger than any example (a "huge" Huis of more
than a thousand partners, a day with hundreds of dates). The site tests build a generated Huis
of 30 partners and 300 dates, big enough to split the calendar (six of its months into weeks), the
directory and "wie is wie" (the test asserts each split happened), and follow plain links (no
JavaScript) from each overview in every language.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from testkit import sitebuild
from testkit.huizen import generate
from zondermuren.model import building, schedule
from zondermuren.site import listings, splitting
from zondermuren.site.splitting import BUDGET, Node, Step

TODAY = dt.date.fromisoformat(sitebuild.TODAY)
LIMIT = 60 * 1024
LANGUAGES = ("", "fr/", "en/", "ar/")


def _leaves_within_budget(root: Node, weight) -> None:
    for leaf in root.leaves():
        assert len(leaf.items) == 1 or sum(map(weight, leaf.items)) <= BUDGET, leaf.path


def _depth(root: Node) -> int:
    return max(len(node.trail) for node in root.walk())


# --- the splitting itself -------------------------------------------------------------------


def test_a_list_that_fits_stays_one_page() -> None:
    node = splitting.split("lijst", list(range(10)), [], lambda _: 100, str)
    assert node.children == [] and node.items == list(range(10))


def test_every_item_lands_on_a_page_within_budget() -> None:
    items = [f"{letter}{n}" for letter in "abc" for n in range(40)]
    by_letter = Step("letter", ["a", "b", "c"], lambda item: [item[0]])
    root = splitting.split("lijst", items, [by_letter], lambda _: 1_000, str)
    assert [child.path for child in root.children] == ["lijst/a", "lijst/b", "lijst/c"]
    parts = [leaf for leaf in root.leaves()]
    assert all(leaf.group.kind == "deel" for leaf in parts)  # 40 items of 1 KB: still too big per letter
    assert sorted(item for leaf in parts for item in leaf.items) == sorted(items)
    _leaves_within_budget(root, lambda _: 1_000)
    assert len({leaf.path for leaf in parts}) == len(parts)
    assert parts[0].trail[0][0] == "lijst/a" and parts[0].group.first == "a0"


def test_a_grouping_that_separates_nothing_is_skipped() -> None:
    items = [f"x{n}" for n in range(100)]
    same = Step("gemeente", ["overal"], lambda _: ["overal"])
    root = splitting.split("lijst", items, [same], lambda _: 1_000, str, base="lijst/delen")
    assert {child.group.kind for child in root.children} == {"deel"}
    assert root.children[0].path == "lijst/delen/deel-1"


def _busy_month() -> list[schedule.Occurrence]:
    huis, _ = building.load(sitebuild.ROOT, TODAY)
    activity = huis.activities[0]
    days = [dt.date(2027, 3, day) for day in range(1, 32)]
    found = [schedule.Occurrence(activity, day, "10:00", "11:00") for day in days for _ in range(12)]
    found += [schedule.Occurrence(activity, dt.date(2027, 3, 17), "14:00", "15:00") for _ in range(300)]
    return found


def test_a_busy_month_splits_into_weeks_runs_of_days_and_hours() -> None:
    found = _busy_month()
    root = listings.month(2027, 3, found)
    weeks = root.children
    assert [w.path for w in weeks] == [f"kalender/2027-03/week-{n}" for n in range(1, 6)]
    # 1 March 2027 is a Monday: weeks run Monday to Sunday, the last one is cut at the month's end.
    assert (weeks[0].group.first, weeks[0].group.last) == (dt.date(2027, 3, 1), dt.date(2027, 3, 7))
    assert (weeks[-1].group.first, weeks[-1].group.last) == (dt.date(2027, 3, 29), dt.date(2027, 3, 31))
    busy = next(leaf for leaf in root.leaves() if leaf.group.kind == "uren")
    assert busy.trail[-2][1].kind == "dagen" and busy.trail[-2][1].first == dt.date(2027, 3, 17)
    leaves = list(root.leaves())
    assert sum(len(leaf.items) for leaf in leaves) == len(found)  # each date on exactly one page
    _leaves_within_budget(root, splitting.event_weight)


def _huge(copies: int = 40) -> object:
    """The example Huis with every partner copied `copies` times: over 1,200 partners."""
    huis, _ = building.load(sitebuild.ROOT, TODAY)
    partners = {}
    for n in range(copies):
        for partner in huis.partners.values():
            copy = dataclasses.replace(partner, slug=f"{partner.slug}-{n}", name=f"{partner.name} {n}")
            partners[copy.slug] = copy
    return dataclasses.replace(huis, partners=partners)


def test_every_partner_list_of_a_huge_huis_is_bounded_and_complete() -> None:
    huis = _huge()
    everyone = set(huis.partners)
    trees = {
        "aanbod": (listings.offer(huis), splitting.card_weight, everyone),
        "partners": (listings.directory(huis), splitting.card_weight, everyone),
        "wie-is-wie": (listings.who_is_who(huis), splitting.who_weight, everyone),
        "hulp-nu": (
            listings.walk_in(huis),
            splitting.walk_in_weight,
            {s for s, p in huis.partners.items() if p.walk_in},
        ),
        "agenda": (listings.feeds(huis), splitting.feed_weight, {s for s, p in huis.partners.items() if p.activities}),
    }
    for name, (root, weight, expected) in trees.items():
        assert root.children, f"{name}: {len(expected)} partners on one page"
        _leaves_within_budget(root, weight)
        assert {p.slug for leaf in root.leaves() for p in leaf.items} == expected, name
        assert _depth(root) <= 4, f"{name}: {_depth(root)} clicks deep"
        paths = [node.path for node in root.walk()]
        assert len(paths) == len(set(paths)), f"{name}: two pages with one path"
        assert not any(re.fullmatch(r"partners/(?!index$)[^/]+", path) for path in paths), (
            "a part would hide a partner page"
        )


# --- a built site that needs splitting ------------------------------------------------------


class _Links(HTMLParser):
    """Links of a page (href, rel) and its dates: (activity link, start) of each event item."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.events: list[tuple[str, str]] = []
        self._event: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {key: value or "" for key, value in attrs}
        if tag == "li" and "zm-event" in attributes.get("class", "").split():
            self._event = []
        if tag == "a" and "href" in attributes:
            self.links.append((attributes["href"], attributes.get("rel", "")))
            if self._event is not None and not self._event:
                self._event.append(attributes["href"])
        if tag == "time" and self._event is not None and len(self._event) == 1:
            self._event.append(attributes["datetime"])
            self.events.append((self._event[0], self._event[1]))


def _read(site: Path, path: str) -> _Links:
    parser = _Links()
    parser.feed((site / path / "index.html").read_text("utf-8"))
    return parser


def _target(path: str, href: str) -> str | None:
    """The site path a link points to ('fr/partners/x/'), or None when it leaves the site."""
    url = urlsplit(urljoin("http://site/" + path, href))
    return url.path.lstrip("/") if url.netloc == "site" and url.path.endswith("/") else None


def _crawl(site: Path, start: str, inside: str) -> dict[str, _Links]:
    """Every page reachable from `start` by links that stay under `inside`."""
    seen: dict[str, _Links] = {}
    todo = deque([start])
    while todo:
        path = todo.popleft()
        if path in seen:
            continue
        assert (site / path / "index.html").is_file(), f"broken link to /{path}"
        seen[path] = _read(site, path)
        for href, _ in seen[path].links:
            target = _target(path, href)
            if target and target.startswith(inside) and target not in seen:
                todo.append(target)
    return seen


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    work = tmp_path_factory.mktemp("split")
    # 30 partners and 300 dates still split every list the test looks at (it asserts so), with 61 activities
    # to build a page of in each language instead of 108 (50 partners and 500 dates: an 18 s build).
    huis_dir = generate.generate(generate.Size("split", 30, 300), work / "huis", today=TODAY)
    huis, _ = building.load(huis_dir, TODAY)
    project = sitebuild.copy_project(work / "project", huis_dir)
    # Print and search are not what this tests (the index of 3,000 pages took a third of the build).
    # In this process: the build is what `mkdocs build --strict` runs, without a new interpreter's imports.
    with sitebuild.environ(sitebuild.settings(with_print=False, with_search=False)):
        sitebuild.build_in_process(project, work / "site")
    return work / "site", huis


@pytest.mark.build
def test_a_big_huis_is_split_into_small_pages_and_nothing_is_lost(big) -> None:
    """One test, so that only one test worker builds the big Huis."""
    site, huis = big
    sizes = {page.relative_to(site).as_posix(): page.stat().st_size for page in site.rglob("*.html")}
    assert any("/week-" in page for page in sizes), "the fixture no longer splits a month: make it bigger"
    assert any(page.startswith("partners/lijst/") for page in sizes), "the directory was not split"
    assert any(page.startswith("wie-is-wie/") for page in sizes), "wie is wie was not split"
    too_big = {page: size for page, size in sizes.items() if size > LIMIT}
    assert not too_big, too_big
    for language in LANGUAGES:
        # The home page shows this week's first dates and links on to the calendar for the rest.
        home = _read(site, language)
        broken = [t for href, _ in home.links if (t := _target(language, href)) and not (site / t).is_dir()]
        assert not broken, f"/{language}: broken links {broken}"
        for section, inside in (
            ("aanbod/", "aanbod/"),
            ("partners/", "partners/lijst/"),
            ("wie-is-wie/", "wie-is-wie/"),
        ):
            _every_partner_reachable(site, huis, language, section, inside)
        calendar_pages = _crawl(site, language + "kalender/", language + "kalender/")
        assert _dates(calendar_pages) == _upcoming(huis), f"/{language}kalender/ misses dates"
    _previous_and_next_walk_through_every_date(site, huis)


def _every_partner_reachable(site: Path, huis, language: str, section: str, inside: str) -> None:
    """Plain links from the overview, staying in its sub-pages, reach every partner's page."""
    pages = _crawl(site, language + section, language + inside)
    found = set()
    for path, page in pages.items():
        for href, _ in page.links:
            target = _target(path, href) or ""
            if match := re.fullmatch(re.escape(language) + r"partners/([^/]+)/", target):
                found.add(match.group(1))
    missing = sorted(set(huis.partners) - found)
    assert not missing, f"not reachable from /{language}{section}: {missing}"


def _upcoming(huis) -> set[tuple[str, str]]:
    found = schedule.upcoming(schedule.all_occurrences(huis.activities), TODAY)
    return {(o.activity.id, o.starts_at.isoformat()) for o in found}


def _dates(pages: dict[str, _Links]) -> set[tuple[str, str]]:
    return {(href.rstrip("/").rsplit("/", 1)[-1], start) for page in pages.values() for href, start in page.events}


def _previous_and_next_walk_through_every_date(site: Path, huis) -> None:
    path = "kalender/"
    # The calendar opens on the coming days; the walk starts in its first month, then its first week, ...
    while path == "kalender/" or not _read(site, path).events:
        links = [_target(path, href) for href, _ in _read(site, path).links]
        path = next(t for t in links if t and t.startswith(path) and t != path)  # a sub-page, not the pager
    walked: dict[str, _Links] = {}
    while path and path not in walked:
        walked[path] = _read(site, path)
        path = next((_target(path, href) for href, rel in walked[path].links if rel == "next"), None)
    assert _dates(walked) == _upcoming(huis), "previous/next skip dates"
