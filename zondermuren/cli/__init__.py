"""The command line `zondermuren`: check a Huis, make its print material, and the git host's files.

A table of sub-commands (`cli.table`), each one function in the module of its group
(`checking`, `overviews`, `prints`, `migrating`), in Dutch throughout, argparse's own words too (`cli.dutch`).
It uses the engine only through its door, `zondermuren.build`, with `options`, `problems`,
`i18n`, `release` and the git host's kit `githost` (import-linter's contract "cli-door" in pyproject.toml).

Exit codes: 0 clean (warnings allowed), 1 errors in the sources, 2 wrong usage.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from zondermuren import options as build_options
from zondermuren.cli import dutch, paths, table
from zondermuren.cli.invocation import Invocation, wrong_usage
from zondermuren.problems import Problem


def _options(root: Path, environ: Mapping[str, str], publish: bool) -> tuple[build_options.Options, Problem | None]:
    """The options, and what is wrong with mkdocs.yml's site_url (a problem of the Huis's files,
    listed with the others by `check`; `drukwerk` refuses it).

    Raises OptionError for a wrong environment variable (the command then exits 2)."""
    try:
        return build_options.for_site(root / "mkdocs.yml", environ, publish=publish), None
    except build_options.SiteAddressError as error:
        if error.problem is None:
            raise
        return build_options.from_environment(None, environ), error.problem


def main(argv: list[str] | None = None) -> int:
    environ = os.environ  # the boundary: nothing below reads the environment itself
    with dutch.in_dutch():
        args = table.parser().parse_args(argv)
    if wrong_path := paths.wrong(args, environ):
        return wrong_usage(wrong_path)
    root = args.map.resolve()
    try:
        options, address = _options(root, environ, args.command == "check" and args.publicatie)
    except build_options.OptionError as error:
        return wrong_usage(str(error))
    result: int = args.run(Invocation(root, options, args, environ, address))
    return result


if __name__ == "__main__":
    sys.exit(main())
