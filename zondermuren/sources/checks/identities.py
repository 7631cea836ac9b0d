"""Who is who across the Huis: one code per activity (the address its poster's QR code prints),
and a partner folder that is a copy of another one.

Partners add a partner by copying a colleague's folder. The copy then shares the original's
activity codes (an error) and, once those are changed, still publishes the original's phone,
e-mail, website, logo, description and `beheerders` (a warning). Both are said to the COPY, never
to the partner who did nothing: the copy is the newer file (not yet committed, or committed later,
as git says; without git the later modification time), or, when the ages say nothing (a clone
gives every file the same day), the folder whose name says it is one.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from zondermuren.problems import Problem
from zondermuren.sources.parsing.documents import Document
from zondermuren.sources.schema import hints

# file -> how new it is (a bigger value is newer); see record.gitlog.ages.
Ages = Callable[[list[str]], dict[str, tuple[int, int]]]

# What a copied fiche still shares with its original, as said in the warning. One shared number
# (a switchboard) or one regional e-mail is normal between partners: three or more is a copy.
_SHARED = (
    (("contact", "telefoon"), "hetzelfde telefoonnummer"),
    (("contact", "email"), "hetzelfde e-mailadres"),
    (("contact", "website"), "dezelfde website"),
    (("logo",), "hetzelfde logo"),
    (("beschrijving",), "dezelfde beschrijving"),
    (("beheerders",), "dezelfde beheerders"),
)
ENOUGH = 3


def _folder(doc: Document) -> str:
    return doc.file.rsplit("/", 2)[-2]  # partners/<folder>/<file>.yml


_COPY_MARK = re.compile(r"(kopie|kopij|copy|-[0-9]+$)")


def _copy_of(copy: str, original: str, names: dict[str, str]) -> bool:
    """Does folder `copy`'s name say it is a copy of folder `original` (a colleague's folder copied)?

    Both fiches carry the same name, and `original` is the folder that name would give, or
    `copy` is the original's folder name with something added ('bib-noorddorp-kopie'), or only
    `copy`'s name says it is one ('bib-kopie', 'cb-2').
    """
    same_name = names.get(copy, "").casefold() == names.get(original, "").casefold() != ""
    named_after = hints.slug(names.get(original, "")) == original != copy
    extended = copy != original and original in copy
    marked = _COPY_MARK.search(copy) is not None and _COPY_MARK.search(original) is None
    return (same_name and (named_after or extended or marked)) or (extended and not names.get(copy))


def _newer(docs: list[Document], ages: Ages) -> set[str]:
    """The folders of every file newer than the oldest one; empty when the ages cannot tell."""
    known = ages([doc.file for doc in docs])
    oldest = min(known[doc.file] for doc in docs)
    newer = {_folder(doc) for doc in docs if known[doc.file] > oldest}
    return newer if newer and len(newer) < len({_folder(doc) for doc in docs}) else set()


def _value(fiche: Document, path: tuple[str, ...], root: Path) -> Any:
    data: Any = fiche.data
    for step in path:
        data = data.get(step) if isinstance(data, dict) else None
    if path == ("logo",) and isinstance(data, str):
        logo = (root / fiche.file).parent / data
        return logo if logo.is_file() and not logo.is_symlink() else None  # compared by its bytes below
    if path == ("beheerders",) and isinstance(data, list):
        return sorted(str(name).casefold().lstrip("@") for name in data) or None
    if isinstance(data, str):
        return " ".join(data.split()).casefold() or None
    return json.dumps(data, sort_keys=True, ensure_ascii=False) if data else None


def _logo_bytes(values: dict[str, list[Any]], at: int) -> None:
    """Each logo file as a digest of its bytes (the same file under another name is the same logo),
    read only when another logo has the same size: 300 partners' logos are not all read."""
    sizes: dict[str, int] = {}
    for slug, row in values.items():
        try:
            sizes[slug] = row[at].stat().st_size if isinstance(row[at], Path) else -1
        except OSError:
            sizes[slug] = -1
    counts = Counter(sizes.values())
    for slug, row in values.items():
        if sizes[slug] < 0 or counts[sizes[slug]] < 2:
            row[at] = None if sizes[slug] < 0 else f"{slug}:{sizes[slug]}"  # unique: equal to nothing else
        else:
            try:
                row[at] = hashlib.sha256(row[at].read_bytes()).hexdigest()
            except OSError:
                row[at] = None


