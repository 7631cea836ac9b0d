"""A line of mixed scripts put in the order a browser shows it: rule L2 of the Unicode bidi algorithm.

fpdf2 resolves the embedding level of every character, but splits a paragraph into runs of only
two kinds (left or right) and orders a line's runs as if no level were above 1. Digits in Arabic
text in a left-to-right line (levels 1 and 2), or Arabic with a Latin word in it inside a Dutch
line, then came out at the wrong end. `runs` keeps each run's level (the Sheet's PDF stores it with
the run's other shaping parameters), and `Line` orders a line's runs by their levels, the way
Chromium does: from the highest level to the lowest odd one, every stretch at that level or
higher is reversed. A run drawn right to left is shaped right to left (HarfBuzz), so reversing
the runs is all that is left to do.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from fpdf.bidi import BidiCharacter
from fpdf.enums import TextDirection
from fpdf.line_break import Fragment, TextLine

LEVEL = "zondermuren_level"  # the key of a run's level among fpdf2's text shaping parameters


def runs(characters: Iterable[BidiCharacter]) -> Iterator[tuple[str, int]]:
    """The text in runs of one embedding level each, in logical order: (text, level)."""
    text, level = "", -1
    for char in characters:
        if char.embedding_level != level and text:
            yield text, level
            text = ""
        text += char.character
        level = char.embedding_level
    if text:
        yield text, level


def _level(fragment: Fragment) -> int | None:
    parameters = fragment.text_shaping_parameters
    return parameters.get(LEVEL) if parameters else None


class Line(TextLine):
    """fpdf2's line of fragments, put in visual order by the fragments' levels."""

    __slots__ = ()

    def get_ordered_fragments(self) -> list[Fragment]:
        fragments = list(self.fragments)
        levels = [_level(fragment) for fragment in fragments]
        if not fragments or any(level is None for level in levels):
            return super().get_ordered_fragments()  # not shaped: one direction, no levels
        base = 1 if fragments[0].paragraph_direction == TextDirection.RTL else 0
        found = [base if level is None else level for level in levels]
        # L1: spaces at the end of the line take the paragraph's level (they sit at its end).
        for index in range(len(fragments) - 1, -1, -1):
            if "".join(fragments[index].characters).strip():
                break
            found[index] = base
        order = list(range(len(fragments)))
        for level in range(max(found), (min(found) | 1) - 1, -1):  # L2
            start = 0
            while start < len(order):
                if found[order[start]] < level:
                    start += 1
                    continue
                end = start
                while end < len(order) and found[order[end]] >= level:
                    end += 1
                order[start:end] = order[start:end][::-1]
                start = end
        return [fragments[index] for index in order]
