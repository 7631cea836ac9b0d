"""Old addresses keep working: a renamed partner, location or activity lists its `vorige_ids`.

A window sticker stays on a door for years, so every address printed under a former id gets an
answer: a page becomes a small redirect page (meta refresh, `rel=canonical`, noindex; written as
a plain file, so it is in no search index and no sitemap) in every language; a feed or a PDF
cannot redirect, so the current file is published again at the old path as well.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from pathlib import Path, PurePosixPath

from zondermuren import urls
from zondermuren.i18n import Translator, direction
from zondermuren.model.huis import Huis


def _relative(source: str, target: str) -> str:
    """The link from the page at site path `source` (a folder URL) to the folder URL `target`."""
    depth = len(PurePosixPath(source).parts) if source else 0
    return "../" * depth + target


def _page(huis: Huis, site_url: str, old: str, new: str, language: str, title: str) -> bytes:
    t = Translator(language, huis.root)
    source = urls.page_url(old, language, huis.default_language)
    target = urls.page_url(new, language, huis.default_language)
    href = escape(_relative(source, target) or "./")
    text = escape(t("common.moved_page", titel=title))
    page = (
        f'<!doctype html>\n<html lang="{language}" dir="{direction(language)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{text}</title>\n'
        f'<meta name="robots" content="noindex">\n'
        f'<link rel="canonical" href="{escape(urls.absolute(site_url, target))}">\n'
        f'<meta http-equiv="refresh" content="0; url={href}">\n</head>\n'
        f'<body>\n<main>\n<p><a href="{href}">{text}</a></p>\n</main>\n</body>\n</html>\n'
    )
    return page.encode("utf-8")


def _renamed(name: str, key: str, old: str) -> str:
    """A print file's name under a former id: 'affiche-<key>.nl.pdf' -> 'affiche-<old>.nl.pdf'."""
    folder, _, file = name.rpartition("/")
    return f"{folder}/{file.replace(key, old, 1)}"


def files(
    huis: Huis,
    site_url: str,
    feeds: Mapping[str, bytes],
    prints: Mapping[str, Path],
    print_keys: Mapping[str, str],
) -> dict[str, bytes | Path]:
    """Site path -> content of every old address: redirect pages, copies of feeds and of PDFs.

    `prints` maps the published PDFs to their files; `print_keys` each PDF to the activity or
    location id in its name ("" for a partner's own items)."""
    found: dict[str, bytes | Path] = {}

    def pages(old: str, new: str, titles: Mapping[str, str]) -> None:
        for language in huis.languages:
            path = urls.redirect_file(old, language, huis.default_language)
            found[path] = _page(huis, site_url, old, new, language, titles[language])

    def feed_copies(old: str, new: str) -> None:
        for language in huis.languages:
            current = urls.feed(new, language, huis.default_language)
            if current in feeds:
                found[urls.feed(old, language, huis.default_language)] = feeds[current]

    for partner in huis.partners.values():
        for old in partner.former_ids:
            pages(urls.partner_page(old), urls.partner_page(partner.slug), dict.fromkeys(huis.languages, partner.name))
            feed_copies(urls.partner_feed(old), urls.partner_feed(partner.slug))
            prefix = urls.print_folder(partner.slug)
            for path, pdf in prints.items():
                if path.startswith(prefix):
                    found[urls.print_folder(old) + path.removeprefix(prefix)] = pdf
        for location in partner.locations:
            for old in location.former_ids:
                for path, pdf in prints.items():
                    if print_keys.get(path) == location.id and path.startswith(urls.print_folder(partner.slug)):
                        found[_renamed(path, location.id, old)] = pdf
    for activity in huis.activities:
        for old in activity.former_ids:
            pages(
                urls.activity_page(old),
                urls.activity_page(activity.id),
                {language: activity.title.get(language) for language in huis.languages},
            )
            feed_copies(urls.activity_feed(old), urls.activity_feed(activity.id))
            for path, pdf in prints.items():
                if print_keys.get(path) == activity.id:
                    renamed = _renamed(path, activity.id, old)
                    found[renamed] = pdf
                    # A poster printed before its partner's folder was renamed too.
                    current = urls.print_folder(activity.partner.slug)
                    for former in activity.partner.former_ids:
                        earlier = urls.print_folder(former)
                        found[earlier + renamed.removeprefix(current)] = pdf
    return found