def copies(fiches: dict[str, Document], root: Path, ages: Ages) -> dict[str, tuple[str, list[int]]]:
    """Copy folder -> (its original's folder, which of `_SHARED` they share), for partners that share
    three or more; one warning per copy, about the first original (by folder) it matches."""
    found: dict[str, tuple[str, list[int]]] = {}
    slugs = sorted(fiches)
    values = {slug: [_value(fiches[slug], path, root) for path, _ in _SHARED] for slug in slugs}
    _logo_bytes(values, _SHARED.index((("logo",), "hetzelfde logo")))
    names = {slug: str(fiches[slug].data.get("naam", "")) for slug in slugs}
    for index, one in enumerate(slugs):
        for other in slugs[index + 1 :]:
            shared = [
                n for n, (a, b) in enumerate(zip(values[one], values[other], strict=True)) if a is not None and a == b
            ]
            if len(shared) < ENOUGH:
                continue
            newer = _newer([fiches[one], fiches[other]], ages)
            if not newer:  # same age: the name may tell; else both are asked
                newer = {f for f, o in ((one, other), (other, one)) if _copy_of(f, o, names)} or {one, other}
            for copy in sorted(newer):
                found.setdefault(copy, (other if copy == one else one, shared))
    return found


def copy_warnings(fiches: dict[str, Document], found: dict[str, tuple[str, list[int]]]) -> Iterator[Problem]:
    for copy, (original, shared) in sorted(found.items()):
        doc = fiches[copy]
        what = [_SHARED[n][1] for n in shared]
        listed = ", ".join(what[:-1]) + " en " + what[-1]
        yield doc.problem(
            _SHARED[shared[0]][0],
            f"is dit een kopie van partners/{original}? (verwacht eigen gegevens van deze partner, gevonden {listed} "
            f"als {fiches[original].file})",
            f"pas de contactgegevens aan: anders toont de site die van partners/{original} bij deze partner",
            warn=True,
        )


def duplicate_ids(
    docs: list[Document], names: dict[str, str], copied: dict[str, tuple[str, list[int]]], ages: Ages
) -> Iterator[Problem]:
    """One code per activity across the Huis: its code is the address its poster's QR code prints.

    The problem goes to the copy only (a folder that is a copy by its contact details or its
    name), else to the newer file(s) (`ages`); when nothing tells them apart, to every file that
    has the code, so nobody is told to rename the one that was there first.
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
        copies |= {f for f in folders if f in copied and copied[f][0] in folders}
        newer = _newer(list({doc.file: doc for doc, _ in found}.values()), ages)
        if newer and not copies & newer:
            copies = set()  # git or the clock knows better than a name
        originals = folders - copies
        blamed = copies if copies and originals else newer or folders
        # One proposal per code: only one of the two needs renaming.
        free = next(f"{key}-{n}" for n in range(2, len(taken) + 3) if f"{key}-{n}" not in taken)
        taken.add(free)
        for doc, index in found:
            folder = _folder(doc)
            if folder not in blamed:
                continue  # the copy, or the newer file, carries the problem
            others = [(o, i) for o, i in found if (o, i) != (doc, index)]
            other, other_index = next(((o, i) for o, i in others if _folder(o) not in blamed), others[0])
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


def problems(
    activities: list[Document], fiches: dict[str, Document], names: dict[str, str], root: Path, ages: Ages
) -> list[Problem]:
    """Copied folders and duplicate activity codes, said to the copy."""
    copied = copies(fiches, root, ages)
    return list(copy_warnings(fiches, copied)) + list(duplicate_ids(activities, names, copied, ages))
