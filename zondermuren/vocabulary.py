"""Controlled vocabularies (pillars, life domains, kinds of offer, partner types, age bands, ...).

The defaults ship with the package; a Huis may add or leave out terms in `huis.yml`, because no
Huis covers every life domain ("geen enkel Huis van het Kind ze allemaal integreert").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

LISTS = (
    "pijlers",
    "levensdomeinen",
    "aanbodvormen",
    "betrokkenheid",
    "leeftijden",
    "partnertypes",
    "clusters",
    "campagnes",
)


@dataclass(frozen=True)
class Term:
    key: str
    labels: dict[str, str]
    cluster: str = ""

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels.get("nl") or self.key


class Vocabularies:
    """All vocabularies of one Huis, in the order a family should read them."""

    def __init__(self, lists: dict[str, dict[str, Term]]) -> None:
        self.lists = lists

    def keys(self, name: str) -> list[str]:
        return list(self.lists[name])

    def term(self, name: str, key: str) -> Term:
        return self.lists[name][key]

    def label(self, name: str, key: str, language: str) -> str:
        term = self.lists[name].get(key)
        return term.label(language) if term else key

    @classmethod
    def default(cls) -> Vocabularies:
        return cls({name: dict(terms) for name, terms in _kit_lists().items()})

    def with_overrides(self, overrides: dict[str, Any]) -> Vocabularies:
        """Apply `woordenlijsten` from huis.yml: `toevoegen` adds terms, `weglaten` drops some."""
        lists = {name: dict(terms) for name, terms in self.lists.items()}
        for name, change in (overrides or {}).items():
            for key in change.get("weglaten", []):
                lists[name].pop(key, None)
            lists[name].update(_terms(change.get("toevoegen", {})))
        return Vocabularies(lists)


def kit_term(name: str, key: str) -> Term | None:
    """The kit's own term of a list, whatever huis.yml changed."""
    return _kit_lists()[name].get(key)


@cache
def _kit_lists() -> dict[str, dict[str, Term]]:
    """The kit's vocabularies, read once per process (every check starts from them)."""
    text = (Path(__file__).parent / "vocabularies.yml").read_text("utf-8")
    return {name: _terms(items) for name, items in yaml.load(text, Loader=_LOADER).items()}


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: 10x faster


def _terms(items: dict[str, Any]) -> dict[str, Term]:
    terms = {}
    for key, value in items.items():
        if isinstance(value, str):
            value = {"nl": value}
        labels = {lang: text for lang, text in value.items() if lang != "cluster"}
        terms[str(key)] = Term(str(key), labels, value.get("cluster", ""))
    return terms
