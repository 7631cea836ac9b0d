"""One build as the benchmark runs it: a fixed day, `mkdocs build --strict` in a subprocess, timed.

Shared by bench/run.py (the sizes) and bench/clash_scale.py (the pile-up), which used to import it
from each other (a circle); both now import it from here.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from pathlib import Path
from typing import Any

from bench.measure import timed
from testkit.huizen import generate

TODAY = generate.TODAY.isoformat()
BIN = Path(sys.executable).parent
PRINTED = re.compile(r"drukwerk (\d+) gemaakt, (\d+) uit de cache \(([\d.]+) s\)")


def environment() -> dict[str, str]:
    epoch = int(dt.datetime.combine(generate.TODAY, dt.time(), dt.UTC).timestamp())
    return {
        **os.environ,
        "ZONDERMUREN_TODAY": TODAY,
        "SOURCE_DATE_EPOCH": str(epoch),  # what our hook sets: the baseline's sitemaps get the same date
        "NO_MKDOCS_2_WARNING": "1",
    }


def mkdocs_build(project: Path, log: Path, with_print: bool = True, site_url: str = "") -> dict[str, Any]:
    """One build; with print, also the print items drawn and reused and the seconds print took."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict"]
    env = environment() | ({} if with_print else {"ZONDERMUREN_DRUKWERK": "uit"})
    if site_url:
        env["ZONDERMUREN_SITE_URL"] = site_url
    timing = timed(command, project, env, log).as_dict()
    found = PRINTED.search(log.read_text("utf-8", errors="replace"))
    drawn, reused, seconds = (int(found[1]), int(found[2]), float(found[3])) if found else (0, 0, 0.0)
    return timing | {"print_drawn": drawn, "print_reused": reused, "print_s": seconds}
