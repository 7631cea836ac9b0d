"""The news feeds and the "Deze week" pages in the built example site (the shared build, `example_site`):
every item leads to a page that exists, the pages name their feeds, and a second build the same day
publishes the same bytes."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import feedparser
import pytest

from testkit import sitebuild

pytestmark = pytest.mark.build
LANGUAGES = ("nl", "fr", "en", "ar")


def news_files(site: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site).as_posix(): path.read_bytes()
        for path in sorted((site / "feeds").rglob("*"))
        if path.suffix in (".json", ".rss")
    }


def page_of(site: Path, url: str) -> Path:
    """The file a published address opens: '<site_url>activiteiten/x/' -> site/activiteiten/x/index.html."""
    assert url.startswith(sitebuild.SITE_URL), url
    return site / url.removeprefix(sitebuild.SITE_URL) / "index.html"


def test_every_item_leads_to_a_page_of_the_built_site(example_site: Path) -> None:
    files = news_files(example_site)
    assert len(files) == len(LANGUAGES) * 2 * 7  # JSON and RSS, the Huis and six municipalities
    checked = 0
    for name, data in files.items():
        if name.endswith(".json"):
            feed = json.loads(data)
            addresses = [feed["home_page_url"], *(item["url"] for item in feed["items"])]
        else:
            parsed = feedparser.parse(data)
            assert parsed.bozo == 0, name
            addresses = [parsed.feed.link, *(entry.link for entry in parsed.entries)]
        missing = [url for url in addresses if not page_of(example_site, url).is_file()]
        assert missing == [], name
        checked += len(addresses)
    assert checked > 500


def test_feed_addresses_name_published_files(example_site: Path) -> None:
    for name, data in news_files(example_site).items():
        if name.endswith(".json"):
            assert json.loads(data)["feed_url"] == sitebuild.SITE_URL + name
        else:
            self_link = [link.href for link in feedparser.parse(data).feed.links if link.rel == "self"]
            assert self_link == [sitebuild.SITE_URL + name]


def test_the_municipality_and_week_pages_name_their_feeds_in_the_head(example_site: Path) -> None:
    for page in ("gemeenten/beekdonk/index.html", "gemeenten/beekdonk/deze-week/index.html"):
        head = (example_site / page).read_text("utf-8").split("</head>")[0]
        found = re.findall(r'<link rel="alternate" type="(application/[a-z+]+)" href="([^"]+)">', head)
        assert found == [
            ("application/rss+xml", sitebuild.SITE_URL + "feeds/gemeente-beekdonk.rss"),
            ("application/feed+json", sitebuild.SITE_URL + "feeds/gemeente-beekdonk.json"),
        ], page
    french = (example_site / "fr/gemeenten/beekdonk/index.html").read_text("utf-8")
    assert f'href="{sitebuild.SITE_URL}feeds/fr/gemeente-beekdonk.rss"' in french
    assert "zm_feeds" not in (example_site / "index.html").read_text("utf-8").split("</head>")[0]


def test_the_week_pages_are_in_each_languages_sitemap(example_site: Path) -> None:
    namespace = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    for language in LANGUAGES:
        sitemap = example_site / ("sitemap.xml" if language == "nl" else f"{language}/sitemap.xml")
        locations = {loc.text for loc in ET.parse(sitemap).getroot().findall("sm:url/sm:loc", namespace)}
        prefix = "" if language == "nl" else f"{language}/"
        assert f"{sitebuild.SITE_URL}{prefix}gemeenten/heidegem/deze-week/" in locations, language


def test_a_second_build_the_same_day_publishes_the_same_feeds(example_site: Path, example_again: Path) -> None:
    first, second = news_files(example_site), news_files(example_again)
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []
