"""Activity posters: A4 and A3 (the A4 design, larger), for every activity with coming dates, in
Dutch and in every language its title is translated into.

A poster lists the next dates (at most MAX_DATES; the QR code leads to the rest), where, for whom,
what it costs, the languages spoken, the description and the organisers with their logos.
"""

from __future__ import annotations

from zondermuren import pictograms, urls
from zondermuren.i18n import Translator, direction, language_name
from zondermuren.model import schedule
from zondermuren.model.huis import Activity, Huis
from zondermuren.model.schedule import Occurrence
from zondermuren.printing.plans.common import plain
from zondermuren.printing.specs import PAPER, HuisSpec, PosterSpec, PrintItem, file_name, variants

KIND = "affiche"  # the items' kind; file stems start with it
SIZES = ("a4", "a3")  # the A3 poster is the A4 design, larger (formats.fitted)
MAX_DATES = 6  # dates listed on a poster; the QR code leads to the rest


def plan(huis: Huis, site_url: str, common: HuisSpec) -> list[PrintItem[PosterSpec]]:
    """The posters of every activity with coming dates, in the order of the activities."""
    items: list[PrintItem[PosterSpec]] = []
    for activity in huis.activities:  # co-organised activities are listed once, under their partner
        coming = [o for o in schedule.occurrences(activity) if o.date >= huis.today]
        if not coming:
            continue  # a poster for something that is over helps nobody
        for language in huis.languages:
            if language == huis.default_language or activity.title.has(language):
                items += _posters(huis, activity, coming, language, site_url, common)
    return items


def _posters(
    huis: Huis, activity: Activity, coming: list[Occurrence], language: str, site_url: str, common: HuisSpec
) -> list[PrintItem[PosterSpec]]:
    t = Translator(language, huis.root)
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
    spec: PosterSpec = {
        **common,
        "design": "poster",
        "language": language,
        "rtl": direction(language) == "rtl",
        "kind": huis.vocab.label("aanbodvormen", activity.kind, language),
        "kind_pictogram": picture.document() if (picture := pictograms.of_huis(huis.root).get(activity.kind)) else "",
        "title": activity.title.get(language),
        "facts": facts,
        "description": plain(activity.description.get(language)) if activity.description is not None else "",
        "organisers": t("print.organised_by", partners=t("common.separator").join(p.name for p in activity.organisers)),
        "partner_logos": [str(p.logo) for p in activity.organisers if p.logo][:3],
        "url": urls.absolute(site_url, urls.page_url(urls.activity_page(activity.id), language, huis.default_language)),
        "scan": t("print.scan_activity"),
    }
    slug = activity.partner.slug
    return [
        PrintItem(
            urls.print_file(slug, file_name(f"{KIND}-{activity.id}", size, variant, language)),
            *(KIND, slug, language, shown, activity.id, size, variant),
        )
        for size in SIZES
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
        lines.append(t.count("more_dates", len(coming) - MAX_DATES))
    return "\n".join(lines)
