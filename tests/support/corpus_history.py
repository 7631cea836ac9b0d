"""Bad-input corpus, sturdy part two: history. Registered in tests/support/corpus_cases.py (CLASSES, CASES, EXPECTED).

The record of what was published is read from the Huis's git history; the corpus copies the
minimal Huis without git, so each case makes a repository of it whose first commit is odd (a
submodule, a file too big, a date past the year 9999) and whose second commit is the Huis. The
odd commit holds nothing of the fixture, so its id (named in the warning) stays the same when
the fixture changes. tests/sources/test_history_odd.py follows later changes through such histories.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.sources.test_messages import Edit
from tests.support import corpus_cases as base
from tests.support.corpus_cases import Case, c

CLASSES: dict[str, str] = {
    "odd-history": "a submodule, a huge file or an impossible date in git history: one warning naming the commit",
}
base.CLASSES.update(CLASSES)


def _git(root: Path, *args: str, when: str = "2026-11-01T10:00:00Z", data: bytes = b"", index: str = "") -> str:
    # No user or system configuration (signing, another hash): the odd commit's id is the same everywhere.
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    for who in ("AUTHOR", "COMMITTER"):
        env |= {f"GIT_{who}_NAME": "Partner", f"GIT_{who}_EMAIL": "partner@example.org", f"GIT_{who}_DATE": when}
    if index:
        env["GIT_INDEX_FILE"] = index
    done = subprocess.run(["git", *args], cwd=root, env=env, input=data, capture_output=True, check=True)
    return done.stdout.decode().strip()


def first_commit(when: str, *entries: tuple[str, str, bytes]) -> Edit:
    """A repository whose first commit holds only `entries` (mode, path, content; for a submodule
    its commit id), dated `when`, and whose second commit is the Huis as the case leaves it."""

    def edit(root: Path) -> None:
        _git(root, "init", "-q", "-b", "main")
        index = str(root / ".git" / "eerste-index")
        for mode, path, content in entries:
            sha = content.decode() if mode == "160000" else _git(root, "hash-object", "-w", "--stdin", data=content)
            _git(root, "update-index", "--add", "--cacheinfo", f"{mode},{sha},{path}", index=index)
        tree = _git(root, "write-tree", index=index)
        _git(root, "update-ref", "refs/heads/main", _git(root, "commit-tree", tree, "-m", "Eerste", when=when))
        _git(root, "add", "-A")
        _git(root, "commit", "-q", "-m", "De Huis-site")

    return edit


ACTS = "partners/bib-noorddorp/activiteiten.yml"

CASES: list[Case] = [
    c(
        "history-submodule",
        "odd-history",
        first_commit("2026-11-01T10:00:00Z", ("160000", "partners/extern", b"1" * 40)),
    ),
    c("history-big-file", "odd-history", first_commit("2026-11-01T10:00:00Z", ("100644", ACTS, b"#" * 300_000))),
    c(
        "history-year-11476",
        "odd-history",
        first_commit("@300000000000 +0000", ("100644", "partners/LEESMIJ.md", b"Hoi\n")),
    ),
]

EXPECTED: dict[str, tuple[str, ...]] = {
    "history-submodule": (
        "partners/:1:1: submodule in de geschiedenis overgeslagen (verwacht gewone bestanden onder partners/, gevonden een submodule 'partners/extern' in commit dd4766e) — niets te doen: de rest van de geschiedenis telt mee",
    ),
    "history-big-file": (
        "partners/bib-noorddorp/activiteiten.yml:1:1: te groot bestand in de geschiedenis overgeslagen (verwacht hoogstens 250 kB, gevonden 300 kB in commit 58a3575) — die versie telt niet mee voor de agenda's, de rest van de geschiedenis wel: niets te doen",
    ),
    "history-year-11476": (
        "partners/:1:1: onmogelijke datum in de geschiedenis overgeslagen (verwacht een commitdatum tussen 1970 en 9999, gevonden het jaar 11476 in commit 2016c96) — de wijzigingen van die commit tellen mee op de datum van de commit ervoor; zet de klok juist",
    ),
}
