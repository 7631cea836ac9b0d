"""JSON Feed 1.1 (https://jsonfeed.org/version/1.1): the coming dates for a CMS that imports feeds.

`date_published` is the date's start, in Brussels with its offset. JSON Feed (and RSS) have no
field for an event's date, and the tools that read these feeds order items and pick the new ones
by this date: with the start, a CMS lists the dates in their order and a mail tool's newsletter
says them in the order they come; a date's item also keeps its date from build to build (the
build's own day would make every item look new every day). The start is said in words in the text
too, for a tool that shows no dates. Items stand in the order of their start.
"""

from __future__ import annotations

import json
from typing import Any

from zondermuren.feeds.coming import Channel, Entry, body_html, body_text
from zondermuren.i18n import Translator, direction

VERSION = "https://jsonfeed.org/version/1.1"


def document(channel: Channel, entries: list[Entry], t: Translator) -> bytes:
    """The feed as UTF-8 JSON; the same bytes for the same Huis on the same day."""
    feed: dict[str, Any] = {
        "version": VERSION,
        "title": channel.title,
        "home_page_url": channel.home,
        "feed_url": channel.json_url,
        "description": channel.description,
        "language": channel.language,
        "authors": [{"name": channel.author, "url": channel.author_url}],
        "items": [_item(entry, t, channel.language) for entry in entries],
    }
    return (json.dumps(feed, ensure_ascii=False, indent=1) + "\n").encode()


def _item(entry: Entry, t: Translator, language: str) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": entry.id,
        "url": entry.url,
        "title": entry.title,
        "content_text": body_text(entry, t),
        "content_html": body_html(entry, t, language, direction(language)),
        "date_published": entry.start.isoformat(),
    }
    if entry.summary:
        item["summary"] = entry.summary
    return item
