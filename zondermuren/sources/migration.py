"""`zondermuren migreer`: a Huis's files from the data format they are in to the engine's (release.FORMAT).

A chain of steps, one function per step from format N to N+1 (`STEPS[N]`), each changing the
round-trip documents of huis.yml, the fiches and the activity lists in memory and saying what it
changed; then `formaat:` in huis.yml is set to the engine's format. Everything is read and every
step applied before anything is written, so a file that cannot be read changes nothing at all.

The files are hand-written by partners, with comments that explain them: they are read and written
with ruamel.yaml's round trip (PyYAML drops comments and reorders nothing back), so comments, key
order, quotes and blank lines stay, and only the files a step changed are written. The indentation
of lists is a file's own (`- id` under its key or indented): each file is written with the one that
gives it back unchanged, and a file no setting gives back unchanged is named in the report.

Links are never followed nor written through (a fiche.yml linking to a file outside the Huis would
otherwise be overwritten): they are left as they are and named, as `zondermuren check` refuses them.
"""

from __future__ import annotations

import difflib
import io
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from zondermuren import release
from zondermuren.problems import Level, quoted
from zondermuren.sources.checks import dataformat
from zondermuren.sources.parsing.documents import read

SETTINGS = "huis.yml"
# (mapping, sequence, offset) indentations tried in this order: the example's style first.
_INDENTS = ((2, 4, 2), (2, 2, 0), (4, 6, 4), (4, 4, 0), (4, 4, 2))


@dataclass
class Huis:
    """The Huis's YAML files as round-trip documents, by their path from the Huis's folder, and what
    the steps changed in each. Files whose top is no mapping (empty, a list) are left out: the
    check reports them, and no step has anything to change in them."""

    documents: dict[str, CommentedMap]
    notes: dict[str, list[str]] = field(default_factory=dict)

    @property
    def settings(self) -> CommentedMap:
        return self.documents[SETTINGS]

    def fiches(self) -> Iterator[tuple[str, CommentedMap]]:
        return ((name, doc) for name, doc in self.documents.items() if name.endswith("/fiche.yml"))

    def activities(self) -> Iterator[tuple[str, CommentedMap]]:
        return ((name, doc) for name, doc in self.documents.items() if name.endswith("/activiteiten.yml"))

    def note(self, file: str, what: str) -> None:
        """Say what a step changed in `file` (one Dutch line, shown by `migreer` and `migreer --droog`)."""
        self.notes.setdefault(file, []).append(what)


Step = Callable[[Huis], None]
# STEPS[N]: the step from format N to N+1. None yet: format 1 is the first. A step renames or reshapes
# fields, with `rename` for the common case, and notes each change (`Huis.note`).
STEPS: dict[int, Step] = {}


def rename(mapping: CommentedMap, old: str, new: str) -> bool:
    """Rename a key in place: same position, same value, same comments (the one after it on its line
    and those on the lines under it). False when `old` is not there."""
    if old not in mapping or new in mapping:
        return False
    position = list(mapping).index(old)
    comments = mapping.ca.items.pop(old, None)
    value = mapping.pop(old)
    mapping.insert(position, new, value)
    if comments is not None:
        mapping.ca.items[new] = comments
    return True


@dataclass(frozen=True)
class Migration:
    """What `migreer` found and did: the formats, per changed file what changed, what it passed over,
    and `errors` (Dutch lines) when it could change nothing."""

    found: int | None  # the format of the Huis's files; None when huis.yml says none that is one
    target: int
    changed: dict[str, list[str]] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)  # links, left as they are
    layout: list[str] = field(default_factory=list)  # changed files whose indentation may differ
    errors: list[str] = field(default_factory=list)
    written: bool = False


@dataclass
class _File:
    path: Path
    text: str
    indent: tuple[int, int, int] | None  # None: no setting gives the file back unchanged
    crlf: bool
    bom: bool
    before: str = ""  # the file as written back unchanged: the text itself, unless `indent` is None


def migrate(root: Path, write: bool = True) -> Migration:
    """Bring the Huis at `root` to release.FORMAT; `write=False` (`--droog`) only says what would change."""
    target = release.FORMAT
    files, skipped, errors = _read(root)
    if errors:
        return Migration(None, target, skipped=skipped, errors=errors)
    documents = {name: doc for name, (file, doc) in files.items() if isinstance(doc, CommentedMap)}
    if SETTINGS not in documents:
        return Migration(None, target, errors=[f"{SETTINGS}: geen instellingen (verwacht velden zoals naam en talen)"])
    found = dataformat.declared(documents[SETTINGS])
    if found is None:
        value = quoted(documents[SETTINGS][dataformat.FIELD])
        error = (
            f"{SETTINGS}: {dataformat.FIELD}: ongeldige waarde (verwacht een geheel getal vanaf 1, gevonden {value})"
        )
        return Migration(None, target, errors=[error])
    if found >= target:  # current, or newer than this engine reads (the command says which)
        return Migration(found, target, skipped=skipped)
    if missing := [n for n in range(found, target) if n not in STEPS]:
        error = f"deze engine kent geen stap van formaat {missing[0]} naar {missing[0] + 1} (een fout in zondermuren: meld ze)"
        return Migration(found, target, errors=[error])
    huis = Huis(documents)
    for number in range(found, target):
        STEPS[number](huis)
    settings = huis.settings
    if dataformat.FIELD in settings:
        settings[dataformat.FIELD] = target
        huis.note(SETTINGS, f"formaat {found} wordt {target}")
    else:  # first, after the comments at the top of the file
        settings.insert(0, dataformat.FIELD, target, comment="gegevensformaat: `zondermuren migreer` zet het hoger")
        huis.note(SETTINGS, f"formaat: {target} toegevoegd (zonder formaat was het {found})")
    texts = {name: _dump(files[name][0], doc) for name, doc in documents.items()}
    # Changed: what a step changed, not what writing back alone would (a file of another indentation).
    changed = {
        name: huis.notes.get(name, ["aangepast"]) for name, text in texts.items() if text != files[name][0].before
    }
    layout = sorted(name for name in changed if files[name][0].indent is None)
    if write:
        for name in changed:
            _write(files[name][0], texts[name])
    return Migration(found, target, changed, skipped, layout, written=write)


