"""What every print item is made of: its record, its variants and its file name (items.py, guides.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from zondermuren.i18n import Translator

VARIANTS = ("kantoor", "drukker")  # office first: most partners print at the office
PAPER = {"a4": (210.0, 297.0), "a3": (297.0, 420.0)}
HUIS = "drukwerk"  # by_page's key for the items of the whole Huis (booklets), listed on the Drukwerk page


@dataclass(frozen=True)
class PrintItem:
    path: str  # site path of the PDF, "drukwerk/<partner>/<file>.pdf"
    kind: str  # affiche, raamsticker, raamsticker-binnenkant, naambord, wie-is-wie, brochure
    partner: str  # slug of the partner it belongs to, "" for the Huis's own items
    language: str
    spec: dict[str, Any]
    key: str = ""  # activity id, location id or age group, "" for a partner's own items
    size: str = ""  # a4, a3, 15x15, a5: the paper for the office, the trim for the print shop
    variant: str = ""  # kantoor or drukker


def file_name(stem: str, size: str, variant: str, language: str) -> str:
    """'affiche-x.a4-kantoor.nl': item, size, variant and language, each findable in the name."""
    return f"{stem}.{size}-{variant}.{language}"


def variants(spec: dict[str, Any], paper: tuple[float, float], t: Translator) -> list[tuple[str, dict[str, Any]]]:
    """The spec per variant: the office one carries its small print."""
    return [
        (variant, {**spec, "variant": variant, "paper": list(paper), "note": t("print.note_office")})
        if variant == "kantoor"
        else (variant, {**spec, "variant": variant, "paper": list(paper)})
        for variant in VARIANTS
    ]


# Spec fields that are not shown as text: file names, colours, choices.
NOT_SHOWN = {
    *("design", "language", "rtl", "mirrored", "variant", "paper"),
    *("primary", "accent", "huis_logo", "partner_logo", "partner_logos"),
}


def texts(spec: dict[str, Any]) -> dict[str, str]:
    """Every text a spec shows, by field ('facts' as 'facts[2]'), as the design may draw it."""
    found: dict[str, str] = {}

    def add(name: str, value: Any) -> None:
        if isinstance(value, str):
            found[name] = value
        elif isinstance(value, list | tuple | dict):
            found[name] = "\n".join(_flat(value))

    for name, value in spec.items():
        if name not in NOT_SHOWN:
            add(name, value)
    return found


def _flat(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [text for part in value for text in _flat(part)]
    if isinstance(value, dict):  # a booklet's entries
        return [text for name, part in value.items() if name not in NOT_SHOWN for text in _flat(part)]
    return []
