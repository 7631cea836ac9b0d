"""`zondermuren uitdatabank`: the activities as UiTdatabank documents, and the optional push.

The stage behind the door for the command line: make the documents from a loaded Huis (to a
folder, or to send), and send them with the credentials the environment holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from zondermuren.build.checking import Loaded
from zondermuren.feeds.uitdatabank import documents, onsite, sending

UitExport = documents.Export
UitSent = sending.Sent
UitSendError = sending.SendError
UIT_RECORD = Path("uitdatabank") / "verzonden.json"  # in the Huis, unless the command is told otherwise
UIT_SEND_SECONDS = 15 * 60  # a publishing run's send stops in time to put its record online (huis-publiceren.yml)

# The record kept on the published site (feeds/uitdatabank/onsite.py): `make uitdatabank` after a publishing build.
UIT_RECORD_ON_SITE = onsite.ON_SITE
uitdatabank_record_address = onsite.address
uitdatabank_wanted = onsite.wanted
uitdatabank_fetched = onsite.fetched
uitdatabank_place = onsite.place


def uitdatabank_export(loaded: Loaded, site_url: str, environ: Mapping[str, str]) -> documents.Export:
    """Every event and place document, and the warnings for what UiT cannot express."""
    api = environ.get(sending.API, sending.DEFAULT_API).rstrip("/")
    return documents.export(loaded.huis, site_url, api)


def uitdatabank_send(
    export: documents.Export, environ: Mapping[str, str], record: Path, seconds: float | None = None
) -> sending.Sent:
    """Send what changed since the record; raises UitSendError (a Dutch line) before sending anything."""
    credentials = sending.Credentials.from_environment(environ)
    return sending.send(export, credentials, record, seconds=seconds)
