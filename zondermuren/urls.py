"""The site's address scheme, declared once: every page, feed, print file and picture path is made here.

A page is named by its *path* ("partners/cb-beekdonk", "activiteiten/x", "index"); from it and
a language follow the Markdown file the engine writes, the URL a reader follows and the QR code
prints. Site, feeds and print use this module and nothing else to make an address (templates
too: the renderer hands it to them as `urls`), so a poster's QR code and the page it should
open cannot drift apart. tests/repository/test_addresses.py keeps every folder name below out of the rest
of the engine.
"""

from __future__ import annotations

# The site's folders. The layout test derives its list of page-path literals from FOLDERS.
PARTNERS = "partners"
ACTIVITIES = "activiteiten"
MUNICIPALITIES = "gemeenten"
AGES = "leeftijd"
CALENDAR = "kalender"
CAMPAIGNS = "campagnes"
OFFER = "aanbod"
FEEDS_PAGE = "agenda"  # the page that lists the feeds; its parts live under it
WHO_IS_WHO = "wie-is-wie"
WALK_IN = "hulp-nu"
PLANNING = "planning"
PRINT = "drukwerk"  # the Drukwerk page, and the folder of the PDFs and their previews
FEEDS = "feeds"  # the iCalendar files
CARDS = "kaarten"  # the Open Graph cards
ASSETS = "assets"  # the Huis's own folder, published as is, and the engine's stylesheet
SCREEN = "scherm"  # the info screens for a TV or tablet at an info point (site.screens)
EMBED = "ingebed"  # the listings a municipal website shows in an iframe (site.screens)
OPEN_DATA = "open-data"  # the page for directory builders, and the exports (HSDS) under it
FOLDERS = (
    PARTNERS,
    ACTIVITIES,
    MUNICIPALITIES,
    AGES,
    CALENDAR,
    CAMPAIGNS,
    OFFER,
    FEEDS_PAGE,
    WHO_IS_WHO,
    WALK_IN,
    PLANNING,
    PRINT,
    FEEDS,
    CARDS,
    ASSETS,
    SCREEN,
    EMBED,
    OPEN_DATA,
)

HOME = "index"
INDEX = "index"  # a folder's own page: 'partners/index' is published at 'partners/'
ACCESSIBILITY = "toegankelijkheid"
PRIVACY = "privacy"
COORDINATION = "coordinatie"  # the coordinator's page (not in the navigation)
TRANSLATIONS = "vertalingen"  # the report of missing translations
FOR_MUNICIPALITIES = "voor-gemeenten"  # for municipal web teams: the iframe snippets and feeds
# The pages at the top of the site that are no folder (a folder's own page is '<folder>/index').
TOP_PAGES = (
    HOME,
    OFFER,
    FEEDS_PAGE,
    WHO_IS_WHO,
    WALK_IN,
    ACCESSIBILITY,
    PRIVACY,
    COORDINATION,
    TRANSLATIONS,
    PRINT,
    FOR_MUNICIPALITIES,
)


# -- from a page's path to its file and its URL -----------------------------------------------------
def page_url(path: str, language: str, default: str) -> str:
    """Site-relative URL of a page: 'partners/x' -> 'fr/partners/x/'; 'index' -> '' (the home page)."""
    prefix = "" if language == default else f"{language}/"
    if path == HOME:
        return prefix
    return prefix + path.removesuffix(f"/{INDEX}") + "/"


def page_file(path: str, language: str, default: str) -> str:
    """The Markdown file of a page in docs_dir: 'partners/x' -> 'partners/x.fr.md' (the i18n suffix layout)."""
    return f"{path}.md" if language == default else f"{path}.{language}.md"


def absolute(site_url: str, relative: str) -> str:
    """A site-relative URL on the published site: what QR codes, feeds and JSON-LD carry."""
    return site_url.rstrip("/") + "/" + relative


