"""The record of what was sent to UiTdatabank, kept on the published site (README, "UiTdatabank").

UiT gives its own ids (sending.py), so losing the record means duplicates in UiT. CI cannot push to
`main` and a cache is evicted, so the record lives where every publishing run can read it: at a stable
address of the site itself. Each publishing run (`make uitdatabank` in huis-publiceren.yml and
gitlab/huis.yml) fetches it with curl (the one network step, outside the engine), and then this module
decides, offline, from what curl got:

- the record (HTTP 200, and a valid record): put into the built site again, updated by a send when
  the Huis has set its credentials;
- none yet (HTTP 404): a send, if any, starts an empty record;
- anything else (no connection, HTTP 5xx, a page that is no record): with credentials the run stops
  before the site goes online, so the live site keeps its record and nothing is sent without it;
  without credentials the site goes online without a record (a Huis that never sent has none).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from zondermuren.feeds.uitdatabank.sending import CLIENT_ID, CLIENT_SECRET, TOKEN, Record, SendError

ON_SITE = PurePosixPath("open-data") / "uitdatabank" / "verzonden.json"  # under site_url, and in the built site


def address(site_url: str) -> str:
    """Where the published site keeps the record."""
    return f"{site_url.rstrip('/')}/{ON_SITE}"


def wanted(environ: Mapping[str, str]) -> bool:
    """The Huis sends to UiT: one of its credentials is set (an incomplete pair is said when sending)."""
    return any(environ.get(name, "").strip() for name in (CLIENT_ID, CLIENT_SECRET, TOKEN))


def fetched(path: Path, status: str, where: str) -> Record | None:
    """The record curl fetched to `path` with HTTP `status` (its %{http_code}): None when the site has
    none yet (404); raises SendError (one Dutch line) when it could not be read."""
    status = status.strip()
    if status == "404":
        return None
    if status == "200" and path.is_file():
        try:
            return Record.load(path)
        except SendError:
            said = "gevonden een bestand dat geen register is"
    elif status in ("", "000"):
        said = "gevonden: geen antwoord van de site"
    else:
        said = f"gevonden HTTP {status}"
    raise SendError(f"het register van UiTdatabank op {where} is niet gelezen (verwacht HTTP 200 of 404, {said})")


def place(record: Path, site: Path) -> Path:
    """The fetched record into the built site, unchanged; returns where it went."""
    target = site / ON_SITE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(record.read_bytes())
    return target
