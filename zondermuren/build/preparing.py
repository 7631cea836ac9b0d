"""The build's main stage: `prepare` -> Prepared, the pages written and every other file listed.

Also the fingerprint that tells the adapter when the sources changed, and the allow-listed copy
of an SVG the site publishes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from zondermuren import svg, urls
from zondermuren.build.printed import publish_pictures, publish_prints
from zondermuren.drawing.cache import Drawn
from zondermuren.feeds import hsds_export, ical, news
from zondermuren.model import building, clashes, schedule
from zondermuren.model.huis import Huis
from zondermuren.options import Options
from zondermuren.printing import pdfs as print_pdfs
from zondermuren.printing import previews as print_previews
from zondermuren.printing import registry as print_registry
from zondermuren.problems import Problem, SourceError
from zondermuren.site import cards as site_cards
from zondermuren.site import pages, redirects, rendering, screens
from zondermuren.site import theme as site_theme
from zondermuren.sources import reading
from zondermuren.sources.checks import paths

ENGINE = Path(__file__).parent.parent


@dataclass
class Prepared:
    huis: Huis
    warnings: list[Problem]
    changed_pages: list[str]
    # Site path -> file on disk (copied as is) or bytes (made by the engine).
    files: dict[str, Path | bytes] = field(default_factory=dict)
    # Site paths of pages that search engines should not index (activities that are over).
    noindex: set[str] = field(default_factory=set)
    printed: print_pdfs.Printed | None = None
    # Every language of huis.yml; `huis.languages` holds only the previewed ones (Options.languages).
    languages: list[str] = field(default_factory=list)
    pictures: dict[str, Drawn] = field(default_factory=dict)  # "previews", "cards": drawn and reused
    # The build's compiled templates, for the theme's templates too (the adapter's on_env).
    templates: rendering.CompiledTemplates = field(default_factory=rendering.CompiledTemplates)


def fingerprint(root: Path, docs_dir: Path | None = None) -> str:
    """Changes whenever a source, template, catalogue or hand-written page changes (stat only)."""
    return "".join(fingerprint_parts(root, docs_dir))


def fingerprint_parts(root: Path, docs_dir: Path | None = None) -> tuple[str, str]:
    """The fingerprint in two: the partners' folders, and the rest (huis.yml, assets, templates,
    catalogues, hand-written pages). A preview rebuilds only the changed pages when the partners
    alone changed: the rest shows on every page."""
    partners = _digest(sorted((root / "partners").rglob("*")))
    paths = [root / reading.SETTINGS, *sorted((root / "assets").rglob("*"))]
    paths += sorted(ENGINE.rglob("*.j2")) + sorted(ENGINE.rglob("*.yml")) + sorted((root / "locales").glob("*.yml"))
    if docs_dir is not None and docs_dir.is_dir():
        generated = pages.generated_files(docs_dir)
        # The translation report lists hand-written pages; generated ones change only through us.
        paths += [p for p in sorted(docs_dir.rglob("*.md")) if p.relative_to(docs_dir).as_posix() not in generated]
    return partners, _digest(paths)


def _digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        if path.is_file():
            stat = path.stat()
            digest.update(f"{path}:{stat.st_mtime_ns}:{stat.st_size}\n".encode())
    return digest.hexdigest()


def prepare(root: Path, docs_dir: Path, options: Options) -> Prepared:
    """Load and check the Huis, write its pages into docs_dir, and list the other files to publish.

    Raises `problems.SourceError` with every problem when the sources have errors.
    """
    templates = rendering.CompiledTemplates(options.cache(root, "sjablonen"))
    if refused := paths.links(root, [docs_dir], only_extra=True).problems:  # docs_dir, when not content/
        raise SourceError(refused)
    huis, warnings = building.load(root, options.today, options.history_cache(root))
    warnings += clashes.warnings(huis)  # the build log shows what `zondermuren check` shows
    languages = list(huis.languages)
    if options.languages:  # a preview of some languages (TALEN): the others are not rendered at all
        wanted = [code for code in huis.languages if code == huis.default_language or code in options.languages]
        huis = replace(huis, languages=wanted)
    printable = print_registry.plan(huis, options.site_url) if options.with_print else []
    prints = print_registry.by_page(printable) if options.with_print else None
    previews = print_previews.plan(printable)
    cards = site_cards.plan(huis, options.site_url) if options.with_print else []
    shown = rendering.Pictures(print_previews.sizes(previews), site_cards.pages(cards))
    changed = pages.write_pages(huis, docs_dir, options.site_url, prints, options.workers, shown, templates)
    files: dict[str, Path | bytes] = {}
    for path in sorted((root / "assets").rglob("*")):
        if path.is_file():
            # An SVG is a document of the site's origin when opened: only its allow-listed copy (`drawings`).
            rebuilt = published_logo(path) if path.suffix.lower() == ".svg" else path
            files[urls.asset(path.relative_to(root / "assets").as_posix())] = rebuilt
    files[urls.stylesheet()] = site_theme.css(huis.colours).encode()
    if huis.logo and huis.logo.resolve().is_relative_to((root / "assets").resolve()):
        files[urls.asset(huis.logo.resolve().relative_to((root / "assets").resolve()).as_posix())] = published_logo(
            huis.logo
        )
    for partner in huis.partners.values():
        if partner.logo:
            files[urls.partner_logo(partner.slug, partner.logo.name)] = published_logo(partner.logo)
    files.update(screens.files(huis))  # the probe an info screen asks before it reloads
    feeds = ical.all_feeds(huis, options.site_url)
    files.update(feeds)
    files.update(news.all_feeds(huis, options.site_url))  # JSON Feed and RSS of the coming weeks
    files.update(hsds_export.files(huis, options.site_url))  # the offer for directory builders (open-data/)
    printed, pictures = None, {}
    if options.with_print:
        printed, unprintable = publish_prints(root, huis, printable, options)
        files.update(printed.files)
        warnings += unprintable
        pictures = publish_pictures(root, previews, cards, printed, options)
        for drawn in pictures.values():
            files.update(drawn.files)
    keys = {item.path: item.key for item in printable}
    files.update(redirects.files(huis, options.site_url, feeds, printed.files if printed else {}, keys))
    over = {
        urls.page_url(urls.activity_page(activity.id), huis.default_language, huis.default_language)
        for activity in huis.activities
        if all(o.date < huis.today for o in schedule.occurrences(activity))
    }
    over |= screens.unlisted(huis)  # info screens, embeds and their pages are noindex too
    return Prepared(huis, warnings, changed, files, over, printed, languages, pictures, templates)


def published_drawing(path: Path) -> bytes:
    """An SVG of content/ as the site publishes it (the adapter hands MkDocs' copy to it): the
    allow-listed copy, as for logos. The i18n plugin runs the adapter once per language: the copy is
    made once per version of the file (its size and time name the version, as for print's logos)."""
    stat = path.stat()
    return _drawing(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=256)
def _drawing(path: str, mtime_ns: int, size: int) -> bytes:
    return svg.published(Path(path))


def published_logo(logo: Path) -> Path | bytes:
    """A logo as the site publishes it: an SVG is always the copy re-written from the allow-list
    (`svg.published`, which asks the size before it reads), never the partner's bytes."""
    if logo.suffix.lower() != ".svg":
        return logo
    return svg.published(logo)
