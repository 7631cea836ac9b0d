"""The Huis's booklets as print items: "wie is wie" for professionals, a brochure per age group for families.

Both are A5 booklets in every site language, drawn by layouts/booklets.py from a spec of sections and
entries (plain strings, so the cache key and the font choice see every text). A text a partner
did not translate is printed in Dutch with a short mark, as the site marks it. Each booklet says
"stand van <datum>": the day the partners' files last changed (from the git history; the build's
day without one), so a stale copy on a desk is recognisable and a nightly build with no change
draws nothing again.
"""

from __future__ import annotations

from zondermuren import pictograms, urls
from zondermuren.i18n import Translator, direction
from zondermuren.model import schedule
from zondermuren.model.huis import Activity, Huis, Partner, Text
from zondermuren.printing.plans.common import plain
from zondermuren.printing.specs import (
    BookletBase,
    BookletSpec,
    BookletText,
    Entry,
    HuisSpec,
    PrintItem,
    Section,
    file_name,
)

KINDS = (WHO_IS_WHO, BROCHURE) = ("wie-is-wie", "brochure")
SIZES = ("a4", "a5")  # the office file: A4 landscape, two pages a side; the print shop's: A5
A5 = (148.0, 210.0)  # the page; the office file is A4 landscape, two pages a side, folded
SHEET = (297.0, 210.0)
# The seed's three brochures (0-3, 3-12, 12+) from the finer age bands of the fiches; a band a
# Huis's own vocabulary lacks is simply not there, and a group without any band is left out.
AGE_GROUPS = {
    "0-3": ("kinderwens", "prenataal", "0-3"),
    "3-12": ("3-6", "6-12"),
    "12-plus": ("12-18", "18-24"),
}


def plan(huis: Huis, site_url: str, common: HuisSpec) -> list[PrintItem[BookletSpec]]:
    """The booklet and the brochures, in every language, office (imposed A4) and print shop (A5)."""
    found: list[PrintItem[BookletSpec]] = []
    for language in huis.languages:
        t = Translator(language, huis.root)
        base: BookletBase = {
            **common,
            "design": "booklet",
            "language": language,
            "rtl": direction(language) == "rtl",
            "made": t("print.made", datum=t.date(huis.data_changed or huis.today, "medium")),
            "labels": {
                "contents": t("booklet.contents"),
                "index": t("booklet.index"),
                "also": t("booklet.also"),
                "page": t("booklet.page", nummer="{}"),
            },
            "print_note": t("print.note_booklet"),
        }
        who: BookletSpec = {**base, **_who_is_who(huis, t, site_url)}
        specs = [(WHO_IS_WHO, "", who)]
        for group, bands in AGE_GROUPS.items():
            present = [band for band in bands if band in huis.vocab.keys("leeftijden")]
            if present:
                brochure: BookletSpec = {**base, **_brochure(huis, t, site_url, group, present)}
                specs.append((f"{BROCHURE}-{group}", group, brochure))
        for stem, key, spec in specs:
            kind = BROCHURE if key else WHO_IS_WHO
            for variant, size, paper in (("kantoor", "a4", SHEET), ("drukker", "a5", A5)):
                shown = spec.copy()  # no office note: the booklet's own (`print_note`) says how to fold it
                shown["variant"] = variant
                shown["paper"] = list(paper)
                path = urls.print_file_huis(file_name(stem, size, variant, language))
                found.append(PrintItem(path, kind, "", language, shown, key, size, variant))
    return found


def _who_is_who(huis: Huis, t: Translator, site_url: str) -> BookletText:
    """Every partner once, under the first of its life domains, with a line in each other domain."""
    language = t.language
    first: dict[str, list[Partner]] = {}
    also: dict[str, list[str]] = {}
    for partner in sorted(huis.partners.values(), key=lambda p: p.name.casefold()):
        domains = partner.domains or ("",)
        first.setdefault(domains[0], []).append(partner)
        for other in domains[1:]:
            also.setdefault(other, []).append(partner.name)
    order = [*huis.vocab.keys("levensdomeinen"), ""]
    sections: list[Section] = []
    for domain in [d for d in order if d in first or d in also]:
        title = huis.vocab.label("levensdomeinen", domain, language) if domain else t("booklet.other")
        entries = [_partner_entry(huis, partner, t) for partner in first.get(domain, [])]
        sections.append(
            {"title": title, "pictogram": _pictogram(huis, domain), "entries": entries, "also": also.get(domain, [])}
        )
    return {
        "title": t("booklet.title"),
        "subtitle": t("booklet.subtitle"),
        "intro": t("booklet.intro"),
        "sections": sections,
        "url": urls.absolute(site_url, urls.page_url(urls.who_is_who(), language, huis.default_language)),
        "scan": t("booklet.scan"),
    }


