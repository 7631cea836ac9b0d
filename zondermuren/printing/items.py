"""What gets printed: one item per poster, window sticker and name plate, as plain data.

Each item's `spec` holds every text, colour, file and URL the design draws, already translated
and formatted. The drawing code reads only the spec, so a hash of the spec names the PDF: an item
whose spec did not change is never drawn again, and specs travel to worker processes as is.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

import nh3

from zondermuren import urls
from zondermuren.colours import palette
from zondermuren.i18n import Translator, direction, language_name
from zondermuren.model import schedule
from zondermuren.model.huis import Activity, Huis, Partner, Text
from zondermuren.model.markup import safe_markdown
from zondermuren.model.schedule import Occurrence

MAX_DATES = 6  # dates listed on a poster; the QR code leads to the rest


@dataclass(frozen=True)
class PrintItem:
    path: str  # site path of the PDF, "drukwerk/<partner>/<file>.pdf"
    kind: str  # affiche, raamsticker, raamsticker-binnenkant, naambord
    partner: str  # slug of the partner it belongs to
    language: str
    spec: dict[str, Any]
    key: str = ""  # activity id or location id, "" for a partner's own items


def plan(huis: Huis, site_url: str) -> list[PrintItem]:
    """Every print item of the Huis, partner by partner, in a stable order."""
    site_url = site_url.rstrip("/") + "/"
    common = _huis_spec(huis)
    items: list[PrintItem] = []
    for partner in huis.partners.values():
        items += _partner_items(huis, partner, site_url, common)
    for activity in huis.activities:  # co-organised activities are listed once, under their partner
        coming = [o for o in schedule.occurrences(activity) if o.date >= huis.today]
        if not coming:
            continue  # a poster for something that is over helps nobody
        for language in huis.languages:
            if language == huis.default_language or activity.title.has(language):
                items.append(_poster(huis, activity, coming, language, site_url, common))
    return items


def by_page(items: list[PrintItem]) -> dict[str, list[PrintItem]]:
    """Items per partner slug and per activity id, for the links on the site's pages."""
    found: dict[str, list[PrintItem]] = {}
    for item in items:
        found.setdefault(item.partner, []).append(item)
        if item.kind == "affiche":
            found.setdefault(urls.activity_page(item.key), []).append(item)
    return found


def _huis_spec(huis: Huis) -> dict[str, Any]:
    contact = huis.contact
    primary, accent = palette(huis.colours)
    return {
        "huis": huis.name,
        "primary": primary,
        "accent": accent,
        "huis_logo": str(huis.logo) if huis.logo else "",
        "contact": [
            value for value in (contact.website.removeprefix("https://"), contact.email, contact.phone) if value
        ],
    }


def _partner_items(huis: Huis, partner: Partner, site_url: str, common: dict[str, Any]) -> list[PrintItem]:
    language = huis.default_language  # stickers and plates hang on Dutch-speaking streets
    t = Translator(language)
    base = {
        **common,
        "language": language,
        "rtl": direction(language) == "rtl",
        "partner": partner.name,
        "partner_logo": str(partner.logo) if partner.logo else "",
        "partner_of": t("common.partner_of", huis=huis.name),
        "url": urls.absolute(site_url, urls.page_url(urls.partner_page(partner.slug), language, huis.default_language)),
        "scan": t("print.scan_partner"),
    }
    slug = partner.slug
    items = [
        PrintItem(urls.print_file(slug, "raamsticker"), "raamsticker", slug, language, {**base, "design": "sticker"}),
        PrintItem(
            urls.print_file(slug, "raamsticker-binnenkant"),
            "raamsticker-binnenkant",
            partner.slug,
            language,
            {**base, "design": "sticker", "mirrored": True},
        ),
    ]
    for location in partner.locations:
        address = location.address
        spec = {
            **base,
            "design": "plate",
            "place": location.name.get(language) if location.name else "",
            "address": [address.street, f"{address.postcode} {address.municipality.name}"],
        }
        items.append(
            PrintItem(urls.print_file(slug, f"naambord-{location.id}"), "naambord", slug, language, spec, location.id)
        )
    return items


