"""The validated Huis as plain objects: what every output (site, feeds, print) reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from zondermuren.problems import Problem
from zondermuren.recurrence import BRUSSELS, WEEKDAYS, Rule
from zondermuren.vocabulary import Vocabularies

__all__ = ["BRUSSELS", "WEEKDAYS"]  # re-exported: the model's clock and weekday codes


@dataclass(frozen=True)
class Text:
    """A translatable text: Dutch always, other languages where a partner provided them."""

    translations: dict[str, str]

    @classmethod
    def of(cls, value: str | dict[str, str] | None) -> Text | None:
        """The text of an optional field: None when it was left out."""
        if value is None:
            return None
        return cls.required(value)

    @classmethod
    def required(cls, value: str | dict[str, str]) -> Text:
        """The text of a field the schema requires: never None once the sources are checked."""
        return cls({"nl": value} if isinstance(value, str) else dict(value))

    def get(self, language: str) -> str:
        return self.translations.get(language) or self.translations["nl"]

    def has(self, language: str) -> bool:
        return language in self.translations

    @property
    def nl(self) -> str:
        return self.translations["nl"]


@dataclass(frozen=True)
class Municipality:
    id: str
    name: str
    postcodes: tuple[str, ...]
    website: str = ""


@dataclass(frozen=True)
class Address:
    street: str
    postcode: str
    municipality: Municipality

    def one_line(self) -> str:
        return f"{self.street}, {self.postcode} {self.municipality.name}"


@dataclass(frozen=True)
class OpeningHours:
    days: tuple[str, ...]
    start: str
    end: str


@dataclass(frozen=True)
class Location:
    id: str
    name: Text | None
    address: Address
    hours: tuple[OpeningHours, ...] = ()
    hours_note: Text | None = None
    walk_in: bool = False
    wheelchair: bool = False
    buggy: bool = False
    transit: Text | None = None
    former_ids: tuple[str, ...] = ()
    uitdatabank_id: str = ""  # a place that already exists in UiTdatabank (its UUID): reused, never created


@dataclass(frozen=True)
class Contact:
    phone: str = ""
    email: str = ""
    website: str = ""
    facebook: str = ""
    person_name: str = ""
    person_role: Text | None = None


@dataclass(frozen=True)
class Audience:
    children: tuple[str, ...] = ()
    parents: tuple[str, ...] = ()

    def bands(self) -> set[str]:
        return set(self.children) | set(self.parents)


@dataclass(frozen=True)
class Offer:
    """What a fiche and an activity share: for whom, cost, registration, languages."""

    audience: Audience = Audience()
    free: bool | None = None
    cost: Text | None = None
    registration: str = ""
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class Shared:
    """A partner kept once by a region (a pool) and taken in by this Huis: what its page says of that."""

    region: str  # the region's name
    version: str  # the pool's version in this Huis's copy
    own: tuple[str, ...]  # the fields this Huis keeps itself (betrokkenheid, overrides)
    huizen: tuple[tuple[str, str], ...]  # the other Huizen of the region it works with: (name, website)


@dataclass
class Partner:
    slug: str
    name: str
    types: tuple[str, ...]
    involvement: str
    description: Text
    offer: Offer
    domains: tuple[str, ...]
    pillars: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    mandatory: bool = False
    anonymous: bool = False
    area: tuple[Municipality, ...] = ()
    locations: tuple[Location, ...] = ()
    contact: Contact = Contact()
    referral: Text | None = None
    logo: Path | None = None
    reviewed: dt.date | None = None
    editors: tuple[str, ...] = ()
    source: str = ""
    former_ids: tuple[str, ...] = ()  # former folder names, oldest first
    uitdatabank: bool = True  # `uitdatabank: false`: none of its activities go to UiTdatabank
    activities: list[Activity] = field(default_factory=list)
    # Its pages in the official registers (`sociale_kaart:`, `ipdc:`): links, never fetched.
    social_map: str = ""
    ipdc: tuple[str, ...] = ()
    shared: Shared | None = None  # a partner of a regional pool (docs/regio.md); None: the Huis's own

    def location(self, location_id: str) -> Location:
        return next(loc for loc in self.locations if loc.id == location_id)

    @property
    def walk_in(self) -> bool:
        return any(loc.walk_in for loc in self.locations)


@dataclass(frozen=True)
class Place:
    """Where an activity happens: a partner's location, or another named address."""

    name: Text | None
    address: Address
    location: Location | None = None


