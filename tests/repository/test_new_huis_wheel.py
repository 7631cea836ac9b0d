"""The issue's whole road, offline: the engine's wheel, `zondermuren nieuw` from it into an empty folder, and
that folder's own `make site` and `make test`, the engine taken from the wheel through PIP_FIND_LINKS.

The one slow test of the new-Huis tests (about a minute: installing, two builds of a tiny Huis with print).
The engine comes from the wheel only: the new Huis's virtual environment gets the engine's dependencies
as test_wheel.py does (uv, from its cache or the package index: a fresh CI machine has an empty cache),
and its Makefile's `pip install -r requirements.txt` finds `zondermuren==<version>` only in the wheel's
folder (PIP_NO_INDEX).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from tests.repository.conftest import UV, install_wheel, run
from zondermuren import release

pytestmark = pytest.mark.build

TODAY = "2026-11-22"


def test_a_new_huis_from_the_wheel_builds_with_make_site_and_passes_make_test(engine_wheel: Path, tmp_path: Path):
    venv = tmp_path / "motor"  # the engine from the wheel, as a coordinator's `pip install zondermuren` gives it
    run([UV, "venv", "--quiet", "--python", sys.executable, str(venv)], tmp_path)
    install_wheel(engine_wheel, venv / "bin" / "python", tmp_path)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "ZONDERMUREN_SITE_URL")}
    env |= {"ZONDERMUREN_TODAY": TODAY, "NO_MKDOCS_2_WARNING": "1", "ZONDERMUREN_CACHE": str(tmp_path / "cache")}

    started = time.monotonic()
    said = run(
        [str(venv / "bin" / "zondermuren"), "nieuw", "huis-van-drie", "--naam", "Huis van het Kind Drie Dorpen"]
        + ["--gemeenten", "Nieuwdorp 9990; Oudveld 9991 9992; Sint-Amand 9993", "--talen", "nl,fr,ar"]
        + ["--email", "info@drie-dorpen.example.org", "--eigenaar", "drie-dorpen"],
        tmp_path,
        env,
    )
    new_seconds = time.monotonic() - started
    assert "Klaar: een nieuw Huis in" in said
    huis = tmp_path / "huis-van-drie"
    assert (huis / "requirements.txt").read_text("utf-8").endswith(f"zondermuren=={release.VERSION}\n")

    # The Huis's own virtual environment: its dependencies (not the engine) from uv's cache, then its
    # Makefile adds pip and installs requirements.txt, the engine from the wheel's folder only.
    own = huis / ".venv"
    run([UV, "venv", "--quiet", "--python", sys.executable, str(own)], tmp_path)
    install_wheel(engine_wheel, own / "bin" / "python", tmp_path)
    run([UV, "pip", "uninstall", "--quiet", "--python", str(own / "bin" / "python"), "zondermuren"], tmp_path)
    make_env = env | {
        "PIP_FIND_LINKS": str(engine_wheel.parent),
        "PIP_NO_INDEX": "1",
        "PYTHON": sys.executable,
    }
    started = time.monotonic()
    log = run(["make", "site"], huis, make_env, timeout=900)
    site_seconds = time.monotonic() - started
    where = run([str(own / "bin" / "python"), "-c", "import zondermuren; print(zondermuren.__file__)"], huis, env)
    assert Path(where.strip()).is_relative_to(own), f"the engine came from {where}, not from the wheel"
    assert "In orde: 1 partners, 1 activiteiten." in log
    site = huis / "site"
    for language in ("", "fr/", "ar/"):
        assert (site / language / "index.html").is_file(), language
    assert (site / "kalender" / "index.html").is_file()
    assert sorted(p.name for p in (site / "feeds").glob("*.ics"))
    posters = sorted(site.glob("drukwerk/**/affiche-*.pdf"))
    assert posters and all(p.read_bytes().startswith(b"%PDF") for p in posters)

    tested = run(["make", "test"], huis, make_env, timeout=900)
    assert "Ran 2 tests" in tested and "OK" in tested
    print(
        f"\nzondermuren nieuw: {new_seconds:.1f} s; make site (install + check + build with print): {site_seconds:.1f} s"
    )
