"""Which texts miss a translation, per language: for the coordinator, never in the family navigation.

Counts per language: hand-written pages without their `.xx.md`, fiches and activities with at
least one translatable field missing in that language (and how many fields in all).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from zondermuren.model.huis import Activity, Huis, Partner, Text


@dataclass
class Gaps:
    language: str
    pages: list[str] = field(default_factory=list)
    fiches: dict[str, list[str]] = field(default_factory=dict)  # partner source file -> fields
    activities: dict[str, list[str]] = field(default_factory=dict)  # "file: id" -> fields

    @property
    def fields(self) -> int:
        return sum(map(len, self.fiches.values())) + sum(map(len, self.activities.values()))


# Left out on purpose: names of locations and places (proper names, readable as they are) and
# `doorverwijzen` (written for Dutch-speaking professionals).
def _partner_texts(partner: Partner) -> Iterator[tuple[str, Text | None]]:
    yield "beschrijving", partner.description
    yield "kosten", partner.offer.cost
    yield "contact.persoon.rol", partner.contact.person_role
    for index, location in enumerate(partner.locations, start=1):
        yield f"locaties[{index}].uren_opmerking", location.hours_note
        yield f"locaties[{index}].bereikbaarheid", location.transit


def _activity_texts(activity: Activity) -> Iterator[tuple[str, Text | None]]:
    yield "titel", activity.title
    yield "beschrijving", activity.description
    yield "kosten", activity.offer.cost
    whole = activity.whole.reason if activity.whole else None
    yield "reden", whole
    for day, change in sorted(activity.changes.items()):
        if change.reason is not whole:  # the activity's own reason, given to each of its dates
            yield f"per_datum.{day.isoformat()}.reden", change.reason


def hand_written_pages(docs_dir: Path, languages: list[str], generated: set[str]) -> list[str]:
    """Dutch Markdown pages in docs_dir that zondermuren did not make (`generated`)."""
    suffixes = tuple(f".{lang}.md" for lang in languages)
    return sorted(
        path.relative_to(docs_dir).as_posix()
        for path in docs_dir.rglob("*.md")
        if path.relative_to(docs_dir).as_posix() not in generated and not path.name.endswith(suffixes)
    )


def gaps(huis: Huis, docs_dir: Path, generated: set[str]) -> list[Gaps]:
    pages = hand_written_pages(docs_dir, huis.languages, generated)
    report = []
    for language in huis.languages[1:]:
        found = Gaps(language)
        found.pages = [p for p in pages if not (docs_dir / f"{p[:-3]}.{language}.md").is_file()]
        for partner in huis.partners.values():
            missing = [name for name, text in _partner_texts(partner) if text and not text.has(language)]
            if missing:
                found.fiches[partner.source] = missing
        for activity in huis.activities:
            missing = [name for name, text in _activity_texts(activity) if text and not text.has(language)]
            if missing:
                found.activities[f"{activity.source}: {activity.id}"] = missing
        report.append(found)
    return report


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def as_text(report: list[Gaps], huis: Huis) -> str:
    lines = [f"Vertalingen van {huis.name} ({len(huis.partners)} fiches, {len(huis.activities)} activiteiten):"]
    for found in report:
        lines.append(
            f"  {found.language}: {_count(len(found.pages), 'pagina', 'pagina' + chr(39) + 's')}, "
            f"{_count(len(found.fiches), 'fiche', 'fiches')} en "
            f"{_count(len(found.activities), 'activiteit', 'activiteiten')} missen een vertaling "
            f"({_count(found.fields, 'veld', 'velden')})"
        )
        lines += [f"    pagina {page}" for page in found.pages]
        lines += [f"    {file}: {', '.join(names)}" for file, names in sorted(found.fiches.items())]
        lines += [f"    {item}: {', '.join(names)}" for item, names in sorted(found.activities.items())]
    return "\n".join(lines)
