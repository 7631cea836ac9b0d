"""The news feeds (JSON Feed 1.1, RSS 2.0) of the coming eight weeks, made in-process from the example.

Each JSON Feed is validated against SchemaStore's JSON Feed 1.1 schema, vendored in schemas/jsonfeed/ with a
local registry (its `$ref`s name https://json.schemastore.org/ addresses that are never fetched);
each RSS feed is read by feedparser, as mail tools and readers read it, and must not be "bozo".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import feedparser
import pytest
from jsonschema import Draft4Validator
from referencing import Registry
from referencing.jsonschema import DRAFT4

from testkit.sitebuild import DAY, ROOT
from zondermuren import urls
from zondermuren.feeds import coming, news
from zondermuren.i18n import Translator
from zondermuren.model import building, schedule
from zondermuren.model.huis import BRUSSELS, Text
from zondermuren.site import pages

SITE = "https://huis.example.org/"
SCHEMAS = Path(__file__).parent / "schemas" / "jsonfeed"
WINDOW = dt.timedelta(weeks=8)


@pytest.fixture(scope="module")
def feeds(huis) -> dict[str, bytes]:
    return news.all_feeds(huis, SITE)


def validator() -> Draft4Validator:
    """The JSON Feed schema with its companion feed-1 found locally, never on the network."""
    resources = []
    for name in ("feed.json", "feed-1.json"):
        contents = json.loads((SCHEMAS / name).read_text("utf-8"))
        resources.append((contents["id"], DRAFT4.create_resource(contents)))
    registry = Registry().with_resources(resources)
    schema = json.loads((SCHEMAS / "feed.json").read_text("utf-8"))
    return Draft4Validator(schema, registry=registry, format_checker=Draft4Validator.FORMAT_CHECKER)


def expected_ids(huis, municipality=None) -> list[str]:
    """Every date of the coming eight weeks, from the model itself (the activity's place decides)."""
    found = [
        o
        for o in schedule.all_occurrences(huis.activities)
        if DAY <= o.date < DAY + WINDOW
        and (municipality is None or o.activity.place.address.municipality is municipality)
    ]
    found.sort(key=lambda o: (o.starts_at, o.activity.title.nl, o.activity.id))
    moved = ["-van-" + o.moved_from.isoformat() if o.moved_from else "" for o in found]
    return [
        f"{o.activity.first_id}-{o.date.isoformat()}{m}@huis.example.org" for o, m in zip(found, moved, strict=True)
    ]


def test_every_language_has_the_huis_and_each_municipality_beside_the_calendar_files(huis, feeds):
    names = set()
    for language in huis.languages:
        folder = "feeds/" if language == "nl" else f"feeds/{language}/"
        for name in ["huis", *(f"gemeente-{m}" for m in huis.municipalities)]:
            names |= {f"{folder}{name}.json", f"{folder}{name}.rss"}
    assert set(feeds) == names
    assert len(names) == 4 * 2 * 7  # four languages, JSON and RSS, the Huis and six municipalities


def test_every_json_feed_validates_against_the_json_feed_schema(feeds):
    check = validator()
    for name, data in feeds.items():
        if not name.endswith(".json"):
            continue
        feed = json.loads(data)
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in check.iter_errors(feed)]
        assert errors == [], name
        assert feed["version"] == "https://jsonfeed.org/version/1.1"
        assert feed["feed_url"] == SITE + name and feed["items"], name
        for item in feed["items"]:
            start = dt.datetime.fromisoformat(item["date_published"])
            assert start.utcoffset() == start.astimezone(BRUSSELS).utcoffset(), item["id"]  # Brussels, with its offset


def test_the_schema_refuses_a_feed_that_breaks_it(feeds):
    """The validator is no rubber stamp: an item without id, and one with an unknown field, fail."""
    feed = json.loads(feeds["feeds/huis.json"])
    del feed["items"][0]["id"]
    feed["items"][1]["start"] = "2026-11-23"
    paths = sorted("/".join(map(str, e.absolute_path)) for e in validator().iter_errors(feed))
    assert paths == ["items/0", "items/1"]


