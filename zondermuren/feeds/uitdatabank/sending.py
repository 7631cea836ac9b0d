"""Putting the documents into publiq's Entry API: only what changed since the last send.

The Entry API gives an event or a place its id when it is created (`POST /events`, `POST /places`);
`PUT /events/{id}` updates one that exists and answers 404 for an id it does not know (publiq's
OpenAPI, reference/entry.json). So our stable ids cannot be UiT's: a record keeps, per document of
ours, UiT's id and a digest of the body last sent (`Record`). It is written after every answer, so
a send that stops half-way keeps what it did. Where the record lives between runs is the
caller's choice (README: the nightly workflow keeps it on the published site).

Credentials come from the environment, never from the Huis's files: a client id and secret
(OAuth2 client credentials at publiq's account server), or a ready token.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zondermuren.feeds.uitdatabank.documents import Export

CLIENT_ID, CLIENT_SECRET, TOKEN = "UITDATABANK_CLIENT_ID", "UITDATABANK_CLIENT_SECRET", "UITDATABANK_TOKEN"
API, ACCOUNT = "UITDATABANK_API", "UITDATABANK_ACCOUNT"  # other servers: publiq's test environment, a test's
DEFAULT_API, DEFAULT_ACCOUNT = "https://io.uitdatabank.be", "https://account.uitid.be"
TOKEN_PATH = "/realms/uitid/protocol/openid-connect/token"  # publiq: authentication, client access token
TIMEOUT = 60

Opener = Callable[[urllib.request.Request], Any]  # urlopen, with a timeout


class SendError(Exception):
    """Why nothing can be sent (credentials, a server address); its text is one Dutch line."""


@dataclass(frozen=True)
class Credentials:
    api: str
    account: str
    token: str = ""
    client_id: str = ""
    client_secret: str = ""

    @classmethod
    def from_environment(cls, environ: Mapping[str, str]) -> Credentials:
        api = environ.get(API, DEFAULT_API).rstrip("/")
        account = environ.get(ACCOUNT, DEFAULT_ACCOUNT).rstrip("/")
        for name, value in ((API, api), (ACCOUNT, account)):
            _secure(name, value)
        token, client_id, secret = (environ.get(n, "").strip() for n in (TOKEN, CLIENT_ID, CLIENT_SECRET))
        if token:
            return cls(api, account, token=token)
        if client_id and secret:
            return cls(api, account, client_id=client_id, client_secret=secret)
        found = ", ".join(n for n, v in ((CLIENT_ID, client_id), (CLIENT_SECRET, secret)) if v) or "geen van beide"
        raise SendError(
            f"verzenden naar UiTdatabank vraagt toegang: verwacht {CLIENT_ID} en {CLIENT_SECRET} (of {TOKEN}) "
            f"in de omgeving, gevonden: {found} — publiq geeft ze na een aanvraag op https://platform.publiq.be; "
            "zet ze in GitHub als geheimen (Settings → Secrets and variables → Actions), nooit in een bestand"
        )


def _secure(name: str, value: str) -> None:
    """A token travels only over https (http only to this machine, for tests)."""
    parts = urllib.parse.urlsplit(value)
    local = parts.hostname in ("127.0.0.1", "localhost", "::1")
    if parts.scheme != "https" and not (parts.scheme == "http" and local):
        raise SendError(f"{name}: verwacht een adres dat begint met https://, gevonden '{value}'")


@dataclass
class Record:
    """Per document of ours: UiT's id, and the digest of what was sent last."""

    places: dict[str, dict[str, str]] = field(default_factory=dict)
    events: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Record:
        """The record at `path` (none yet: empty); raises SendError for a file that is no record.

        The record may come from the published site (README): checked whole before anything is
        sent, and UiT's ids must be plain ids, since they become part of the API's addresses."""
        if not path.is_file():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            data = None
        kinds = ("plaatsen", "evenementen")
        if not (isinstance(data, dict) and data.get("formaat") == 1 and all(_entries(data.get(k)) for k in kinds)):
            raise SendError(
                f"{path}: geen register van UiTdatabank (verwacht JSON met formaat 1, plaatsen en evenementen, "
                "elk met een id van UiTdatabank en een inhoud) — niets verstuurd: zonder het juiste register "
                "zou alles opnieuw aangemaakt worden"
            )
        return cls(dict(data["plaatsen"]), dict(data["evenementen"]))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {"formaat": 1, "plaatsen": self.places, "evenementen": self.events}
        text = json.dumps(data, indent=2, sort_keys=True) + "\n"
        partial = path.with_name(path.name + ".nieuw")
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)  # whole or not at all


_UIT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,63}")  # publiq's ids are UUIDs; never a path or a query


def _entries(value: object) -> bool:
    return isinstance(value, dict) and all(
        isinstance(entry, dict)
        and isinstance(entry.get("uit"), str)
        and _UIT_ID.fullmatch(entry["uit"]) is not None
        and isinstance(entry.get("inhoud"), str)
        for entry in value.values()
    )


