"""The settings of one build, read once at the boundary (CLI, MkDocs hook, benchmark) and passed in.

Nothing below this boundary reads the environment: the engine gets an `Options` and a test can
make one without touching `os.environ`. The environment variables are the ones Huizen already use:

- `ZONDERMUREN_TODAY=YYYY-MM-DD` (or `SOURCE_DATE_EPOCH`) fixes "today", for reproducible builds;
- `ZONDERMUREN_DRUKWERK=uit` leaves print out (a quick preview);
- `ZONDERMUREN_CACHE=<folder>` shares one print cache between builds (tests, CI);
- `ZONDERMUREN_VOORBEELD=map` makes the built site work opened as a folder (file://), for the
  preview a pull request uploads.

The live preview (`mkdocs serve`, `preview=True`) leaves print out unless `ZONDERMUREN_DRUKWERK=aan`
asks for it (its QR codes would lead to the preview's address), and `TALEN=nl,ar` limits it to the
languages named (the default language is always built); `mkdocs build` ignores `TALEN`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
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
    languages: tuple[str, ...] = ()  # the preview's languages (TALEN); () = every language

    @property
    def shared_cache(self) -> bool:
        """A cache shared by several builds (other site URLs, other Huizen) is never pruned."""
        return self.cache_dir is not None

    def history_cache(self, root: Path) -> Path:
        """Where the record of what was published is kept between builds (sources.history)."""
        return self.cache(root, "geschiedenis")

    def print_cache(self, root: Path) -> Path:
        return self.cache(root, "drukwerk")

    def cache(self, root: Path, name: str) -> Path:
        """One of the build's caches: print items, compiled templates, the record of what was published."""
        base = self.cache_dir or root / ".cache" / "zondermuren"
        return base / name


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


_LANGUAGE = re.compile(r"[a-z]{2,3}")


def languages_from(environ: Mapping[str, str]) -> tuple[str, ...]:
    """`TALEN=nl,ar`: the languages a preview builds, as codes; () when not set."""
    value = environ.get("TALEN", "").strip()
    codes = tuple(code.strip().lower() for code in value.split(",") if code.strip())
    wrong = [code for code in codes if not _LANGUAGE.fullmatch(code)]
    if wrong:
        raise OptionError(
            f"TALEN: ongeldige taalcode (verwacht codes met komma's, zoals TALEN=nl,ar, gevonden '{wrong[0]}')"
        )
    return codes


def from_environment(
    site_url: str | None = None, environ: Mapping[str, str] | None = None, *, preview: bool = False
) -> Options:
    """The options of a build as the environment states them; raises OptionError on a bad value.

    `preview`: the live preview (`mkdocs serve`), where print is off unless asked for and
    `TALEN` applies."""
    environ = os.environ if environ is None else environ
    cache = environ.get("ZONDERMUREN_CACHE")
    default_print = "uit" if preview else "aan"
    return Options(
        today=today_from(environ),
        site_url=site_url or DEFAULT_SITE_URL,
        with_print=environ.get("ZONDERMUREN_DRUKWERK", default_print).strip().lower() not in _OFF,
        cache_dir=Path(cache) if cache else None,
        workers=os.cpu_count() or 1,
        folder_links=environ.get("ZONDERMUREN_VOORBEELD", "").strip().lower() == "map",
        languages=languages_from(environ) if preview else (),
    )
