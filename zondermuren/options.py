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
import ipaddress
import os
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from zondermuren.problems import Problem
from zondermuren.recurrence import BRUSSELS

DEFAULT_SITE_URL = "https://huis.example.org/"
SITE_URL_VARIABLE = "ZONDERMUREN_SITE_URL"
_OFF = {"uit", "0", "nee", "false", "off", "no"}


class OptionError(ValueError):
    """A setting with a value the build cannot use; its text is one Dutch line for the user."""


@dataclass(frozen=True)
class SiteAddress:
    """The site's address and where it is set: a line of mkdocs.yml, or an environment variable."""

    value: str
    variable: str = ""  # the environment variable that gave it; "" when mkdocs.yml does
    line: int = 1
    column: int = 1


class SiteAddressError(OptionError):
    """A site address that must not reach a page, a feed or a QR code; said where it is set."""

    def __init__(self, address: SiteAddress, message: str, hint: str) -> None:
        self.address, self.message, self.hint = address, message, hint
        where = address.variable or f"mkdocs.yml:{address.line}:{address.column}: site_url"
        super().__init__(f"{where}: {message} — {hint}")

    @property
    def problem(self) -> Problem | None:
        """The problem in mkdocs.yml, to list with the Huis's others; None for an environment variable."""
        if self.address.variable:
            return None
        return Problem("mkdocs.yml", self.address.line, self.address.column, "site_url", self.message, self.hint)


def configured_site_url(config_file: Path, environ: Mapping[str, str]) -> SiteAddress:
    """The site's address as mkdocs.yml gives it (`!ENV [NAME, default]` included), and where.

    Read from the YAML's nodes, not its values: a message names the line, and the `!!python/...`
    tags mkdocs.yml may hold are never constructed."""
    try:
        root = yaml.compose(config_file.read_text("utf-8"), Loader=yaml.SafeLoader) if config_file.is_file() else None
    except (yaml.YAMLError, UnicodeDecodeError):
        root = None  # MkDocs itself says what is wrong with the file
    pairs = root.value if isinstance(root, yaml.MappingNode) else []
    node = next((value for key, value in pairs if key.value == "site_url"), None)
    if node is None:
        return SiteAddress(DEFAULT_SITE_URL)
    if node.tag == "!ENV":
        names = node.value if isinstance(node, yaml.SequenceNode) else [node]
        *variables, default = names if len(names) > 1 else [*names, None]
        for variable in variables:
            if isinstance(variable, yaml.ScalarNode) and environ.get(variable.value):
                return SiteAddress(environ[variable.value], variable.value)
        node = default
    if not isinstance(node, yaml.ScalarNode) or not node.value:
        return SiteAddress(DEFAULT_SITE_URL)
    quote = 1 if node.style in ("'", '"') else 0  # the column of the address, not of its quote
    return SiteAddress(node.value, "", node.start_mark.line + 1, node.start_mark.column + 1 + quote)


_QUOTES_AND_BRACKETS = set("\"'<>`\\{}|^")
_HOST_LABEL = re.compile(r"^[^\W_](?:[\w-]*[^\W_])?$")
_PATH = re.compile(r"^[\w\-.~/%!$()*+,;=:@]*$")
_EXAMPLE = "zoals https://huis.example.org/"


def _shown(value: str) -> str:
    """The address as typed, with invisible characters written as codes (a terminal would hide them)."""
    return "".join(
        f"\\u{ord(c):04x}" if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn") else c
        for c in value
    )