def page_address(site_url: str, path: str, language: str, default: str) -> str:
    """The absolute URL of a page in a language: what a QR code, a feed or JSON-LD carries."""
    return absolute(site_url, page_url(path, language, default))


def shown(path: str) -> str:
    """A page's address as a message names it, from the site's root: 'planning/2026-11' -> '/planning/2026-11/'."""
    return "/" + page_url(path, "", "")


def redirect_file(path: str, language: str, default: str) -> str:
    """The file that answers a page's former address: 'fr/partners/oud/index.html'."""
    return page_url(path, language, default) + "index.html"


def sub_page(base: str, key: str) -> str:
    """A page of a split list under `base` (site.splitting): 'aanbod/domein/x' + 'gent'."""
    return f"{base}/{key}"


def part_key(number: int) -> str:
    """A consecutive part of a split list, as its page's last segment: 'deel-2'."""
    return f"deel-{number}"


# -- pages, one function per kind -------------------------------------------------------------------
def home() -> str:
    return HOME


def offer() -> str:
    """The overview of what the Huis offers, by life domain and pillar."""
    return OFFER


def offer_page(kind: str, key: str) -> str:
    """A life domain's or a pillar's page: 'domein', 'gezondheid' -> 'aanbod/domein/gezondheid'."""
    return f"{OFFER}/{kind}/{key}"


def offer_section(kind: str) -> str:
    """The folder of the pages of one kind of offer ('aanbod/domein'): its codes name pages there."""
    return f"{OFFER}/{kind}"


def partners() -> str:
    return f"{PARTNERS}/{INDEX}"


def partner_list_parts() -> str:
    """Where the parts of a long partner list live ('partners/lijst'), apart from the partners' pages."""
    return f"{PARTNERS}/lijst"


def partner_page(slug: str) -> str:
    return f"{PARTNERS}/{slug}"


def activity_page(activity_id: str) -> str:
    return f"{ACTIVITIES}/{activity_id}"


def municipalities() -> str:
    return f"{MUNICIPALITIES}/{INDEX}"


def municipality_page(municipality_id: str) -> str:
    return f"{MUNICIPALITIES}/{municipality_id}"


def week_overview_page(municipality_id: str) -> str:
    """A municipality's "Deze week": the coming seven days as a plain list to forward ('gemeenten/x/deze-week')."""
    return sub_page(municipality_page(municipality_id), "deze-week")


def age_page(band: str) -> str:
    """An age band's page: '0-3' -> 'leeftijd/0-3'."""
    return f"{AGES}/{band}"


def calendar() -> str:
    """The calendar's overview of the months."""
    return f"{CALENDAR}/{INDEX}"


def month_key(year: int, month: int) -> str:
    """A month as addresses and print items name it: '2026-11'."""
    return f"{year}-{month:02d}"


def month_page(year: int, month: int) -> str:
    """The calendar's page of a month: 'kalender/2026-11'; a busy month's weeks and days live under it."""
    return f"{CALENDAR}/{month_key(year, month)}"


def month_of(path: str) -> tuple[int, int]:
    """The month of a calendar page or of one of its weeks or days: 'kalender/2026-11/week-2' -> (2026, 11)."""
    year, month = path.split("/")[1].split("-")[:2]
    return int(year), int(month)


def week_key(number: int) -> str:
    """A week of a busy month, as its page's last segment: 'week-2' (site.listings.month)."""
    return f"week-{number}"


def week_number(key: str) -> int:
    """The week of a week's key: 'week-2' -> 2."""
    return int(key.removeprefix("week-"))


def week_page(year: int, month: int, number: int) -> str:
    """A week of a busy month: 'kalender/2026-11/week-2' (only made when the month is split)."""
    return sub_page(month_page(year, month), week_key(number))


def campaigns() -> str:
    return f"{CAMPAIGNS}/{INDEX}"


