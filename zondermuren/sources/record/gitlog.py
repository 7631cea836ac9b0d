"""The Huis's git history as `history` needs it: per commit, which fiches changed and how they read.

Only the first-parent line's changes under partners/ (a regional pool's copy in partners/_regio/
too: a shared cancellation is a commit of this Huis) and to `huis.yml` and `mkdocs.yml` (which say
for which address a commit was built, and which shared partners it took in) are listed (`git log
--raw`), and of those only `fiche.yml`, `activiteiten.yml` and those two settings files up to the
size limit of a fiche are read: every size is asked first (`git cat-file --batch-check`), so a
200 MB file in an old commit is never loaded. What else is odd in a commit (a submodule, a fiche
too big or missing, a date no calendar can show) is passed over and reported once per commit as
an `Odd`; the rest of the history counts.

Git runs as a list of arguments (never a shell line), offline (no transport at all, so not even a
partial clone's lazy fetch reaches the network), on this repository only.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zondermuren import urls
from zondermuren.problems import Level, Problem
from zondermuren.sources.parsing.documents import MAX_FILE_BYTES
from zondermuren.sources.record import digests, shared

FICHE, ACTIVITIES = "fiche.yml", "activiteiten.yml"
SETTINGS = ("huis.yml", "mkdocs.yml")  # read as text: where a commit was built for (see `history`)
_GIT = (
    "git", "-c", "core.fsmonitor=false", "-c", "core.quotepath=false", "-c", "protocol.allow=never", "--no-pager",
)  # fmt: skip
_GITLINK = "160000"
# Git stores any number of seconds; Python, the calendars and the booklets stop at the year 9999
# (a day's margin for the time zone).
LATEST = int(dt.datetime(9999, 12, 30, tzinfo=dt.UTC).timestamp())
_YEAR = 31_556_952  # seconds in an average Gregorian year: enough to name the year found


@dataclass(frozen=True)
class Odd:
    """One thing the walk passed over in one commit."""

    commit: str
    kind: str  # "submodule", "groot", "ontbreekt" or "datum"
    path: str  # the file under partners/ ("" for a date)
    found: str  # as shown to the coordinator: a size, a year


@dataclass
class Commit:
    sha: str
    time: int | None  # Unix time; None when out of range
    changes: list[tuple[str, str, Any]] = field(default_factory=list)  # (slug, file name, YAML; None: deleted)
    settings: dict[str, str | None] = field(default_factory=dict)  # huis.yml / mkdocs.yml -> text (None: gone)
    partners: bool = False  # something under partners/ changed (the day "stand van" means)
    odd: list[Odd] = field(default_factory=list)


def git(root: Path, *args: str, data: bytes | None = None) -> bytes:
    done = subprocess.run([*_GIT, *args], cwd=root, input=data, capture_output=True, check=True, timeout=120)
    return done.stdout


def split(path: str) -> tuple[str, str] | None:
    """(the state's key, file name) of a fiche or activities file: 'partners/<slug>/...' -> the slug; a
    regional pool's copy 'partners/_regio/<pool>/<slug>/...' -> '_regio/<pool>/<slug>' (`shared`)."""
    parts = path.split("/")
    if not parts or parts[0] != "partners" or parts[-1] not in (FICHE, ACTIVITIES):
        return None
    if len(parts) == 3 and parts[1] != shared.FOLDER:
        return parts[1], parts[2]
    if len(parts) == 5 and parts[1] == shared.FOLDER:
        return shared.key(parts[2], parts[3]), parts[4]
    return None


def timestamp(text: str) -> int | None:
    """A commit time as git prints it (`%ct`), or None when no calendar could show it."""
    try:
        value = int(text)
    except ValueError:
        return None
    return value if 0 <= value <= LATEST else None


def commits(root: Path, since: str | None) -> list[Commit]:
    """The first-parent line of HEAD after `since` (touching partners/), oldest first, fiches read."""
    span = f"{since}..HEAD" if since else "HEAD"
    out = git(
        root, "log", "--first-parent", "--diff-merges=first-parent", "--reverse", "--raw", "--no-abbrev",
        "--no-renames", "--format=%x00%H %ct", span, "--", "partners", *SETTINGS,
    ).decode("utf-8", "replace")  # fmt: skip
    found: list[Commit] = []
    wanted: list[tuple[Commit, str, tuple[str, str], str]] = []  # (commit, path, (slug, name), blob) to read
    settings: list[tuple[Commit, str, str]] = []  # (commit, huis.yml or mkdocs.yml, blob) to read as text
    for chunk in out.split("\0")[1:]:
        head, *lines = chunk.strip("\n").split("\n")
        sha, _, raw_time = head.partition(" ")
        commit = Commit(sha, timestamp(raw_time))
        if commit.time is None:
            commit.odd.append(Odd(sha, "datum", "", _year(raw_time)))
        for line in lines:
            meta, tab, path = line.partition("\t")
            fields = meta.split()
            if not line.startswith(":") or not tab or len(fields) < 5:
                continue
            new_mode, blob, status = fields[1], fields[3], fields[4]
            if path in SETTINGS:
                if status.startswith("D") or new_mode == _GITLINK:
                    commit.settings[path] = None
                else:
                    settings.append((commit, path, blob))
                continue
            commit.partners = True
            where = split(path)
            if status.startswith("D"):
                if where:
                    commit.changes.append((*where, None))
            elif new_mode == _GITLINK:
                commit.odd.append(Odd(sha, "submodule", path, ""))  # a commit of another repository: nothing to read
            elif where:
                wanted.append((commit, path, where, blob))
        found.append(commit)
    texts, sizes = _read(root, (blob for *_, blob in wanted), {blob for *_, blob in settings})
    for commit, path, blob in settings:
        commit.settings[path] = texts.get(blob)  # too big or missing: as if it were not there
    for commit, path, where, blob in wanted:
        if blob in texts:
            if texts[blob] is not None:  # a broken file keeps the last good version, as it did on the site
                commit.changes.append((*where, texts[blob]))
        else:
            size = sizes.get(blob)
            commit.odd.append(Odd(commit.sha, "ontbreekt" if size is None else "groot", path, _size(size or 0)))
    return found


def _read(root: Path, blobs: Iterable[str], raw: set[str]) -> tuple[dict[str, Any], dict[str, int | None]]:
    """(parsed YAML of every readable blob, size of every blob; None when missing), two calls to git.

    The blobs in `raw` are given as text, not parsed (mkdocs.yml holds tags such as `!ENV`)."""
    wanted = sorted(set(blobs) | raw)
    if not wanted:
        return {}, {}
    sizes: dict[str, int | None] = {sha: None for sha in wanted}
    listed = git(root, "cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)", data=_lines(wanted))
    for line in listed.decode("ascii", "replace").splitlines():
        sha, kind, shown = (line.split() + ["", ""])[:3]
        if kind == "blob" and shown.isdigit():
            sizes[sha] = int(shown)
    small = [sha for sha, size in sizes.items() if size is not None and size <= MAX_FILE_BYTES]
    parsed: dict[str, Any] = {}
    out = git(root, "cat-file", "--batch", data=_lines(small)) if small else b""
    at = 0
    while at < len(out):
        header_end = out.index(b"\n", at)
        sha, kind, size_text = (out[at:header_end].decode("ascii", "replace").split() + ["", ""])[:3]
        if kind == "blob" and size_text.isdigit():
            size = int(size_text)
            text = out[header_end + 1 : header_end + 1 + size].decode("utf-8", "replace")
            parsed[sha] = text if sha in raw else digests.load(text)
            at = header_end + 1 + size + 1
        else:
            at = header_end + 1  # gone between the two calls: counts as missing
            sizes[sha] = None
    return parsed, sizes


def _lines(shas: list[str]) -> bytes:
    return "".join(f"{sha}\n" for sha in shas).encode()


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB".replace(".", ",") if size >= 1_000_000 else f"{size // 1000} kB"


def _year(raw: str) -> str:
    return f"het jaar {1970 + int(raw) // _YEAR}" if raw.strip().isdigit() else f"'{raw.strip()}'"


def problems(odd: list[Odd], root: Path) -> list[Problem]:
    """One warning per commit and kind of oddity, at the file if it is still there, else at partners/."""
    grouped: dict[tuple[str, str], list[Odd]] = {}
    for item in odd:
        grouped.setdefault((item.commit, item.kind), []).append(item)
    return [_problem(items, root) for items in grouped.values()]


def _problem(items: list[Odd], root: Path) -> Problem:
    first = items[0]
    short = first.commit[:7]
    here = bool(first.path) and (root / first.path).exists()
    shown = f"'{first.path}'" + (f" en nog {len(items) - 1}" if len(items) > 1 else "")
    at = "" if here else f" ({shown})"
    if first.kind == "datum":
        message = (
            "onmogelijke datum in de geschiedenis overgeslagen (verwacht een commitdatum tussen 1970 en 9999, "
            f"gevonden {first.found} in commit {short})"
        )
        hint = "de wijzigingen van die commit tellen mee op de datum van de commit ervoor; zet de klok juist"
    elif first.kind == "submodule":
        message = (
            "submodule in de geschiedenis overgeslagen (verwacht gewone bestanden onder partners/, gevonden een "
            f"submodule {shown} in commit {short})"
        )
        hint = f"haal ze weg: git rm {first.path}" if here else "niets te doen: de rest van de geschiedenis telt mee"
    elif first.kind == "groot":
        message = (
            f"te groot bestand in de geschiedenis overgeslagen (verwacht hoogstens {MAX_FILE_BYTES // 1000} kB, "
            f"gevonden {first.found} in commit {short}{at})"
        )
        hint = "die versie telt niet mee voor de agenda's, de rest van de geschiedenis wel: niets te doen"
    else:
        message = (
            "bestand ontbreekt in de geschiedenis (verwacht de inhoud van het bestand, gevonden niets in commit "
            f"{short}{at})"
        )
        hint = "een gedeeltelijke kloon? haal de hele geschiedenis op, zonder --filter"
    return Problem(first.path if here else urls.partner_folder(), 1, 1, "", message, hint, Level.WARNING)


def ages(root: Path, files: list[str]) -> dict[str, tuple[int, int]]:
    """How new each file is, to tell a copy from its original: (0, last commit time) for a committed
    file, (1, modification time) for one not yet committed (new or changed) or without git at all.
    Asked only for the few files a duplicate concerns; git runs offline, as for the history."""
    found: dict[str, tuple[int, int]] = {}
    try:
        top = Path(git(root, "rev-parse", "--show-toplevel").decode().strip()).resolve()
        if top != root.resolve():  # the Huis in a folder of another repository: paths would differ
            raise OSError(top)
        changed = git(root, "status", "--porcelain", "-z", "--untracked-files=all", "--", *files).decode(
            "utf-8", "replace"
        )
        pending = {entry[3:] for entry in changed.split("\0") if len(entry) > 3}
        for file in files:
            shown = "" if file in pending else git(root, "log", "-1", "--format=%ct", "--", file).decode().strip()
            if shown.isdigit():
                found[file] = (0, int(shown))
    except (OSError, subprocess.SubprocessError):
        pass  # no git: modification times only
    for file in files:
        if file not in found:
            try:
                found[file] = (1, (root / file).stat().st_mtime_ns)
            except OSError:
                found[file] = (1, 0)
    return found
