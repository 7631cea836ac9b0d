"""What is coming: the dates of the next weeks, as the news feeds (JSON Feed, RSS) list them, each
said in words in one language.

One `Entry` per date of an activity, not per activity: a newsletter and a CMS list what happens on
which day. A date that takes place is listed, and so is a date that was cancelled or moved away
while it is still to come, marked in its title ("Afgelast: ...", as the iCalendar feeds and the
site say it): the family who read about it last week learns it is off. A moved date also appears on
its new day, saying where it moved from.

Partner text is data here: an Entry holds plain strings; the writers escape them for their format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from zondermuren import urls
from zondermuren.feeds.ical import date_note, site_root
from zondermuren.i18n import Translator
from zondermuren.model import schedule
from zondermuren.model.huis import Huis, Municipality, Text

WEEKS = 8  # how far the feeds look ahead
SUMMARY = 280  # characters of the description an item carries; its page has the rest


def window(found: Iterable[schedule.Occurrence], today: dt.date, days: int) -> list[schedule.Occurrence]:
    """The dates from `today` for `days` days (today included), in their order."""
    end = today + dt.timedelta(days=days)
    return sorted(
        (o for o in found if today <= o.date < end), key=lambda o: (o.starts_at, o.activity.title.nl, o.activity.id)
    )


def coming(huis: Huis, municipality: Municipality | None = None, days: int = WEEKS * 7) -> list[schedule.Occurrence]:
    """The Huis's (or one municipality's) dates of the coming `days` days, where the activity happens."""
    activities = [a for a in huis.activities if municipality is None or a.place.address.municipality is municipality]
    return window(schedule.all_occurrences(activities), huis.today, days)


@dataclass(frozen=True)
class Entry:
    """One date of an activity, in one language, as plain text fields."""

    id: str  # the activity's first id and the date, at the site's host: stable across builds and renames
    url: str  # the activity's page in this language, absolute
    title: str  # the activity's title, its status first when it does not take place as planned
    start: dt.datetime  # in Brussels, with its offset (a whole day: its midnight)
    when: str  # "woensdag 3 december, 10:00–11:30"
    where: str  # "De Speelhoek, Kerkstraat 1, 9000 Beekdonk"
    ages: str  # "Voor kinderen: 0–3 jaar", "" when the activity names no age
    cost: str  # "Gratis", "Betalend, € 5 per gezin", "" when nothing is known
    note: str  # "Afgelast: ziekte", "Verplaatst van ...", "" for a date as planned
    summary: str  # the start of the description, cut on a word
    summary_language: str  # its language: Dutch where the partner gave no translation
    status: str  # gepland, afgelast, verplaatst, volzet

    def lines(self, t: Translator) -> list[tuple[str, str]]:
        """The labelled facts, in the order every output says them: (label, value)."""
        found = [(t("common.when"), self.when), (t("common.where"), self.where)]
        if self.ages:
            found.append((t("common.for_whom"), self.ages))
        if self.cost:
            found.append((t("common.cost"), self.cost))
        return found


class Describer:
    """Says dates in one language; one per language and build, reused by every feed of it."""

    def __init__(self, huis: Huis, site_url: str, language: str) -> None:
        self.huis = huis
        self.site_url, self.host = site_root(site_url)
        self.language = language
        self.t = Translator(language, huis.root)
        self._cache: dict[tuple[str, dt.date, dt.date | None], Entry] = {}

    def entry(self, occurrence: schedule.Occurrence) -> Entry:
        key = (occurrence.activity.id, occurrence.date, occurrence.moved_from)
        if key not in self._cache:
            self._cache[key] = self._entry(occurrence)
        return self._cache[key]

    def _entry(self, o: schedule.Occurrence) -> Entry:
        a, t, language = o.activity, self.t, self.language
        # A date moved here is a second item of the same activity on a day that may also be one
        # of its own dates: its id says where it came from.
        moved = f"-van-{o.moved_from.isoformat()}" if o.moved_from else ""
        title = a.title.get(language)
        if o.status != "gepland":
            title = f"{t(f'common.status_{o.status}')}: {title}"
        place = a.place
        where = (place.name.get(language) + ", " if place.name else "") + place.address.one_line()
        page = urls.page_address(self.site_url, urls.activity_page(a.id), language, self.huis.default_language)
        return Entry(
            id=f"{a.first_id}-{o.date.isoformat()}{moved}@{self.host}",
            url=page,
            title=title,
            start=o.starts_at,
            when=self.when(o),
            where=where,
            ages=self.ages(a.offer.audience.children, a.offer.audience.parents),
            cost=self.cost(a.offer.free, a.offer.cost),
            note=self.note(o),
            summary=_short(a.description.get(language) if a.description else "", SUMMARY),
            summary_language=language if a.description is None or a.description.has(language) else "nl",
            status=o.status,
        )

    def when(self, o: schedule.Occurrence) -> str:
        t = self.t
        said = f"{t.date(o.date, 'day')}{t('common.separator')}{t.hours(o.start, o.end)}"
        if o.day_of_span:
            said += f" ({t('common.day_of', dag=o.day_of_span[0], van=o.day_of_span[1])})"
        return said

    def ages(self, children: tuple[str, ...], parents: tuple[str, ...]) -> str:
        sep = self.t("common.separator")
        parts = []
        for key, bands in (("common.for_children", children), ("common.for_parents", parents)):
            if bands:
                labels = sep.join(self.huis.vocab.label("leeftijden", band, self.language) for band in bands)
                parts.append(f"{self.t(key)}: {labels}")
        return " · ".join(parts)

    def cost(self, free: bool | None, cost: Text | None) -> str:
        said = self.t("common.free") if free is True else self.t("common.paid") if free is False else ""
        if cost:
            said = f"{said}{self.t('common.separator')}{cost.get(self.language)}" if said else cost.get(self.language)
        return said

    def note(self, o: schedule.Occurrence) -> str:
        return date_note(self.t, self.language, o)


def _short(text: str, length: int) -> str:
    """The start of a text, cut on a word (as cards cut it: site.render_text.Texts.short)."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    return text[:length].rsplit(" ", 1)[0] + " …"