@dataclass(frozen=True)
class Series(Rule):
    """A series of an activity: its recurrence rule, and the dates it simply does not take place."""

    skipped: tuple[dt.date, ...] = ()


@dataclass(frozen=True)
class DateChange:
    status: str  # afgelast, verplaatst, volzet
    reason: Text | None = None
    moved_to: dt.date | None = None
    moved_start: str = ""
    moved_end: str = ""


@dataclass(frozen=True)
class Revision:
    """How often a published event changed, and when last (iCalendar SEQUENCE, LAST-MODIFIED).

    `modified` None: no record of what was published (see `sources.record.history`)."""

    sequence: int = 0
    modified: dt.datetime | None = None


@dataclass
class Activity:
    """One activity: on one date, on several days in a row (`last_date`), or in a series.

    `start`/`end` are "HH:MM", both "" for a whole day. With `overnight` the activity runs
    through the nights, from `start` on `date` to `end` on `last_date` (a weekend away);
    otherwise every day has the same hours (a camp from 9:00 to 16:00)."""

    id: str
    partner: Partner
    title: Text
    description: Text | None
    kind: str
    start: str
    end: str
    place: Place
    offer: Offer
    date: dt.date | None = None
    series: Series | None = None
    register_via: str = ""
    campaigns: tuple[str, ...] = ()
    co_organisers: tuple[Partner, ...] = ()
    changes: dict[dt.date, DateChange] = field(default_factory=dict)
    whole: DateChange | None = None  # `status:` of the activity itself; each of its dates has it in `changes`
    source: str = ""
    line: int = 0  # of the activity in `source`, for messages
    last_date: dt.date | None = None
    overnight: bool = False
    former_ids: tuple[str, ...] = ()  # oldest first
    revision: Revision = Revision()
    date_revisions: dict[dt.date, Revision] = field(default_factory=dict)  # per changed date, by its date
    uitdatabank: bool = True  # `uitdatabank: false`: left out of the UiTdatabank export

    @property
    def organisers(self) -> tuple[Partner, ...]:
        return (self.partner, *self.co_organisers)

    @property
    def all_day(self) -> bool:
        return not self.start

    @property
    def first_id(self) -> str:
        """The id it was first published under: calendar apps know it by this one (UID)."""
        return self.former_ids[0] if self.former_ids else self.id

    def days(self) -> list[dt.date]:
        """The days of a one-off activity: one, or each day from `date` to `last_date`."""
        assert self.date is not None
        last = self.last_date or self.date
        return [self.date + dt.timedelta(days=n) for n in range((last - self.date).days + 1)]


@dataclass(frozen=True)
class HuisContact:
    email: str
    phone: str = ""
    website: str = ""
    social: str = ""


@dataclass(frozen=True)
class HelpLine:
    """A Huis's own help line on /hulp-nu/, after the numbers every Huis lists."""

    name: Text
    number: str
    when: Text | None = None
    languages: tuple[str, ...] = ()


@dataclass
class Huis:
    name: str
    municipalities: dict[str, Municipality]
    contact: HuisContact
    languages: list[str]
    vocab: Vocabularies
    colours: dict[str, str]
    logo: Path | None
    today: dt.date
    root: Path
    partners: dict[str, Partner] = field(default_factory=dict)
    activities: list[Activity] = field(default_factory=list)
    history: str = ""  # "git", or why the feeds have no record of what was published
    data_changed: dt.date | None = None  # when the partners' files last changed (git), for "stand van"
    stale_codeowners: str = ""  # the CODEOWNERS file when it is not what the sources make (coordinator page)
    language_warnings: tuple[Problem, ...] = ()  # partners' Dutch texts that are hard to read (coordinator page)
    help_lines: tuple[HelpLine, ...] = ()  # huis.yml's hulplijnen

    @property
    def default_language(self) -> str:
        return self.languages[0]
