"""The site's address scheme, declared once: every page, feed, logo and PDF path is made here.

A page is named by its *path* ("partners/cb-beekdonk", "activiteiten/x", "index"); from it and
a language follow the Markdown file the engine writes, the URL a reader follows and the QR code
prints. Site and print both use this module and nothing else to make an address, so a poster's
QR code and the page it should open cannot drift apart.
"""

from __future__ import annotations


def page_url(path: str, language: str, default: str) -> str:
    """Site-relative URL of a page: 'partners/x' -> 'fr/partners/x/'; 'index' -> '' (the home page)."""
    prefix = "" if language == default else f"{language}/"
    if path == "index":
        return prefix
    return prefix + path.removesuffix("/index") + "/"


def page_file(path: str, language: str, default: str) -> str:
    """The Markdown file of a page in docs_dir: 'partners/x' -> 'partners/x.fr.md' (the i18n suffix layout)."""
    return f"{path}.md" if language == default else f"{path}.{language}.md"


def absolute(site_url: str, relative: str) -> str:
    """A site-relative URL on the published site: what QR codes, feeds and JSON-LD carry."""
    return site_url.rstrip("/") + "/" + relative


def partner_page(slug: str) -> str:
    return f"partners/{slug}"


def activity_page(activity_id: str) -> str:
    return f"activiteiten/{activity_id}"


def campaign_page(key: str) -> str:
    """A campaign's page: it stays when the campaign has no activities, so last year's QR code lands."""
    return f"campagnes/{key}"


def feed(name: str, language: str, default: str) -> str:
    """Site path of an iCalendar feed: 'feeds/huis.ics', 'feeds/fr/huis.ics'."""
    return f"feeds/{name}.ics" if language == default else f"feeds/{language}/{name}.ics"


def partner_logo(slug: str, file_name: str) -> str:
    return f"partners/{slug}/{file_name}"


def print_file(partner: str, name: str) -> str:
    """Site path of a PDF: 'drukwerk/<partner>/<name>.pdf'."""
    return f"drukwerk/{partner}/{name}.pdf"


def print_file_huis(name: str) -> str:
    """Site path of a PDF of the whole Huis (a booklet): 'drukwerk/<name>.pdf'."""
    return f"drukwerk/{name}.pdf"


def print_preview(pdf: str) -> str:
    """Site path of the small picture of a printed item, one per item and language (every size
    and variant looks the same): 'drukwerk/x/affiche-y.a4-kantoor.nl.pdf' -> 'drukwerk/x/affiche-y.nl.png'."""
    stem, _size_variant, language, _suffix = pdf.rsplit(".", 3)
    return f"{stem}.{language}.png"


def card_image(path: str, language: str) -> str:
    """Site path of a page's Open Graph card: 'activiteiten/x', 'fr' -> 'kaarten/activiteiten/x.fr.png'."""
    return f"kaarten/{path}.{language}.png"
