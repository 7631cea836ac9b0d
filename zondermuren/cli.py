"""`zondermuren`: check a Huis, and regenerate the schema and field reference.

Exit codes: 0 clean (warnings allowed), 1 errors in the sources, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from zondermuren import pages, reference, sources, translations
from zondermuren.problems import report


def _check(root: Path) -> int:
    found = sources.check(root)
    if found.problems:
        print(report(found.problems), file=sys.stderr if found.errors else sys.stdout)
    if found.errors:
        print("De bronbestanden bevatten fouten; er is niets gebouwd.", file=sys.stderr)
        return 1
    partners = len(found.fiches)
    activities = sum(len(doc.data["activiteiten"]) for doc in found.activities.values())
    print(f"In orde: {partners} partners, {activities} activiteiten.")
    return 0


def _write_reference(root: Path) -> int:
    found = sources.check(root)
    if found.settings is None:
        print(report(found.problems), file=sys.stderr)
        return 1
    for path in reference.write(found, root):
        print(f"geschreven: {path.relative_to(root)}")
    return 0


def _translations(root: Path) -> int:
    from zondermuren.problems import SourceError

    try:
        huis, _ = sources.load(root)
    except SourceError as error:
        print(report(error.problems), file=sys.stderr)
        return 1
    docs_dir = root / "content"
    generated = (
        set((docs_dir / pages.MANIFEST).read_text("utf-8").split()) if (docs_dir / pages.MANIFEST).is_file() else set()
    )
    print(translations.as_text(translations.gaps(huis, docs_dir, generated), huis))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="zondermuren", description="Huis zonder muren")
    parser.add_argument("--map", type=Path, default=Path("."), help="hoofdmap van het Huis (standaard: hier)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="controleer huis.yml en alle fiches en activiteiten")
    commands.add_parser("velden", help="maak schema/*.json en docs/velden.md opnieuw")
    commands.add_parser("vertalingen", help="welke teksten missen een vertaling, per taal")
    args = parser.parse_args(argv)
    root = args.map.resolve()
    if args.command == "check":
        return _check(root)
    if args.command == "vertalingen":
        return _translations(root)
    return _write_reference(root)


if __name__ == "__main__":
    sys.exit(main())
