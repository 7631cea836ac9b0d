"""The UiTdatabank record kept on the published site: what a publishing run does with what curl fetched.

`zondermuren uitdatabank --publiceer SITE --opgehaald FILE --status CODE` (the last line of `make
uitdatabank`) is offline: it gets the live record as curl left it and the HTTP status curl saw. These
tests run it in-process against a stand-in Entry API (test_uitdatabank_send.py) that counts every
call; the whole run through the Makefile, curl and an https server is test_uitdatabank_publishing.py.
"""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.feeds.test_uitdatabank import MINIMAL, SITE, TODAY
from tests.feeds.test_uitdatabank_send import EntryApi, Handler
from zondermuren import build
from zondermuren.cli import main
from zondermuren.options import Options

ON_SITE = Path("open-data") / "uitdatabank" / "verzonden.json"
ADDRESS = "https://huis.example.org/open-data/uitdatabank/verzonden.json"  # MINIMAL has no mkdocs.yml
CREDENTIALS = ("UITDATABANK_CLIENT_ID", "UITDATABANK_CLIENT_SECRET", "UITDATABANK_TOKEN")
RECORD = {
    "formaat": 1,
    "plaatsen": {"p1": {"uit": "0f3c9a4e-6b1d-4c2e-9a7f-1b2c3d4e5f60", "inhoud": "ab"}},
    "evenementen": {},
}


