"""What gets printed: posters, window stickers, name plates and the Huis's booklets, as plain data.

Every item comes in two variants: `kantoor` (exactly A4 or A3, for the office printer) and
`drukker` (trim, bleed and crop marks, for the print shop); posters also in A3. A file is named
`<item>.<size>-<variant>.<language>.pdf`: the name says what it is, and stays the same from build
to build while the item exists.

Each item's `spec` holds every text, colour, file and URL the design draws, already translated
and formatted. The drawing code reads only the spec, so a hash of the spec names the PDF: an item
whose spec did not change is never drawn again, and specs travel to worker processes as is.
"""

from __future__ import annotations

import html
import re
from typing import Any

import nh3

from zondermuren import urls
from zondermuren.colours import palette
from zondermuren.i18n import Translator, direction, language_name
from zondermuren.model import schedule
from zondermuren.model.huis import Activity, Huis, Partner, Text
from zondermuren.model.markup import safe_markdown
from zondermuren.model.schedule import Occurrence
from zondermuren.printing import campaigns, guides, overview
from zondermuren.printing.specs import HUIS, PAPER, PrintItem, file_name, variants

MAX_DATES = 6  # dates listed on a poster; the QR code leads to the rest
__all__ = ["HUIS", "PrintItem", "by_page", "plan", "plain"]  # PrintItem and HUIS re-exported from specs


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
                items += _posters(huis, activity, coming, language, site_url, common)
    items += guides.plan(huis, site_url, common)
    return items + campaigns.plan(huis, site_url, common) + overview.plan(huis, site_url, common)


def by_page(items: list[PrintItem]) -> dict[str, list[PrintItem]]:
    """Items per partner slug and per activity id (the Huis's own under HUIS), for the site's links."""
    found: dict[str, list[PrintItem]] = {}
    for item in items:
        found.setdefault(item.partner or HUIS, []).append(item)
        if item.kind == "affiche":
            found.setdefault(urls.activity_page(item.key), []).append(item)
        elif item.kind in campaigns.KINDS:  # the campaign page links its flyer and poster
            found.setdefault(urls.campaign_page(item.key), []).append(item)
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
    sheets: list[tuple[str, str, dict[str, Any], str, tuple[float, float], str]] = [
        ("raamsticker", "raamsticker", {**base, "design": "sticker"}, "", (150.0, 150.0), "15x15"),
        (
            "raamsticker-binnenkant",
            "raamsticker-binnenkant",
            {**base, "design": "sticker", "mirrored": True},
            "",
            (150.0, 150.0),
            "15x15",
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
        sheets.append((f"naambord-{location.id}", "naambord", spec, location.id, (297.0, 210.0), "a4"))
    items = []
    for stem, kind, spec, key, trim, trim_size in sheets:
        for variant, shown in variants(spec, trim, t):
            # A sticker goes on A4 at the office; the print shop cuts it to its own size.
            size = "a4" if variant == "kantoor" and trim_size == "15x15" else trim_size
            paper = PAPER["a4"] if size == "a4" and trim_size == "15x15" else trim
            shown = {**shown, "paper": list(paper)}
            path = urls.print_file(slug, file_name(stem, size, variant, language))
            items.append(PrintItem(path, kind, slug, language, shown, key, size, variant))
    return items


def _posters(
    huis: Huis, activity: Activity, coming: list[Occurrence], language: str, site_url: str, common: dict[str, Any]
) -> list[PrintItem]:
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
    slug = activity.partner.slug
    return [
        PrintItem(
            urls.print_file(slug, file_name(f"affiche-{activity.id}", size, variant, language)),
            *("affiche", slug, language, shown, activity.id, size, variant),
        )
        for size in ("a4", "a3")  # the A3 poster is the A4 design, larger (sheet.fitted)
        for variant, shown in variants(spec, PAPER[size], t)
    ]


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
