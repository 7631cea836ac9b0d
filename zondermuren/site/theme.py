"""What the theme layer gets from the Huis: the palette CSS and the `extra.zm` block of the templates.

Made here once, for the MkDocs hook and for the benchmark's baseline alike.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from zondermuren import i18n, urls
from zondermuren.colours import brand, palette
from zondermuren.model.huis import Huis

# The generated pages of the menu, in the kit's order (a Huis's own pages come after the home page).
MENU = (
    urls.home,
    urls.offer,
    urls.calendar,
    urls.campaigns,
    urls.partners,
    urls.municipalities,
    urls.walk_in,
    urls.who_is_who,
    urls.feeds_page,
    urls.accessibility,
    urls.privacy,
)


def css(colours: dict[str, str]) -> str:
    """Material's palette in the accessible shades; `--zm-brand` keeps the Huis's own colour for decoration."""
    primary, accent = palette(colours)
    own, _ = brand(colours)
    return f""":root, [data-md-color-scheme="default"] {{
  --zm-brand: {own};
  --md-primary-fg-color: {primary};
  --md-primary-fg-color--light: {primary};
  --md-primary-fg-color--dark: {primary};
  --md-accent-fg-color: {accent};
  --md-typeset-a-color: {primary};
  --zm-primary: {primary};
  --zm-accent: {accent};
}}
"""


def site_name(huis: Huis) -> Markup:
    """The Huis's name for `config.site_name`, HTML-escaped once.

    Material prints `config.site_name` unescaped in most places (MkDocs' Jinja has no autoescape)
    and with `| e` in a few; as Markup it is right in both, so 'Huis van het Kind Aalst & Erpe'
    or a name with `<` reads as typed and never becomes markup.
    """
    return escape(huis.name)


def menu(huis: Huis) -> tuple[str, ...]:
    """The menu's generated pages as files of docs_dir: ('index.md', 'aanbod.md', 'kalender/index.md', ...)."""
    language = huis.default_language
    return tuple(urls.page_file(page(), language, language) for page in MENU)


def logo(huis: Huis) -> str | None:
    """huis.yml's logo as the site publishes it ('assets/logo.svg'): the theme's logo and favicon."""
    assets = (huis.root / urls.ASSETS).resolve()
    if huis.logo is None or not huis.logo.resolve().is_relative_to(assets):
        return None
    return urls.asset(huis.logo.resolve().relative_to(assets).as_posix())


def extra(huis: Huis) -> dict[str, Any]:
    """`config.extra["zm"]`: the contact block, the UI strings of every language, the default language.

    The contact values come from huis.yml, so they are escaped here, once, like the site name.
    """
    return {
        "contact": {name: escape(value) for name, value in vars(huis.contact).items()},
        "strings": {lang: i18n.catalogue(lang, huis.root) for lang in huis.languages},
        "default_language": huis.default_language,
        "locales": {lang: og_locale(lang) for lang in huis.languages},
        # The build's day (the fixed "today": reproducible builds stay identical) and, per language,
        # the notice the browser shows when that day is more than two days ago (assets/js).
        "built": huis.today.isoformat(),
        "stale": {lang: stale_notice(huis, lang) for lang in huis.languages},
    }


def stale_notice(huis: Huis, language: str) -> str:
    """'Deze site is sinds 22 november 2026 niet bijgewerkt; ...': shown only by the browser."""
    t = i18n.Translator(language, huis.root)
    return t("common.stale_site", datum=t.date(huis.today, "d MMMM y"))


# og:locale is language_TERRITORY; a Huis's languages are spoken in Belgium, or where they are
# most at home (the forms Facebook lists).
_TERRITORIES = {"nl": "BE", "fr": "BE", "de": "BE", "en": "GB", "ar": "AR", "so": "SO", "ti": "ER", "uk": "UA"}


def og_locale(language: str) -> str:
    """The page's `og:locale`: 'nl' -> 'nl_BE', 'ar' -> 'ar_AR', 'tr' -> 'tr_TR'."""
    return f"{language}_{_TERRITORIES.get(language, language.upper())}"
