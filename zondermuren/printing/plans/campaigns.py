"""Campaign print: a flyer (A4, two pages when needed) and a poster (A3) per campaign and language.

The seed asks for one shared Week van de Opvoeding flyer "enkel met het logo van het Huis van het
Kind": so these carry the Huis's logo only, never a partner's, and every coming activity of the
campaign, by day and by municipality, with a QR code to the campaign page in the item's language.

A campaign without coming activities gets no flyer and no poster: an empty programme invites
nobody, and its page on the site (which stays, so last year's QR code lands) already says that
the activities follow. Once a partner adds one, the next build makes both.
"""

from __future__ import annotations

from zondermuren import pictograms, urls
from zondermuren.i18n import Translator, direction
from zondermuren.model import schedule
from zondermuren.model.huis import Huis
from zondermuren.model.schedule import Occurrence
from zondermuren.printing.plans.common import NOT_HAPPENING, hours
from zondermuren.printing.specs import (
    PAPER,
    CampaignDate,
    CampaignDay,
    CampaignSpec,
    HuisSpec,
    PrintItem,
    file_name,
    variants,
)

KINDS = (FLYER, POSTER) = ("campagne", "campagne-affiche")  # the items' kinds; file stems start with them
FORMS = ((FLYER, "campaign_flyer", "a4"), (POSTER, "campaign_poster", "a3"))  # kind, design, size
SIZES = ("a4", "a3")


def plan(huis: Huis, site_url: str, common: HuisSpec) -> list[PrintItem[CampaignSpec]]:
    """A flyer and a poster for each campaign with coming dates, in the vocabulary's order."""
    coming = [
        o
        for o in schedule.upcoming(schedule.all_occurrences(huis.activities), huis.today)
        if o.status not in NOT_HAPPENING
    ]
    found: list[PrintItem[CampaignSpec]] = []
    for key in huis.vocab.keys("campagnes"):
        here = [o for o in coming if key in o.activity.campaigns]
        if not here:
            continue  # see the module's note: the page says the activities follow
        for language in huis.languages:
            spec = _spec(huis, key, here, language, site_url, common)
            for kind, design, size in FORMS:
                t = Translator(language, huis.root)
                designed: CampaignSpec = {**spec, "design": design}
                for variant, shown in variants(designed, PAPER[size], t):
                    path = urls.print_file_huis(file_name(f"{kind}-{key}", size, variant, language))
                    found.append(PrintItem(path, kind, "", language, shown, key, size, variant))
    return found


def _spec(huis: Huis, key: str, here: list[Occurrence], language: str, site_url: str, common: HuisSpec) -> CampaignSpec:
    t = Translator(language, huis.root)
    rtl = direction(language) == "rtl"
    name = huis.vocab.label("campagnes", key, language)
    first, last = here[0].date, here[-1].date
    when = t.span(first, last) if first != last else t.date(first)
    return {
        **common,
        "design": FORMS[0][1],  # each form's own, in `plan`
        "language": language,
        "rtl": rtl,
        "title": name,
        "when": when,
        "intro": t("print.campaign_intro", huis=huis.name),
        "days": programme(huis, here, t),
        "url": urls.absolute(site_url, urls.page_url(urls.campaign_page(key), language, huis.default_language)),
        "scan": t("print.campaign_scan"),
        "made": t("print.made", datum=t.date(huis.data_changed or huis.today, "medium")),
        "duplex": t("print.duplex"),
        "more": t("print.campaign_more", aantal="{}"),
    }


def programme(huis: Huis, here: list[Occurrence], t: Translator) -> list[CampaignDay]:
    """The dates by day, then by municipality (as the campaign page lists them), as plain texts."""
    days: list[CampaignDay] = []
    for occurrence in here:
        if not days or days[-1]["date"] != occurrence.date.isoformat():
            days.append({"date": occurrence.date.isoformat(), "day": t.date(occurrence.date, "day"), "places": []})
        place = occurrence.activity.place
        town = t("print.online") if occurrence.activity.kind == "online" else place.address.municipality.name
        places = days[-1]["places"]
        same = [p for p in places if p["place"] == town]
        if same:
            group = same[0]
        else:
            group = {"place": town, "entries": []}
            places.append(group)
        group["entries"].append(entry(huis, occurrence, t))
    for day in days:  # municipalities in alphabetical order, as on the page
        day["places"].sort(key=lambda p: p["place"].casefold())
    return days


def entry(huis: Huis, occurrence: Occurrence, t: Translator) -> CampaignDate:
    """One date: its hours, the title, and where and by whom."""
    activity = occurrence.activity
    language = t.language
    place = activity.place
    where = [place.name.get(language)] if place.name else []
    if activity.kind != "online":
        where.append(place.address.street)
    details = t("common.separator").join(where)
    organisers = t("common.separator").join(p.name for p in activity.organisers)
    details = f"{details} · {organisers}" if details else organisers
    title = activity.title.get(language)
    if span := occurrence.day_of_span:
        title += f" ({t('common.day_of', dag=span[0], van=span[1])})"
    if occurrence.status == "volzet":
        title += f" ({t('common.status_volzet')})"
    picture = pictograms.of_huis(huis.root).get(activity.kind)
    return {
        "hours": hours(t, occurrence.start, occurrence.end),
        "title": title,
        "pictogram": picture.document() if picture else "",
        "details": details,
    }
