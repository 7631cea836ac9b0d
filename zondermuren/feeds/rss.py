"""RSS 2.0 (https://www.rssboard.org/rss-specification): the coming dates for mail tools that turn a
feed into a weekly newsletter (Mailchimp, Brevo, MailerLite) and for CMSs that import RSS.

Each item's `pubDate` is the date's start with the Brussels offset (RFC 822: "+0100"/"+0200"), for
the reason jsonfeed.py gives; `guid` is the item's stable id, not a link (isPermaLink="false").
`lastBuildDate` is the build's day at midnight, so a rebuild on the same day gives the same bytes.
The XML is written by ElementTree, which escapes every text; characters XML cannot hold at all
(control characters a fiche might carry) are dropped first.
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import format_datetime
from xml.etree import ElementTree as ET

from zondermuren.feeds.coming import Channel, Entry, body_html
from zondermuren.i18n import Translator, direction
from zondermuren.model.huis import BRUSSELS

ATOM = "http://www.w3.org/2005/Atom"
ET.register_namespace("atom", ATOM)
# XML 1.0 allows tab, newline, carriage return and everything from U+0020 but surrogates and U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _add(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    element.text = _clean(text)
    return element


def document(channel: Channel, entries: list[Entry], t: Translator) -> bytes:
    """The feed as UTF-8 XML; the same bytes for the same Huis on the same day."""
    rss = ET.Element("rss", {"version": "2.0"})
    head = ET.SubElement(rss, "channel")
    _add(head, "title", channel.title)
    _add(head, "link", channel.home)
    _add(head, "description", channel.description)
    _add(head, "language", channel.language)
    built = dt.datetime.combine(channel.today, dt.time(), BRUSSELS)
    _add(head, "lastBuildDate", format_datetime(built))
    ET.SubElement(head, f"{{{ATOM}}}link", {"href": channel.rss_url, "rel": "self", "type": "application/rss+xml"})
    rtl = direction(channel.language)
    for entry in entries:
        item = ET.SubElement(head, "item")
        _add(item, "title", entry.title)
        _add(item, "link", entry.url)
        _add(item, "guid", entry.id, isPermaLink="false")
        _add(item, "pubDate", format_datetime(entry.start))
        _add(item, "description", body_html(entry, t, channel.language, rtl))
    ET.indent(rss, space=" ")
    return ET.tostring(rss, encoding="utf-8", xml_declaration=True) + b"\n"