def _read(root: Path) -> tuple[dict[str, tuple[_File, Any]], list[str], list[str]]:
    """Every YAML file of the Huis, parsed; the links passed over; the errors (Dutch lines)."""
    files: dict[str, tuple[_File, Any]] = {}
    skipped: list[str] = []
    errors: list[str] = []
    paths = [root / SETTINGS]
    partners = root / "partners"
    if partners.is_dir() and not partners.is_symlink():
        for folder in sorted(partners.iterdir()):
            if folder.is_symlink():
                skipped.append(folder.relative_to(root).as_posix() + "/")
            elif folder.is_dir():
                paths += [folder / "fiche.yml", folder / "activiteiten.yml"]
    elif partners.is_symlink():
        skipped.append(partners.relative_to(root).as_posix() + "/")
    for path in paths:
        name = path.relative_to(root).as_posix()
        if path.is_symlink():
            skipped.append(name)
        elif path.is_file():
            try:
                files[name] = _load(path, root)
            except _Unreadable as error:
                errors += error.args[0]
        elif name == SETTINGS:
            errors.append(f"{SETTINGS} ontbreekt (verwacht de instellingen van het Huis in {path})")
    return files, skipped, errors


class _Unreadable(Exception):
    """Why a file cannot be migrated: its problems, as `zondermuren check` shows them (a list of lines)."""


def _yaml(indent: tuple[int, int, int]) -> YAML:
    yaml = YAML(typ="rt")  # round trip: only ruamel's own node types, never a Python object from a tag
    yaml.preserve_quotes = True
    yaml.width = 100_000  # never fold a long line the partner wrote on one line
    yaml.indent(mapping=indent[0], sequence=indent[1], offset=indent[2])
    return yaml


def _load(path: Path, root: Path) -> tuple[_File, Any]:
    """The file as the check reads it first (its size, encoding and YAML, with the check's messages and
    guards: a recursive alias, nesting hundreds deep), then as the round trip does."""
    name = path.relative_to(root).as_posix()
    _, problems = read(path, root)
    if errors := [str(problem) for problem in problems if problem.level is Level.ERROR]:
        raise _Unreadable(errors)
    raw = path.read_bytes().decode("utf-8")  # not read_text: it would turn CRLF into LF unseen
    bom, text = raw.startswith("\ufeff"), raw.removeprefix("\ufeff")
    crlf = "\r\n" in text
    text = text.replace("\r\n", "\n")
    try:
        data = _yaml(_INDENTS[0]).load(text)
    except MarkedYAMLError as error:  # what the check's reader let through and the round trip does not
        mark = error.problem_mark or error.context_mark
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise _Unreadable([f"{name}{where}: de YAML-opmaak klopt niet (verwacht geldige YAML)"]) from None
    except (YAMLError, RecursionError):
        raise _Unreadable([f"{name}: de YAML-opmaak klopt niet (verwacht geldige YAML)"]) from None
    file = _File(path, text, None, crlf, bom)
    if isinstance(data, CommentedMap):
        file.indent = next((indent for indent in _INDENTS if _dump(file, data, indent) == text), None)
        file.before = text if file.indent else _dump(file, data)
    return file, data


def _dump(file: _File, data: Any, indent: tuple[int, int, int] | None = None) -> str:
    """The YAML text of `data` in the file's own indentation (or the given one); without BOM and CRLF."""
    if indent is None and file.indent is None:  # the setting closest to the file as it was
        outputs = [_dump(file, data, option) for option in _INDENTS]
        return max(outputs, key=lambda out: difflib.SequenceMatcher(None, out, file.text).ratio())
    out = io.StringIO()
    _yaml(indent or file.indent or _INDENTS[0]).dump(data, out)
    return out.getvalue()


def _write(file: _File, text: str) -> None:
    """Replace the file at once (never half written), keeping its byte order mark and line ends."""
    text = ("\ufeff" if file.bom else "") + (text.replace("\n", "\r\n") if file.crlf else text)
    temporary = file.path.with_name(file.path.name + ".migreer")
    temporary.write_bytes(text.encode("utf-8"))
    os.chmod(temporary, stat.S_IMODE(file.path.stat().st_mode))
    os.replace(temporary, file.path)
