"""Fold order: which A5 pages go side by side on each A4 side, for a stack folded in the middle.

An office printer prints the sides in order, double-sided (flip on the short edge); folding the
stack and stapling it in the fold gives the booklet. A left-to-right booklet opens on the right,
so the first side holds [last page, page 1]; a right-to-left one (Arabic) mirrors every side.
"""

from __future__ import annotations


def padded(pages: int) -> int:
    """Pages of the booklet: a multiple of four, since each sheet carries four (blank ones at the end)."""
    return max(4, -(-pages // 4) * 4)


def sides(pages: int, *, rtl: bool = False) -> list[tuple[int, int]]:
    """Per printed side, the page numbers (from 1) on its left and right half, in print order."""
    total = padded(pages)
    found: list[tuple[int, int]] = []
    for sheet in range(total // 4):
        front = (total - 2 * sheet, 1 + 2 * sheet)
        back = (2 + 2 * sheet, total - 1 - 2 * sheet)
        found += [front, back]
    return [(right, left) for left, right in found] if rtl else found
