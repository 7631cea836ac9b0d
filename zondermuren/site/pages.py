"""Generated pages: one Markdown file per page and language, rendered from Jinja templates.

MkDocs with mkdocs-static-i18n cannot take in-memory pages, so the pages are written into the
docs folder (`x.md` for Dutch, `x.fr.md` for French, ...), only when their text changed, and stale
ones are removed: `mkdocs serve` then rebuilds once, not in a loop. The list of what we wrote
is kept in `.zondermuren-pages`, and every page we write starts with a marker, so hand-written
pages are never touched and a lost list (`make clean`) never makes our pages look hand-written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zondermuren import parallel, urls
from zondermuren.feeds import coming, hsds_tables
from zondermuren.i18n import Translator
from zondermuren.model import clashes, schedule
from zondermuren.model.huis import Huis, Partner
from zondermuren.problems import Problem, SourceError
from zondermuren.site import listings, planning, screens, splitting, translations
from zondermuren.site.rendering import CompiledTemplates, Pictures, PrintLink, Renderer
from zondermuren.sources.checks import readability
from zondermuren.sources.checks.entries import STALE_AFTER

# Which pages are ours is decided where the check reads the hand-written ones; the hook, the CLI
# and the build ask it here (pages.generated_files).
from zondermuren.sources.checks.pages import MANIFEST as MANIFEST
from zondermuren.sources.checks.pages import MARKER as MARKER
from zondermuren.sources.checks.pages import generated_files as generated_files
from zondermuren.sources.checks.pages import is_generated


@dataclass(frozen=True)
class Page:
    path: str  # language-neutral, without .md: "index", "partners/index", "activiteiten/babymassage"
    template: str
    context: dict[str, Any]


HOME_WEEK = 16_000  # what this week's dates may weigh on the home page; the calendar has them all
COMING_DAYS = 14  # the calendar opens on these days' dates themselves; months and weeks below lead further
LIST_ROOM = 20  # dates of a municipality or an age band listed first on its page (the calendar has all)


def site_pages(huis: Huis) -> Iterator[Page]:
    """Every generated page, language-neutral; what each page shows is decided in its template.

    Lists that grow with the Huis are split over pages (see `listings`): each tree of pages
    is rendered by one template, which shows an overview or the list depending on the node."""
    found = schedule.all_occurrences(huis.activities)
    upcoming = schedule.upcoming(found, huis.today)
    week_end = huis.today + dt.timedelta(days=7)
    week = [o for o in upcoming if o.date < week_end]
    offer = listings.offer(huis)
    shown = listings.first_within(week, HOME_WEEK)
    rest = week[len(shown)] if len(shown) < len(week) else None  # the month page where the list goes on
    home = {
        "week": shown,
        "week_total": len(week),
        "this_month": urls.month_page(rest.date.year, rest.date.month) if rest else urls.calendar(),
        "offer_paths": {node.path for node in offer.walk()},
    }
    yield Page(urls.home(), "home.md.j2", home)
    yield from _tree(offer, "aanbod.md.j2", {})
    yield from _tree(listings.directory(huis), "partners.md.j2", {})
    # One pass over the dates, not one per partner: a regional Huis has thousands of both.
    by_partner: dict[str, list] = {slug: [] for slug in huis.partners}
    for occurrence in upcoming:
        for organiser in occurrence.activity.organisers:
            by_partner[organiser.slug].append(occurrence)
    for partner in huis.partners.values():
        context = {"partner": partner, "upcoming": by_partner[partner.slug]}
        yield Page(urls.partner_page(partner.slug), "partner.md.j2", context)
    yield Page(urls.municipalities(), "gemeenten.md.j2", {})
    today, last_day = huis.today, week_end - dt.timedelta(days=1)
    for municipality in huis.municipalities.values():
        here = [o for o in upcoming if o.activity.place.address.municipality is municipality][:LIST_ROOM]
        partners = [p for p in huis.partners.values() if municipality in p.area]
        room = splitting.BUDGET - listings.weight_of_events(here)
        tree = listings.municipality_partners(huis, municipality.id, partners, room)
        yield from _tree(tree, "gemeente.md.j2", {"municipality": municipality, "upcoming": here})
        # "Deze week": the same seven days as the home page's week, said as the news feeds say them.
        this_week = coming.window((o for o in week if o.activity.place.address.municipality is municipality), today, 7)
        context = {"municipality": municipality, "week": this_week, "describer": coming.Describer, "last_day": last_day}
        yield Page(urls.week_overview_page(municipality.id), "deze_week.md.j2", context)
    yield from _calendar(huis, upcoming)
    for activity in huis.activities:
        dates = schedule.occurrences(activity)
        yield Page(urls.activity_page(activity.id), "activiteit.md.j2", {"activity": activity, "dates": dates})
    campaigns = huis.vocab.keys("campagnes")
    yield Page(urls.campaigns(), "campagnes.md.j2", {"campaigns": campaigns, "upcoming": upcoming})
    for key in campaigns:
        here = [o for o in upcoming if key in o.activity.campaigns]
        yield from _tree(listings.campaign(huis, key, here), "campagne.md.j2", {"campaign": key})
    yield from _tree(listings.feeds(huis), "agenda.md.j2", {"news_weeks": coming.WEEKS})
    yield from _tree(listings.who_is_who(huis), "wie_is_wie.md.j2", {})
    yield from _tree(listings.walk_in(huis), "hulp.md.j2", {})
    for band in huis.vocab.keys("leeftijden"):
        here = [o for o in upcoming if band in o.activity.offer.audience.bands()][:LIST_ROOM]
        partners = [p for p in huis.partners.values() if band in p.offer.audience.bands()]
        room = splitting.BUDGET - listings.weight_of_events(here)
        tree = listings.age_partners(huis, band, partners, room)
        yield from _tree(tree, "leeftijd.md.j2", {"band": band, "upcoming": here})
    yield Page(urls.accessibility(), "toegankelijkheid.md.j2", {})
    yield Page(urls.privacy(), "privacy.md.j2", {})
    open_data = {"tables": hsds_tables.table_files(), "licence": hsds_tables.LICENCE}
    yield Page(urls.open_data(), "open_data.md.j2", open_data)  # for directory builders (feeds.hsds)
    # Info screens, listings for municipal websites and the pages that explain them (site.screens).
    yield from (Page(path, template, context) for path, template, context in screens.pages(huis, upcoming))


def coordinator_overview(huis: Huis) -> dict[str, Any]:
    """The coordinator's page: fiches not reviewed for 12 months, series that ended, the build's day,
    and a CODEOWNERS that no longer matches the fiches; the partners whose Dutch texts are hard to read."""
    stale = [
        partner
        for partner in sorted(huis.partners.values(), key=lambda p: p.name.lower())
        if partner.reviewed is None or partner.reviewed + STALE_AFTER < huis.today
    ]
    ended = sorted(
        (a for a in huis.activities if a.series is not None and a.series.until < huis.today),
        key=lambda a: (a.series.until if a.series else huis.today, a.id),
    )
    return {
        "stale": stale,
        "ended": ended,
        "built": huis.today,
        "history": huis.history,
        "codeowners": huis.stale_codeowners,
        "unclear": _unclear_texts(huis),
        "advice_page": readability.ADVICE_PAGE,
    }


def _unclear_texts(huis: Huis) -> list[tuple[Partner, list[Problem]]]:
    """Per partner (by name), `zondermuren check`'s language warnings on its fiche and activities."""
    found: dict[str, list[Problem]] = {}
    for problem in huis.language_warnings:
        parts = problem.file.split("/")  # partners/<slug>/fiche.yml or activiteiten.yml
        if len(parts) == 3 and parts[0] == "partners" and parts[1] in huis.partners:
            found.setdefault(parts[1], []).append(problem)
    return sorted(((huis.partners[slug], found[slug]) for slug in found), key=lambda pair: pair[0].name.lower())


