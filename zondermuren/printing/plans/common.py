"""What several plans share: the Huis on every item, a partner's fields, plain text, hours."""

from __future__ import annotations

import html
import re

import nh3

from zondermuren import urls
from zondermuren.colours import palette
from zondermuren.i18n import Translator, direction
from zondermuren.model.huis import Huis, Partner
from zondermuren.model.markup import safe_markdown
from zondermuren.printing.specs import HuisSpec, PartnerFields

NOT_HAPPENING = {"afgelast", "verplaatst"}  # a moved date's original: its new date is its own occurrence


def huis_spec(huis: Huis) -> HuisSpec:
    """The Huis's name, colours, logo and contact: the band and footer of every item."""
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


def partner_fields(huis: Huis, partner: Partner, site_url: str, t: Translator) -> PartnerFields:
    """A partner as its sticker and name plates show it, with the QR code to its page."""
    language = t.language
    return {
        "partner": partner.name,
        "partner_logo": str(partner.logo) if partner.logo else "",
        "partner_of": t("common.partner_of", huis=huis.name),
        "url": urls.absolute(site_url, urls.page_url(urls.partner_page(partner.slug), language, huis.default_language)),
        "scan": t("print.scan_partner"),
    }


def plain(markdown: str) -> str:
    """Markdown as plain paragraphs: print has no links or emphasis."""
    rendered = re.sub(r"</(p|li)>", "\n", safe_markdown(markdown))
    return html.unescape(nh3.clean(rendered, tags=set())).strip()


def hours(t: Translator, start: str, end: str) -> str:
    """'10:00–11:30', 'hele dag', 'vanaf 18:00'; isolated so it keeps its order in Arabic text."""
    text = t.hours(start, end)
    return f"\u2066{text}\u2069" if direction(t.language) == "rtl" and (start or end) else text
