"""`zondermuren`: check a Huis, make its print material, and regenerate the schema and field reference.

Exit codes: 0 clean (warnings allowed), 1 errors in the sources, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

import yaml

from zondermuren import build
from zondermuren import options as build_options
from zondermuren.model import building
from zondermuren.printing import items
from zondermuren.problems import SourceError, report
from zondermuren.site import pages, translations
from zondermuren.sources import reading, reference


def _check(root: Path, options: build_options.Options) -> int:
    found = reading.check(root, options.today)
    if found.problems:
        print(report(found.problems), file=sys.stderr if found.errors else sys.stdout)
    if found.errors:
        print("De bronbestanden bevatten fouten; er is niets gebouwd.", file=sys.stderr)
        return 1
    partners = len(found.fiches)
    activities = sum(len(doc.data["activiteiten"]) for doc in found.activities.values())
    print(f"In orde: {partners} partners, {activities} activiteiten.")
    return 0


def _write_reference(root: Path, options: build_options.Options) -> int:
    found = reading.check(root, options.today)
    if found.settings is None:
        print(report(found.problems), file=sys.stderr)
        return 1
    for path in reference.write(found, root):
        print(f"geschreven: {path.relative_to(root)}")
    return 0


def _translations(root: Path, options: build_options.Options) -> int:
    try:
        huis, _ = building.load(root, options.today)
    except SourceError as error:
        print(report(error.problems), file=sys.stderr)
        return 1
    docs_dir = root / "content"
    generated = pages.generated_files(docs_dir)
    print(translations.as_text(translations.gaps(huis, docs_dir, generated), huis))
    return 0


def _site_url(root: Path) -> str:
    """The site's address as mkdocs.yml gives it (`!ENV [NAME, default]` included): QR codes lead there."""

    class Loader(yaml.SafeLoader):
        pass

    def environment(loader: yaml.SafeLoader, node: yaml.ScalarNode | yaml.SequenceNode | yaml.MappingNode) -> str:
        names = (
            loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)]
        )
        *variables, default = names if len(names) > 1 else [*names, ""]
        return next((os.environ[name] for name in variables if os.environ.get(name)), default)

    Loader.add_constructor("!ENV", environment)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    config = root / "mkdocs.yml"
    data = yaml.load(config.read_text("utf-8"), Loader=Loader) if config.is_file() else {}  # noqa: S506
    return (data or {}).get("site_url") or build_options.DEFAULT_SITE_URL


def _print(root: Path, folder: Path | None, options: build_options.Options) -> int:
    try:
        huis, _ = building.load(root, options.today)
    except SourceError as error:
        print(report(error.problems), file=sys.stderr)
        return 1
    printed, warnings = build.publish_prints(root, huis, items.plan(huis, options.site_url), options)
    if warnings:
        print(report(warnings), file=sys.stderr)
    if folder is not None:
        for path, source in printed.files.items():
            target = folder / path.removeprefix("drukwerk/")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    total = len(printed.files)
    rate = f", {len(printed.drawn) / printed.seconds:.1f} per seconde" if printed.drawn else ""
    print(
        f"Drukwerk: {total} stuks, {len(printed.drawn)} gemaakt en {printed.reused} uit de cache "
        f"in {printed.seconds:.1f} s{rate}." + (f" Geschreven in {folder}." if folder else "")
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="zondermuren", description="Huis zonder muren")
    parser.add_argument("--map", type=Path, default=Path("."), help="hoofdmap van het Huis (standaard: hier)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="controleer huis.yml en alle fiches en activiteiten")
    commands.add_parser("velden", help="maak schema/*.json en docs/velden.md opnieuw")
    commands.add_parser("vertalingen", help="welke teksten missen een vertaling, per taal")
    printing = commands.add_parser("drukwerk", help="maak affiches, raamstickers en naamborden (PDF)")
    printing.add_argument("--uit", type=Path, help="kopieer de PDF's naar deze map")
    args = parser.parse_args(argv)
    root = args.map.resolve()
    try:
        options = build_options.from_environment(_site_url(root))
    except build_options.OptionError as error:
        print(f"Fout: {error}", file=sys.stderr)
        return 2
    if args.command == "check":
        return _check(root, options)
    if args.command == "vertalingen":
        return _translations(root, options)
    if args.command == "drukwerk":
        return _print(root, args.uit.resolve() if args.uit else None, options)
    return _write_reference(root, options)


if __name__ == "__main__":
    sys.exit(main())
