"""The record of what was published: read from the Huis's git history, never written by the build.

Calendar apps update an event they already have only when its SEQUENCE rises and LAST-MODIFIED
changes (RFC 5545 3.8.7.4). Both must come out the same in every checkout of the same commit, with
nothing stored beside the sources (CI may not push), so they are derived from history: walking
the first-parent line of `main` (each merge is one publication), each event's digest of what
families see of it (dates, hours, place, title, status) is compared from commit to commit; every
change counts one SEQUENCE, at the commit's time. Uncommitted edits count once more, at the
build's day. The same walk lists every id ever published (partners, locations, activities), which
the checks need to tell a rename from a new item: those count only for commits built for this
Huis, never the example's (`builtfor`), so a new Huis starts without a warning for every example
partner it replaced. A fiche that does not read now (a syntax error) keeps its last readable
version in the record: it is unreadable, not gone.

Digests come from the YAML as written, before the example's demo shift, so moving "today" alone
changes nothing. Where there is no history (a copied folder, a shallow clone, no git), every
event has SEQUENCE 0 and the build's day; `Published.origin` says why.

Git is read by `gitlog` (offline, fiches only, each blob sized before it is read); what it passes
over in a commit (a submodule, a huge file, a date out of range) becomes one warning for `check`,
and the rest of the history still counts. Results are cached per commit in the build cache, so a
nightly build walks only the new commits.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zondermuren.problems import Problem
from zondermuren.recurrence import BRUSSELS
from zondermuren.sources.parsing.documents import MAX_FILE_BYTES
from zondermuren.sources.record import builtfor, digests, gitlog, shared
from zondermuren.sources.record.digests import event_key
from zondermuren.sources.record.gitlog import FICHE, Odd

__all__ = ["Published", "event_key", "published"]

# 4: what was passed over is kept, and no time past the year 9999 (a version 3 cache may hold one).
# 5: the example's ids and the settings files (for which address each commit was built).
# 6: a regional pool's copy in partners/_regio/ (`shared`): a version 5 cache walked past it.
_CACHE_VERSION = 6


@dataclass
class Changes:
    sequence: int  # changes since first published
    modified: int  # Unix time of the last change (0: unknown, the build's day stands in)


@dataclass
class Published:
    """Per event key (`first id`, or `first id/date` for one date of it): how often it changed, when."""

    revisions: dict[str, Changes] = field(default_factory=dict)
    ids: dict[str, set[str]] = field(default_factory=lambda: {"partner": set(), "locatie": set(), "activiteit": set()})
    origin: str = "git"  # or why there is no history
    digests: dict[str, str] = field(default_factory=dict)  # as of the last commit walked
    # What the site had before the latest change ('kind:id' -> ids_of's facts), and now: what
    # a change (a commit, a pull request, an edit not yet committed) made disappear.
    before: dict[str, dict[str, str]] = field(default_factory=dict)
    now: dict[str, dict[str, str]] = field(default_factory=dict)
    changed: int = 0  # Unix time the partners' files last changed (0: unknown)
    odd: list[Odd] = field(default_factory=list)  # what the walk passed over, commit by commit
    example: set[str] = field(default_factory=set)  # 'kind:id' seen in the example's commits: never this Huis's
    problems: list[Problem] = field(default_factory=list)  # the same, as warnings for `check`

    @property
    def changed_on(self) -> dt.date | None:
        """The day the partners' data last changed: what "stand van" on a booklet means."""
        return dt.datetime.fromtimestamp(self.changed, BRUSSELS).date() if self.changed else None

    def vanished(self) -> dict[str, dict[str, str]]:
        return {key: facts for key, facts in self.before.items() if key not in self.now}

    def revision(self, key: str) -> tuple[int, dt.datetime | None]:
        found = self.revisions.get(key)
        if found is None or self.origin != "git":
            return 0, None
        return found.sequence, dt.datetime.fromtimestamp(found.modified, dt.UTC) if found.modified else None