class RefusingHandler(Handler):
    """publiq's account server for a wrong client secret: 401, as OAuth2 answers invalid_client."""

    def do_POST(self) -> None:
        if not self.path.endswith("/token"):
            return super().do_POST()
        if b"client_secret=geheim" not in self._body():
            return self._answer(401, {"error": "invalid_client"})
        self._answer(200, {"access_token": "sleutel", "expires_in": 86400, "token_type": "Bearer"})


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[EntryApi]:
    """The stand-in, and an environment with no credentials and not on GitHub Actions (no annotations)."""
    server = EntryApi()
    server.RequestHandlerClass = RefusingHandler
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    for name in (*CREDENTIALS, "GITHUB_ACTIONS", "ZONDERMUREN_SITE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("UITDATABANK_API", server.url)
    monkeypatch.setenv("UITDATABANK_ACCOUNT", server.url)
    monkeypatch.setenv("ZONDERMUREN_TODAY", TODAY.isoformat())
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def huis(tmp_path: Path) -> Path:
    root = tmp_path / "huis"
    shutil.copytree(MINIMAL, root)
    (root / "site").mkdir()  # as `make publish` leaves it
    return root


def _publish(huis: Path, status: str, record: object | None = None) -> int:
    fetched = huis / ".cache" / "opgehaald.json"
    if record is not None:
        fetched.parent.mkdir(parents=True, exist_ok=True)
        fetched.write_text(record if isinstance(record, str) else json.dumps(record), "utf-8")
    arguments = ["--publiceer", str(huis / "site"), "--opgehaald", str(fetched), "--status", status]
    return main(["--map", str(huis), "uitdatabank", *arguments])


def test_the_address_of_the_record_on_the_site(huis, api, capsys):
    assert main(["--map", str(huis), "uitdatabank", "--register-adres"]) == 0
    assert capsys.readouterr().out == ADDRESS + "\n"
    (huis / "mkdocs.yml").write_text("site_url: https://gezinnen.example.be/huis/\n", "utf-8")
    assert main(["--map", str(huis), "uitdatabank", "--register-adres"]) == 0
    assert capsys.readouterr().out == "https://gezinnen.example.be/huis/open-data/uitdatabank/verzonden.json\n"


def test_without_credentials_the_record_is_published_again_unchanged(huis, api, capsys):
    text = json.dumps(RECORD, indent=1)  # byte for byte, not re-written
    assert _publish(huis, "200", text) == 0
    assert (huis / "site" / ON_SITE).read_text("utf-8") == text
    assert api.calls == []
    assert (
        capsys.readouterr().out
        == "UiTdatabank: niets verstuurd (geen toegang ingesteld); het register: opnieuw online gezet.\n"
    )


def test_without_credentials_and_without_a_record_nothing_happens(huis, api, capsys):
    assert _publish(huis, "404") == 0
    assert not (huis / "site" / "open-data").exists() and api.calls == []
    assert (
        capsys.readouterr().out
        == "UiTdatabank: niets verstuurd (geen toegang ingesteld); het register: er is er nog geen.\n"
    )


@pytest.mark.parametrize(
    ("status", "record", "found"),
    [
        ("503", None, "gevonden HTTP 503"),
        ("000", None, "gevonden: geen antwoord van de site"),
        ("200", "<!doctype html><title>Niet gevonden</title>", "gevonden een bestand dat geen register is"),
        # UiT's ids become part of the API's addresses: anything but a plain id makes it no record
        (
            "200",
            {**RECORD, "plaatsen": {"p1": {"uit": "../../events", "inhoud": "ab"}}},
            "gevonden een bestand dat geen register is",
        ),
    ],
)
def test_with_credentials_an_unreadable_record_stops_the_run(huis, api, capsys, monkeypatch, status, record, found):
    monkeypatch.setenv("UITDATABANK_CLIENT_ID", "huis")
    monkeypatch.setenv("UITDATABANK_CLIENT_SECRET", "geheim")
    assert _publish(huis, status, record) == 1
    assert capsys.readouterr().err == (
        f"Fout: het register van UiTdatabank op {ADDRESS} is niet gelezen (verwacht HTTP 200 of 404, {found}); "
        "niets verstuurd en de site niet online gezet — de volgende run probeert opnieuw\n"
    )
    assert api.calls == [] and not (huis / "site" / "open-data").exists()


def test_without_credentials_an_unreadable_record_is_a_warning_on_github(huis, api, capsys, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert _publish(huis, "502") == 0
    assert capsys.readouterr().err == (
        f"::warning::Waarschuwing: het register van UiTdatabank op {ADDRESS} is niet gelezen (verwacht HTTP 200 "
        "of 404, gevonden HTTP 502); de site gaat online zonder register (geen toegang tot UiTdatabank ingesteld)\n"
    )
    assert not (huis / "site" / "open-data").exists()


def test_refused_credentials_still_publish_the_record(huis, api, capsys, monkeypatch):
    """publiq refuses the client: nothing is sent, the run goes on and the record stays online."""
    monkeypatch.setenv("UITDATABANK_CLIENT_ID", "huis")
    monkeypatch.setenv("UITDATABANK_CLIENT_SECRET", "fout")
    text = json.dumps(RECORD)
    assert _publish(huis, "200", text) == 0
    assert (huis / "site" / ON_SITE).read_text("utf-8") == text
    assert capsys.readouterr().err == (
        "Fout: publiq gaf geen toegang (HTTP 401): kijk UITDATABANK_CLIENT_ID en UITDATABANK_CLIENT_SECRET na; "
        "niets verstuurd\n"
    )
    assert api.calls == []


def test_a_send_whose_time_is_up_leaves_the_rest_for_the_next_run(huis, api, tmp_path):
    """The publishing run's send stops in time to put its record online (UIT_SEND_SECONDS)."""
    loaded = build.load(huis, Options(today=TODAY, site_url=SITE))
    export = build.uitdatabank_export(loaded, SITE, {"UITDATABANK_API": api.url})
    environ = {"UITDATABANK_API": api.url, "UITDATABANK_ACCOUNT": api.url, "UITDATABANK_TOKEN": "sleutel"}
    record = tmp_path / "verzonden.json"
    sent = build.uitdatabank_send(export, environ, record, seconds=0)
    assert sent.postponed == len(export.places) + len(export.events) > 0 and api.calls == []
    assert build.uitdatabank_send(export, environ, record, seconds=60).created and sent.created == []