def campaign_page(key: str) -> str:
    """A campaign's page: it stays when the campaign has no activities, so last year's QR code lands."""
    return f"{CAMPAIGNS}/{key}"


def feeds_page() -> str:
    """The page that lists every feed to subscribe to."""
    return FEEDS_PAGE


def feeds_page_parts() -> str:
    """Where the parts of a long list of partners' feeds live: 'agenda/partners'."""
    return f"{FEEDS_PAGE}/partners"


def who_is_who() -> str:
    return WHO_IS_WHO


def walk_in() -> str:
    """Hulp nu: where one walks in without an appointment."""
    return WALK_IN


def accessibility() -> str:
    return ACCESSIBILITY


def privacy() -> str:
    return PRIVACY


def coordination() -> str:
    return COORDINATION


def translations() -> str:
    return TRANSLATIONS


def planning() -> str:
    return f"{PLANNING}/{INDEX}"


def planning_month(year: int, month: int) -> str:
    """The planning's grid of a month: 'planning/2026-11'."""
    return f"{PLANNING}/{month_key(year, month)}"


def print_page() -> str:
    """The Drukwerk page; also the key under which the whole Huis's printed items are listed."""
    return PRINT


def partner_print_page(slug: str) -> str:
    """A partner's print page (posters, stickers, plates): 'drukwerk/<partner>', beside its PDFs."""
    return f"{PRINT}/{slug}"


# -- the Huis where families already are: info screens, embedded listings --------------------------
def screen(municipality_id: str | None = None) -> str:
    """The info screen of the whole Huis ('scherm/index', at /scherm/) or of a municipality ('scherm/x')."""
    return f"{SCREEN}/{INDEX}" if municipality_id is None else f"{SCREEN}/{municipality_id}"


def screen_setup() -> str:
    """The coordinator's page on setting up a screen (a TV's browser, a Raspberry Pi): 'scherm/instellen'."""
    return f"{SCREEN}/instellen"


def screen_probe() -> str:
    """The small file every screen (each municipality, each language) asks for before it reloads: 'scherm/stand.json'."""
    return f"{SCREEN}/stand.json"


def embed_page(municipality_id: str) -> str:
    """A municipality's listing to show in an iframe on its own website: 'ingebed/x'."""
    return f"{EMBED}/{municipality_id}"


def for_municipalities() -> str:
    """The page for municipal web teams: the snippets to embed and the feeds to import."""
    return FOR_MUNICIPALITIES


# -- open data: the offer in the formats directory builders read ---------------------------------
# The addresses are promised to others (a directory that imports the Huis every night): they stay.
def open_data() -> str:
    """The page for directory builders: what is exported, its licence, its addresses ('open-data/index')."""
    return f"{OPEN_DATA}/{INDEX}"


def hsds_folder() -> str:
    """The Open Referral (HSDS 3.1) export: 'open-data/hsds/'."""
    return f"{OPEN_DATA}/hsds/"


def hsds_index() -> str:
    """The list of organizations, as HSDS's API pages them: 'open-data/hsds/organizations.json'."""
    return f"{hsds_folder()}organizations.json"


def hsds_organization(uuid: str) -> str:
    """One organization with its services nested, by its HSDS id, as the API's /organizations/{id}:
    'open-data/hsds/organizations/<uuid>.json'."""
    return f"{hsds_folder()}organizations/{uuid}.json"


def hsds_table(name: str) -> str:
    """A file of the tabular export (a Frictionless datapackage): 'open-data/hsds/tabular/services.csv'."""
    return f"{hsds_folder()}tabular/{name}"


# -- feeds ----------------------------------------------------------------------------------------
def feed(name: str, language: str, default: str) -> str:
    """Site path of an iCalendar feed: 'feeds/huis.ics', 'feeds/fr/huis.ics'."""
    return f"{FEEDS}/{name}.ics" if language == default else f"{FEEDS}/{language}/{name}.ics"


