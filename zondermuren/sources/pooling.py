"""`zondermuren regio bijwerken`: a regional pool's files at a version, copied into a Huis (docs/regio.md).

The copy is partners/_regio/<pool>/: every partner folder of the pool and its pool.yml, with `versie`
set to the version copied; `regio.versie` in huis.yml gets the same value. The pool is read whole
before anything is written (a folder as it is, or a local git repository at a tag with `git archive`),
so a pool that cannot be read changes nothing. Only `versie`'s value is replaced in huis.yml, in the
text itself, at the position the check's reader gives: every comment, quote and blank line stays.
No network: on a runner the workflow clones the pool first (huis-regio.yml).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from zondermuren.problems import Level
from zondermuren.sources.parsing.documents import Document, parse
from zondermuren.sources.region import FOLDER, POOL

SETTINGS = "huis.yml"
_SCALAR = re.compile(r"\"[^\"]*\"|'[^']*'|[^\s#]+")


@dataclass
class PoolUpdate:
    """What `regio bijwerken` did, for the command's Dutch report; `errors`: nothing was written."""

    pool: str = ""
    version: str = ""
    previous: str = ""
    added: list[str] = field(default_factory=list)  # files of the copy, by path from the Huis
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def update(root: Path, pool: Path, version: str | None = None) -> PoolUpdate:
    done = PoolUpdate()
    settings = _document(root / SETTINGS, SETTINGS, done)
    if settings is None:
        return done
    if not isinstance(settings.data, dict) or not isinstance(settings.data.get("regio"), dict):
        done.errors.append(f"{SETTINGS}: geen regio (verwacht regio: met pool, versie en partners; zie docs/regio.md)")
        return done
    with tempfile.TemporaryDirectory() as temporary:
        files = _pool_files(pool, version, Path(temporary), done)
        if files is None:
            return done
        described = _document(files / POOL, f"{pool}/{POOL}", done)
        if described is None:
            return done
        name = described.data.get("naam") if isinstance(described.data, dict) else None
        wanted = settings.data["regio"].get("pool")
        if name != wanted:
            done.errors.append(
                f"{pool}/{POOL}: een andere pool (verwacht naam: {wanted} zoals regio.pool in {SETTINGS}, "
                f"gevonden {name!r})"
            )
            return done
        done.pool = str(name)
        done.version = version or str(described.data.get("versie") or "") or _describe(pool) or "map"
        done.previous = str(settings.data["regio"].get("versie", ""))
        _set_version(files / POOL, described, done.version)
        _replace(root / "partners" / FOLDER / done.pool, files, root, done)
    _write_version(root / SETTINGS, settings, done.version)
    return done


def _document(path: Path, shown: str, done: PoolUpdate) -> Document | None:
    if not path.is_file():
        done.errors.append(f"{shown} ontbreekt (verwacht een bestand)")
        return None
    doc, problems = parse(path.read_text("utf-8"), shown)
    done.errors += [str(p) for p in problems if p.level is Level.ERROR]
    return None if done.errors else doc


def _pool_files(pool: Path, version: str | None, temporary: Path, done: PoolUpdate) -> Path | None:
    """The pool's files in a folder of their own: the folder as it is, or the repository at `version`."""
    if not pool.is_dir():
        done.errors.append(f"{pool}: geen map (verwacht de map of de git-repository van de pool)")
        return None
    target = temporary / "pool"
    if version is None:
        shutil.copytree(pool, target, symlinks=True, ignore=shutil.ignore_patterns(".git"))
    else:
        run = subprocess.run(
            ["git", "-C", str(pool), "archive", "--format=tar", f"{version}^{{tree}}"],
            capture_output=True,
            check=False,
        )
        if run.returncode != 0:
            done.errors.append(f"{pool}: geen versie '{version}' (verwacht een tag of commit van de git-repository)")
            return None
        with tarfile.open(fileobj=io.BytesIO(run.stdout)) as archive:
            archive.extractall(target, filter="data")  # no links out, no absolute paths
    links = sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_symlink())
    if links:
        done.errors.append(
            f"{pool}: snelkoppelingen in de pool (verwacht gewone bestanden, gevonden {', '.join(links)})"
        )
        return None
    return target


def _describe(pool: Path) -> str:
    run = subprocess.run(
        ["git", "-C", str(pool), "describe", "--tags", "--always"], capture_output=True, text=True, check=False
    )
    return run.stdout.strip() if run.returncode == 0 else ""


def _set_version(path: Path, doc: Document, version: str) -> None:
    """The copy's pool.yml says which version it is."""
    text = path.read_text("utf-8")
    if isinstance(doc.data, dict) and "versie" in doc.data:
        path.write_text(_replaced(text, doc.where(("versie",)), version), "utf-8")
    else:
        path.write_text(text.rstrip("\n") + f'\nversie: "{version}"\n', "utf-8")


def _replaced(text: str, where: tuple[int, int], version: str) -> str:
    """The scalar at (line, column) replaced by the version, quoted; the rest of the line as it was."""
    lines = text.split("\n")
    line, column = where[0] - 1, where[1] - 1
    found = _SCALAR.match(lines[line], column)
    end = found.end() if found else column
    lines[line] = lines[line][:column] + f'"{version}"' + lines[line][end:]
    return "\n".join(lines)


def _write_version(path: Path, settings: Document, version: str) -> None:
    path.write_text(_replaced(path.read_text("utf-8"), settings.where(("regio", "versie")), version), "utf-8")


def _tree(folder: Path) -> dict[str, bytes]:
    if not folder.is_dir():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _replace(copy: Path, files: Path, root: Path, done: PoolUpdate) -> None:
    """The copy becomes the pool's files (what the pool no longer has goes), and what changed is listed."""
    before, after = _tree(copy), _tree(files)
    shown = copy.relative_to(root).as_posix()
    done.added = [f"{shown}/{n}" for n in sorted(after.keys() - before.keys())]
    done.removed = [f"{shown}/{n}" for n in sorted(before.keys() - after.keys())]
    done.changed = [f"{shown}/{n}" for n in sorted(after.keys() & before.keys()) if after[n] != before[n]]
    if copy.exists():
        shutil.rmtree(copy)
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(files, copy)


__all__ = ["PoolUpdate", "update"]
