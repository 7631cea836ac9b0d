"""The news feeds: JSON Feed 1.1 and RSS 2.0 of the coming weeks, for the whole Huis and for each
municipality, in every language (urls.feed_json, urls.feed_rss), beside the iCalendar files.

A calendar app subscribes to the .ics feeds; these are for the tools that read news: a CMS that
imports a feed onto a municipality's website, and a mail tool that turns RSS into a newsletter.
A municipality's feed lists what happens there (the activity's place), as its .ics feed does.
"""

from __future__ import annotations

from zondermuren import urls
from zondermuren.feeds import jsonfeed, rss
from zondermuren.feeds.coming import WEEKS, Channel, Describer, coming
from zondermuren.model.huis import Huis


def all_feeds(huis: Huis, site_url: str) -> dict[str, bytes]:
    """Every news feed file, by site path, for every language of the Huis."""
    files: dict[str, bytes] = {}
    default = huis.default_language
    every = coming(huis)  # once: each municipality's are among them
    # (municipality id or None for the Huis, its title, its page, its dates)
    feeds: list[tuple[str | None, str, str, list]] = [(None, huis.name, urls.home(), every)]
    for municipality in huis.municipalities.values():
        here = [o for o in every if o.activity.place.address.municipality is municipality]
        page = urls.municipality_page(municipality.id)
        feeds.append((municipality.id, f"{huis.name} – {municipality.name}", page, here))
    for language in huis.languages:
        describer = Describer(huis, site_url, language)
        t = describer.t
        for key, title, page, dates in feeds:
            json_path = urls.feed_json(key, language, default)
            rss_path = urls.feed_rss(key, language, default)
            channel = Channel(
                title=title,
                description=t("nieuws.feed_description", weken=WEEKS),
                home=urls.page_address(describer.site_url, page, language, default),
                json_url=urls.absolute(describer.site_url, json_path),
                rss_url=urls.absolute(describer.site_url, rss_path),
                language=language,
                author=huis.name,
                author_url=urls.page_address(describer.site_url, urls.home(), language, default),
                today=huis.today,
            )
            entries = [describer.entry(o) for o in dates]
            files[json_path] = jsonfeed.document(channel, entries, t)
            files[rss_path] = rss.document(channel, entries, t)
    return files
