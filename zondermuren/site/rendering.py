"""Rendering one generated page in one language with Jinja.

Calendars repeat the same activity on many pages (month, municipality, partner, age band, home),
and partner cards too; each is rendered once per language and reused. Links inside them are
written from the site root behind a placeholder that each page replaces by its own relative path,
so the cached markup is correct on every page.
"""

from __future__ import annotations

import json
import os
import posixpath
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from jinja2 import BytecodeCache, Environment, FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.bccache import Bucket
from markupsafe import Markup

from zondermuren import pictograms, urls
from zondermuren.feeds import jsonld
from zondermuren.i18n import Translator, direction, language_name
from zondermuren.model.huis import Huis
from zondermuren.site import listings, render_text
from zondermuren.site import pictograms as icons

TEMPLATES = Path(__file__).parent / "templates"
ROOT = "\x00root\x00"  # replaced by the page's relative path to the site root


def front_matter(value: Any) -> Markup:
    """A value for a page's one-line JSON front matter, which MkDocs reads as YAML.

    Jinja's `tojson` writes an emoji as a UTF-16 surrogate pair (`\\ud83d\\ude00`), which PyYAML
    refuses, losing the page's title; written as itself it is valid JSON and YAML. The separators
    U+2028/U+2029 stay escaped: YAML reads them as line breaks.
    """
    text = json.dumps(value, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)


# Compiled templates by Jinja's key (template name and source checksum): a memo of a pure
# function, shared by every build in the process, never set by one.
_COMPILED: dict[str, bytes] = {}


