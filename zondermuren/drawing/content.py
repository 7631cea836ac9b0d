"""What a spec shows: its texts (they choose the fonts, and may hold characters no font has) and
its logos (their bytes count in its cache key, and a logo the PDF maker cannot read is left off).

A spec is a mapping of plain data, the same for every drawing: every string in it is shown,
except the fields named in NOT_SHOWN (choices, colours, files).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

# Spec fields that are not shown as text: file names, colours, choices.
NOT_SHOWN = {
    *("design", "language", "rtl", "mirrored", "variant", "paper"),
    *("primary", "accent", "huis_logo", "partner_logo", "partner_logos"),
    *("kind_pictogram", "pictogram"),  # an SVG (zondermuren.pictograms): drawn, never shown as text
}
LOGO_FIELDS = ("huis_logo", "partner_logo", "partner_logos")  # a path, or a list of paths


def texts(spec: Mapping[str, Any]) -> dict[str, str]:
    """Every text a spec shows, by field ('facts' as 'facts[2]'), as the design may draw it."""
    found: dict[str, str] = {}
    for name, value in spec.items():
        if name in NOT_SHOWN:
            continue
        if isinstance(value, str):
            found[name] = value
        elif isinstance(value, list | tuple | dict):
            found[name] = "\n".join(_flat(value))
    return found


def shown(spec: Mapping[str, Any]) -> str:
    """All the texts of a spec in one string: what a Sheet is told it will show (its fonts)."""
    return "\n".join(texts(spec).values())


def _flat(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [text for part in value for text in _flat(part)]
    if isinstance(value, dict):  # a booklet's entries
        return [text for name, part in value.items() if name not in NOT_SHOWN for text in _flat(part)]
    return []


def with_logos(spec: Mapping[str, Any], change: Callable[[str], str]) -> dict[str, Any]:
    """The spec with every logo path passed through `change` (logos changed to '' are dropped)."""
    changed = dict(spec)
    for name in LOGO_FIELDS:
        value = spec.get(name)
        if isinstance(value, list):
            changed[name] = [new for logo in value if (new := change(logo))]
        elif value:
            changed[name] = change(value)
    return changed


def logos(spec: Mapping[str, Any]) -> list[str]:
    """Every logo file a spec draws."""
    found: list[str] = []

    def collect(logo: str) -> str:
        found.append(logo)
        return logo

    with_logos(spec, collect)
    return found


def without(spec: Mapping[str, Any], broken: set[str]) -> dict[str, Any]:
    """The spec with the `broken` logos left off."""
    return with_logos(spec, lambda logo: "" if logo in broken else logo)