# A feed's name is also its anchor on the feeds page ('agenda/#gemeente-noorddorp').
def huis_feed() -> str:
    return "huis"


def municipality_feed(municipality_id: str) -> str:
    return f"gemeente-{municipality_id}"


def partner_feed(slug: str) -> str:
    return f"partner-{slug}"


def _feed_file(name: str, suffix: str, language: str, default: str) -> str:
    return f"{FEEDS}/{name}.{suffix}" if language == default else f"{FEEDS}/{language}/{name}.{suffix}"


# The news feeds (JSON Feed 1.1, RSS 2.0) of the coming weeks, beside the iCalendar files and named
# as they are: 'feeds/huis.json', 'feeds/fr/gemeente-noorddorp.rss'. The 'gemeente-' prefix keeps a
# municipality whose id is 'huis' from taking the Huis's name.
def feed_json(municipality_id: str | None, language: str, default: str) -> str:
    """Site path of a JSON Feed: the Huis's (None) or a municipality's, in a language."""
    name = huis_feed() if municipality_id is None else municipality_feed(municipality_id)
    return _feed_file(name, "json", language, default)


def feed_rss(municipality_id: str | None, language: str, default: str) -> str:
    """Site path of an RSS 2.0 feed: the Huis's (None) or a municipality's, in a language."""
    name = huis_feed() if municipality_id is None else municipality_feed(municipality_id)
    return _feed_file(name, "rss", language, default)


def activity_feed(activity_id: str) -> str:
    return f"activiteit-{activity_id}"


# -- print files and pictures ------------------------------------------------------------------------
def print_folder(partner: str) -> str:
    """The folder of a partner's PDFs: 'drukwerk/<partner>/'."""
    return f"{PRINT}/{partner}/"


def print_file(partner: str, name: str) -> str:
    """Site path of a PDF: 'drukwerk/<partner>/<name>.pdf'."""
    return f"{print_folder(partner)}{name}.pdf"


def print_file_huis(name: str) -> str:
    """Site path of a PDF of the whole Huis (a booklet): 'drukwerk/<name>.pdf'."""
    return f"{PRINT}/{name}.pdf"


def print_preview(pdf: str) -> str:
    """Site path of the small picture of a printed item, one per item and language (every size
    and variant looks the same): 'drukwerk/x/affiche-y.a4-kantoor.nl.pdf' -> 'drukwerk/x/affiche-y.nl.png'."""
    stem, _size_variant, language, _suffix = pdf.rsplit(".", 3)
    return f"{stem}.{language}.png"


def card_image(path: str, language: str) -> str:
    """Site path of a page's Open Graph card: 'activiteiten/x', 'fr' -> 'kaarten/activiteiten/x.fr.png'."""
    return f"{CARDS}/{path}.{language}.png"


def partner_logo(slug: str, file_name: str) -> str:
    """A partner's logo on the site: where it lies in the partner's folder ('partners/x/logo.svg')."""
    return partner_source(slug, file_name)


def asset(relative: str) -> str:
    """A file of the Huis's assets/ folder as published: 'logo.svg' -> 'assets/logo.svg'."""
    return f"{ASSETS}/{relative}"


def stylesheet() -> str:
    """The stylesheet made from huis.yml's colours."""
    return asset("css/huis.css")


# -- the Huis's repository ------------------------------------------------------------------------
# A partner's folder has its page's name: partners/<slug>/ in the repository and on the site (its
# logo is published where it lies), so a partner who knows the address of its page knows its folder.
def partner_folder(slug: str = "") -> str:
    """A partner's folder in the repository, 'partners/x/'; without a slug the folder of them all, 'partners/'."""
    return f"{PARTNERS}/{slug}/" if slug else f"{PARTNERS}/"


def partner_source(slug: str, file_name: str) -> str:
    """A file in a partner's folder: 'partners/x/fiche.yml'."""
    return partner_folder(slug) + file_name
