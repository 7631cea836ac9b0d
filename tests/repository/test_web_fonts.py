"""The site's web fonts as committed: the Arabic split of tools/fonts/split_arabic.py (issue #31, the first
view) loses no character of the original, its files are what fonts.css declares, and the core shapes
standard Arabic exactly as the original font does. No build, no browser: fontTools and HarfBuzz."""

from __future__ import annotations

import io
import re
from functools import cache
from pathlib import Path

import pytest
import uharfbuzz as hb
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "zondermuren" / "adapter" / "theme" / "assets" / "fonts"
CSS = ROOT / "zondermuren" / "adapter" / "theme" / "assets" / "css" / "fonts.css"
ORIGINALS = ROOT / "tools" / "fonts" / "originals"
WEIGHTS = [400, 700]
# In the original's cmap, never in @fontsource's unicode-range (Noto Sans has them): left out on purpose.
NEVER_DECLARED = {0x0000, 0x000D, 0x0020, 0x00A0, 0xFEFF}
# A sentence of the kind the Huis writes: joined letters, lam-alef, tanwin and shadda, superscript alef,
# tatweel, Arabic punctuation, both kinds of digits.
SENTENCE = "مرحبًا بكم في بيت الطفل، هل لديكم سؤال؟ لا ١٢٣ ۴۵۶ مُحَمَّد هٰذا جـميل؛ إلى أين؟"
PERSIAN_URDU = "پچژگکیۀےڈٹ"  # letters an Arabic text never has: the rest file's


def _set(first: int, last: int) -> set[int]:
    return set(range(first, last + 1))


@cache
def font(path: Path) -> TTFont:
    return TTFont(path)


def cmap(path: Path) -> set[int]:
    return set(font(path).getBestCmap())


def original(weight: int) -> Path:
    return ORIGINALS / f"noto-sans-arabic-arabic-{weight}-normal.woff2"


def split(part: str, weight: int) -> Path:
    return FONTS / f"noto-sans-arabic-{part}-{weight}-normal.woff2"


def faces() -> list[dict[str, str]]:
    """fonts.css's @font-face rules, each as its declarations."""
    rules = re.findall(r"@font-face\s*\{([^}]*)\}", CSS.read_text("utf-8"))
    return [dict(re.findall(r"([a-z-]+):\s*([^;]+);", rule)) for rule in rules]


def codepoints(unicode_range: str) -> set[int]:
    found: set[int] = set()
    for item in unicode_range.split(","):
        first, _, last = item.strip().removeprefix("U+").partition("-")
        found |= _set(int(first, 16), int(last or first, 16))
    return found


@pytest.mark.parametrize("weight", WEIGHTS)
def test_the_arabic_core_and_rest_hold_every_character_of_the_original_once(weight: int) -> None:
    core, rest = cmap(split("core", weight)), cmap(split("rest", weight))
    assert not core & rest, sorted(map(hex, core & rest))
    assert core | rest == cmap(original(weight)) - NEVER_DECLARED
    standard = (_set(0x0621, 0x063A) | _set(0x0640, 0x0652) | _set(0x0660, 0x0669) | _set(0x06F0, 0x06F9)) | {
        0x060C,
        0x061B,
        0x061F,
        0x0670,
        0x200C,
        0x200D,
        0x200E,
    }  # letters, tatweel, harakat, digits, ، ؛ ؟
    assert standard <= core, sorted(map(hex, standard - core))
    assert {ord(letter) for letter in PERSIAN_URDU} <= rest
    assert len(core) < 100  # the point of the split: 83 of the original's 1221 characters


def test_fonts_css_declares_each_arabic_file_with_exactly_its_characters() -> None:
    """A unicode-range wider than its file costs a download for nothing (the browser falls back after
    it); a narrower one leaves characters of the file unused. The published folder holds the files
    fonts.css names and the licence, nothing else: the originals are not copied into every site."""
    declared = {face["src"].split("(")[1].split(")")[0].removeprefix("../fonts/"): face for face in faces()}
    arabic = {name: face for name, face in declared.items() if "arabic" in face["font-family"].lower()}
    assert sorted(arabic) == sorted(split(part, weight).name for part in ("core", "rest") for weight in WEIGHTS)
    for name, face in arabic.items():
        assert codepoints(face["unicode-range"]) == cmap(FONTS / name), name
        assert face["font-weight"] in name
    assert sorted(path.name for path in FONTS.iterdir()) == sorted([*declared, "OFL.txt"])


def _shaper(path: Path) -> tuple[hb.Font, list[str]]:
    data = io.BytesIO()
    opened = TTFont(path)
    opened.flavor = None  # HarfBuzz reads TrueType, not WOFF2
    opened.save(data)
    return hb.Font(hb.Face(data.getvalue())), opened.getGlyphOrder()


def _shaped(shaper: tuple[hb.Font, list[str]], word: str) -> list[tuple[str, int, int, int]]:
    hb_font, names = shaper
    buffer = hb.Buffer()
    buffer.add_str(word)
    buffer.guess_segment_properties()
    hb.shape(hb_font, buffer, {})
    return [
        (names[info.codepoint], place.x_advance, place.x_offset, place.y_offset)
        for info, place in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True)
    ]


def _features(path: Path, script: str) -> dict[str, set[str]]:
    table = font(path)["GSUB"].table
    (record,) = [record for record in table.ScriptList.ScriptRecord if record.ScriptTag == script]
    systems = [("dflt", record.Script.DefaultLangSys)]
    systems += [(system.LangSysTag, system.LangSys) for system in record.Script.LangSysRecord]
    return {
        tag: {table.FeatureList.FeatureRecord[i].FeatureTag for i in system.FeatureIndex} for tag, system in systems
    }


@pytest.mark.parametrize("weight", WEIGHTS)
def test_the_core_shapes_standard_arabic_as_the_original(weight: int) -> None:
    """Same glyphs, advances and mark offsets, word by word (a space is Noto Sans's, not this font's)."""
    before, after = _features(original(weight), "arab"), _features(split("core", weight), "arab")
    assert after["dflt"] == before["dflt"] >= {"init", "medi", "fina", "rlig", "liga", "ccmp"}
    assert set().union(*after.values()) == set().union(*before.values())
    assert {"mark", "mkmk", "kern"} <= {
        record.FeatureTag for record in font(split("core", weight))["GPOS"].table.FeatureList.FeatureRecord
    }
    old, new = _shaper(original(weight)), _shaper(split("core", weight))
    for word in SENTENCE.split():
        shaped = _shaped(new, word)
        assert shaped == _shaped(old, word), word
        assert not [glyph for glyph, *_ in shaped if glyph == ".notdef"], word
