"""Controlled vocabularies (pillars, life domains, kinds of offer, partner types, age bands, ...).

The defaults ship with the package; a Huis may add or leave out terms in `huis.yml`, because no
Huis covers every life domain ("geen enkel Huis van het Kind ze allemaal integreert").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from zondermuren.problems import Problem, suggestion

if TYPE_CHECKING:
    from zondermuren.sources.documents import Document

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


def cluster_problems(doc: Document, vocab: Vocabularies) -> Iterator[Problem]:
    """Every partner type belongs to one of the clusters (`vocab`: after huis.yml's changes).

    The site groups partners by cluster ("wie is wie", the cluster pages): a type without one, or
    with a cluster the Huis does not have (a typo, or a cluster left out), has no place there."""
    clusters = vocab.keys("clusters")
    expected = f"een van: {', '.join(clusters)}" if clusters else "een cluster, maar de lijst clusters is leeg"
    changes = doc.data.get("woordenlijsten", {})
    added = changes.get("partnertypes", {}).get("toevoegen", {})
    for key, value in added.items():
        at = ("woordenlijsten", "partnertypes", "toevoegen", key)
        cluster = value.get("cluster") if isinstance(value, dict) else None
        if cluster is None:
            kit = _kit_lists()["partnertypes"].get(key)  # a kit type given again keeps its cluster
            example = kit.cluster if kit else "andere" if "andere" in clusters else (clusters or ["..."])[0]
            better = "" if kit else ", of een cluster die beter past"
            fix = (
                f"voeg cluster: {example} toe"
                if isinstance(value, dict)
                else f"schrijf {key}: {{nl: {value}, cluster: {example}}}"
            )
            yield doc.problem(
                at, f"partnertype zonder cluster (verwacht een cluster, {expected}; gevonden geen)", fix + better
            )
        elif cluster not in clusters:
            yield doc.problem(
                at + ("cluster",),
                f"onbekende cluster (verwacht {expected}; gevonden '{cluster}')",
                suggestion(cluster, clusters) or "voeg de cluster toe onder woordenlijsten → clusters → toevoegen",
            )
    orphans: dict[str, list[str]] = {}
    for key, term in vocab.lists["partnertypes"].items():
        if key not in added and term.cluster not in clusters:
            orphans.setdefault(term.cluster, []).append(key)
    for index, cluster in enumerate(changes.get("clusters", {}).get("weglaten", [])):
        if cluster in orphans:
            types = orphans[cluster]
            yield doc.problem(
                ("woordenlijsten", "clusters", "weglaten", index),
                f"cluster nog in gebruik (verwacht een cluster zonder partnertypes, gevonden '{cluster}' bij "
                f"{', '.join(types)})",
                f"laat ook {'dat partnertype' if len(types) == 1 else 'die partnertypes'} weg onder "
                "woordenlijsten → partnertypes → weglaten, of laat de cluster staan",
            )


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