@dataclass
class _State:
    fiches: dict[str, Any] = field(default_factory=dict)
    activities: dict[str, Any] = field(default_factory=dict)
    settings: dict[str, str | None] = field(default_factory=dict)  # huis.yml, mkdocs.yml as text

    def put(self, slug: str, name: str, data: Any) -> None:
        target = self.fiches if name == FICHE else self.activities
        if data is None:
            target.pop(slug, None)
        else:
            target[slug] = data


def _step(record: Published, state: _State, time: int, env: Mapping[str, str]) -> None:
    """Compare one state of the Huis with the previous one: count every changed event.

    SEQUENCE counts every commit (a higher number never hurts a calendar); what has a page counts
    only for this Huis's own commits, without the example's ids (`builtfor`)."""
    fiches, activities, folders = shared.view(state.fiches, state.activities, state.settings)
    now = digests.digests(fiches, activities)
    for key, digest in now.items():
        before = record.digests.get(key)
        if before is None and key not in record.revisions:
            record.revisions[key] = Changes(0, time)
        elif before != digest:
            old = record.revisions.get(key, Changes(-1, time))
            record.revisions[key] = Changes(old.sequence + 1, time)
    ids = digests.ids_of(fiches, activities)
    for facts in ids.values():
        if facts["partner"] in folders:  # a shared partner: its files are in the copy (`former` names them)
            facts["map"] = folders[facts["partner"]]
    for key in ids:
        kind, _, found = key.partition(":")
        record.ids[kind].add(found)
    if builtfor.example_data(state.settings):
        record.example |= ids.keys()
    here = builtfor.published_here(state.settings, env)
    ids = {key: facts for key, facts in ids.items() if here and key not in record.example}
    if now != record.digests or ids.keys() != record.now.keys():
        record.before, record.now = record.now, ids
    record.digests = now


def _working_tree(root: Path, committed: _State) -> _State:
    """The sources as they are now; a file that does not read (a syntax error, too big: `check`
    says so) stands as its last committed version, as on the site: unreadable is not gone."""
    state = _State(settings={name: _text(root / name) for name in gitlog.SETTINGS})
    partners = root / "partners"
    paths = sorted(partners.glob("*/*.yml")) + sorted(partners.glob(f"{shared.FOLDER}/*/*/*.yml"))
    for path in paths:
        where = gitlog.split(path.relative_to(root).as_posix())  # the same keys as the history's
        if where is None or not path.is_file() or path.is_symlink():
            continue
        key, name = where
        data = None
        if path.stat().st_size <= MAX_FILE_BYTES:  # never loaded when bigger
            data = digests.load(path.read_text("utf-8", "replace"))
        if data is None:
            data = (committed.fiches if name == FICHE else committed.activities).get(key)
        state.put(key, name, data)
    return state


def _text(path: Path) -> str | None:
    try:
        return path.read_text("utf-8", "replace") if path.is_file() and path.stat().st_size <= MAX_FILE_BYTES else None
    except OSError:
        return None


def _without_history(why: str) -> Published:
    """No record: every event at SEQUENCE 0 on the build's day, nothing known to have vanished."""
    return Published(origin=why)


