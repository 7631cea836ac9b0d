"""The settings of one build, read once at the boundary (CLI, MkDocs hook, benchmark) and passed in.

Nothing below this boundary reads the environment: the engine gets an `Options` and a test can
make one without touching `os.environ`. The environment variables are the ones Huizen already use:

- `ZONDERMUREN_TODAY=YYYY-MM-DD` (or `SOURCE_DATE_EPOCH`) fixes "today", for reproducible builds;
- `ZONDERMUREN_DRUKWERK=uit` leaves print out (a quick preview);
- `ZONDERMUREN_CACHE=<folder>` shares one print cache between builds (tests, CI);
- `ZONDERMUREN_VOORBEELD=map` makes the built site work opened as a folder (file://), for the
  preview a pull request uploads.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from zondermuren.recurrence import BRUSSELS

DEFAULT_SITE_URL = "https://huis.example.org/"
_OFF = {"uit", "0", "nee", "false", "off", "no"}


class OptionError(ValueError):
    """A setting with a value the build cannot use; its text is one Dutch line for the user."""


@dataclass(frozen=True)
class Options:
    today: dt.date
    site_url: str = DEFAULT_SITE_URL
    with_print: bool = True
    cache_dir: Path | None = None  # None: the Huis's own .cache/zondermuren/drukwerk
    workers: int = 1
    folder_links: bool = False  # links name index.html, so the site works from a folder (file://)

    @property
    def shared_cache(self) -> bool:
        """A cache shared by several builds (other site URLs, other Huizen) is never pruned."""
        return self.cache_dir is not None

    def history_cache(self, root: Path) -> Path:
        """Where the record of what was published is kept between builds (sources.history)."""
        return (self.cache_dir or root / ".cache" / "zondermuren") / "geschiedenis"

    def print_cache(self, root: Path) -> Path:
        base = self.cache_dir or root / ".cache" / "zondermuren"
        return base / "drukwerk"


def today_from(environ: Mapping[str, str]) -> dt.date:
    """'Today' in Brussels, unless ZONDERMUREN_TODAY or SOURCE_DATE_EPOCH fix it."""
    if fixed := environ.get("ZONDERMUREN_TODAY"):
        try:
            return dt.date.fromisoformat(fixed.strip())
        except ValueError:
            raise OptionError(
                f"ZONDERMUREN_TODAY: ongeldige datum (verwacht JJJJ-MM-DD zoals 2026-11-22, gevonden '{fixed}')"
            ) from None
    if epoch := environ.get("SOURCE_DATE_EPOCH"):
        try:
            return dt.datetime.fromtimestamp(int(epoch), BRUSSELS).date()
        except (ValueError, OverflowError, OSError):
            raise OptionError(
                f"SOURCE_DATE_EPOCH: ongeldig tijdstip (verwacht seconden sinds 1970, gevonden '{epoch}')"
            ) from None
    return dt.datetime.now(BRUSSELS).date()


def from_environment(site_url: str | None = None, environ: Mapping[str, str] | None = None) -> Options:
    """The options of a build as the environment states them; raises OptionError on a bad value."""
    environ = os.environ if environ is None else environ
    cache = environ.get("ZONDERMUREN_CACHE")
    return Options(
        today=today_from(environ),
        site_url=site_url or DEFAULT_SITE_URL,
        with_print=environ.get("ZONDERMUREN_DRUKWERK", "aan").strip().lower() not in _OFF,
        cache_dir=Path(cache) if cache else None,
        workers=os.cpu_count() or 1,
        folder_links=environ.get("ZONDERMUREN_VOORBEELD", "").strip().lower() == "map",
    )
