"""fpdf2's line breaking, its line's width kept as the line grows.

fpdf2 2.8.9 breaks a paragraph into lines one character at a time, and for every character it adds
it measures the whole line again (`CurrentLine.width`: each fragment's characters joined and their
widths summed). A line of n characters costs n²/2 width lookups: a third of a poster's drawing
time. Here each fragment's sum of character widths is carried over from the previous character,
and the width is then worked out with fpdf2's own arithmetic, in its order (Fragment.get_width and
TTFFont.get_text_width), so every line breaks where it did and every PDF keeps its bytes.

Only text fpdf2 measures character by character takes this path: shaped text (Arabic, emoji
sequences: HarfBuzz measures the run as a whole), core and symbol fonts are measured as before.
`install()` puts the class in fpdf2's line_break module, where MultiLineBreak makes its lines.
"""

from __future__ import annotations

from typing import Any

import fpdf
from fpdf import line_break
from fpdf.fonts import TTFFont
from fpdf.line_break import CurrentLine, Fragment


class GrowingLine(CurrentLine):
    """A CurrentLine whose width costs one lookup per character added, not one per character held."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # id(fragment) -> (the fragment, the character list counted, how many, their width units).
        # Fragment.trim puts a new list in place: a list that is not the one counted is counted again.
        self._counted: dict[int, tuple[Fragment, list[str], int, float]] = {}

    @property
    def width(self) -> float:
        width: float = 0
        for number, fragment in enumerate(self.fragments):
            width += self._fragment_width(fragment, initial_cs=number > 0)
        return width

    def _fragment_width(self, fragment: Fragment, initial_cs: bool) -> float:
        font = fragment.font
        if fragment.text_shaping_parameters or not isinstance(font, TTFFont) or font.is_symbol:
            return fragment.get_width(initial_cs=initial_cs)
        characters = fragment.characters
        counted = self._counted.get(id(fragment))
        if (
            counted is not None
            and counted[0] is fragment
            and counted[1] is characters
            and counted[2] <= len(characters)
        ):
            start, units = counted[2], counted[3]
        else:
            start, units = 0, 0
        widths = font.cw
        for character in characters[start:]:  # the sum TTFFont.get_text_width makes, in its order
            units += widths[ord(character)]
        self._counted[id(fragment)] = (fragment, characters, len(characters), units)
        # What Fragment.get_width does with it (font_size_pt, stretching, spacing, k), step by step.
        size = fragment.font_size_pt
        if size > font.biggest_size_pt:
            font.biggest_size_pt = size
        width = units * size * 0.001
        char_spacing = fragment.char_spacing
        if fragment.font_stretching != 100:
            width *= fragment.font_stretching * 0.01
            char_spacing *= fragment.font_stretching * 0.01
        if fragment.char_spacing != 0:
            width += char_spacing * (len(characters) if initial_cs else len(characters) - 1)
        return width / fragment.k


# The fpdf2 whose Fragment.get_width and TTFFont.get_text_width GrowingLine repeats (constraints.txt
# pins it): another version keeps its own line, slower and surely right.
FOR_FPDF = "2.8.9"


def install() -> bool:
    """MultiLineBreak makes its lines with GrowingLine (fpdf2 looks the class up in its module)."""
    if fpdf.FPDF_VERSION != FOR_FPDF:
        return False
    line_break.CurrentLine = GrowingLine  # type: ignore[misc]
    return True
