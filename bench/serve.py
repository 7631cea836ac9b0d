"""The live preview's latency: from a fiche's write to the page that shows it, under `mkdocs serve`.

For each of --runs saves: change the Dutch description of one fiche, ask for its partner page (in
the default language) until it shows the change, then count the builds that save caused over a
window of one more build time plus the watcher's delay. Print is off, as `make serve` has it.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import yaml

from bench.report import median
from testkit.huizen import generate
from testkit.serving import Preview  # the serve test's driver: one way to count builds


def save(fiche: Path, marker: str) -> None:
    """A partner's edit: the Dutch description gets one more sentence."""
    data = yaml.safe_load(fiche.read_text("utf-8"))
    description = data["beschrijving"]
    if isinstance(description, dict):
        description["nl"] = f"{description['nl']} {marker}"
    else:
        data["beschrijving"] = f"{description} {marker}"
    generate.write_yaml(fiche, data, "../../schema/fiche.schema.json")


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
            server.wait_for(page, lambda body, m=marker: m in body, timeout=600)
            latencies.append(time.monotonic() - written)
            builds.append(server.settle(before))
    finally:
        server.stop()
    return {
        "latency_s": median(latencies),
        "latencies_s": latencies,
        "builds_per_save": median([float(b) for b in builds]),
        "builds": builds,
        "build_s": median(server.build_seconds()[1:]),  # MkDocs' own figure, rebuilds only
    }
