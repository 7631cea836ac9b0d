"""fpdf2's line breaks of a paragraph, found once per process and dealt again to every later copy.

fpdf2 2.8.9 breaks a paragraph into lines character by character each time it is drawn, and again
when it is measured (`multi_cell(dry_run=True)`): a text box measures its paragraphs to fit them,
then draws them, and a poster draws the same paragraphs in four sizes and printers. Here fpdf2's
MultiLineBreak makes the lines of a paragraph once; a later paragraph that breaks alike (the same
characters in the same fonts, sizes, spacing, shaping and links, in a box as wide) gets those lines
again, each fragment rebuilt on the graphics state of its own paragraph (its colour, its PDF's font
object), so it draws as fpdf2 would have drawn it: every PDF keeps its bytes.

`install()` puts the class in fpdf2's fpdf module, where multi_cell makes its lines.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import fields
from typing import Any

import fpdf
from fpdf import fpdf as fpdf_module
from fpdf.enums import Align, WrapMode
from fpdf.fonts import TTFFont
from fpdf.graphics_state import GraphicsState
from fpdf.line_break import Fragment, MultiLineBreak, TextLine

# The fpdf2 whose MultiLineBreak and TextLine this module knows (constraints.txt pins it).
FOR_FPDF = "2.8.9"

# Paragraphs kept: a worker's recent items (labels, footers, invitations recur on all of them).
KEPT = 20_000

# What of a fragment's graphics state a line break never depends on: its colours, how lines are
# stroked, and whether the PDF page has set the font yet. The line keeps them from its own paragraph.
_NOT_BREAKING = {"draw_color", "fill_color", "text_color", "dash_pattern", "line_width", "current_font_is_set_on_page"}
_BREAKING = [f.name for f in fields(GraphicsState) if f.name not in _NOT_BREAKING | {"current_font", "text_shaping"}]

# Per paragraph: each line's fragments (index of the paragraph's fragment it came from, its
# characters, its link) and the line's measures.
Line = tuple[tuple[tuple[int, tuple[str, ...], Any], ...], tuple[Any, ...]]
_LINES: OrderedDict[tuple[Any, ...], tuple[Line, ...]] = OrderedDict()


def _font(state: GraphicsState) -> tuple[Any, ...] | None:
    """A font as its metrics go: its file and style, and whether sheet.py took the emoji joiners out of
    its character map. None for a font whose breaking has side effects: shaped text (HarfBuzz numbers
    the glyphs of a PDF's font subset in the order it measures them, so a line not measured again would
    number them otherwise), a colour font (fpdf2 draws it at the largest size measured) and the rest
    linewidth.py leaves to fpdf2 as well."""
    font = state.current_font
    if state.text_shaping or not isinstance(font, TTFFont) or font.is_symbol or font.color_font is not None:
        return None
    return (str(font.ttffile), font.fontkey, state.font_style, 0x200D in font.cmap)


def _key(
    fragments: Sequence[Fragment], max_width: Any, margins: Sequence[float], options: tuple[Any, ...]
) -> tuple[Any, ...] | None:
    if callable(max_width) or not all(type(fragment) is Fragment for fragment in fragments):
        return None
    parts: list[Any] = [max_width, tuple(margins), options]
    for fragment in fragments:
        state = fragment.graphics_state
        font = _font(state)
        if font is None:
            return None
        parts.append(
            ("".join(fragment.characters), fragment.k, fragment.link, font, *map(state.__getattribute__, _BREAKING))
        )
    return tuple(parts)


class RememberedBreak(MultiLineBreak):
    """MultiLineBreak that deals the lines of a paragraph broken before."""

    def __init__(
        self,
        fragments: Sequence[Fragment],
        max_width: float | Callable[[float], float],
        margins: Sequence[float],
        align: Align = Align.L,
        print_sh: bool = False,
        wrapmode: WrapMode = WrapMode.WORD,
        line_height: float = 1.0,
        skip_leading_spaces: bool = False,
        first_line_indent: float = 0,
    ) -> None:
        super().__init__(
            fragments,
            max_width,
            margins,
            align,
            print_sh,
            wrapmode,
            line_height,
            skip_leading_spaces,
            first_line_indent,
        )
        options = (align, print_sh, wrapmode, line_height, skip_leading_spaces, first_line_indent)
        self._remembered_key = _key(fragments, max_width, margins, options)
        known = _LINES.get(self._remembered_key) if self._remembered_key is not None else None
        self._dealt = iter([self._rebuilt(line) for line in known]) if known is not None else None
        self._found: list[Line] | None = [] if known is None and self._remembered_key is not None else None

    def get_line(self) -> TextLine | None:
        if self._dealt is not None:
            return next(self._dealt, None)
        line = super().get_line()
        if self._found is not None:
            if line is None:
                self._remember(self._found)
            else:
                found = self._taken(line)
                if found is None:
                    self._found = None
                else:
                    self._found.append(found)
        return line

    def _taken(self, line: TextLine) -> Line | None:
        """The line as indexes into this paragraph's fragments (None: a fragment of unknown origin)."""
        parts = []
        for fragment in line.fragments:
            origin = next(
                (n for n, own in enumerate(self.fragments) if own.graphics_state is fragment.graphics_state), None
            )
            if origin is None or type(fragment) is not Fragment or fragment.k != self.fragments[origin].k:
                return None
            parts.append((origin, tuple(fragment.characters), fragment.link))
        measures = (
            line.text_width,
            line.number_of_spaces,
            line.align,
            line.height,
            line.max_width,
            line.trailing_nl,
            line.trailing_form_feed,
            line.indent,
        )
        return tuple(parts), measures

    def _remember(self, lines: list[Line]) -> None:
        assert self._remembered_key is not None
        _LINES[self._remembered_key] = tuple(lines)
        while len(_LINES) > KEPT:
            _LINES.popitem(last=False)

    def _rebuilt(self, line: Line) -> TextLine:
        parts, measures = line
        fragments = [
            Fragment(list(characters), self.fragments[origin].graphics_state, self.fragments[origin].k, link)
            for origin, characters, link in parts
        ]
        return TextLine(fragments, *measures)


def installed() -> bool:
    return fpdf_module.MultiLineBreak is RememberedBreak


def install() -> bool:
    """multi_cell makes its lines with RememberedBreak (fpdf2 looks the class up in its fpdf module)."""
    if fpdf.FPDF_VERSION != FOR_FPDF:
        return False
    fpdf_module.MultiLineBreak = RememberedBreak  # type: ignore[misc]
    return True