def _brochure(huis: Huis, t: Translator, site_url: str, group: str, bands: list[str]) -> BookletText:
    language = t.language
    wanted = set(bands)
    partners = [p for p in huis.partners.values() if wanted & p.offer.audience.bands()]
    regular = [a for a in huis.activities if a.series and wanted & a.offer.audience.bands() and _coming(huis, a)]
    sections: list[Section] = []
    if regular:
        entries = [_activity_entry(huis, a, t) for a in sorted(regular, key=lambda a: a.title.get(language).casefold())]
        sections.append(
            {"title": t("brochure.regular"), "pictogram": _pictogram(huis, "kalender"), "entries": entries, "also": []}
        )
    by_domain: dict[str, list[Partner]] = {}
    for partner in sorted(partners, key=lambda p: p.name.casefold()):
        by_domain.setdefault((partner.domains or ("",))[0], []).append(partner)
    for domain in [*huis.vocab.keys("levensdomeinen"), ""]:
        if domain in by_domain:
            title = huis.vocab.label("levensdomeinen", domain, language) if domain else t("booklet.other")
            entries = [_partner_entry(huis, p, t, families=True) for p in by_domain[domain]]
            sections.append({"title": title, "pictogram": _pictogram(huis, domain), "entries": entries, "also": []})
    # The QR code leads to the site's page of the group's first band; the others are a tap away.
    page = urls.page_url(urls.age_page(bands[0]), language, huis.default_language)
    return {
        "title": t(f"brochure.title_{group.replace('-', '_')}"),
        "subtitle": t("brochure.subtitle"),
        "intro": t("brochure.intro"),
        "sections": sections,
        "url": urls.absolute(site_url, page),
        "scan": t("brochure.scan"),
    }


def _pictogram(huis: Huis, key: str) -> str:
    """The pictogram of a section's life domain (or the kit's `kalender`), as print draws it; '' for none."""
    picture = pictograms.of_huis(huis.root).get(key) if key else None
    return picture.document() if picture else ""


def _coming(huis: Huis, activity: Activity) -> bool:
    return any(o.date >= huis.today for o in schedule.occurrences(activity))


def _partner_entry(huis: Huis, partner: Partner, t: Translator, *, families: bool = False) -> Entry:
    language = t.language
    sep = t("common.separator")
    types = sep.join(huis.vocab.label("partnertypes", key, language) for key in partner.types)
    rows = []
    if partner.kinds:
        rows.append(
            [t("common.offer_kinds"), sep.join(huis.vocab.label("aanbodvormen", k, language) for k in partner.kinds)]
        )
    if audience := _audience(huis, partner.offer.audience.children, partner.offer.audience.parents, t):
        rows.append([t("common.for_whom"), audience])
    reach = [
        v for v in (partner.contact.phone, partner.contact.email, partner.contact.website.removeprefix("https://")) if v
    ]
    lines = [" · ".join(reach)] if reach else []
    lines += [location.address.one_line() for location in partner.locations]
    if lines:
        rows.append([t("wie.reach"), "\n".join(lines)])
    if partner.referral and not families:
        rows.append([t("wie.how_to_refer"), local(partner.referral, t)])
    ltr = [t("wie.how_to_refer")] if partner.referral and not families and _dutch(partner.referral, t) else []
    ltr += ["text"] if _dutch(partner.description, t) else []
    return {"name": partner.name, "sub": types, "text": local(partner.description, t), "rows": rows, "ltr": ltr}


def _activity_entry(huis: Huis, activity: Activity, t: Translator) -> Entry:
    language = t.language
    series = activity.series
    assert series is not None
    days = t("common.separator").join(t(f"days.{day}") for day in series.weekdays)
    when = t(f"print.series_{series.frequency}", dagen=days)
    hours = t.hours(activity.start, activity.end)  # "hele dag" for a series of whole days
    isolated = activity.start and direction(language) == "rtl"
    when += t("common.separator") + (f"\u2066{hours}\u2069" if isolated else hours)
    place = activity.place
    where = ([place.name.get(language)] if place.name else []) + [place.address.one_line()]
    rows = [[t("common.when"), when], [t("common.where"), "\n".join(where)]]
    if audience := _audience(huis, activity.offer.audience.children, activity.offer.audience.parents, t):
        rows.append([t("common.for_whom"), audience])
    organisers = t("common.separator").join(p.name for p in activity.organisers)
    title = activity.title.get(language)
    return {
        "name": title,
        "sub": organisers,
        "text": local(activity.description, t) if activity.description else "",
        "ltr": ["text"] if activity.description and _dutch(activity.description, t) else [],
        "rows": rows,
    }


def _audience(huis: Huis, children: tuple[str, ...], parents: tuple[str, ...], t: Translator) -> str:
    sep = t("common.separator")
    parts = []
    if children:
        parts.append(
            f"{t('common.for_children')}: {sep.join(huis.vocab.label('leeftijden', b, t.language) for b in children)}"
        )
    if parents:
        parts.append(
            f"{t('common.for_parents')}: {sep.join(huis.vocab.label('leeftijden', b, t.language) for b in parents)}"
        )
    return "\n".join(parts)


def _dutch(text: Text, t: Translator) -> bool:
    """Shown in Dutch for want of a translation: printed left to right on a right-to-left page."""
    return t.language != "nl" and not text.has(t.language)


def local(text: Text, t: Translator) -> str:
    """A partner's text in the language, or in Dutch after a mark saying so (as the site does)."""
    if not _dutch(text, t):
        return plain(text.get(t.language))
    return f"{t('print.in_dutch')}\n{plain(text.nl)}"