class CompiledTemplates(BytecodeCache):
    """Templates compiled once per process: each build makes a new Environment (its filters know
    the Huis), but a rebuild under `mkdocs serve` or a test run need not compile them again.
    With a folder, also once for every build: compiling the templates took a fifth of the
    engine's time on a small Huis, in each worker. Jinja checks each entry against the
    template's source, so a changed template is compiled again.

    A value a build holds (`build.Prepared.templates`) and hands to the theme's environment
    too (the MkDocs adapter's on_env), not a setting of the process."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key not in _COMPILED and self.folder is not None:
            stored = self.folder / f"{bucket.key}.jinja"
            if stored.is_file():
                _COMPILED[bucket.key] = stored.read_bytes()
        if bucket.key in _COMPILED:
            bucket.bytecode_from_string(_COMPILED[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        _COMPILED[bucket.key] = data = bucket.bytecode_to_string()
        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)
            partial = self.folder / f"{bucket.key}.{os.getpid()}.tmp"
            partial.write_bytes(data)
            partial.replace(self.folder / f"{bucket.key}.jinja")  # workers may write it at once


class PrintLink(Protocol):
    """A printed item as a page links it (print's `PrintItem` has these fields; site never imports print)."""

    @property
    def path(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def size(self) -> str: ...  # a4, a3, a5, 15x15
    @property
    def variant(self) -> str: ...  # kantoor (office printer) or drukker (print shop)


@dataclass(frozen=True)
class Pictures:
    """What print drew for the pages (site never imports print): previews and Open Graph cards."""

    previews: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # PNG site path -> CSS width, height
    cards: Mapping[tuple[str, str], str] = field(default_factory=dict)  # (page path, language) -> PNG site path


class Renderer:
    """Renders pages for one Huis; one Jinja environment, reused for every page and language."""

    def __init__(
        self,
        huis: Huis,
        site_url: str,
        prints: Mapping[str, Sequence[PrintLink]] | None = None,
        pictures: Pictures | None = None,
        templates: CompiledTemplates | None = None,
    ) -> None:
        self.huis = huis
        self.prints = prints or {}
        self.pictures = pictures or Pictures()
        self.default = huis.default_language
        self.site_url = site_url.rstrip("/") + "/"
        self.env = Environment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=select_autoescape(default=True, default_for_string=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            extensions=["jinja2.ext.do"],
            bytecode_cache=templates or CompiledTemplates(),
        )
        self.env.tests["contains"] = lambda values, value: value in values
        self.env.tests["in_cluster"] = lambda types, cluster: any(
            huis.vocab.term("partnertypes", key).cluster == cluster for key in types
        )
        self.env.filters["language_name"] = language_name
        # Templates make every address with the address scheme (`urls.partner_page(p.slug)`), never by hand.
        self.env.globals["urls"] = urls
        self.env.filters["front_matter"] = front_matter
        self.env.globals["clusters_of"] = lambda partner: listings.clusters_of(huis, partner)
        self.spoken = sorted(
            {code for p in huis.partners.values() for code in p.offer.languages}
            | {code for a in huis.activities for code in a.offer.languages}
        )
        self.pictograms = pictograms.of_huis(huis.root)  # the kit's, and the Huis's own (pictogrammen/)
        self._fragments: dict[tuple, Markup] = {}
        self._macros: dict[str, Any] = {}
        self._languages: dict[str, dict[str, Any]] = {}

    def _language_context(self, language: str) -> dict[str, Any]:
        """Everything a template needs that depends on the language only."""
        if language not in self._languages:
            t = Translator(language, self.huis.root)
            default = self.default

            def rooted(path: str, lang: str | None = None, anchor: str = "") -> str:
                return ROOT + urls.page_url(path, lang or language, default) + (f"#{anchor}" if anchor else "")

            self._languages[language] = {
                "huis": self.huis,
                "lang": language,
                "dir": direction(language),
                "t": t,
                "sep": t("common.separator"),
                "link": rooted,
                "asset": lambda path: ROOT + path,
                "absolute": lambda path, lang=None: urls.page_address(self.site_url, path, lang or language, default),
                "site_url": self.site_url,
                "today": self.huis.today,
                "text": render_text.Texts(language, t),
                "label": lambda name, key: self.huis.vocab.label(name, key, language),
                "icon": lambda key: icons.icon(self.pictograms, key),
                "language_name": language_name,
                "spoken_languages": self.spoken,
                "feed_path": lambda name, lang: urls.feed(name, lang, default),
                "jsonld": lambda activity, dates, lang: jsonld.event(
                    activity,
                    dates,
                    lang,
                    urls.page_address(self.site_url, urls.activity_page(activity.id), lang, default),
                ),
                "event_html": lambda o, show_date=False: self._fragment("event", language, o, show_date),
                "event_part": lambda part, activity: self._fragment(f"event_{part}", language, activity),
                "card_html": lambda partner, level=3: self._fragment("partner_card", language, partner, level),
                "prints": self.prints,
                "preview": self._preview,
            }
        return self._languages[language]

    def _preview(self, item: PrintLink) -> dict[str, Any] | None:
        """The small picture of a printed item (its path from the root, width, height), if there is one."""
        path = urls.print_preview(item.path)
        size = self.pictures.previews.get(path)
        return {"src": ROOT + path, "width": size[0], "height": size[1]} if size else None

    def _fragment(self, macro: str, language: str, *args: Any) -> Markup:
        key = (macro, language, *(a if isinstance(a, int) else id(a) for a in args))  # flags and levels by value
        if key not in self._fragments:
            if language not in self._macros:
                template = self.env.get_template("_macros.html.j2")
                self._macros[language] = template.make_module(self._language_context(language))
            self._fragments[key] = Markup(getattr(self._macros[language], macro)(*args))
        return self._fragments[key]

    def render(self, path: str, template: str, context: dict[str, Any], language: str) -> str:
        here = urls.page_url(path, language, self.default)
        kind = template.split(".")[0].replace("_", "-")  # the page wrapper's zm-<kind> unless the template sets one
        card = self.pictures.cards.get((path, language))
        image = urls.absolute(self.site_url, card) if card else ""  # og:image: absolute, on site_url
        text = icons.with_sprite(
            self.env.get_template(template).render(
                {**self._language_context(language), "page_kind": kind, "card_image": image, **context}
            ),
            self.pictograms,
        )
        # Relative links keep the site working from any folder and from a file:// copy.
        root = posixpath.relpath("/", "/" + here) + "/" if here else ""
        return text.replace(ROOT + here + "#", "#").replace(ROOT, "" if root == "./" else root)