@dataclass(frozen=True)
class Channel:
    """A news feed's own facts: the same for its JSON Feed and its RSS."""

    title: str
    description: str
    home: str  # the page the feed is about (the home page, a municipality's page), absolute
    json_url: str  # both feeds' own addresses, absolute: each names itself, and RSS its JSON twin
    rss_url: str
    language: str
    author: str  # the Huis
    author_url: str  # its site
    today: dt.date  # the build's day: the only date a feed carries of itself


def body_text(entry: Entry, t: Translator) -> str:
    """An item as plain text: what a mail tool or a CMS shows when it takes no HTML."""
    lines = [entry.note, ""] if entry.note else []
    lines += [f"{label}: {value}" for label, value in entry.lines(t)]
    if entry.summary:
        lines += ["", entry.summary]
    return "\n".join([*lines, "", entry.url])


def body_html(entry: Entry, t: Translator, language: str, direction: str) -> str:
    """An item as HTML, every text escaped: partner text is never markup (not even its Markdown,
    which the summary shows as typed). In the feed's language and direction."""
    parts = [f"<p><strong>{escape(entry.note)}</strong></p>"] if entry.note else []
    facts = "<br>".join(f"<strong>{escape(label)}:</strong> {escape(value)}" for label, value in entry.lines(t))
    parts.append(f"<p>{facts}</p>")
    if entry.summary and entry.summary_language != language:  # shown in Dutch, marked as such
        parts.append(f'<p lang="{entry.summary_language}" dir="ltr">{escape(entry.summary)}</p>')
    elif entry.summary:
        parts.append(f"<p>{escape(entry.summary)}</p>")
    parts.append(f'<p><a href="{escape(entry.url)}">{escape(t("nieuws.more"))}</a></p>')
    return f'<div lang="{escape(language)}" dir="{direction}">{"".join(parts)}</div>'
