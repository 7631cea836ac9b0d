"""UI catalogues (one YAML file per language in `locales/`) and locale-aware formatting.

Babel formats dates, weekdays and months per locale (CLDR data), so a French page says
"mercredi 3 décembre" and an Arabic one uses Arabic month names, without our own tables.

A Huis may add or correct a language in its own `locales/` folder: a catalogue is asked for
with the Huis's folder (`Translator(language, huis.root)`), a value passed along, so two Huizen
built in one process never see each other's words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time

LOCALES = Path(__file__).parent / "locales"
RTL = {"ar", "he", "fa", "ur", "ps", "ckb", "ku"}


def _folders(root: Path | None) -> list[Path]:
    """Where a language's catalogue is looked for: the Huis's own `locales/` first, then the kit's."""
    return [root / "locales", LOCALES] if root is not None else [LOCALES]


def available(root: Path | None = None) -> list[str]:
    """Languages with a UI catalogue: the kit's, those of a Huis's own `locales/` folder."""
    return sorted({path.stem for folder in _folders(root) for path in folder.glob("*.yml")})


# libyaml when available: a catalogue parses in a tenth of the time (the files are plain YAML).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def _parsed(path: Path, mtime_ns: int, size: int) -> dict[str, Any]:
    """One catalogue file, parsed once per version of it: the kit's files are shared by every Huis
    built in a process (a region, the tests), a Huis's own `locales/` are read per Huis."""
    return yaml.load(path.read_text("utf-8"), Loader=_LOADER) or {}  # noqa: S506 (a safe loader)


@cache
def _load(language: str, root: Path | None) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for folder in reversed(_folders(root)):  # the project's own file wins, key by key
        path = folder / f"{language}.yml"
        if path.is_file():
            found = path.stat()
            merged = _merge(merged, _parsed(path, found.st_mtime_ns, found.st_size))
    return merged


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    result = dict(base)
    for key, value in extra.items():
        result[key] = _merge(result.get(key, {}), value) if isinstance(value, dict) else value
    return result


# Counted words ("1 activiteit", "12 activiteiten"): each key under `plural:` maps the CLDR plural
# categories its language needs (Babel's rules: Dutch one/other, Arabic zero/one/two/few/many/
# other, Ukrainian one/few/many/other) to a text. Flattened, such a key is its "other" text, so
# every catalogue still has the same keys and placeholders; `Translator.count` picks the form.
PLURAL = "plural"


def _flatten(tree: dict[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and prefix == f"{PLURAL}.":
            flat[name] = str(value.get("other", ""))
        elif isinstance(value, dict):
            flat.update(_flatten(value, name + "."))
        else:
            flat[name] = str(value)
    return flat


@cache
def catalogue(language: str, root: Path | None = None) -> dict[str, str]:
    """All UI strings of a language (with the own words of the Huis in `root`); keys missing there
    fall back to Dutch."""
    return {**_flatten(_load("nl", root)), **_flatten(_load(language, root))}


@cache
def plural_forms(language: str, root: Path | None = None) -> dict[str, dict[str, str]]:
    """Each counted word's forms by CLDR category in `language`; a word the language lacks keeps
    its Dutch forms (then chosen by the Dutch rule, see Translator.count)."""
    return {str(k): {str(c): str(t) for c, t in v.items()} for k, v in _load(language, root).get(PLURAL, {}).items()}


def direction(language: str) -> str:
    return "rtl" if language in RTL else "ltr"


class Translator:
    """`t("home.title")` or `t("common.partner_of", huis=...)` in one language."""

    def __init__(self, language: str, root: Path | None = None) -> None:
        """`root`: the Huis's folder, whose `locales/` may add or correct words; None: the kit's only."""
        self.language = language
        self.root = root
        self.strings = catalogue(language, root)

    def __call__(self, key: str, **values: Any) -> str:
        text = self.strings[key]
        return text.format(**values) if values else text

    def count(self, key: str, number: int) -> str:
        """'1 activiteit', '12 activiteiten', 'نشاطان': `plural.<key>` in the form the language's
        plural rule (Babel, CLDR) asks for `number`; the "other" form when a category is missing."""
        forms = plural_forms(self.language, self.root).get(key)
        language = self.language
        if forms is None:
            forms, language = plural_forms("nl", self.root)[key], "nl"
        category = _plural_rule(language)(number)
        return forms.get(category, forms["other"]).format(aantal=number)

    def date(self, day: dt.date, form: str = "full") -> str:
        """'woensdag 3 december 2026' (full), 'woensdag 3 december' (day), '3 dec. 2026' (medium)."""
        return _format_date(day, form, self.language)

    def month(self, year: int, month: int) -> str:
        return _format_date(dt.date(year, month, 1), "LLLL y", self.language)

    def time(self, value: str) -> str:
        return _format_time(value, self.language)

    def hours(self, start: str, end: str) -> str:
        """'10:00–11:30'; 'hele dag' without hours; the first or last day of a night through."""
        if not start and not end:
            return self("common.all_day")
        if not end:
            return self("common.from_hour", uur=self.time(start))
        if not start:
            return self("common.until_hour", uur=self.time(end))
        return f"{self.time(start)}–{self.time(end)}"

    def span(self, first: dt.date, last: dt.date, start: str = "", end: str = "") -> str:
        """'van maandag 5 tot vrijdag 9 juli 2027': the month and year are said once where shared.

        With hours (a night through): 'van vrijdag 21 mei, 18:00 tot zondag 23 mei 2027, 14:00'."""
        same_year = first.year == last.year
        form = "EEEE d" if same_year and first.month == last.month and not start else "full"
        if same_year and form == "full":
            form = "day"
        sep = self("common.separator")
        begin = self.date(first, form) + (sep + self.time(start) if start else "")
        until = self.date(last) + (sep + self.time(end) if end else "")
        return self("common.date_range", van=begin, tot=until)


@cache
def _plural_rule(language: str) -> Callable[[int], str]:
    return Locale.parse(language).plural_form


_PATTERNS = {"full": "EEEE d MMMM y", "day": "EEEE d MMMM", "medium": "d MMM y"}


# Calendars repeat the same few dates and hours thousands of times; Babel parses the pattern
# and locale on every call, so remember the answers.
@cache
def _format_date(day: dt.date, form: str, language: str) -> str:
    return format_date(day, _PATTERNS.get(form, form), locale=language)


@cache
def _format_time(value: str, language: str) -> str:
    return format_time(dt.time.fromisoformat(value), "HH:mm", locale=language)


@cache
def language_name(code: str) -> str:
    """A language in its own words ('العربية', 'Türkçe'): how a reader recognises their language."""
    try:
        name = Locale.parse(code).get_display_name(code) or code
    except (UnknownLocaleError, ValueError):
        return code
    return name[:1].upper() + name[1:]
