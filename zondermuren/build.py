"""One build of a Huis, in one call: the facade the MkDocs hook, the CLI and the benchmark use.

It runs the pipeline in order (read and check -> model -> pages, feeds and print) with the
options made at the boundary, and hands back what the theme layer publishes. Kept free of MkDocs
imports, so the engine can outlive the theme layer (Material reaches end of life in 2027;
MkDocs 2.0 drops plugins).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from zondermuren import i18n, urls
from zondermuren.feeds import ical
from zondermuren.model import building, schedule
from zondermuren.model.huis import Huis
from zondermuren.options import Options
from zondermuren.printing import items as print_items
from zondermuren.printing import render as print_render
from zondermuren.problems import Level, Problem
from zondermuren.site import pages, theme
from zondermuren.sources import documents, reading, svg

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


def fingerprint(root: Path, docs_dir: Path | None = None) -> str:
    """Changes whenever a source, template, catalogue or hand-written page changes (stat only)."""
    digest = hashlib.sha256()
    paths = [root / reading.SETTINGS, *sorted((root / "partners").rglob("*")), *sorted((root / "assets").rglob("*"))]
    paths += sorted(ENGINE.rglob("*.j2")) + sorted(ENGINE.rglob("*.yml")) + sorted((root / "locales").glob("*.yml"))
    if docs_dir is not None and docs_dir.is_dir():
        generated = pages.generated_files(docs_dir)
        # The translation report lists hand-written pages; generated ones change only through us.
        paths += [p for p in sorted(docs_dir.rglob("*.md")) if p.relative_to(docs_dir).as_posix() not in generated]
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
    huis, warnings = building.load(root, options.today)
    printable = print_items.plan(huis, options.site_url) if options.with_print else []
    prints = print_items.by_page(printable) if options.with_print else None
    changed = pages.write_pages(huis, docs_dir, options.site_url, prints, options.workers)
    files: dict[str, Path | bytes] = {}
    for path in sorted((root / "assets").rglob("*")):
        if path.is_file():
            files["assets/" + path.relative_to(root / "assets").as_posix()] = path
    files["assets/css/huis.css"] = theme.css(huis.colours).encode()
    if huis.logo and huis.logo.resolve().is_relative_to((root / "assets").resolve()):
        files["assets/" + huis.logo.resolve().relative_to((root / "assets").resolve()).as_posix()] = _published(
            huis.logo
        )
    for partner in huis.partners.values():
        if partner.logo:
            files[urls.partner_logo(partner.slug, partner.logo.name)] = _published(partner.logo)
    files.update(ical.all_feeds(huis, options.site_url))
    printed = None
    if options.with_print:
        printed, unprintable = publish_prints(root, printable, options)
        files.update(printed.files)
        warnings += unprintable
    over = {
        urls.page_url(urls.activity_page(activity.id), huis.default_language, huis.default_language)
        for activity in huis.activities
        if all(o.date < huis.today for o in schedule.occurrences(activity))
    }
    return Prepared(huis, warnings, changed, files, over, printed)


def _published(logo: Path) -> Path | bytes:
    """A logo as the site publishes it: an SVG without its references to other hosts (`sources.svg`)."""
    if logo.suffix.lower() != ".svg":
        return logo
    found = svg.inspect(logo.read_bytes())
    return found.clean if found.external else logo


def publish_prints(
    root: Path, printable: list[print_items.PrintItem], options: Options
) -> tuple[print_render.Printed, list[Problem]]:
    """Draw what the cache lacks; a warning for each logo that could not be printed."""
    printed = print_render.publish(
        printable, options.print_cache(root), prune=not options.shared_cache, workers=options.workers
    )
    warnings = [
        unprintable_logo(root, logo, error, sorted(paths))
        for logo, (error, paths) in sorted(printed.unreadable.items())
    ]
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
