"""Month overviews to print: an A4 landscape grid of a month with every activity, for the fridge or
the notice board, per Huis and per municipality, for each month with activities in the coming three.

The grid is `model.months.month_grid`, the one the coordinator's planning page draws: the
print only turns its days into texts. Only dates that take place are shown (a cancelled date or
the original of a moved one would send a family to a closed door); the QR code leads to the
calendar's month page, which has every date, its changes and the rest of a busy day.
"""

from __future__ import annotations

from zondermuren import urls
from zondermuren.i18n import Translator, direction
from zondermuren.model import months, schedule
from zondermuren.model.huis import Huis, Municipality
from zondermuren.model.schedule import Occurrence
from zondermuren.printing.plans.common import NOT_HAPPENING, hours
from zondermuren.printing.specs import HuisSpec, MonthDay, MonthSpec, PrintItem, file_name, variants

KIND = "maandoverzicht"  # file stems are maandoverzicht-<yyyy-mm>[-<municipality>]
SIZES = ("a4",)
COMING = 3  # this month and the two after it
LANDSCAPE = (297.0, 210.0)
WEEKDAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")


def plan(huis: Huis, site_url: str, common: HuisSpec) -> list[PrintItem[MonthSpec]]:
    """Per coming month with dates: the Huis's overview, then one per municipality with coming dates.

    The whole month is shown, its first days too: a month calendar on the fridge shows its month,
    and its text stays the same all month, so a nightly build does not redraw it as days pass."""
    happening = [o for o in schedule.all_occurrences(huis.activities) if o.status not in NOT_HAPPENING]
    found: list[PrintItem[MonthSpec]] = []
    for year, month in months.following(huis.today.year, huis.today.month, COMING):
        here = [o for o in happening if (o.date.year, o.date.month) == (year, month)]
        if not any(o.date >= huis.today for o in here):
            continue
        scopes: list[tuple[str, Municipality | None, list[Occurrence]]] = [(urls.month_key(year, month), None, here)]
        if len(huis.municipalities) > 1:  # with one municipality its overview is the Huis's
            for place in huis.municipalities.values():
                local = [
                    o for o in here if o.activity.kind != "online" and o.activity.place.address.municipality is place
                ]
                if any(o.date >= huis.today for o in local):
                    scopes.append((f"{urls.month_key(year, month)}-{place.id}", place, local))
        for key, town, dates in scopes:
            grid = months.month_grid(year, month, dates)
            for language in huis.languages:
                t = Translator(language, huis.root)
                spec = sheet_spec(huis, grid, town, language, site_url, common)
                for variant, shown in variants(spec, LANDSCAPE, t):
                    path = urls.print_file_huis(file_name(f"{KIND}-{key}", "a4", variant, language))
                    found.append(PrintItem(path, KIND, "", language, shown, key, "a4", variant))
    return found


def calendar_page(grid: months.Month) -> str:
    """The calendar's page of the month (site.pages makes it for every month with coming dates)."""
    return urls.month_page(grid.year, grid.month)


def sheet_spec(
    huis: Huis, grid: months.Month, town: Municipality | None, language: str, site_url: str, common: HuisSpec
) -> MonthSpec:
    """What the overview of `grid` shows, for one municipality or (None) the whole Huis."""
    t = Translator(language, huis.root)
    url = urls.absolute(site_url, urls.page_url(calendar_page(grid), language, huis.default_language))
    short = url.split("://", 1)[-1]
    if direction(language) == "rtl":  # an isolate keeps the address in its order inside Arabic text
        short = f"\u2066{short}\u2069"
    month = t.month(grid.year, grid.month)
    weeks: list[list[MonthDay]] = [
        [
            {
                "n": str(day.date.day),
                "in": day.in_month,
                "entries": [_entry(o, t, town is None) for o in day.occurrences],
            }
            for day in week.days
        ]
        for week in grid.weeks
    ]
    return {
        **common,
        "design": "month",
        "language": language,
        "rtl": direction(language) == "rtl",
        "title": month[:1].upper() + month[1:],  # Babel's Dutch and French months are lower case
        "scope": town.name if town else t("print.month_all"),
        "weekdays": [t(f"days.{day}") for day in WEEKDAYS],
        "weeks": weeks,
        "made": t("print.made", datum=t.date(huis.data_changed or huis.today, "medium")),
        "legend": t("print.month_legend", url=short),
        "legend_more": t("print.month_legend_more", url=short),
        "more": t("print.month_more", aantal="{}"),
        "url": url,
        "scan": t("print.month_scan"),
    }


def _entry(occurrence: Occurrence, t: Translator, with_town: bool) -> str:
    """'10:00–11:30 Peuterochtend · Beekdonk'; a day of a camp says which ('dag 2 van 5')."""
    activity = occurrence.activity
    text = f"{hours(t, occurrence.start, occurrence.end)} {activity.title.get(t.language)}"
    if span := occurrence.day_of_span:
        text += f" ({t('common.day_of', dag=span[0], van=span[1])})"
    if occurrence.status == "volzet":
        text += f" ({t('common.status_volzet')})"
    if with_town:
        town = t("print.online") if activity.kind == "online" else activity.place.address.municipality.name
        text += f" · {town}"
    return text
