"""The paths a command is given, checked before it runs: a wrong one is one Dutch line, and exit 2.

Phrased as click phrases it ("Invalid value for '--uit': ..."), in the project's words: what was
expected, what was found. Checked first, so `drukwerk --uit` to a file says so at once instead of
after drawing every PDF, and never with a traceback. A folder the command writes to is made here
(as the command would) and written to once: only trying tells a read-only disk or a missing
permission apart from a folder that merely does not exist yet.
"""

from __future__ import annotations

import argparse
import errno
import json
import tempfile
from collections.abc import Mapping
from pathlib import Path

HUIS = "de hoofdmap van een Huis, met huis.yml"
# The commands that write into the Huis folder itself (the print cache, schema/, CODEOWNERS, a change,
# the migrated files), and the option each has that writes nothing.
_WRITES_IN_HUIS = {"drukwerk", "velden", "codeowners", "uit-formulier", "migreer"}
_WRITES_NOTHING = {"codeowners": "controleer", "migreer": "droog"}
_REASONS = {
    errno.EACCES: "geen toestemming",
    errno.EPERM: "geen toestemming",
    errno.EROFS: "alleen lezen",
    errno.ENOSPC: "de schijf is vol",
    errno.ENOENT: "die plaats bestaat niet",
    errno.ENOTDIR: "er staat een bestand in de weg",
}


class WrongPath(ValueError):
    """A path the command cannot use; its text is one Dutch line for the user."""


def wrong(args: argparse.Namespace, environ: Mapping[str, str]) -> str | None:
    """What is wrong with the paths of this command line, or None."""
    try:
        _check(args, environ)
    except WrongPath as error:
        return str(error)
    return None


def _check(args: argparse.Namespace, environ: Mapping[str, str]) -> None:
    command = args.command
    huis_folder("--map", args.map)
    if command == "check":
        if args.rapport is not None:
            output_file("--rapport", args.rapport, "een bestand voor het GitLab-rapport")
        elif form(args, environ) == "gitlab":
            writable("--map", args.map, args.map)
        if environ.get("GITHUB_STEP_SUMMARY") and form(args, environ) == "github":
            summary = Path(environ["GITHUB_STEP_SUMMARY"])
            output_file("GITHUB_STEP_SUMMARY", summary, "het bestand voor de samenvatting van de job")
    if command == "uit-formulier":
        if args.tekst is not None:
            input_file("--tekst", args.tekst, "een bestand met de tekst van het issue")
        if args.gebeurtenis is not None:
            input_file("--gebeurtenis", args.gebeurtenis, "het JSON-bestand van de gebeurtenis", is_json=True)
        if args.uitvoer is not None:
            output_folder("--uitvoer", args.uitvoer, "een map voor titel.txt en bericht.md")
    if command == "drukwerk" and args.uit is not None:
        output_folder("--uit", args.uit, "een map voor de PDF's")
    if command == "drukwerk" and environ.get("ZONDERMUREN_CACHE"):
        # A shared cache: the print goes there, and nothing into the Huis folder.
        output_folder("ZONDERMUREN_CACHE", Path(environ["ZONDERMUREN_CACHE"]), "een map voor de cache van het drukwerk")
    elif command in _WRITES_IN_HUIS and not (command in _WRITES_NOTHING and getattr(args, _WRITES_NOTHING[command])):
        writable("--map", args.map, args.map)
    if command == "codeowners" and not args.controleer:
        output_folder("--map", args.map / ".github", "een map .github voor CODEOWNERS")


def form(args: argparse.Namespace, environ: Mapping[str, str]) -> str:
    """`check --formaat`, or what the git host's runner implies (GitHub Actions, GitLab CI)."""
    if args.formaat:
        return str(args.formaat)
    if environ.get("GITHUB_ACTIONS") == "true":
        return "github"
    return "gitlab" if environ.get("GITLAB_CI") else "tekst"


def _invalid(flag: str, what: str, expected: str, found: str, hint: str = "") -> WrongPath:
    return WrongPath(
        f"ongeldige waarde voor {flag}: {what} (verwacht {expected}; gevonden {found})" + (f" — {hint}" if hint else "")
    )


def huis_folder(flag: str, given: Path) -> None:
    if not given.exists():
        raise _invalid(flag, "de map bestaat niet", HUIS, f"niets op '{given}'")
    if not given.is_dir():
        hint = f"bedoelde je '{given.parent}'?" if given.name == "huis.yml" else ""
        raise _invalid(flag, "geen map", HUIS, f"een bestand: '{given}'", hint)


def input_file(flag: str, given: Path, expected: str, is_json: bool = False) -> None:
    if not given.exists():
        raise _invalid(flag, "het bestand bestaat niet", expected, f"niets op '{given}'")
    if given.is_dir():
        raise _invalid(flag, "geen bestand", expected, f"een map: '{given}'")
    try:
        text = given.read_bytes().decode("utf-8")
    except OSError as error:
        raise _invalid(flag, "het bestand kan niet gelezen worden", expected, f"'{given}': {_reason(error)}") from None
    except UnicodeDecodeError:
        raise _invalid(flag, "geen tekst", expected + " in UTF-8", f"andere tekens in '{given}'") from None
    if is_json:
        try:
            json.loads(text)
        except json.JSONDecodeError as error:
            place = f"regel {error.lineno}, kolom {error.colno}"
            raise _invalid(flag, "geen JSON", expected, f"een fout op {place} van '{given}'") from None


def output_folder(flag: str, given: Path, expected: str) -> None:
    """The folder exists (it is made when missing) and takes a file."""
    if given.exists() and not given.is_dir():
        raise _invalid(flag, "geen map", expected, f"een bestand: '{given}'")
    _nothing_in_the_way(flag, given, expected, "de map")
    try:
        given.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _invalid(flag, "hier kan niet geschreven worden", expected, f"'{given}': {_reason(error)}") from None
    writable(flag, given, given)


def output_file(flag: str, given: Path, expected: str) -> None:
    """The file can be written: not a folder, in a folder that exists or can be made."""
    if given.is_dir():
        raise _invalid(flag, "geen bestand", expected, f"een map: '{given}'")
    _nothing_in_the_way(flag, given, expected, "het bestand")
    output_folder(flag, given.parent, expected)


def _nothing_in_the_way(flag: str, given: Path, expected: str, what: str) -> None:
    """No file where a folder on the way to `given` must come (`--uit rapport.pdf/a`)."""
    blocking = next((parent for parent in given.parents if parent.exists() and not parent.is_dir()), None)
    if blocking is not None:
        raise _invalid(flag, f"{what} kan niet gemaakt worden", expected, f"een bestand in de weg: '{blocking}'")


def writable(flag: str, folder: Path, shown: Path) -> None:
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        expected = "een map waarin geschreven mag worden"
        raise _invalid(flag, "hier kan niet geschreven worden", expected, f"'{shown}': {_reason(error)}") from None


def _reason(error: OSError) -> str:
    code = error.errno or 0
    return _REASONS.get(code) or f"onverwachte fout {errno.errorcode.get(code, type(error).__name__)}"
