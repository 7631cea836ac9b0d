"""What must be true before a Huis is published: its own web address, not the example's."""

from __future__ import annotations

from pathlib import Path

from zondermuren.options import DEFAULT_SITE_URL
from zondermuren.problems import Problem


def example_address(root: Path, site_url: str) -> Problem | None:
    """An error while the site would be published at the example's address (QR codes would lead there)."""
    if site_url.rstrip("/") != DEFAULT_SITE_URL.rstrip("/"):
        return None
    config = root / "mkdocs.yml"
    lines = config.read_text("utf-8").splitlines() if config.is_file() else []
    line = next((number for number, text in enumerate(lines, 1) if text.startswith("site_url:")), 1)
    column = lines[line - 1].find(DEFAULT_SITE_URL.rstrip("/")) + 1 if lines else 1
    return Problem(
        "mkdocs.yml",
        line,
        max(column, 1),
        "site_url",
        f"de site heeft nog het webadres van het voorbeeld (verwacht het adres van jouw Huis, gevonden '{site_url}')",
        "zet het GitHub Pages-adres (https://<gebruiker>.github.io/<repository>/) of je eigen domein in "
        "site_url in mkdocs.yml, of in de variabele ZONDERMUREN_SITE_URL van de workflow; QR-codes en "
        "kalenderfeeds wijzen naar dat adres",
    )