def test_every_rss_feed_parses_in_feedparser_without_complaint(feeds):
    for name, data in feeds.items():
        if not name.endswith(".rss"):
            continue
        parsed = feedparser.parse(data)
        assert parsed.bozo == 0, (name, parsed.get("bozo_exception"))
        assert parsed.version == "rss20", name
        twin = json.loads(feeds[name.removesuffix(".rss") + ".json"])
        assert [e.id for e in parsed.entries] == [i["id"] for i in twin["items"]], name
        assert [e.link for e in parsed.entries] == [i["url"] for i in twin["items"]], name
        for entry, item in zip(parsed.entries, twin["items"], strict=True):
            start = dt.datetime.fromisoformat(item["date_published"])
            assert entry.published == start.strftime("%a, %d %b %Y %H:%M:%S %z"), name  # RFC 822, +0100/+0200
        assert parsed.feed.language == twin["language"]
        self_link = [link.href for link in parsed.feed.links if link.rel == "self"]
        assert self_link == [SITE + name]


def test_items_are_the_dates_of_the_coming_eight_weeks_one_per_date(huis, feeds):
    every = json.loads(feeds["feeds/huis.json"])["items"]
    assert [i["id"] for i in every] == expected_ids(huis)
    assert len({i["id"] for i in every}) == len(every)
    for municipality in huis.municipalities.values():
        items = json.loads(feeds[f"feeds/gemeente-{municipality.id}.json"])["items"]
        assert [i["id"] for i in items] == expected_ids(huis, municipality), municipality.id
    # The window is really eight weeks: dates beyond it exist, and none is listed.
    later = [o for o in schedule.all_occurrences(huis.activities) if o.date >= DAY + WINDOW]
    assert later
    assert max(dt.date.fromisoformat(i["date_published"][:10]) for i in every) < DAY + WINDOW


def test_a_cancelled_date_still_to_come_is_listed_and_says_so(huis, feeds):
    activity = next(a for a in huis.activities if a.id == "inloopochtend-kangoeroe")
    day = dt.date(2027, 1, 4)
    assert activity.changes[day].status == "afgelast"  # the example's cancelled date, within eight weeks
    key = f"inloopochtend-kangoeroe-{day.isoformat()}@huis.example.org"
    for language, folder in (("nl", "feeds/"), ("fr", "feeds/fr/")):
        item = next(i for i in json.loads(feeds[f"{folder}huis.json"])["items"] if i["id"] == key)
        t = Translator(language, huis.root)
        assert item["title"] == f"{t('common.status_afgelast')}: {activity.title.get(language)}"
        reason = activity.changes[day].reason
        note = f"{t('common.status_afgelast')}: {reason.get(language)}" if reason else t("common.status_afgelast")
        assert item["content_text"].startswith(note + "\n\n" + t("common.when") + ": ")
    nl = next(i for i in json.loads(feeds["feeds/huis.json"])["items"] if i["id"] == key)
    assert nl["title"] == "Afgelast: Inloopochtend"


def test_an_item_says_when_where_for_whom_and_cost(huis, feeds):
    item = json.loads(feeds["feeds/huis.json"])["items"][0]
    assert item["id"] == "inloopochtend-kangoeroe-2026-11-23@huis.example.org"
    assert item["url"] == SITE + "activiteiten/inloopochtend-kangoeroe/"
    assert item["date_published"] == "2026-11-23T09:00:00+01:00"
    assert item["content_text"].split("\n\n")[0] == (
        "Wanneer: maandag 23 november, 09:00–12:00\n"
        "Waar: De Kangoeroe, Lindeplein 11, 9973 Lindevelde\n"
        "Voor wie: Voor kinderen: 0 tot 3 jaar, 3 tot 6 jaar · Voor ouders: Zwanger, 0 tot 3 jaar, 3 tot 6 jaar\n"
        "Prijs: Gratis"
    )
    assert item["content_text"].endswith("\n\n" + item["url"])
    french = json.loads(feeds["feeds/fr/huis.json"])["items"][0]
    assert french["url"] == SITE + "fr/activiteiten/inloopochtend-kangoeroe/"


def test_summer_dates_carry_the_summer_offset(huis):
    """+0200 in summer: the offset is the date's own, not the build's."""
    later = dataclasses.replace(huis, today=dt.date(2027, 5, 1))
    items = json.loads(news.all_feeds(later, SITE)["feeds/huis.json"])["items"]
    assert items and all(i["date_published"].endswith("+02:00") for i in items)