def _local(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _host_ok(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return all(_HOST_LABEL.match(label) for label in host.rstrip(".").split(".")) and len(host) <= 253


def checked_site_url(address: SiteAddress, *, preview: bool = False, publish: bool = False) -> str:
    """The address, when pages, feeds and QR codes may carry it; raises SiteAddressError otherwise.

    https:// always; http:// only on this computer (127.0.0.1, localhost), not when publishing;
    the live preview's address is MkDocs' own (`mkdocs serve -a`), any http host."""
    value = address.value
    shown = _shown(value)
    invisible = [c for c in value if c.isspace() or unicodedata.category(c)[0] in "CZ"]
    if invisible or _QUOTES_AND_BRACKETS.intersection(value):
        raise SiteAddressError(
            address,
            "teken dat niet in een webadres hoort (verwacht een adres zonder spaties, aanhalingstekens, < of > "
            f"en zonder onzichtbare tekens, {_EXAMPLE}, gevonden '{shown}')",
            "typ het adres opnieuw",
        )
    parts = urlsplit(value)
    try:
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        port_ok = False
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not host:
        message = f"ongeldig webadres (verwacht een adres dat begint met https://, {_EXAMPLE}, gevonden '{shown}')"
        raise SiteAddressError(address, message, "zet het webadres van jouw site, met https://")
    if parts.scheme == "http" and not preview and not _local(host):
        message = (
            "webadres zonder https (verwacht een adres dat begint met https://; http:// alleen voor een voorbeeld "
            f"op je eigen computer, zoals http://127.0.0.1:8000/; gevonden '{shown}')"
        )
        raise SiteAddressError(address, message, f"bedoelde je 'https://{value[len('http://') :]}'?")
    if publish and _local(host):
        message = f"adres op je eigen computer (verwacht het adres van de site op het internet, {_EXAMPLE}, gevonden '{shown}')"
        raise SiteAddressError(address, message, "zet het GitHub Pages-adres of je eigen domein")
    if "@" in parts.netloc or parts.query or parts.fragment or "?" in value or "#" in value:
        message = f"ongeldig webadres (verwacht alleen https://, een domeinnaam en eventueel een pad, {_EXAMPLE}, gevonden '{shown}')"
        raise SiteAddressError(address, message, "laat een ?, # of naam@ weg")
    if not _host_ok(host) or not port_ok or not _PATH.match(parts.path):
        message = f"ongeldig webadres (verwacht een domeinnaam en eventueel een pad, {_EXAMPLE}, gevonden '{shown}')"
        raise SiteAddressError(address, message, "typ het adres opnieuw")
    return value


@dataclass(frozen=True)
class Options:
    today: dt.date
    site_url: str = DEFAULT_SITE_URL
    with_print: bool = True
    cache_dir: Path | None = None  # None: the Huis's own .cache/zondermuren/drukwerk
    workers: int = 1
    folder_links: bool = False  # links name index.html, so the site works from a folder (file://)
    languages: tuple[str, ...] = ()  # the preview's languages (TALEN); () = every language
    # The search index (Pagefind): not for a preview opened from a folder (Pagefind cannot load from
    # file://; the search box says so) unless asked, and off on request (ZONDERMUREN_ZOEKEN=uit).
    with_search: bool = True

    @property
    def shared_cache(self) -> bool:
        """A cache shared by several builds (other site URLs, other Huizen) is never pruned."""
        return self.cache_dir is not None

    def history_cache(self, root: Path) -> Path:
        """Where the record of what was published is kept between builds (sources.record.history)."""
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


def processes_from(environ: Mapping[str, str]) -> int:
    """`ZONDERMUREN_PROCESSEN=1`: how many processes draw the print and write the pages; the machine's
    cores when not set. One costs less CPU in all (each process parses the fonts and learns the line
    breaks again): for a runner that shares its cores, or a machine busy with other work."""
    value = environ.get("ZONDERMUREN_PROCESSEN", "").strip()
    if not value:
        return os.cpu_count() or 1
    if not value.isdecimal() or int(value) < 1:
        raise OptionError(
            "ZONDERMUREN_PROCESSEN: ongeldig aantal (verwacht een heel getal vanaf 1, zoals ZONDERMUREN_PROCESSEN=2, "
            f"gevonden '{value}')"
        )
    return int(value)


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


def for_site(
    config_file: Path,
    environ: Mapping[str, str] | None = None,
    *,
    preview: bool = False,
    publish: bool = False,
    served: str | None = None,
) -> Options:
    """The options of a build of the Huis whose MkDocs settings are `config_file`: the one place
    the site's address is read (the CLI, the MkDocs adapter and the benchmark all come here).

    `served`: the address MkDocs itself settled on (`mkdocs serve` puts its own there), checked
    as if mkdocs.yml said it, so a message still names the line or the variable that set it.
    Raises OptionError (a SiteAddressError for the address) on a bad value."""
    environ = os.environ if environ is None else environ
    address = configured_site_url(config_file, environ)
    if served is not None:
        address = replace(address, value=served)
    return from_environment(address, environ, preview=preview, publish=publish)


def from_environment(
    site_url: str | SiteAddress | None = None,
    environ: Mapping[str, str] | None = None,
    *,
    preview: bool = False,
    publish: bool = False,
) -> Options:
    """The options of a build as the environment states them; raises OptionError on a bad value.

    `preview`: the live preview (`mkdocs serve`), where print is off unless asked for and
    `TALEN` applies. `publish`: the site goes online, so its address is not this computer's."""
    environ = os.environ if environ is None else environ
    cache = environ.get("ZONDERMUREN_CACHE")
    default_print = "uit" if preview else "aan"
    today = today_from(environ)
    address = site_url if isinstance(site_url, SiteAddress) else SiteAddress(site_url or DEFAULT_SITE_URL)
    folder_links = environ.get("ZONDERMUREN_VOORBEELD", "").strip().lower() == "map"
    default_search = "uit" if folder_links else "aan"
    return Options(
        today=today,
        site_url=checked_site_url(address, preview=preview, publish=publish),
        with_print=environ.get("ZONDERMUREN_DRUKWERK", default_print).strip().lower() not in _OFF,
        cache_dir=Path(cache) if cache else None,
        workers=processes_from(environ),
        folder_links=folder_links,
        languages=languages_from(environ) if preview else (),
        with_search=environ.get("ZONDERMUREN_ZOEKEN", default_search).strip().lower() not in _OFF,
    )
