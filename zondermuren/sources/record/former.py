"""Former ids (`vorige_ids`) and ids that vanished: what printed QR codes and calendars still use.

A former id must be free (not a live code, not claimed twice), or its redirect would hide a
page. And an id the site already published that disappears without being listed as somebody's
former id is worth a warning: posters, stickers and subscribed calendars still point to it
(the record of what was published, `history`, says what was there before).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from zondermuren import urls
from zondermuren.problems import Level, Problem
from zondermuren.sources.parsing.documents import Document
from zondermuren.sources.record.history import Published


def _claims(fiches: dict[str, Document], activities: dict[str, Document]) -> Iterator[tuple[str, str, Document, tuple]]:
    """('kind:id' of the live item, its former id, document, path of that former id)."""
    for slug, doc in fiches.items():
        for slot, old in enumerate(doc.data.get("vorige_ids", [])):
            yield f"partner:{slug}", f"partner:{old}", doc, ("vorige_ids", slot)
        for index, location in enumerate(doc.data.get("locaties", [])):
            for slot, old in enumerate(location.get("vorige_ids", [])):
                at = ("locaties", index, "vorige_ids", slot)
                yield f"locatie:{slug}/{location['id']}", f"locatie:{slug}/{old}", doc, at
    for doc in activities.values():
        for index, item in enumerate(doc.data.get("activiteiten", [])):
            for slot, old in enumerate(item.get("vorige_ids", [])):
                yield f"activiteit:{item['id']}", f"activiteit:{old}", doc, ("activiteiten", index, "vorige_ids", slot)


_WHAT = {"partner": "partnermap", "locatie": "locatie", "activiteit": "activiteit"}


def problems(
    fiches: dict[str, Document], activities: dict[str, Document], published: Published, today: dt.date, root: Path
) -> list[Problem]:
    live = {f"partner:{slug}" for slug in fiches}
    live |= {f"locatie:{slug}/{loc['id']}" for slug, doc in fiches.items() for loc in doc.data.get("locaties", [])}
    live |= {f"activiteit:{item['id']}" for doc in activities.values() for item in doc.data.get("activiteiten", [])}
    found: list[Problem] = []
    claimed: dict[str, Document] = {}
    owners: dict[str, str] = {}  # former 'kind:id' -> the live 'kind:id' that claims it
    for owner, old, doc, at in _claims(fiches, activities):
        code = old.partition(":")[2].rpartition("/")[2]
        if old == owner:
            found.append(doc.problem(at, f"vorige code is de huidige code (verwacht een oude code, gevonden '{code}')",
                                     f"verwijder '{code}' uit vorige_ids"))  # fmt: skip
        elif old in live:
            what = _WHAT[old.partition(":")[0]]
            found.append(
                doc.problem(
                    at,
                    f"vorige code is nog in gebruik (verwacht een code die niet meer bestaat, gevonden '{code}', "
                    f"de code van een {what} die nog op de site staat)",
                    f"verwijder '{code}' uit vorige_ids: een code hoort bij één {what}",
                )
            )
        elif old in claimed:
            found.append(
                doc.problem(
                    at,
                    f"vorige code twee keer gebruikt (verwacht één nieuwe plaats voor '{code}', gevonden ook in "
                    f"{claimed[old].file})",
                    "oude links kunnen maar naar één pagina gaan: laat de code bij één van beide staan",
                )
            )
        claimed.setdefault(old, doc)
        owners.setdefault(old, owner)
    return found + list(_vanished(published, live, owners, today, root))


def claimed_partners(claimed: dict[str, str], live: set[str]) -> list[tuple[str, str]]:
    """(new, old) of every renamed partner folder."""
    return [(new, old) for old, new in claimed.items() if old.startswith("partner:") and new in live]


def _vanished(
    published: Published, live: set[str], claimed: dict[str, str], today: dt.date, root: Path
) -> Iterator[Problem]:
    """A warning per published id that is gone and listed nowhere as a former id."""
    moved = {old.partition(":")[2]: new.partition(":")[2] for new, old in claimed_partners(claimed, live)}
    for key, facts in sorted(published.vanished().items()):
        kind, _, code = key.partition(":")
        owner, _, location = code.partition("/")
        if kind == "locatie" and owner in moved:
            key = f"locatie:{moved[owner]}/{location}"  # the partner's folder was renamed, the location stays
        if key in live or key in claimed:
            continue
        last = facts.get("laatste", "")
        if kind == "activiteit" and last and last < today.isoformat():
            continue  # an activity that is over may go: its posters have done their work
        # The file where it was last seen, also when that folder is gone: the place to put it back
        # or to look for its new name (never huis.yml, which has nothing to do with it).
        slug = facts.get("partner", "")
        file = urls.partner_source(slug, "activiteiten.yml" if kind == "activiteit" else "fiche.yml")
        if facts.get("map"):  # a shared partner's copy (history, `shared`): partners/_regio/<pool>/<slug>/
            file = facts["map"] + file.rpartition("/")[2]
        if not slug:
            file = urls.partner_folder()
        what = _WHAT[kind]
        name = code.rpartition("/")[2]
        yield Problem(
            file,
            1,
            1,
            "vorige_ids",
            f"{what} '{name}' is verdwenen, maar stond al op de site (verwacht '{name}' onder vorige_ids van de "
            f"{what} die nu die plaats inneemt, gevonden nergens)",
            f"hernoemd? zet 'vorige_ids: [{name}]' bij de nieuwe {what}: oude affiches, QR-codes en agenda's "
            "blijven dan werken; bewust geschrapt? dan is er niets te doen",
            Level.WARNING,
        )
