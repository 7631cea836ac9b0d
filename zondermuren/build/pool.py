"""`zondermuren regio check [<map>]`: a regional pool checked on its own, for its pull requests (docs/regio.md).

A pool is shaped like a Huis's partners/ plus pool.yml, and its fiches must pass every check a Huis's
partners pass, with the same Dutch messages. So the check is a Huis's check: pool.yml first (its schema,
sources/region.py), then a stand-in Huis in a temporary folder whose municipalities are the pool's own
`gemeenten` and whose partners are copies of the pool's folders, read by `reading.check`. Every problem
is then named at the pool's own file (caw-oost/fiche.yml, not partners/caw-oost/fiche.yml). A pool fiche
may leave `betrokkenheid` out (each Huis sets its own): the stand-in gets one at the end of its copy,
after the last line, so every line the check names is the pool's line.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import shutil
import tempfile
from pathlib import Path

from zondermuren.problems import Level, Problem
from zondermuren.sources import reading
from zondermuren.sources.parsing.documents import read
from zondermuren.sources.parsing.layout import PARTNERS
from zondermuren.sources.region import POOL, pool_problems

_PARTNERS = f"{PARTNERS}/"
_IN_TEXT = re.compile(r"\bpartners/(?=[a-z0-9])")  # a partner's path in a message or hint
_STAND_IN = "huis.yml"  # the stand-in Huis's settings: made here, never the pool's
_INVOLVEMENT = "kernpartner"  # a valid level for the stand-in only: each Huis sets its own


def check_pool(folder: Path, today: dt.date) -> list[Problem]:
    """Every problem of the pool in `folder`, by its path in the pool; never raises for the pool's files."""
    if not (folder / POOL).is_file():
        message = f"{POOL} ontbreekt (verwacht de beschrijving van de pool in {folder / POOL}, gevonden niets)"
        return [Problem(POOL, 1, 1, "", message, "zie docs/regio.md: naam, regio, beheerders en gemeenten")]
    pool, found = read(folder / POOL, folder)
    if pool is not None and not isinstance(pool.data, dict):
        found.append(Problem(POOL, 1, 1, "", f"{POOL} is leeg (verwacht naam, regio, beheerders en gemeenten)"))
    if pool is None or not isinstance(pool.data, dict):
        return found
    found += pool_problems(pool)
    if any(p.level is Level.ERROR for p in found):
        return found  # without the municipalities, the fiches cannot be checked against them
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary) / "pool"
        _stand_in(folder, root, pool.data)
        sources = reading.check(root, today)
    # The stand-in's own settings are ours: a warning about them (no logo, ...) says nothing of the pool.
    return found + [_at_pool(p) for p in sources.problems if p.file != _STAND_IN or p.level is Level.ERROR]


def _stand_in(folder: Path, root: Path, pool: dict) -> None:
    """A Huis with the pool's municipalities and its partners' folders (links kept: the check refuses them)."""
    (root / "partners").mkdir(parents=True)
    municipalities = [{k: m[k] for k in ("id", "naam", "postcodes")} for m in pool["gemeenten"]]
    settings = {
        "naam": pool["regio"],
        "gemeenten": municipalities,
        "talen": ["nl"],
        "contact": {"email": "pool@example.org"},  # required of a Huis; never shown
    }
    (root / _STAND_IN).write_text(json.dumps(settings, ensure_ascii=False), "utf-8")  # JSON is YAML
    for partner in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")):
        shutil.copytree(partner, root / "partners" / partner.name, symlinks=True)
        fiche = root / "partners" / partner.name / "fiche.yml"
        if fiche.is_file() and not fiche.is_symlink():
            _with_involvement(fiche)


def _with_involvement(fiche: Path) -> None:
    text = fiche.read_text("utf-8", "replace")
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if any(line.startswith("betrokkenheid:") for line in lines) or (lines and lines[0].lstrip().startswith("{")):
        return  # its own level, or a flow mapping a line cannot be added to (the schema tells what is wrong)
    fiche.write_text(text.rstrip("\n") + f"\nbetrokkenheid: {_INVOLVEMENT}\n", "utf-8")


def _at_pool(problem: Problem) -> Problem:
    """partners/<slug>/... in the stand-in is <slug>/... in the pool; partners/ itself is the pool's folder."""
    file = problem.file
    if file == _STAND_IN:  # never with a pool.yml its schema accepted: said, not hidden
        return Problem(POOL, 1, 1, "", f"de pool kon niet als Huis gecontroleerd worden ({problem})")
    if file.startswith(_PARTNERS):
        file = file.removeprefix(_PARTNERS) or "./"
    message, hint = _IN_TEXT.sub("", problem.message), _IN_TEXT.sub("", problem.hint)
    return dataclasses.replace(problem, file=file, message=message, hint=hint)


__all__ = ["check_pool"]
