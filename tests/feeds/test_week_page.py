"""A municipality's "Deze week" page: the same dates as its news feed, the coming seven days, as
plain paragraphs to copy into a newsletter or a WhatsApp group. Rendered in-process (no MkDocs)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re

import pytest
from markupsafe import escape

from testkit.sitebuild import DAY
from zondermuren import urls
from zondermuren.feeds import news
from zondermuren.site import pages
from zondermuren.site.rendering import Renderer

SITE = "https://huis.example.org/"


def week_page(huis, municipality_id: str, language: str) -> str:
    path = urls.week_overview_page(municipality_id)
    page = next(p for p in pages.site_pages(huis) if p.path == path)
    return Renderer(huis, SITE).render(page.path, page.template, page.context, language)


def listed(text: str) -> list[str]:
    """The addresses the page lists, in its order: each item ends with its written-out link."""
    return re.findall(r'<a href="([^"]+)">\1</a></p>', text)


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_the_week_is_the_feeds_first_seven_days(huis, language):
    feeds = news.all_feeds(huis, SITE)
    folder = "feeds/" if language == "nl" else f"feeds/{language}/"
    for municipality in huis.municipalities:
        items = json.loads(feeds[f"{folder}gemeente-{municipality}.json"])["items"]
        week = [i for i in items if dt.date.fromisoformat(i["date_published"][:10]) < DAY + dt.timedelta(days=7)]
        text = week_page(huis, municipality, language)
        assert listed(text) == [i["url"] for i in week], municipality
        for item in week:
            assert f"<strong>{escape(item['title'])}</strong>" in text
    assert any(listed(week_page(huis, m, language)) for m in huis.municipalities)


def test_an_item_reads_as_plain_lines_with_day_time_place_ages_cost(huis):
    text = week_page(huis, "beekdonk", "nl")
    assert "<table" not in text and "<ul" not in text and "<li" not in text
    item = (
        '<p class="zm-forward__item"><strong>Babymassage</strong><br>\n'
        "woensdag 25 november, 10:00–11:30<br>\n"
        "Waar: Consultatiebureau Dorpsplein, Dorpsplein 4, 9970 Beekdonk<br>\n"
        "Voor wie: Voor kinderen: 0 tot 3 jaar · Voor ouders: 0 tot 3 jaar<br>\n"
        "Prijs: Gratis<br>\n"
        '<a href="https://huis.example.org/activiteiten/babymassage-beekdonk/">'
        "https://huis.example.org/activiteiten/babymassage-beekdonk/</a></p>"
    )
    assert item in text
    assert "van zondag 22 november tot zaterdag 28 november" in text
    assert '"zm_feeds": {"rss": "https://huis.example.org/feeds/gemeente-beekdonk.rss", ' in text


def test_a_cancelled_date_this_week_says_so(huis):
    later = dataclasses.replace(huis, today=dt.date(2027, 1, 1))
    text = week_page(later, "lindevelde", "nl")
    start = text.index("<strong>Afgelast: Inloopochtend</strong>")
    item = text[start : text.index("</p>", start)]
    assert "maandag 4 januari, 09:00–12:00<br>\n<strong>Afgelast" in item


def test_an_empty_week_says_so(huis):
    quiet = dataclasses.replace(huis, activities=[])
    text = week_page(quiet, "beekdonk", "fr")
    assert '<p class="zm-empty">Rien n\'est prévu à Beekdonk dans les sept prochains jours.</p>' in text.replace(
        "&#39;", "'"
    )


def test_the_municipality_page_links_its_week(huis):
    page = next(p for p in pages.site_pages(huis) if p.path == urls.municipality_page("heidegem"))
    text = Renderer(huis, SITE).render(page.path, page.template, page.context, "nl")
    assert '<p><a href="../../gemeenten/heidegem/deze-week/">Deze week: een lijst om door te sturen</a></p>' in text