def _poster(
    huis: Huis, activity: Activity, coming: list[Occurrence], language: str, site_url: str, common: dict[str, Any]
) -> PrintItem:
    t = Translator(language)
    offer = activity.offer
    facts: list[tuple[str, str]] = [(t("common.when"), _when(activity, coming, t))]
    place = activity.place
    where = [place.name.get(language)] if place.name else []
    where += [place.address.street, f"{place.address.postcode} {place.address.municipality.name}"]
    facts.append((t("common.where"), "\n".join(where)))
    audience = []
    if offer.audience.children:
        labels = t("common.separator").join(
            huis.vocab.label("leeftijden", b, language) for b in offer.audience.children
        )
        audience.append(f"{t('common.for_children')}: {labels}")
    if offer.audience.parents:
        labels = t("common.separator").join(huis.vocab.label("leeftijden", b, language) for b in offer.audience.parents)
        audience.append(f"{t('common.for_parents')}: {labels}")
    if audience:
        facts.append((t("common.for_whom"), "\n".join(audience)))
    cost = [t("common.free")] if offer.free is True else []
    if offer.cost:
        cost.append(offer.cost.get(language))
    if offer.registration:
        cost.append(t(f"common.registration_{offer.registration}"))
    if activity.register_via:
        cost.append(f"{t('common.register_via')}: {activity.register_via.removeprefix('mailto:')}")
    if cost:
        facts.append((t("common.cost"), "\n".join(cost)))
    if offer.languages:
        names = t("common.separator").join(language_name(code) for code in offer.languages)
        facts.append((t("common.languages"), names))
    spec = {
        **common,
        "design": "poster",
        "language": language,
        "rtl": direction(language) == "rtl",
        "kind": huis.vocab.label("aanbodvormen", activity.kind, language),
        "title": activity.title.get(language),
        "facts": facts,
        "description": plain(activity.description, language),
        "organisers": t("print.organised_by", partners=t("common.separator").join(p.name for p in activity.organisers)),
        "partner_logos": [str(p.logo) for p in activity.organisers if p.logo][:3],
        "url": urls.absolute(site_url, urls.page_url(urls.activity_page(activity.id), language, huis.default_language)),
        "scan": t("print.scan_activity"),
    }
    path = urls.print_file(activity.partner.slug, f"affiche-{activity.id}.{language}")
    return PrintItem(path, "affiche", activity.partner.slug, language, spec, activity.id)


def _when(activity: Activity, coming: list[Occurrence], t: Translator) -> str:
    """'zaterdag 12 december 2026, 10:00–11:30', a series' rhythm and its next dates, or the run
    of a multi-day activity ('van maandag 5 tot vrijdag 9 juli 2027, 09:00–16:00') and its changes."""
    sep = t("common.separator")

    def hours(start: str, end: str) -> str:
        text = t.hours(start, end)
        # An isolate keeps "10:00–11:30" in reading order inside right-to-left text.
        return f"\u2066{text}\u2069" if direction(t.language) == "rtl" and start and end else text

    lines = []
    if activity.series:
        days = sep.join(t(f"days.{day}") for day in activity.series.weekdays)
        rhythm = t(f"print.series_{activity.series.frequency}", dagen=days)
        lines.append(f"{rhythm}{sep}{hours(activity.start, activity.end)}")
    elif activity.date and activity.last_date:
        if activity.overnight:
            lines.append(t.span(activity.date, activity.last_date, activity.start, activity.end))
        else:
            span = t.span(activity.date, activity.last_date)
            lines.append(span if activity.all_day else span + sep + hours(activity.start, activity.end))
        # The run says every day; below it only the days that differ.
        coming = [o for o in coming if o.status != "gepland" or o.moved_from]
    for occurrence in coming[:MAX_DATES]:
        line = t.date(occurrence.date)
        if not (activity.series or activity.last_date) or (occurrence.start, occurrence.end) != (
            activity.start,
            activity.end,
        ):
            line += sep + hours(occurrence.start, occurrence.end)
        if occurrence.status == "verplaatst" and occurrence.moved_to:
            line += f" ({t('common.moved_to', datum=t.date(occurrence.moved_to, 'day'))})"
        elif occurrence.status != "gepland":
            line += f" ({t(f'common.status_{occurrence.status}')})"
        lines.append(line)
    if len(coming) > MAX_DATES:
        lines.append(t("common.more_dates", aantal=len(coming) - MAX_DATES))
    return "\n".join(lines)


def plain(text: Text | None, language: str) -> str:
    """A Markdown description as plain paragraphs: print has no links or emphasis."""
    if text is None:
        return ""
    rendered = re.sub(r"</(p|li)>", "\n", safe_markdown(text.get(language)))
    return html.unescape(nh3.clean(rendered, tags=set())).strip()
