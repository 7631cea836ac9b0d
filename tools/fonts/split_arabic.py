"""Split Noto Sans Arabic into a small core file and a rest file, for the site's first view (issue #31).

    .venv/bin/python tools/fonts/split_arabic.py

Run it from anywhere, offline, after changing the originals or the CORE below; it rewrites the four
files zondermuren/adapter/theme/assets/fonts/noto-sans-arabic-{core,rest}-{400,700}-normal.woff2 and
the Arabic part of zondermuren/adapter/theme/assets/css/fonts.css (between its two marker comments).
The same originals and fontTools give the same bytes (no timestamp is written).

Why: the @fontsource "arabic" subset (tools/fonts/originals/, 49 and 50 KB) covers Persian, Urdu,
Sindhi, Pashto, Quranic marks, presentation forms... An Arabic reader's page needs the basic
Arabic block only. The core file (about 11 KB a weight) holds those characters with every OpenType
layout feature, so letters join, lam-alef ligates and harakat sit on their letters exactly as with
the original; the rest file holds every other character of the original, and a browser fetches it
only for a page that uses one of them (the unicode-range of its @font-face).

Licence: Noto Sans Arabic is under the SIL Open Font License 1.1 (theme/assets/fonts/OFL.txt). The
split files are a "Modified Version"; the Noto fonts declare no Reserved Font Name (OFL.txt names
none, only the copyright line), so they may keep the name "Noto Sans Arabic". The name table,
with the copyright and the licence address, is kept whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[2]
ORIGINALS = Path(__file__).resolve().parent / "originals"  # never published: outside the theme folder
FONTS = ROOT / "zondermuren" / "adapter" / "theme" / "assets" / "fonts"
CSS = ROOT / "zondermuren" / "adapter" / "theme" / "assets" / "css" / "fonts.css"
WEIGHTS = (400, 700)
BEGIN = "/* Noto Sans Arabic: written by tools/fonts/split_arabic.py, do not edit by hand. */"
END = "/* Noto Sans Arabic: end. */"


def _span(first: int, last: int) -> set[int]:
    return set(range(first, last + 1))


# What standard Arabic text needs (Modern Standard Arabic as families write it).
CORE = (
    _span(0x0621, 0x063A)  # hamza .. ghain (063B-063F: Farsi/Azeri keheh and yeh variants go to the rest)
    | {0x0640}  # tatweel ـ
    | _span(0x0641, 0x064A)  # feh .. yeh
    | _span(0x064B, 0x0652)  # harakat: tanwin, fatha, damma, kasra, shadda, sukun
    | _span(0x0653, 0x0655)  # maddah, hamza above and below (text written decomposed)
    | {0x0670}  # superscript alef (هٰذا)
    | _span(0x0660, 0x0669)  # Arabic-Indic digits
    | _span(0x066A, 0x066D)  # percent sign, decimal and thousands separators, five-pointed star
    | _span(0x06F0, 0x06F9)  # Eastern Arabic-Indic digits
    | {0x060C, 0x060D, 0x061B, 0x061F}  # comma ، date separator, semicolon ؛ question mark ؟
    | {0x061C, 0x200C, 0x200D, 0x200E}  # Arabic letter mark, ZWNJ, ZWJ, LRM
    | {0x2010, 0x2011}  # hyphen, non-breaking hyphen
)
# In the original's cmap but never in its unicode-range (@fontsource's CSS): a browser never took them
# from this font, Noto Sans (latin) has them. Declaring U+0020 would also make Noto Sans Arabic the
# "first available font" of every right-to-left page (CSS Fonts 4: the first font whose unicode-range
# holds the space), which sets the line boxes and the baseline: the pages would look different. And
# a stray U+FEFF (a byte order mark) would make a page fetch the rest file. So neither file has them.
NEVER_DECLARED = {0x0000, 0x000D, 0x0020, 0x00A0, 0xFEFF}


def original(weight: int) -> Path:
    return ORIGINALS / f"noto-sans-arabic-arabic-{weight}-normal.woff2"


def split_file(part: str, weight: int) -> Path:
    return FONTS / f"noto-sans-arabic-{part}-{weight}-normal.woff2"


def parts(cmap: Iterable[int]) -> dict[str, set[int]]:
    """The original's characters per file: core and rest, disjoint, together all it declared."""
    declared = set(cmap) - NEVER_DECLARED
    return {"core": declared & CORE, "rest": declared - CORE}


def unicode_range(codepoints: Iterable[int]) -> str:
    """The shortest CSS unicode-range of exactly these code points: U+0621-063A,U+0640,..."""
    spans: list[list[int]] = []
    for point in sorted(codepoints):
        if spans and spans[-1][1] == point - 1:
            spans[-1][1] = point
        else:
            spans.append([point, point])
    return ",".join(f"U+{a:04X}" if a == b else f"U+{a:04X}-{b:04X}" for a, b in spans)


def _options() -> subset.Options:
    options = subset.Options()
    options.layout_features = ["*"]  # init/medi/fina/isol, rlig, liga, ccmp, locl, mark, mkmk, kern...
    options.name_IDs = ["*"]  # the copyright (0) and the licence address (14) stay
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True
    options.glyph_names = True  # as the original (post format 2)
    options.flavor = "woff2"
    return options


def split(weight: int) -> dict[str, str]:
    """Write the core and rest files of one weight; their unicode-ranges."""
    source = original(weight)
    ranges = {}
    for part, codepoints in parts(TTFont(source).getBestCmap()).items():
        font = TTFont(source, recalcTimestamp=False)
        subsetter = subset.Subsetter(_options())
        subsetter.populate(unicodes=codepoints)
        subsetter.subset(font)
        font.save(split_file(part, weight))
        ranges[part] = unicode_range(codepoints)
    return ranges


def font_face(part: str, weight: int, ranges: str) -> str:
    return (
        "@font-face {\n"
        "  font-family: 'Noto Sans Arabic';\n"
        "  font-style: normal;\n"
        "  font-display: swap;\n"
        f"  font-weight: {weight};\n"
        f"  src: url(../fonts/{split_file(part, weight).name}) format('woff2');\n"
        f"  unicode-range: {ranges};\n"
        "}\n"
    )


def write_css(faces: str) -> None:
    text = CSS.read_text("utf-8")
    block = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.S)
    if not block.search(text):
        raise SystemExit(f"{CSS}: the marker comments are missing ({BEGIN} ... {END})")
    CSS.write_text(block.sub(lambda _: f"{BEGIN}\n{faces}{END}", text), "utf-8")


def main() -> None:
    faces = []
    for weight in WEIGHTS:
        ranges = split(weight)
        faces += [font_face(part, weight, ranges[part]) for part in ("core", "rest")]
    write_css("".join(faces))
    for weight in WEIGHTS:
        for part in ("core", "rest"):
            path = split_file(part, weight)
            print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
