"""The live preview's latency: from a fiche's write to the page that shows it, under `mkdocs serve`.

For each of --runs saves: change the Dutch description of one fiche, ask for its partner page (in
the default language) until it shows the change, then count the builds that save caused over a
window of one more build time plus the watcher's delay. Print is off, as `make serve` has it.

Then the save that fixes an error: a save that breaks the fiche (a misspelt field, which `zondermuren
check` rejects), waited for until the page shows the problem list (ERROR_PAGE, the heading of
adapter/templates/fouten.html.j2), and the save that fixes it (the field gone, one more sentence):
timed from its write until the page shows that sentence and no problem list.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from bench.report import median
from testkit.huizen import generate
from testkit.serving import Preview  # the serve test's driver: one way to count builds

ERROR_PAGE = "De bronbestanden bevatten fouten"  # the problem list's heading (adapter/templates/fouten.html.j2)
MISSPELT = "beschrijvingg"  # not a field of a fiche: `zondermuren check` says so, with "bedoelde je 'beschrijving'?"


def save(fiche: Path, marker: str, broken: bool = False) -> None:
    """A partner's edit: the Dutch description gets one more sentence; `broken`: and a misspelt field."""
    data = yaml.safe_load(fiche.read_text("utf-8"))
    data.pop(MISSPELT, None)
    if broken:
        data[MISSPELT] = marker
    description = data["beschrijving"]
    if isinstance(description, dict):
        description["nl"] = f"{description['nl']} {marker}"
    else:
        data["beschrijving"] = f"{description} {marker}"
    generate.write_yaml(fiche, data, "../../schema/fiche.schema.json")


def shows(text: str) -> Callable[[str], bool]:
    """The page shows `text` (a function of the page's body, for Preview.wait_for)."""
    return lambda body: text in body


def measure(project: Path, env: dict[str, str], log: Path, runs: int) -> dict[str, Any]:
    """Median save-to-page seconds and builds per save over `runs` saves of the first fiche."""
    fiche = sorted((project / "partners").glob("*/fiche.yml"))[0]
    page = f"partners/{fiche.parent.name}/"
    log.parent.mkdir(parents=True, exist_ok=True)
    server = Preview(project, env, log)
    latencies: list[float] = []
    builds: list[int] = []
    try:
        server.wait_ready(timeout=900)
        server.wait_for(page, lambda body: "</html>" in body, timeout=60)
        for run in range(runs):
            marker = f"Bewaring {run + 1} van de meting."
            before = server.builds()
            save(fiche, marker)
            written = time.monotonic()
            server.wait_for(page, shows(marker), timeout=600)
            latencies.append(time.monotonic() - written)
            builds.append(server.settle(before))
        broken, fixed = fix_latency(server, fiche, page)
    finally:
        server.stop()
    return {
        "latency_s": median(latencies),
        "latencies_s": latencies,
        "builds_per_save": median([float(b) for b in builds]),
        "builds": builds,
        "build_s": median(server.build_seconds()[1:]),  # MkDocs' own figure, rebuilds only
        "error_shown_s": broken,
        "fixed_s": fixed,
    }


def fix_latency(server: Preview, fiche: Path, page: str) -> tuple[float, float]:
    """Seconds from the breaking save to the problem list, and from the fixing save to the fixed page."""
    save(fiche, "Bewaring met een fout.", broken=True)
    written = time.monotonic()
    server.wait_for(page, lambda body: ERROR_PAGE in body and MISSPELT in body, timeout=600)
    broken = time.monotonic() - written
    marker = "Bewaring die de fout herstelt."
    save(fiche, marker)
    written = time.monotonic()
    server.wait_for(page, lambda body: marker in body and ERROR_PAGE not in body, timeout=600)
    return broken, time.monotonic() - written
