"""Suggestions for values partners typically write their own way: hours, dates, yes/no, languages.

Each function returns the hint that follows '—' in a message ("bedoelde je "09:30"?"), or '' when
the value does not look like a near miss. Validation and the checks share them, so the same
mistake gets the same hint wherever it is made.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import cache

from babel import Locale

from zondermuren.problems import suggestion

LANGUAGE_MESSAGE = "onbekende taalcode (verwacht een ISO-taalcode zoals nl, fr, ar; gevonden '{}')"

_YES = {"ja", "yes", "y", "j", "on", "aan", "waar", "juist", "wel", "ok"}
_NO = {"nee", "neen", "no", "n", "off", "uit", "onwaar", "fout", "niet", "geen"}


def time(value: str) -> str:
    """'9:30', '9.30', '9h30', '9u30', '9u', '9' -> 'bedoelde je "09:30"?'."""
    text = value.strip().lower()
    match = re.fullmatch(r"([0-9]{1,2})\s*(?:[:.hu]\s*([0-5][0-9])|[hu])?", text)
    if not match:
        return ""
    hours, minutes = int(match.group(1)), match.group(2) or "00"
    if hours > 23 or f"{hours:02d}:{minutes}" == value:
        return ""
    return f'bedoelde je "{hours:02d}:{minutes}"?'


def date(value: str) -> str:
    """'01-10-2026', '1/10/2026', '2026-10-1' -> 'bedoelde je 2026-10-01?'; '2027-02-30': check the day."""
    match = re.fullmatch(r"([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})", value.strip())
    if match:
        day, month, year = match.groups()
        return f"bedoelde je {year}-{int(month):02d}-{int(day):02d}?"
    match = re.fullmatch(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", value.strip())
    if match and (len(match.group(2)) == 1 or len(match.group(3)) == 1):
        year, month, day = match.groups()
        return f"bedoelde je {year}-{int(month):02d}-{int(day):02d}?"
    if re.fullmatch(r"[0-9]{5,}-[0-9]{1,2}-[0-9]{1,2}", value.strip()):
        return "kijk het jaar na (verwacht 4 cijfers, zoals 2026)"
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value.strip()):
        if not value.strip().startswith("20"):
            return "kijk het jaar na (verwacht een jaar van 2000 tot 2099)"
        return "kijk na of die dag bestaat"
    return ""


def boolean(value: str) -> str:
    """'ja', 'nee', 'yes', 'no', "true" in quotes -> 'bedoelde je true?'."""
    text = value.strip().lower()
    if text in ("true", "false"):
        return f"haal de aanhalingstekens weg: {text}"
    if text in _YES:
        return "bedoelde je true?"
    if text in _NO:
        return "bedoelde je false?"
    return ""


@cache
def language_names() -> dict[str, str]:
    """ISO code -> Dutch name ('ar' -> 'arabisch'), for the languages CLDR knows.

    Without ISO 639's special codes: und (onbekend), mul, mis, zxx (geen taal) are no language to offer.
    """
    special = {"und", "mul", "mis", "zxx"}
    names = Locale("nl").languages.items()
    return {code: name.lower() for code, name in names if "_" not in code and code not in special}


def is_language(code: str) -> bool:
    return code in language_names()


# ISO 639-2 codes (three letters) of languages often spoken in Flemish families, and names used
# for them that CLDR lists otherwise. CLDR itself has no table from three letters to two.
_THREE_LETTERS = {
    "ara": "ar", "tur": "tr", "fra": "fr", "fre": "fr", "eng": "en", "nld": "nl", "dut": "nl", "deu": "de",
    "ger": "de", "spa": "es", "ita": "it", "por": "pt", "pol": "pl", "rus": "ru", "ukr": "uk", "ron": "ro",
    "rum": "ro", "bul": "bg", "som": "so", "tir": "ti", "amh": "am", "fas": "fa", "per": "fa", "pus": "ps",
    "urd": "ur", "kur": "ku", "sqi": "sq", "alb": "sq", "hye": "hy", "arm": "hy", "kat": "ka", "geo": "ka",
    "ell": "el", "gre": "el", "zho": "zh", "chi": "zh", "hin": "hi", "ben": "bn", "pan": "pa", "tam": "ta",
}  # fmt: skip
_OTHER_NAMES = {"farsi": "fa", "dari": "fa", "vlaams": "nl", "berbers": "zgh", "amazigh": "zgh"}


def language(code: str) -> str:
    """'Arabisch' -> 'ar', 'ara' -> 'ar', 'Fr' -> 'fr', 'Farsi' -> 'fa', 'ar-MA' -> 'ar'."""
    names = language_names()
    text = code.strip().lower()
    by_name = {name: c for c, name in names.items()} | _OTHER_NAMES
    base = re.split(r"[-_ ]", text)[0]  # 'ar-MA', 'nl_BE'
    found = by_name.get(text) or _THREE_LETTERS.get(text) or (base if base != text and base in names else "")
    if not found and len(text) > 3:
        close = difflib.get_close_matches(text, list(by_name), n=1, cutoff=0.8)
        found = by_name[close[0]] if close else ""
    if found:
        return f"bedoelde je '{found}'?"
    return suggestion(code, names) if len(text) <= 3 else ""


def slug(text: str) -> str:
    """An id made from a title: 'Crèche Zonneschijn' -> 'creche-zonneschijn' (what a folder or id looks like)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


_WEB = re.compile(r"(https?://|www\.)[^\s\"'<>]+\.[^\s\"'<>]+", re.I)
_EMAIL = re.compile(r"[^@\s\"'<>(),;:]+@[^@\s\"'<>(),;:]+\.[a-z]{2,}", re.I)
_PHONE = re.compile(r"\+?[0-9][0-9 ./]{5,18}[0-9]")


def contact_kind(value: str) -> str:
    """'web', 'email' or 'phone' when `value` is exactly one address or number, else ''."""
    value = value.strip()
    for kind, pattern in (("web", _WEB), ("email", _EMAIL), ("phone", _PHONE)):
        if pattern.fullmatch(value):
            return kind
    return ""


def contacts_in(text: str) -> list[str]:
    """The addresses and numbers inside a sentence ('Bel 09 123 45 67 of mail x@y.be')."""
    found = [m.group().rstrip(".") for pattern in (_WEB, _EMAIL) for m in pattern.finditer(text)]
    rest = _EMAIL.sub(" ", _WEB.sub(" ", text))
    return found + [m.group() for m in _PHONE.finditer(rest)]
