"""`zondermuren uitdatabank --verstuur` against a stand-in for publiq's Entry API, never the real one.

The stand-in (a threading http.server in this test) answers as the Entry API's OpenAPI says:
a token for client credentials, `POST /places` and `POST /events` give a new id (201), `PUT` of an
id it does not know is 404. It validates every body against publiq's schemas, and an event's
place must be one it created. A second send sends exactly what changed.
"""

from __future__ import annotations

import json
import shutil
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.feeds.test_uitdatabank import MINIMAL, SITE, TODAY, errors, validator
from zondermuren import build
from zondermuren.cli import main
from zondermuren.options import Options


class EntryApi(ThreadingHTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.schemas = {"events": validator("event.json"), "places": validator("place.json")}
        self.known: dict[str, set[str]] = {"events": set(), "places": set()}
        self.calls: list[tuple[str, str]] = []
        self.invalid: list[str] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class Handler(BaseHTTPRequestHandler):
    server: EntryApi

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def _answer(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length", 0)))

    def do_POST(self) -> None:
        body = self._body()
        if self.path == "/realms/uitid/protocol/openid-connect/token":
            assert b"grant_type=client_credentials" in body and b"client_secret=geheim" in body
            return self._answer(200, {"access_token": "sleutel", "expires_in": 86400, "token_type": "Bearer"})
        self._write(self.path.strip("/"), None, body)

    def do_PUT(self) -> None:
        kind, _, uit_id = self.path.strip("/").partition("/")
        self._write(kind, uit_id, self._body())

    def _write(self, kind: str, uit_id: str | None, raw: bytes) -> None:
        api = self.server
        api.calls.append((self.command, f"/{kind}" + (f"/{uit_id}" if uit_id else "")))
        if self.headers.get("Authorization") != "Bearer sleutel":
            return self._answer(401, {"title": "Unauthorized"})
        if uit_id is not None and uit_id not in api.known[kind]:
            return self._answer(404, {"type": "https://api.publiq.be/probs/url/not-found", "status": 404})
        document = json.loads(raw)
        found = errors(api.schemas[kind], document)
        if kind == "events":
            place = document["location"]["@id"].rsplit("/", 1)[1]
            if place not in api.known["places"]:
                found.append(f"location: unknown place {place}")
        if found:
            api.invalid += found
            return self._answer(400, {"title": "Invalid body data", "schemaErrors": [{"error": e} for e in found]})
        new = uit_id or str(uuid.uuid4())
        api.known[kind].add(new)
        self._answer(200 if uit_id else 201, {"id": new, "url": f"{api.url}/{kind}/{new}"})


@pytest.fixture
def api() -> Iterator[EntryApi]:
    server = EntryApi()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def huis(tmp_path: Path) -> Path:
    root = tmp_path / "huis"
    shutil.copytree(MINIMAL, root)
    activities = root / "partners" / "bib-noorddorp" / "activiteiten.yml"
    text = activities.read_text("utf-8").replace(
        "titel: Babyspel\n", "titel: Babyspel\n    soort: spel-en-ontmoeting\n"
    )
    activities.write_text(text, "utf-8")
    return root


def _export(root: Path, api: EntryApi) -> build.UitExport:
    loaded = build.load(root, Options(today=TODAY, site_url=SITE))
    return build.uitdatabank_export(loaded, SITE, {"UITDATABANK_API": api.url})


def test_a_second_send_sends_exactly_what_changed(huis, api, tmp_path):
    environ = {
        "UITDATABANK_API": api.url,
        "UITDATABANK_ACCOUNT": api.url,
        "UITDATABANK_CLIENT_ID": "huis",
        "UITDATABANK_CLIENT_SECRET": "geheim",
    }
    record = tmp_path / "verzonden.json"
    first = build.uitdatabank_send(_export(huis, api), environ, record)
    assert api.invalid == [] and first.refused == []
    # Places first: an event names its place by the id UiT gave it.
    assert api.calls == [("POST", "/places"), ("POST", "/places"), ("POST", "/events"), ("POST", "/events")]
    assert first.updated == [] and len(first.created) == 4

    api.calls.clear()  # the same sources: nothing to send
    assert build.uitdatabank_send(_export(huis, api), environ, record).unchanged == 4
    assert api.calls == []

    activities = huis / "partners" / "bib-noorddorp" / "activiteiten.yml"
    activities.write_text(activities.read_text("utf-8").replace("nl: Voorleesuur", "nl: Voorleesuurtje"), "utf-8")
    saved = json.loads(record.read_text("utf-8"))
    export = _export(huis, api)
    changed = next(key for key, doc in export.events.items() if doc["name"]["nl"] == "Voorleesuurtje")
    again = build.uitdatabank_send(export, environ, record)
    assert api.calls == [("PUT", f"/events/{saved['evenementen'][changed]['uit']}")]
    assert again.updated == [changed] and again.created == [] and again.unchanged == 3 and api.invalid == []


def test_without_credentials_the_command_refuses_in_dutch(huis, monkeypatch, capsys):
    for name in ("UITDATABANK_CLIENT_ID", "UITDATABANK_CLIENT_SECRET", "UITDATABANK_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("UITDATABANK_CLIENT_ID", "huis")
    monkeypatch.setenv("ZONDERMUREN_TODAY", TODAY.isoformat())
    assert main(["--map", str(huis), "uitdatabank", "--verstuur"]) == 2
    assert capsys.readouterr().err == (
        "Fout: verzenden naar UiTdatabank vraagt toegang: verwacht UITDATABANK_CLIENT_ID en "
        "UITDATABANK_CLIENT_SECRET (of UITDATABANK_TOKEN) in de omgeving, gevonden: UITDATABANK_CLIENT_ID — "
        "publiq geeft ze na een aanvraag op https://platform.publiq.be; zet ze in GitHub als geheimen "
        "(Settings → Secrets and variables → Actions), nooit in een bestand\n"
    )
    assert not (huis / "uitdatabank").exists()  # nothing sent, nothing recorded
