"""Clusters of partner types: every type belongs to one the Huis has (after huis.yml's changes)."""

from __future__ import annotations

from collections.abc import Iterator

from zondermuren.problems import Problem, suggestion
from zondermuren.sources.parsing.documents import Document
from zondermuren.vocabulary import Vocabularies, kit_term


def problems(doc: Document, vocab: Vocabularies) -> Iterator[Problem]:
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
            kit = kit_term("partnertypes", key)  # a kit type given again keeps its cluster
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