def planning_pages(huis: Huis) -> list[Page]:
    """The coordinator's planning: an overview with the clashes, and a grid per month (`site.planning`)."""
    plan = planning.plan(huis)
    common = {"plan": plan, "nl": Translator("nl", huis.root), "hours": clashes.hours, "where": planning.where}
    found = [Page(urls.planning(), "planning.md.j2", common)]
    for index, grid in enumerate(plan.grids):
        around = {
            "previous": plan.grids[index - 1] if index else None,
            "next": plan.grids[index + 1] if index + 1 < len(plan.grids) else None,
        }
        found.append(
            Page(urls.planning_month(grid.year, grid.month), "planning_maand.md.j2", {**common, "grid": grid, **around})
        )
    return found


def _tree(root: splitting.Node, template: str, context: dict[str, Any]) -> Iterator[Page]:
    """One page per node of a split list, all from the same template (`node` tells which)."""
    for node in root.walk():
        yield Page(node.path, template, {**context, "node": node, "root": root.path})


def _calendar(huis: Huis, upcoming: list[schedule.Occurrence]) -> Iterator[Page]:
    """The month overview, then each month, split into weeks and days when busy.

    Previous/next: between months on a month's overview, and from list page to list page
    (across months) where the dates are, so paging through the calendar never skips a date."""
    months = schedule.by_month(upcoming)
    month_keys = sorted(months) or [(huis.today.year, huis.today.month)]
    counts = {k: len(v) for k, v in months.items()}
    # A parent who opens the calendar sees what is on, not a choice of months: the coming days'
    # dates first (as many as the home page's week may weigh), the months below as navigation.
    soon = [o for o in upcoming if o.date < huis.today + dt.timedelta(days=COMING_DAYS)]
    coming = listings.first_within(soon, HOME_WEEK)
    context = {"months": month_keys, "counts": counts, "coming": coming, "coming_total": len(soon)}
    yield Page(urls.calendar(), "kalender.md.j2", context)
    roots = [listings.month(year, number, months.get((year, number), [])) for year, number in month_keys]
    leaves = [leaf for root in roots for leaf in root.leaves()]
    position = {id(leaf): index for index, leaf in enumerate(leaves)}
    for index, root in enumerate(roots):
        for node in root.walk():
            if node.children and node is root:
                around = listings.neighbours(roots, index)
            elif node.children:
                around = {"previous": None, "next": None}  # a busy week's days: its overview lists them
            else:
                around = listings.neighbours(leaves, position[id(node)])
            yield Page(node.path, "maand.md.j2", {"node": node, "root": urls.calendar(), **around})


