"""The UiTdatabank record's round trip through the published site, run as the publishing job runs it.

`make uitdatabank SITE_DIR=site` (a new Huis's Makefile, from the template) after each build: curl
fetches the record from the live site, here an https server on 127.0.0.1 with a certificate made for
this test (curl trusts it through CURL_CA_BUNDLE; the Makefile allows https only), the engine sends
what changed to the stand-in Entry API and puts the record into the built site, and "deploying" copies
that site to what the server serves. No site is built: `make publish` would only add pages. A run
without credentials (the record published again, unchanged) is test_uitdatabank_record.py's, in-process.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.feeds.test_uitdatabank import MINIMAL, TODAY
from tests.feeds.test_uitdatabank_send import EntryApi

ROOT = Path(__file__).resolve().parents[2]
VENV = Path(sys.executable).parent.parent
ON_SITE = Path("open-data") / "uitdatabank" / "verzonden.json"


class LiveSite(ThreadingHTTPServer):
    """The published site: serves the folder `live` over https and keeps the paths asked for."""

    def __init__(self, live: Path, certificate: Path, key: Path) -> None:
        super().__init__(("127.0.0.1", 0), functools.partial(Quiet, directory=str(live)))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(certificate, key)
        self.socket = context.wrap_socket(self.socket, server_side=True)
        self.asked: list[str] = []


class Quiet(SimpleHTTPRequestHandler):
    server: LiveSite

    def log_message(self, *args: object) -> None:
        self.server.asked.append(self.path)


def _serve(server: ThreadingHTTPServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return thread


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, valid for a day."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        + ["-keyout", str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1"]
        + ["-addext", "subjectAltName=IP:127.0.0.1"],
        check=True,
        capture_output=True,
        timeout=30,
    )
    return cert, key


@pytest.fixture
def servers(tmp_path: Path, certificate: tuple[Path, Path]) -> Iterator[tuple[LiveSite, EntryApi]]:
    (tmp_path / "live").mkdir()
    site, api = LiveSite(tmp_path / "live", *certificate), EntryApi()
    for server in (site, api):
        _serve(server)
    yield site, api
    for server in (site, api):
        server.shutdown()
        server.server_close()


@pytest.fixture
def huis(tmp_path: Path, servers: tuple[LiveSite, EntryApi]) -> Path:
    """MINIMAL with the template's Makefile (the test's virtual environment stands in for the Huis's)."""
    root = tmp_path / "huis"
    shutil.copytree(MINIMAL, root)
    activities = root / "partners" / "bib-noorddorp" / "activiteiten.yml"
    text = activities.read_text("utf-8").replace(
        "titel: Babyspel\n", "titel: Babyspel\n    soort: spel-en-ontmoeting\n"
    )
    activities.write_text(text, "utf-8")
    shutil.copy2(ROOT / "zondermuren" / "sjabloon" / "huis" / "Makefile", root / "Makefile")
    (root / "requirements.txt").write_text("", "utf-8")
    (root / "geinstalleerd").touch()  # newer than requirements.txt: make installs nothing
    port = servers[0].server_address[1]
    (root / "mkdocs.yml").write_text(f"site_name: Huis\nsite_url: https://127.0.0.1:{port}/\n", "utf-8")
    return root


def _run(huis: Path, api: EntryApi, certificate: Path) -> str:
    """One publishing run after its build: a fresh site/ folder, `make uitdatabank`, then deploy it."""
    shutil.rmtree(huis / "site", ignore_errors=True)
    (huis / "site").mkdir()
    (huis / "site" / "index.html").write_text("<!doctype html><title>Huis</title>\n", "utf-8")
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(huis),
        "CURL_CA_BUNDLE": str(certificate),
        "ZONDERMUREN_TODAY": TODAY.isoformat(),
        "UITDATABANK_API": api.url,
        "UITDATABANK_ACCOUNT": api.url,
        "UITDATABANK_CLIENT_ID": "huis",
        "UITDATABANK_CLIENT_SECRET": "geheim",
    }
    command = ["make", "--no-print-directory", "uitdatabank", "SITE_DIR=site", f"VENV={VENV}", "STAMP=geinstalleerd"]
    result = subprocess.run(command, cwd=huis, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    live = huis.parent / "live"  # deploy: the built site replaces the live one
    shutil.rmtree(live)
    shutil.copytree(huis / "site", live)
    return result.stdout


@pytest.mark.slow  # make, curl and two TLS servers, three runs: seconds of processes (`make test` runs it)
def test_the_record_goes_round_through_the_published_site(huis, servers, certificate):
    site, api = servers
    cert = certificate[0]
    # The first run with credentials: nothing online yet (404), so everything is created.
    said = _run(huis, api, cert)
    assert "UiTdatabank: 4 nieuw, 0 bijgewerkt, 0 ongewijzigd; het register staat in site/open-data/" in said
    assert [method for method, _ in api.calls] == ["POST"] * 4 and api.invalid == []
    first = json.loads((huis.parent / "live" / ON_SITE).read_text("utf-8"))
    assert len(first["plaatsen"]) == 2 and len(first["evenementen"]) == 2
    # Asked for at its stable address, with a query no cache has seen.
    assert site.asked[0].startswith("/open-data/uitdatabank/verzonden.json?na=")

    # One title changes: the next run finds the record online and updates exactly that event in UiT.
    api.calls.clear()
    activities = huis / "partners" / "bib-noorddorp" / "activiteiten.yml"
    activities.write_text(activities.read_text("utf-8").replace("nl: Voorleesuur", "nl: Voorleesuurtje"), "utf-8")
    said = _run(huis, api, cert)
    assert "UiTdatabank: 0 nieuw, 1 bijgewerkt, 3 ongewijzigd;" in said
    (changed,) = [key for key, entry in first["evenementen"].items() if f"/events/{entry['uit']}" == api.calls[0][1]]
    assert api.calls == [("PUT", f"/events/{first['evenementen'][changed]['uit']}")]
    last = json.loads((huis.parent / "live" / ON_SITE).read_text("utf-8"))
    assert {k: v["uit"] for k, v in last["evenementen"].items()} == {
        k: v["uit"] for k, v in first["evenementen"].items()
    }
    assert last["evenementen"][changed]["inhoud"] != first["evenementen"][changed]["inhoud"]
    assert last["plaatsen"] == first["plaatsen"]
