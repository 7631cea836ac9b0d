"""Spreading independent work over the machine's cores (a Huis's languages render independently).

Forked workers inherit the loaded Huis, so nothing large is pickled: only the group of languages
goes in and file names come back. Where fork is not available, the groups run one after another.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from typing import Any

_job: Callable[[Any], Any] | None = None


def _run(group: Any) -> Any:
    assert _job is not None
    return _job(group)


def split(items: Sequence[Any], parts: int) -> list[list[Any]]:
    """Deal items round-robin into at most `parts` non-empty groups."""
    groups = [list(items[start::parts]) for start in range(min(parts, len(items)))]
    return [group for group in groups if group]


def map_groups(job: Callable[[Any], Any], groups: list[Any]) -> list[Any]:
    """Run `job` on each group, one forked worker per group (split into as many groups as workers)."""
    global _job
    workers = len(groups)
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [job(group) for group in groups]
    _job = job
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            return pool.map(_run, groups)
    finally:
        _job = None