def published(root: Path, today: dt.date, cache_dir: Path | None = None, site_url: str | None = None) -> Published:
    """The record for the sources in `root` as they are now (committed or not).

    `site_url`: the address this build is for (options.site_url); None when not known (a form's run)."""
    env = _variable(root, site_url)
    try:
        top = Path(gitlog.git(root, "rev-parse", "--show-toplevel").decode().strip()).resolve()
        shallow = gitlog.git(root, "rev-parse", "--is-shallow-repository").decode().strip() == "true"
        head = gitlog.git(root, "rev-parse", "HEAD").decode().strip()
    except (OSError, subprocess.SubprocessError):
        return _without_history("geen git-geschiedenis (geen git, of een map zonder .git)")
    if top != root.resolve():
        return _without_history(f"de Huis-map is niet de hoofdmap van de git-repository ({top})")
    if shallow:
        return _without_history("een ondiepe kloon (haal de hele geschiedenis op: fetch-depth: 0)")
    record, state, last = _cached(cache_dir, root, env)
    try:
        if last != head:
            for commit in gitlog.commits(root, last):
                for slug, name, data in commit.changes:
                    state.put(slug, name, data)
                state.settings.update(commit.settings)
                # A date no calendar can show: the changes count at the commit before's time (0: unknown).
                time = record.changed if commit.time is None else commit.time
                _step(record, state, time, env)
                if commit.partners:  # a change of address alone is no change of the partners' data
                    record.changed = time
                record.odd += commit.odd
            _store(cache_dir, root, record, state, head, env)
        shown = gitlog.timestamp(gitlog.git(root, "log", "-1", "--format=%ct", "HEAD").decode().strip())
        committed = record.changed if shown is None else shown
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        return _without_history("de git-geschiedenis kon niet gelezen worden")
    record.problems = gitlog.problems(record.odd, root)
    # Uncommitted edits count once, on the build's day (and never before the last commit).
    midnight = int(dt.datetime.combine(today, dt.time(), dt.UTC).timestamp())
    tree = _working_tree(root, state)
    if (tree.fiches, tree.activities) != (state.fiches, state.activities):
        record.changed = max(committed + 1, midnight)
    _step(record, tree, max(committed + 1, midnight), env)
    return record


def _variable(root: Path, site_url: str | None) -> Mapping[str, str]:
    """The workflow variable as the build got it: the address, when it is not mkdocs.yml's own
    (only the command line and MkDocs' events read the environment; see options)."""
    written = builtfor.address(_text(root / builtfor.MKDOCS), {})
    if not site_url or (written or "").rstrip("/") == site_url.rstrip("/"):
        return {}
    return {builtfor.VARIABLE: site_url}


def _cache_file(cache_dir: Path | None, root: Path, environ: Mapping[str, str]) -> Path | None:
    """One record per Huis folder and address variable: which commits count depends on both."""
    if cache_dir is None:
        return None
    address = environ.get(builtfor.VARIABLE, "")
    name = hashlib.sha1(f"{root.resolve()}\n{address}".encode()).hexdigest()[:12]
    return cache_dir / f"gepubliceerd-{name}.json"


def _cached(cache_dir: Path | None, root: Path, environ: Mapping[str, str]) -> tuple[Published, _State, str | None]:
    """The record as of a commit walked before, when that commit is still in the line of HEAD."""
    path = _cache_file(cache_dir, root, environ)
    try:
        saved = json.loads(path.read_text("utf-8")) if path else None
        if saved and saved["version"] == _CACHE_VERSION:
            gitlog.git(root, "merge-base", "--is-ancestor", saved["commit"], "HEAD")
            record = Published(
                revisions={k: Changes(*v) for k, v in saved["revisions"].items()},
                ids={k: set(v) for k, v in saved["ids"].items()},
                digests=saved["digests"],
                before=saved["before"],
                now=saved["now"],
                changed=saved["changed"],
                odd=[Odd(*item) for item in saved["odd"]],
                example=set(saved["example"]),
            )
            return record, _State(saved["fiches"], saved["activities"], saved["settings"]), saved["commit"]
    except (OSError, ValueError, KeyError, TypeError, subprocess.SubprocessError):
        pass
    return Published(), _State(), None


def _store(
    cache_dir: Path | None, root: Path, record: Published, state: _State, head: str, environ: Mapping[str, str]
) -> None:
    path = _cache_file(cache_dir, root, environ)
    if path is None:
        return
    saved = {
        "version": _CACHE_VERSION,
        "commit": head,
        "revisions": {k: [r.sequence, r.modified] for k, r in record.revisions.items()},
        "ids": {k: sorted(v) for k, v in record.ids.items()},
        "digests": record.digests,
        "before": record.before,
        "now": record.now,
        "changed": record.changed,
        "odd": [[o.commit, o.kind, o.path, o.found] for o in record.odd],
        "fiches": state.fiches,
        "activities": state.activities,
        "settings": state.settings,
        "example": sorted(record.example),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".tmp")
    partial.write_text(json.dumps(saved, ensure_ascii=False), "utf-8")
    partial.replace(path)
