"""One build of a Huis, in one call: the facade the MkDocs hook, the CLI and the benchmark use.

It runs the pipeline in order (read and check -> model -> pages, feeds and print) with the
options made at the boundary, and hands back what the theme layer publishes. Kept free of MkDocs
imports, so the engine can outlive the theme layer (Material reaches end of life in 2027;
MkDocs 2.0 drops plugins).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from zondermuren import i18n, urls
from zondermuren.feeds import ical
from zondermuren.model import building, clashes, schedule
from zondermuren.model.huis import Huis
from zondermuren.options import Options
from zondermuren.printing import items as print_items
from zondermuren.printing import render as print_render
from zondermuren.printing.png import cards as print_cards
from zondermuren.printing.png import previews as print_previews
from zondermuren.printing.png import raster
from zondermuren.problems import Level, Problem, SourceError
from zondermuren.site import pages, redirects, rendering, theme
from zondermuren.sources import documents, paths, reading, svg

ENGINE = Path(__file__).parent


@dataclass
class Prepared:
    huis: Huis
    warnings: list[Problem]
    changed_pages: list[str]
    # Site path -> file on disk (copied as is) or bytes (made by the engine).
    files: dict[str, Path | bytes] = field(default_factory=dict)
    # Site paths of pages that search engines should not index (activities that are over).
    noindex: set[str] = field(default_factory=set)
    printed: print_render.Printed | None = None
    # Every language of huis.yml; `huis.languages` holds only the previewed ones (Options.languages).
    languages: list[str] = field(default_factory=list)
    pictures: dict[str, raster.Pictures] = field(default_factory=dict)  # "previews", "cards": drawn and reused


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
    i18n.use_project_locales(root)
    rendering.keep_compiled(options.cache(root, "sjablonen"))
    if refused := paths.links(root, [docs_dir], only_extra=True).problems:  # docs_dir, when not content/
        raise SourceError(refused)
    huis, warnings = building.load(root, options.today, options.history_cache(root))
    warnings += clashes.warnings(huis)  # the build log shows what `zondermuren check` shows
    languages = list(huis.languages)
    if options.languages:  # a preview of some languages (TALEN): the others are not rendered at all
        wanted = [code for code in huis.languages if code == huis.default_language or code in options.languages]
        huis = replace(huis, languages=wanted)
    printable = print_items.plan(huis, options.site_url) if options.with_print else []
    prints = print_items.by_page(printable) if options.with_print else None
    previews = print_previews.plan(printable)
    cards = print_cards.plan(huis, options.site_url) if options.with_print else []
    shown = rendering.Pictures(print_previews.sizes(previews), print_cards.pages(cards))
    changed = pages.write_pages(huis, docs_dir, options.site_url, prints, options.workers, shown)
    files: dict[str, Path | bytes] = {}
    for path in sorted((root / "assets").rglob("*")):
        if path.is_file():
            # An SVG is a document of the site's origin when opened: only its allow-listed copy (`drawings`).
            rebuilt = published_logo(path) if path.suffix.lower() == ".svg" else path
            files["assets/" + path.relative_to(root / "assets").as_posix()] = rebuilt
    files["assets/css/huis.css"] = theme.css(huis.colours).encode()
    if huis.logo and huis.logo.resolve().is_relative_to((root / "assets").resolve()):
        files["assets/" + huis.logo.resolve().relative_to((root / "assets").resolve()).as_posix()] = published_logo(
            huis.logo
        )
    for partner in huis.partners.values():
        if partner.logo:
            files[urls.partner_logo(partner.slug, partner.logo.name)] = published_logo(partner.logo)
    feeds = ical.all_feeds(huis, options.site_url)
    files.update(feeds)
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
    return Prepared(huis, warnings, changed, files, over, printed, languages, pictures)


def publish_pictures(
    root: Path,
    previews: list[print_previews.Preview],
    cards: list[print_cards.Card],
    printed: print_render.Printed,
    options: Options,
) -> dict[str, raster.Pictures]:
    """The previews of the PDFs and the Open Graph cards, each drawn only when the cache lacks it."""
    cache, prune, workers = options.print_cache(root), not options.shared_cache, options.workers
    return {
        "previews": print_previews.publish(
            previews, printed.files, cache / "voorbeelden", prune=prune, workers=workers
        ),
        "cards": print_cards.publish(cards, cache / "kaarten", prune=prune, workers=workers),
    }


def published_drawing(path: Path) -> bytes:
    """An SVG of content/ as the site publishes it (the adapter hands MkDocs' copy to it): the
    allow-listed copy, as for logos."""
    return svg.published(path)


def published_logo(logo: Path) -> Path | bytes:
    """A logo as the site publishes it: an SVG is always the copy re-written from the allow-list
    (`sources.svg.published`, which asks the size before it reads), never the partner's bytes."""
    if logo.suffix.lower() != ".svg":
        return logo
    return svg.published(logo)


def publish_prints(
    root: Path, huis: Huis, printable: list[print_items.PrintItem], options: Options
) -> tuple[print_render.Printed, list[Problem]]:
    """Draw what the cache lacks; a warning for each logo and each text that could not be printed."""
    printed = print_render.publish(
        printable,
        options.print_cache(root),
        prune=not options.shared_cache,
        workers=options.workers,
        generation=options.site_url,  # a preview's QR codes lead elsewhere: its own generation
    )
    warnings = [
        unprintable_logo(root, logo, error, sorted(paths))
        for logo, (error, paths) in sorted(printed.unreadable.items())
    ]
    if printed.unprintable:
        warnings += unprintable_text(root, huis, [i for i in printable if i.path in printed.unprintable], printed)
    return printed, warnings


def unprintable_logo(root: Path, logo: str, error: str, paths: list[str]) -> Problem:
    """A logo that fpdf2 cannot draw: those items are printed without it, and the coordinator hears it."""
    path = Path(logo).resolve()
    fiche = (
        path.parent / "fiche.yml" if path.parent.parent == (root / "partners").resolve() else root / reading.SETTINGS
    )
    doc, _ = documents.read(fiche, root)
    line, column = doc.where(("logo",)) if doc else (1, 1)
    shown = ", ".join(paths[:3]) + (f" en nog {len(paths) - 3}" if len(paths) > 3 else "")
    return Problem(
        fiche.relative_to(root).as_posix(),
        line,
        column,
        "logo",
        f"logo kan niet op het drukwerk (verwacht een SVG, PNG of JPG die de PDF-maker kan lezen, gevonden een fout: "
        f"{error}); zonder dit logo gemaakt: {shown}",
        "bewaar het logo opnieuw als PNG of als eenvoudige SVG zonder ingesloten afbeeldingen",
        Level.WARNING,
    )


SCRIPTS = "tekens in het Latijnse, Cyrillische, Arabische of Ge'ez-schrift of emoji"


def unprintable_text(
    root: Path, huis: Huis, printable: list[print_items.PrintItem], printed: print_render.Printed
) -> list[Problem]:
    """Characters that no print font has: each item is printed without them, and its partner hears where.

    One warning per place in the sources (the text that holds the characters), naming the items.
    """
    places: dict[tuple[str, int, int, str], tuple[list[str], list[str]]] = {}
    cache: dict[Path, documents.Document | None] = {}

    def document(path: Path) -> documents.Document | None:
        if path not in cache:
            cache[path] = documents.read(path, root)[0] if path.is_file() else None
        return cache[path]

    for item in printable:
        for char in printed.unprintable[item.path]:
            place = _text_place(root, huis, item, char, document)
            chars, paths = places.setdefault(place, ([], []))
            if char not in chars:
                chars.append(char)
            if item.path not in paths:
                paths.append(item.path)
    found = []
    for (file, line, column, name), (chars, paths) in sorted(places.items()):
        shown = ", ".join(f"U+{ord(c):04X} '{c}'" for c in chars[:5]) + (
            f" en nog {len(chars) - 5}" if len(chars) > 5 else ""
        )
        items = ", ".join(sorted(paths)[:3]) + (f" en nog {len(paths) - 3}" if len(paths) > 3 else "")
        one = len(chars) == 1
        found.append(
            Problem(
                file,
                line,
                column,
                name,
                f"{'teken kan' if one else 'tekens kunnen'} niet op het drukwerk (verwacht {SCRIPTS}, gevonden "
                f"{shown}); zonder {'dit teken' if one else 'deze tekens'} gemaakt: {items}",
                "schrijf de tekst voor het drukwerk in een schrift dat wel kan, of vraag wie de site beheert om een "
                "lettertype voor dit schrift toe te voegen (zondermuren/printing/fonts)",
                Level.WARNING,
            )
        )
    return found


def _text_place(root: Path, huis: Huis, item: print_items.PrintItem, char: str, document) -> tuple[str, int, int, str]:
    """(file, line, column, field) of the source text that put `char` on `item`.

    Searched in the item's own entry first (the activity, or the partner's fiche), then in the
    fiches of the organisers, huis.yml and the Huis's own catalogue of the item's language. A
    character found nowhere came with the language (a month name, a label): huis.yml's `talen`.
    """
    partner = huis.partners.get(item.partner)  # None for a booklet of the whole Huis
    scopes: list[tuple[Path, tuple]] = []
    activity = next((a for a in huis.activities if a.id == item.key), None) if item.kind == "affiche" else None
    if activity is not None:
        doc = document(root / activity.source)
        entries = doc.data.get("activiteiten", []) if doc and isinstance(doc.data, dict) else []
        index = next((n for n, e in enumerate(entries) if isinstance(e, dict) and e.get("id") == activity.id), None)
        if index is not None:
            scopes.append((root / activity.source, ("activiteiten", index)))
        scopes += [(root / organiser.source, ()) for organiser in activity.organisers]
    elif partner is not None:
        scopes.append((root / partner.source, ()))
    else:  # a booklet shows every partner and many activities: any of their files may hold it
        sources = [p.source for p in huis.partners.values()] + [a.source for a in huis.activities]
        scopes += [(root / source, ()) for source in dict.fromkeys(sources)]
    scopes += [(root / reading.SETTINGS, ()), (root / "locales" / f"{item.language}.yml", ())]
    for file, scope in scopes:
        doc = document(file)
        if doc is None:
            continue
        data = doc.data
        for part in scope:
            data = data[part]
        paths = [scope + path for path in _paths_with(data, char)]
        if paths:
            # The text in the item's own language, when several hold the character.
            path = next((path for path in paths if path[-1] == item.language), paths[0])
            return (doc.file, *doc.where(path), documents.field_path(path))
    settings = document(root / reading.SETTINGS)
    if settings is not None and item.language in huis.languages:
        path = ("talen", huis.languages.index(item.language))
        return (settings.file, *settings.where(path), documents.field_path(path))
    own = activity.source if activity is not None else partner.source if partner is not None else reading.SETTINGS
    return (own, 1, 1, "")


def _paths_with(data: object, char: str, path: tuple = ()) -> list[tuple]:
    if isinstance(data, str):
        return [path] if char in data else []
    if isinstance(data, dict):
        return [found for key, value in data.items() for found in _paths_with(value, char, (*path, key))]
    if isinstance(data, list):
        return [found for index, value in enumerate(data) for found in _paths_with(value, char, (*path, index))]
    return []
