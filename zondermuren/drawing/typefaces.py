"""Which fonts a printed text needs, and which characters none of them can draw.

Noto Sans draws Latin and Cyrillic; the faces beside it (Arabic, Ge'ez, emoji) are loaded only for
a page whose text needs them, and a character no vendored font has is reported, never dropped
silently (print names it in a warning: printing/warnings.py).
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

FONTS = Path(__file__).parent / "fonts"


def has_arabic(text: str) -> bool:
    return any("\u0600" <= char <= "\u08ff" or "\ufb50" <= char <= "\ufeff" for char in text)


# Fonts beside Noto Sans (Latin, Cyrillic), each loaded only for a page whose text needs it.
FACES = {"arabic": "NotoSansArabic", "ethiopic": "NotoSansEthiopic", "emoji": "NotoEmoji"}
JOINERS = {0x200D, 0xFE0E, 0xFE0F}  # zero width joiner, text and emoji presentation selectors


@cache
def coverage() -> dict[str, frozenset[str]]:
    """The characters each font family draws (its regular and bold cuts have the same)."""
    from fontTools.ttLib import TTFont

    files = {"latin": "NotoSans", **FACES}
    found = {}
    for family, stem in files.items():
        font = TTFont(FONTS / f"{stem}-Regular.ttf", lazy=True)
        found[family] = frozenset(chr(code) for code in font.getBestCmap())
        font.close()
    return found


@cache
def _printable() -> frozenset[str]:
    return frozenset().union(*coverage().values())


def faces(text: str) -> list[str]:
    """The families beyond Latin that `text` needs, in the order they are tried."""
    fonts = coverage()
    rest = set(text) - fonts["latin"]
    return [family for family in FACES if rest & fonts[family]]


def needs_shaping(text: str) -> bool:
    """Emoji that are several characters drawn as one: ZWJ sequences, flags, skin tones, keycaps."""
    return any(
        char in "\u200d\u20e3" or "\U0001f1e6" <= char <= "\U0001f1ff" or "\U0001f3fb" <= char <= "\U0001f3ff"
        for char in text
    )


def unprintable(text: str) -> list[str]:
    """Characters of `text` that no print font has, in order of appearance (drawn as nothing).

    Control and format characters (line breaks, joiners, direction marks) and variation
    selectors have no picture of their own, so leaving them out loses nothing.
    """
    missing = set(text) - _printable()  # a set difference first: fast for ordinary text
    if not missing:
        return []
    return [
        char
        for char in dict.fromkeys(text)
        if char in missing
        and unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp")
        and not ("\ufe00" <= char <= "\ufe0f" or "\U000e0100" <= char <= "\U000e01ef")
    ]
