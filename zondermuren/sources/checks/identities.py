"""Activity ids across the Huis: one code per activity, because it is the address its poster's QR
code prints. A duplicate is blamed on a copied folder when one can be recognised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from zondermuren.problems import Problem
from zondermuren.sources.parsing.documents import Document
from zondermuren.sources.schema import hints


def _folder(doc: Document) -> str:
    return doc.file.rsplit("/", 2)[-2]  # partners/<folder>/activiteiten.yml


_COPY_MARK = re.compile(r"(kopie|kopij|copy|-[0-9]+$)")


def _copy_of(copy: str, original: str, names: dict[str, str]) -> bool:
    """Does folder `copy` look like a copy of folder `original` (a colleague's folder copied)?

    Both fiches carry the same name, and `original` is the folder that name would give, or
    `copy` is the original's folder name with something added ('bib-noorddorp-kopie'), or only
    `copy`'s name says it is one ('bib-kopie', 'cb-2').
    """
    same_name = names.get(copy, "").casefold() == names.get(original, "").casefold() != ""
    named_after = hints.slug(names.get(original, "")) == original != copy
    extended = copy != original and original in copy
    marked = _COPY_MARK.search(copy) is not None and _COPY_MARK.search(original) is None
    return (same_name and (named_after or extended or marked)) or (extended and not names.get(copy))


def duplicate_ids(docs: list[Document], names: dict[str, str]) -> Iterator[Problem]:
    """One code per activity across the Huis: its code is the address its poster's QR code prints.

    `names` maps partner folders to the name in their fiche, to recognise a copied folder: the
    problem is then reported on the copy only, whichever sorts first; otherwise on every file
    that has the code, so nobody is told to rename the one that was there first.
    """
    places: dict[str, list[tuple[Document, int]]] = {}
    for doc in docs:
        for index, item in enumerate(doc.data.get("activiteiten", [])):
            places.setdefault(item["id"], []).append((doc, index))
    taken = set(places)
    for key, found in places.items():
        if len(found) < 2:
            continue
        folders = {_folder(doc) for doc, _ in found}
        copies = {f for f in folders if any(_copy_of(f, other, names) for other in folders - {f})}
        originals = folders - copies
        # One proposal per code: only one of the two needs renaming.
        free = next(f"{key}-{n}" for n in range(2, len(taken) + 3) if f"{key}-{n}" not in taken)
        taken.add(free)
        for doc, index in found:
            folder = _folder(doc)
            if copies and originals and folder in originals:
                continue  # the copy carries the problem
            others = [(o, i) for o, i in found if (o, i) != (doc, index)]
            other, other_index = next(((o, i) for o, i in others if _folder(o) in originals), others[0])
            line = other.where(("activiteiten", other_index, "id"))[0]
            message = f"dubbele activiteitscode (verwacht een unieke code, gevonden '{key}' ook in {other.file}:{line})"
            if folder in copies:
                message += f"; deze map lijkt een kopie van partners/{_folder(other)}"
                hint = f"geef de activiteiten in deze kopie een eigen code, zoals '{free}'"
            else:
                hint = (
                    f"geef de nieuwste activiteit een andere code, zoals '{free}'; de code van een activiteit die al "
                    "op de site staat blijft beter, want affiches verwijzen ernaar"
                )
            yield doc.problem(("activiteiten", index, "id"), message, hint)
