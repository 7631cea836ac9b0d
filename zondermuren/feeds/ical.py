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
from zondermuren.model.huis import BRUSSELS, Activity, Huis, Revision

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

    def _base(self, activity: Activity, start: Moment, end: Moment, revision: Revision) -> Event:
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
        """The VEVENTs of one activity, in the shape a phone shows as the partner meant it."""
        rule = _rule(activity, dates)
        if rule is None:
            return [self._single(activity, dates)]
        first_day = dates_of(activity)[0]
        master = self._base(activity, *_moments(activity, first_day, first_day), activity.revision)
        master.add("rrule", vRecur(rule))
        for skipped in activity.series.skipped if activity.series else ():
            master.add("exdate", _moment(skipped, activity.start))
        master.add("status", "CONFIRMED")
        result = [master]
        for occurrence in dates:
            if occurrence.status == "gepland" or occurrence.moved_from:
                continue
            if occurrence.status == "verplaatst" and occurrence.moved_to:
                change = activity.changes[occurrence.date]
                day = occurrence.moved_to
                start, end = change.moved_start or activity.start, change.moved_end or activity.end
                moments = (_moment(day, start), _moment(day, end, end=True)) if start and end else _next(day)
            else:
                moments = _moments(activity, occurrence.date, occurrence.date)
            revision = activity.date_revisions.get(occurrence.date, activity.revision)
            override = self._base(activity, *moments, revision)
            override.add("recurrence-id", _moment(occurrence.date, schedule.hours_on(activity, occurrence.date)[0]))
            self._mark(override, occurrence.status)
            result.append(override)
        return result

    def _single(self, activity: Activity, dates: list[schedule.Occurrence]) -> Event:
        """One block: a one-off, a run of whole days, or a weekend through the nights."""
        # A moved one-off activity is published at its new date; the page explains the move.
        current = next((o for o in dates if o.moved_from), None)
        if current is not None:
            start, end = _moment(current.date, current.start), _moment(current.date, current.end, end=True)
            event = self._base(activity, start, end, activity.revision)
            self._mark(event, "gepland")
            return event
        assert activity.date is not None
        event = self._base(activity, *_moments(activity, activity.date, activity.last_date), activity.revision)
        self._mark(event, dates[0].status)
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
    if activity.all_day and len({o.status for o in dates if not o.moved_from}) == 1:
        return None
    # Each day the same hours: phones show a block per day, not one block through the nights.
    last: Moment = activity.last_date
    if not activity.all_day:
        last = dt.datetime.combine(activity.last_date, dt.time(23, 59, 59), BRUSSELS).astimezone(dt.UTC)
    return {"FREQ": "DAILY", "UNTIL": last}


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
