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
from zondermuren.model.huis import BRUSSELS, Activity, Huis

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


class FeedWriter:
    def __init__(self, huis: Huis, site_url: str, language: str) -> None:
        self.huis = huis
        self.site_url = site_url.rstrip("/") + "/"
        self.host = urlsplit(self.site_url).hostname or "zondermuren"
        self.language = language
        self.t = Translator(language)
        # DTSTAMP is when the feed was made; the build's fixed "today" keeps builds reproducible.
        self.stamp = dt.datetime.combine(huis.today, dt.time(), dt.UTC)
        self._cache: dict[str, bytes] = {}

    def page_url(self, activity: Activity) -> str:
        prefix = "" if self.language == self.huis.default_language else f"{self.language}/"
        return f"{self.site_url}{prefix}activiteiten/{activity.id}/"

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

    def _base(self, activity: Activity, start: dt.datetime, end: dt.datetime) -> Event:
        event = Event()
        event.add("uid", f"{activity.id}@{self.host}")
        event.add("dtstamp", self.stamp)
        event.add("dtstart", start)
        event.add("dtend", end)
        event.add("summary", activity.title.get(self.language))
        lines = [activity.description.get(self.language)] if activity.description else []
        lines.append(self.page_url(activity))
        event.add("description", "\n\n".join(lines))
        place = activity.place
        name = place.name.get(self.language) + ", " if place.name else ""
        event.add("location", name + place.address.one_line())
        event.add("url", self.page_url(activity))
        organiser = activity.partner
        if organiser.contact.email:
            event.add("organizer", f"mailto:{organiser.contact.email}", parameters={"CN": organiser.name})
        return event

    def events(self, activity: Activity, dates: list[schedule.Occurrence]) -> list[Event]:
        if activity.series is None:
            return [self._single(activity, dates)]
        first = dt.datetime.combine(activity.series.start, dt.time.fromisoformat(activity.start), BRUSSELS)
        first_dates = schedule.series_dates(activity.series)
        if first_dates:  # DTSTART must be the first date the rule yields
            first = dt.datetime.combine(first_dates[0], dt.time.fromisoformat(activity.start), BRUSSELS)
        length = dt.datetime.combine(dt.date.min, dt.time.fromisoformat(activity.end)) - dt.datetime.combine(
            dt.date.min, dt.time.fromisoformat(activity.start)
        )
        master = self._base(activity, first, first + length)
        master.add("rrule", vRecur(activity.series.ical()))
        for skipped in activity.series.skipped:
            master.add("exdate", dt.datetime.combine(skipped, dt.time.fromisoformat(activity.start), BRUSSELS))
        master.add("status", "CONFIRMED")
        result = [master]
        for occurrence in dates:
            if occurrence.status == "gepland" or occurrence.moved_from:
                continue
            original = dt.datetime.combine(occurrence.date, dt.time.fromisoformat(activity.start), BRUSSELS)
            start, end = occurrence.starts_at, occurrence.ends_at
            if occurrence.status == "verplaatst" and occurrence.moved_to:
                change = activity.changes[occurrence.date]
                start = dt.datetime.combine(
                    occurrence.moved_to, dt.time.fromisoformat(change.moved_start or activity.start), BRUSSELS
                )
                end = dt.datetime.combine(
                    occurrence.moved_to, dt.time.fromisoformat(change.moved_end or activity.end), BRUSSELS
                )
            override = self._base(activity, start, end)
            override.add("recurrence-id", original)
            self._mark(override, occurrence.status)
            result.append(override)
        return result

    def _single(self, activity: Activity, dates: list[schedule.Occurrence]) -> Event:
        # A moved one-off activity is published at its new date; the page explains the move.
        current = next((o for o in dates if o.moved_from), dates[0])
        event = self._base(activity, current.starts_at, current.ends_at)
        self._mark(event, dates[0].status if not current.moved_from else "gepland")
        return event

    def _mark(self, event: Event, status: str) -> None:
        if status == "afgelast":
            event["summary"] = f"{self.t('common.status_afgelast')}: {event['summary']}"
            event.add("status", "CANCELLED")
        elif status == "volzet":
            event["summary"] = f"{self.t('common.status_volzet')}: {event['summary']}"
            event.add("status", "CONFIRMED")
        else:
            event.add("status", "CONFIRMED")


def all_feeds(huis: Huis, site_url: str) -> dict[str, bytes]:
    """Every feed file, by site path, for every language of the Huis."""
    files: dict[str, bytes] = {}
    for language in huis.languages:
        writer = FeedWriter(huis, site_url, language)

        def path(name: str, language: str = language) -> str:
            return urls.feed(name, language, huis.default_language)

        files[path("huis")] = writer.calendar(huis.name, huis.activities)
        for municipality in huis.municipalities.values():
            here = [a for a in huis.activities if a.place.address.municipality is municipality]
            files[path(f"gemeente-{municipality.id}")] = writer.calendar(f"{huis.name} – {municipality.name}", here)
        for partner in huis.partners.values():
            if partner.activities:
                files[path(f"partner-{partner.slug}")] = writer.calendar(
                    f"{partner.name} ({huis.name})", partner.activities
                )
        for activity in huis.activities:
            files[path(f"activiteit-{activity.id}")] = writer.calendar(activity.title.get(language), [activity])
    return files
