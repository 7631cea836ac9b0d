"""iCalendar feeds (RFC 5545) of the whole Huis, per municipality, per partner and per activity.

One VEVENT per activity: a series is one event with RRULE and EXDATE, so a phone shows it as a
series; a cancelled, full or moved date is an override with RECURRENCE-ID. UIDs come from the
activity's fixed id and the site's host, so they stay the same across builds and languages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache
from urllib.parse import urlsplit

from icalendar import Calendar, Event, vRecur

from zondermuren import urls
from zondermuren.i18n import Translator
from zondermuren.model import schedule
from zondermuren.model.huis import BRUSSELS, Activity, DateChange, Huis, Revision, Text

Moment = dt.datetime | dt.date  # a date-time in Brussels, or a DATE for a whole day

KEEP_PAST_DAYS = 90


@cache
def _brussels():
    """VTIMEZONE for Europe/Brussels, made once by icalendar from the tz database and reused."""
    probe = Calendar()
    event = Event()
    event.add("dtstart", dt.datetime(2026, 1, 1, 12, tzinfo=BRUSSELS))
    probe.add_component(event)
    probe.add_missing_timezones()
    return probe.walk("VTIMEZONE")[0]


@cache
def _brussels_ical() -> bytes:
    return _brussels().to_ical()


def site_root(site_url: str) -> tuple[str, str]:
    """The site's address with one closing slash, and its host: what every feed's ids and links are made of."""
    root = site_url.rstrip("/") + "/"
    return root, urlsplit(root).hostname or "zondermuren"


def date_note(t: Translator, language: str, occurrence: schedule.Occurrence) -> str:
    """What the page says beside a date: its status or where it moved from or to, and the reason
    (the iCalendar feeds, the news feeds and "Deze week" say it in the same words)."""
    if occurrence.moved_from:
        label = t("common.moved_from", datum=t.date(occurrence.moved_from, "day"))
    elif occurrence.status == "verplaatst" and occurrence.moved_to:
        label = t("common.moved_to", datum=t.date(occurrence.moved_to, "day"))
    elif occurrence.status != "gepland":
        label = t(f"common.status_{occurrence.status}")
    else:
        return ""
    return _why(label, occurrence.reason, language)


def _why(label: str, reason: Text | None, language: str) -> str:
    return f"{label}: {reason.get(language)}" if reason else label


class FeedWriter:
    def __init__(self, huis: Huis, site_url: str, language: str) -> None:
        self.huis = huis
        self.site_url, self.host = site_root(site_url)
        self.language = language
        self.t = Translator(language, huis.root)
        # DTSTAMP is when the feed was made; the build's fixed "today" keeps builds reproducible.
        self.stamp = dt.datetime.combine(huis.today, dt.time(), dt.UTC)
        self._cache: dict[str, bytes] = {}

    def page_url(self, activity: Activity) -> str:
        """The activity's page in the feed's language, as its page is published (urls)."""
        page = urls.activity_page(activity.id)
        return urls.page_address(self.site_url, page, self.language, self.huis.default_language)

    def calendar(self, name: str, activities: Iterable[Activity]) -> bytes:
        """One feed. Each activity's VEVENTs are serialised once per language and reused in every
        feed that lists it (Huis, municipality, partners, the activity itself)."""
        cal = Calendar()
        cal.add("prodid", "-//Huis zonder muren//zondermuren//NL")
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("x-wr-calname", name)
        cal.add("x-wr-timezone", "Europe/Brussels")
        events = b"".join(self._serialised(activity) for activity in sorted(activities, key=lambda a: a.id))
        head = cal.to_ical()
        end = b"END:VCALENDAR\r\n"
        assert head.endswith(end)
        timezone = _brussels_ical() if events else b""
        return head[: -len(end)] + timezone + events + end

    def _serialised(self, activity: Activity) -> bytes:
        if activity.id not in self._cache:
            horizon = self.huis.today - dt.timedelta(days=KEEP_PAST_DAYS)
            dates = schedule.occurrences(activity)
            keep = dates and dates[-1].date >= horizon
            self._cache[activity.id] = b"".join(e.to_ical() for e in self.events(activity, dates)) if keep else b""
        return self._cache[activity.id]

    def _base(
        self,
        activity: Activity,
        start: Moment,
        end: Moment,
        revision: Revision,
        status: str = "gepland",
        note: str = "",
    ) -> Event:
        """One VEVENT; a cancelled or full date says so in its title, and why first in its description."""
        event = Event()
        event.add("uid", f"{activity.first_id}@{self.host}")
        # Without METHOD, DTSTAMP means LAST-MODIFIED (RFC 5545 3.8.7.2): an unchanged event
        # stays byte-identical from build to build. No record of what was published: the build's day.
        modified = revision.modified or self.stamp
        event.add("dtstamp", modified)
        event.add("last-modified", modified)
        event.add("sequence", revision.sequence)
        event.add("dtstart", start)
        event.add("dtend", end)
        title = activity.title.get(self.language)
        if status in ("afgelast", "volzet"):
            title = f"{self.t(f'common.status_{status}')}: {title}"
        event.add("summary", title)
        lines = [note] if note else []
        lines += [activity.description.get(self.language)] if activity.description else []
        lines.append(self.page_url(activity))
        event.add("description", "\n\n".join(lines))
        place = activity.place
        name = place.name.get(self.language) + ", " if place.name else ""
        event.add("location", name + place.address.one_line())
        event.add("url", self.page_url(activity))
        organiser = activity.partner
        if organiser.contact.email:
            event.add("organizer", f"mailto:{organiser.contact.email}", parameters={"CN": organiser.name})
        event.add("status", "CANCELLED" if status == "afgelast" else "CONFIRMED")
        return event

    def _note(self, occurrence: schedule.Occurrence) -> str:
        return date_note(self.t, self.language, occurrence)

    def events(self, activity: Activity, dates: list[schedule.Occurrence]) -> list[Event]:
        """The VEVENTs of one activity, in the shape a phone shows as the partner meant it.

        The activity's own status (a series cancelled in one line) is the series' event's, so a
        phone marks every date with one event; only a date that differs gets an override."""
        rule = _rule(activity, dates)
        if rule is None:
            return [self._single(activity, dates)]
        first_day = dates_of(activity)[0]
        # The activity's own status is the series' (its digest, so its SEQUENCE, has it too).
        whole = activity.whole if activity.whole and activity.whole.status != "verplaatst" else None
        status = whole.status if whole else "gepland"
        note = _why(self.t(f"common.status_{status}"), whole.reason, self.language) if whole else ""
        master = self._base(activity, *_moments(activity, first_day, first_day), activity.revision, status, note)
        master.add("rrule", vRecur(rule))
        for skipped in activity.series.skipped if activity.series else ():
            master.add("exdate", _moment(skipped, activity.start))
        result = [master]
        moved = {o.moved_from: o for o in dates if o.moved_from}
        for occurrence in dates:
            if occurrence.moved_from or _same(occurrence, whole):
                continue
            if occurrence.date in moved:
                # The override of the original date is the session on its new date.
                moments, shown = _span(moved[occurrence.date]), moved[occurrence.date]
            else:
                moments, shown = _moments(activity, occurrence.date, occurrence.date), occurrence
            revision = activity.date_revisions.get(occurrence.date, activity.revision)
            override = self._base(activity, *moments, revision, shown.status, self._note(shown))
            override.add("recurrence-id", _moment(occurrence.date, schedule.hours_on(activity, occurrence.date)[0]))
            result.append(override)
        return result

    def _single(self, activity: Activity, dates: list[schedule.Occurrence]) -> Event:
        """One block: a one-off, a run of whole days, or a weekend through the nights."""
        # A moved one-off activity is published at its new date; the page explains the move.
        current = next((o for o in dates if o.moved_from), None)
        if current is not None:
            return self._base(activity, *_span(current), activity.revision, current.status, self._note(current))
        assert activity.date is not None
        moments = _moments(activity, activity.date, activity.last_date)
        return self._base(activity, *moments, activity.revision, dates[0].status, self._note(dates[0]))


def all_feeds(huis: Huis, site_url: str) -> dict[str, bytes]:
    """Every feed file, by site path, for every language of the Huis."""
    files: dict[str, bytes] = {}
    for language in huis.languages:
        writer = FeedWriter(huis, site_url, language)

        def path(name: str, language: str = language) -> str:
            return urls.feed(name, language, huis.default_language)

        files[path(urls.huis_feed())] = writer.calendar(huis.name, huis.activities)
        for municipality in huis.municipalities.values():
            here = [a for a in huis.activities if a.place.address.municipality is municipality]
            files[path(urls.municipality_feed(municipality.id))] = writer.calendar(
                f"{huis.name} – {municipality.name}", here
            )
        for partner in huis.partners.values():
            if partner.activities:
                files[path(urls.partner_feed(partner.slug))] = writer.calendar(
                    f"{partner.name} ({huis.name})", partner.activities
                )
        for activity in huis.activities:
            files[path(urls.activity_feed(activity.id))] = writer.calendar(activity.title.get(language), [activity])
    return files


def dates_of(activity: Activity) -> list[dt.date]:
    """The days the activity's rule yields (DTSTART must be the first of them)."""
    if activity.series:
        return schedule.series_dates(activity.series) or [activity.series.start]
    return activity.days()