def test_same_bytes_on_the_same_day_and_the_same_ids_the_next_day(huis, feeds):
    again, _ = building.load(ROOT, DAY)
    assert news.all_feeds(again, SITE) == feeds
    tomorrow, _ = building.load(ROOT, DAY + dt.timedelta(days=1))
    today_items = {i["id"]: i for i in json.loads(feeds["feeds/huis.json"])["items"]}
    next_items = {i["id"]: i for i in json.loads(news.all_feeds(tomorrow, SITE)["feeds/huis.json"])["items"]}
    shared = today_items.keys() & next_items.keys()
    assert len(shared) > 50
    assert all(today_items[k] == next_items[k] for k in shared)  # the same item, word for word
    assert all(dt.date.fromisoformat(today_items[k]["date_published"][:10]) == DAY for k in today_items.keys() - shared)


def test_partner_text_with_markup_stays_text(huis):
    """A title and description with a script: escaped in every HTML field, never a tag."""
    first = next(a for a in huis.activities if a.id == "inloopochtend-kangoeroe")
    hostile = dataclasses.replace(
        first,
        title=Text({"nl": "<script>alert(1)</script> & co"}),
        description=Text({"nl": '<img src=x onerror="alert(2)"> **vet**'}),
    )
    small = dataclasses.replace(huis, activities=[hostile], languages=["nl"])
    files = news.all_feeds(small, SITE)
    item = json.loads(files["feeds/huis.json"])["items"][0]
    assert item["title"] == "<script>alert(1)</script> & co"  # plain text, as JSON Feed's title is
    html = item["content_html"]
    assert "<script" not in html and "<img" not in html
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt; **vet**" in html
    description = ET.fromstring(files["feeds/huis.rss"]).find("channel/item/description")
    assert description is not None and description.text == html  # the same HTML, as XML text
    assert b"<script" not in files["feeds/huis.rss"] and b"&lt;script&gt;" in files["feeds/huis.rss"]
    parsed = feedparser.parse(files["feeds/huis.rss"])
    assert parsed.bozo == 0 and parsed.entries[0].title == "<script>alert(1)</script> & co"


def test_characters_xml_cannot_hold_are_dropped_from_rss(huis):
    first = next(a for a in huis.activities if a.id == "inloopochtend-kangoeroe")
    odd = dataclasses.replace(first, title=Text({"nl": "Spel\x0bnamiddag\x00"}))
    files = news.all_feeds(dataclasses.replace(huis, activities=[odd], languages=["nl"]), SITE)
    parsed = feedparser.parse(files["feeds/huis.rss"])
    assert parsed.bozo == 0 and parsed.entries[0].title == "Spelnamiddag"


def test_an_untranslated_description_is_marked_dutch_in_the_html(huis, feeds):
    items = json.loads(feeds["feeds/ar/huis.json"])["items"]
    dutch = next(i for i in items if i["id"].startswith("babymassage-beekdonk-"))
    assert dutch["content_html"].startswith('<div lang="ar" dir="rtl">')
    assert '<p lang="nl" dir="ltr">Leer je baby masseren' in dutch["content_html"]


def test_week_window_is_today_and_the_six_days_after(huis):
    week = coming.coming(huis, days=7)
    assert {o.date for o in week} <= {DAY + dt.timedelta(days=n) for n in range(7)}
    assert [o.date for o in week] == sorted(o.date for o in week)
    assert urls.week_overview_page("beekdonk") == "gemeenten/beekdonk/deze-week"


def test_every_item_and_home_address_is_a_page_the_engine_writes(huis, feeds):
    """In-process twin of tests/feeds/test_news_built.py: each address is one of the generated pages."""
    written = {
        urls.page_address(SITE, page.path, language, huis.default_language)
        for page in pages.site_pages(huis)
        for language in huis.languages
    }
    for name, data in feeds.items():
        if name.endswith(".json"):
            feed = json.loads(data)
            addresses = [feed["home_page_url"], feed["authors"][0]["url"], *(i["url"] for i in feed["items"])]
            assert [url for url in addresses if url not in written] == [], name