@dataclass
class Sent:
    created: list[str] = field(default_factory=list)  # our ids, places and events
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    refused: list[str] = field(default_factory=list)  # one Dutch line per document UiT did not take
    postponed: int = 0  # left for the next send: the time for this one was up


def digest(body: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def send(
    export: Export,
    credentials: Credentials,
    record_path: Path,
    opener: Opener | None = None,
    seconds: float | None = None,
) -> Sent:
    """Places first (an event names its place by UiT's id), then events; only what changed.

    `seconds`: a limit for the whole send; what is left when it is up waits for the next send. A
    publishing run must end with its record on the site, so it stops sending before its job's time is up."""
    open_url = opener or (lambda request: urllib.request.urlopen(request, timeout=TIMEOUT))
    record = Record.load(record_path)
    token = credentials.token or _token(credentials, open_url)
    sent = Sent()
    deadline = None if seconds is None else time.monotonic() + seconds
    places, events = sorted(export.places.items()), sorted(export.events.items())
    for done, (key, body) in enumerate(places):
        if deadline is not None and time.monotonic() > deadline:
            sent.postponed = len(places) - done + len(events)
            return sent
        _one("places", key, body, record.places, token, credentials.api, open_url, sent)
        record.save(record_path)
    for done, (key, document) in enumerate(events):
        if deadline is not None and time.monotonic() > deadline:
            sent.postponed = len(events) - done
            return sent
        place = export.event_places.get(key, "")
        if place and place not in record.places:
            sent.refused.append(f"evenement {key}: zijn plaats {place} is niet aangemaakt, dus niet verstuurd")
            continue
        body = dict(document)
        if place:
            body["location"] = {"@id": f"{credentials.api}/places/{record.places[place]['uit']}"}
        _one("events", key, body, record.events, token, credentials.api, open_url, sent)
        record.save(record_path)
    return sent


def _one(
    kind: str,
    key: str,
    body: dict[str, Any],
    known: dict[str, dict[str, str]],
    token: str,
    api: str,
    open_url: Opener,
    sent: Sent,
) -> None:
    said = {"places": "plaats", "events": "evenement"}[kind]
    now = digest(body)
    before = known.get(key)
    if before is not None and before.get("inhoud") == now:
        sent.unchanged += 1
        return
    url = f"{api}/{kind}/{before['uit']}" if before else f"{api}/{kind}"
    try:
        answer = _request(open_url, "PUT" if before else "POST", url, body, token)
    except urllib.error.HTTPError as error:
        sent.refused.append(f"{said} {key}: UiTdatabank weigerde (HTTP {error.code}): {_problem(error)}")
        return
    except (urllib.error.URLError, TimeoutError) as error:
        sent.refused.append(f"{said} {key}: UiTdatabank niet bereikt ({getattr(error, 'reason', error)})")
        return
    uit_id = before["uit"] if before else str(answer.get("id", ""))
    known[key] = {"uit": uit_id, "inhoud": now}
    (sent.updated if before else sent.created).append(key)


def _request(open_url: Opener, method: str, url: str, body: Any, token: str) -> dict[str, Any]:
    data = json.dumps(body, ensure_ascii=False).encode()
    headers = {"Content-Type": "application/json", "Accept": "application/json", "Authorization": f"Bearer {token}"}
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    with open_url(request) as response:
        answer = json.loads(response.read() or b"{}")
    return answer if isinstance(answer, dict) else {}


def _problem(error: urllib.error.HTTPError) -> str:
    """The API's problem+json in one line: its title, detail and the first schema errors."""
    try:
        data = json.loads(error.read() or b"{}")
    except ValueError:
        return str(error.reason)
    said = [str(data.get(k)) for k in ("title", "detail") if data.get(k)]
    said += [f"{e.get('jsonPointer')}: {e.get('error')}" for e in data.get("schemaErrors", [])[:3]]
    return "; ".join(said) or str(error.reason)


def _token(credentials: Credentials, open_url: Opener) -> str:
    """A client access token (OAuth2 client credentials), once per send."""
    form = urllib.parse.urlencode(
        {
            "grant_type": "client_credentials",
            "client_id": credentials.client_id,
            "client_secret": credentials.client_secret,
        }
    ).encode()
    request = urllib.request.Request(
        credentials.account + TOKEN_PATH,
        data=form,
        method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
    )
    try:
        with open_url(request) as response:
            token = json.loads(response.read()).get("access_token", "")
    except urllib.error.HTTPError as error:
        raise SendError(
            f"publiq gaf geen toegang (HTTP {error.code}): kijk {CLIENT_ID} en {CLIENT_SECRET} na"
        ) from None
    except (urllib.error.URLError, TimeoutError, ValueError) as error:
        raise SendError(f"de aanmeldserver van publiq is niet bereikt ({error})") from None
    if not token:
        raise SendError("publiq gaf geen toegangssleutel terug (access_token ontbreekt)")
    return str(token)