def _rule(activity: Activity, dates: list[schedule.Occurrence]) -> dict | None:
    """The RRULE, or None where one block says it: a one-off, a weekend through the nights, or
    whole days without a change on one of them (a change needs a RECURRENCE-ID to attach to)."""
    if activity.series:
        rule = activity.series.ical()
        if activity.all_day:
            rule["UNTIL"] = activity.series.until  # UNTIL has DTSTART's value type (RFC 5545 3.3.10)
        return rule
    if activity.last_date is None or activity.overnight:
        return None
    if activity.all_day and _shared(dates) is not None:
        return None
    # Each day the same hours: phones show a block per day, not one block through the nights.
    last: Moment = activity.last_date
    if not activity.all_day:
        last = dt.datetime.combine(activity.last_date, dt.time(23, 59, 59), BRUSSELS).astimezone(dt.UTC)
    return {"FREQ": "DAILY", "UNTIL": last}


def _shared(dates: list[schedule.Occurrence]) -> schedule.Occurrence | None:
    """The first date, when every date not moved shares its status and reason (none moved away)."""
    kept = [o for o in dates if not o.moved_from]
    if not kept or kept[0].status == "verplaatst" or not all(_same(o, kept[0]) for o in kept):
        return None
    return kept[0]


def _same(occurrence: schedule.Occurrence, other: schedule.Occurrence | DateChange | None) -> bool:
    """Whether a date says what `other` says (None: planned, as a series' own event says)."""
    if other is None:
        return occurrence.status == "gepland"
    return (occurrence.status, occurrence.reason) == (other.status, other.reason)


def _span(occurrence: schedule.Occurrence) -> tuple[Moment, Moment]:
    """DTSTART and DTEND of one date as the page shows it, always of one value type (RFC 5545 3.8.2.2):
    DATEs for a whole day, else date-times ("from 10:00" runs to the end of that day)."""
    if occurrence.all_day:
        return _next(occurrence.date)
    return occurrence.starts_at, occurrence.ends_at


def _moment(day: dt.date, hours: str, *, end: bool = False) -> Moment:
    """A time on a day in Brussels; without hours the DATE itself (an end: the next day, exclusive)."""
    if not hours:
        return day + dt.timedelta(days=1) if end else day
    return dt.datetime.combine(day, dt.time.fromisoformat(hours), BRUSSELS)


def _next(day: dt.date) -> tuple[Moment, Moment]:
    return day, day + dt.timedelta(days=1)


def _moments(activity: Activity, first: dt.date, last: dt.date | None) -> tuple[Moment, Moment]:
    """DTSTART and DTEND from `first` to `last` (inclusive): whole days are DATEs, the end exclusive."""
    last = last or first
    if activity.all_day:
        return first, last + dt.timedelta(days=1)
    return _moment(first, activity.start), _moment(last, activity.end)