def _conflict(docs_dir: Path, name: str) -> Problem:
    shown = f"{docs_dir.name}/{name}"
    stem, _, suffix = name.partition(".")
    return Problem(
        shown,
        1,
        1,
        "",
        f"eigen pagina met een naam die de site zelf gebruikt (verwacht een andere naam, gevonden '{shown}')",
        f"hernoem ze, bijvoorbeeld naar '{docs_dir.name}/{stem}-info.{suffix}'",
    )


def write_pages(
    huis: Huis,
    docs_dir: Path,
    site_url: str,
    prints: Mapping[str, Sequence[PrintLink]] | None = None,
    workers: int = 1,
    pictures: Pictures | None = None,
    templates: CompiledTemplates | None = None,
) -> list[str]:
    """Write every page in every language; returns the files whose text changed.

    `prints` lists the print items per partner slug and activity page (printing.registry.by_page):
    with it, pages link their posters and stickers, and a Drukwerk page lists them all.
    `pictures`: the previews beside those links and each page's Open Graph card (og:image).

    Languages render in parallel (in at most two worker processes): pages of different languages share no
    state, and rendering is the engine's largest cost on a big Huis.
    """
    default = huis.default_language
    all_pages = list(site_pages(huis))
    coordinator = [Page(urls.coordination(), "coordinatie.md.j2", coordinator_overview(huis)), *planning_pages(huis)]
    # Each partner's posters, stickers and plates on a page of their own, for partners and
    # professionals: the partner page stays for families and links here in one line.
    print_pages = [
        Page(urls.partner_print_page(slug), "drukwerk_partner.md.j2", {"partner": huis.partners[slug]})
        for slug in huis.partners
        if (prints or {}).get(slug)
    ]
    names = {
        urls.page_file(p.path, lang, default)
        for p in [
            *all_pages,
            *coordinator,
            *print_pages,
            Page(urls.translations(), "", {}),
            Page(urls.print_page(), "", {}),
        ]
        for lang in huis.languages
    }
    report = translations.gaps(huis, docs_dir, names)
    # In Dutch in every language (the page says why), its few UI words too.
    all_pages.append(
        Page(urls.translations(), "vertalingen.md.j2", {"report": report, "nl": Translator("nl", huis.root)})
    )
    all_pages += coordinator  # in Dutch in every language, like the translation report
    if prints is not None:
        all_pages += [Page(urls.print_page(), "drukwerk.md.j2", {}), *print_pages]
    manifest = docs_dir / MANIFEST
    previous = generated_files(docs_dir)
    taken = sorted(
        name
        for name in names
        if name not in previous and (docs_dir / name).exists() and not is_generated(docs_dir / name)
    )
    if taken:  # a coordinator's own page with a name the site needs: never overwrite it
        raise SourceError([_conflict(docs_dir, name) for name in taken])

    def render(languages: list[str]) -> tuple[list[str], list[str]]:
        renderer = Renderer(huis, site_url, prints or {}, pictures, templates)
        written, changed = [], []
        for page in all_pages:
            for language in languages:
                name = urls.page_file(page.path, language, default)
                text = renderer.render(page.path, page.template, page.context, language)
                target = docs_dir / name
                written.append(name)
                if target.is_file() and target.read_text("utf-8") == text:
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, "utf-8")
                changed.append(name)
        return written, changed

    written: set[str] = set()
    changed: list[str] = []
    for names_written, names_changed in parallel.map_groups(render, parallel.split(huis.languages, min(2, workers))):
        written.update(names_written)
        changed.extend(names_changed)
    for stale in sorted(previous - written):
        (docs_dir / stale).unlink(missing_ok=True)
        changed.append(stale)
    listing = "\n".join(sorted(written)) + "\n"
    if not manifest.is_file() or manifest.read_text("utf-8") != listing:  # `mkdocs serve` watches this folder
        manifest.write_text(listing, "utf-8")
    return changed
