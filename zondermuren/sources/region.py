"""Taking in the shared partners of a regional pool: huis.yml `regio`, read from the copy in partners/_regio/.

A pool (docs/regio.md) keeps a regional partner's fiche once; each Huis has a copy of it in its own
repository (written by `zondermuren regio bijwerken`), so the build stays offline and a shared change
is a commit in each Huis's history. Here a shared fiche becomes what this Huis shows: the locations and
activities in its municipalities (by postcode, the pool's municipality codes rewritten to the Huis's),
its own involvement level and overrides (`regio.eigen`), checked with this Huis's schema. Every problem
in a shared file keeps the copy's path and line and says, in its hint, the pool's own path and which
Huis took it in; a problem in an overridden value points at its line in huis.yml.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zondermuren.problems import Problem, suggestion
from zondermuren.sources.parsing.documents import Document, Path_, read
from zondermuren.sources.parsing.layout import PARTNERS
from zondermuren.sources.schema.pool import POOL_SCHEMA, pool_problems
from zondermuren.sources.schema.validation import validate

FOLDER = "_regio"  # partners/_regio/<pool>/: the copies, never a partner folder
POOL = "pool.yml"
FICHE = "fiche.yml"
ACTIVITIES = "activiteiten.yml"
PICKS = ("betrokkenheid", "locaties", "activiteiten")  # keys of regio.eigen.<slug> that are no fiche override
SETTINGS = "huis.yml"


@dataclass(frozen=True)
class Shared:
    """What the model and the partner page know of a shared partner."""

    pool: str
    region: str  # the region's name, shown on the page
    version: str
    own: tuple[str, ...]  # the fields this Huis keeps itself (betrokkenheid, overrides)
    huizen: tuple[tuple[str, str], ...]  # the other Huizen of the region it works with: (naam, website)


@dataclass
class Intake:
    fiches: dict[str, Document] = field(default_factory=dict)
    activities: dict[str, Document] = field(default_factory=dict)
    folders: dict[str, Path] = field(default_factory=dict)  # slug -> its folder in the copy
    shared: dict[str, Shared] = field(default_factory=dict)
    unreadable: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)
    origin: dict[str, str] = field(default_factory=dict)  # copy file -> its path in the pool
    own: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)  # copy fiche -> (slug, own keys)
    region: str = ""
    huis: str = ""

    def located(self, problems: list[Problem], settings: Document) -> list[Problem]:
        """The problems, those in shared files told where they come from and where to fix them."""
        return [self._locate(problem, settings) for problem in problems]

    def _locate(self, problem: Problem, settings: Document) -> Problem:
        if problem.file in self.own:
            slug, own = self.own[problem.file]
            key = next((k for k in own if problem.field == k or problem.field.startswith((k + ".", k + "["))), None)
            if key is not None:  # the Huis's own value: fixed in huis.yml, where it stands
                line, column = settings.where(("regio", "eigen", slug, key))
                return dataclasses.replace(
                    problem, file=SETTINGS, line=line, column=column, field=f"regio.eigen.{slug}.{problem.field}"
                )
        if problem.file not in self.origin:
            return problem
        what = "gedeeld bestand" if self.origin[problem.file] == POOL else "gedeelde fiche"
        where = (
            f"{what} van de regio {self.region} (in de pool: {self.origin[problem.file]}), "
            f"opgenomen door {self.huis}: verbeter ze in de pool, niet in dit Huis"
        )
        return dataclasses.replace(problem, hint=f"{problem.hint}; {where}" if problem.hint else where)


def take_in(root: Path, settings: Document, local: set[str], fiche_schema: dict, activities_schema: dict) -> Intake:
    """The shared partners huis.yml names, as this Huis shows them; an Intake without any when there is no `regio`."""
    intake = Intake(huis=str(settings.data["naam"]))
    wanted = settings.data.get("regio")
    if not wanted:
        return intake
    folder = root / "partners" / FOLDER / wanted["pool"]
    pool_file = folder / POOL
    if not pool_file.is_file():
        message = (
            f"geen kopie van de pool '{wanted['pool']}' (verwacht {pool_file.relative_to(root).as_posix()}, "
            "gevonden niets)"
        )
        hint = "haal de pool binnen met zondermuren regio bijwerken --pool <map van de pool>"
        intake.problems.append(settings.problem(("regio", "pool"), message, hint))
        return intake
    pool, found = read(pool_file, root)
    intake.problems += found
    if pool is None or not isinstance(pool.data, dict):
        return intake
    intake.origin[pool.file] = POOL
    intake.problems += pool_problems(pool)  # told, in its hint, to be fixed in the pool
    intake.region = str(pool.data.get("regio", wanted["pool"]))
    version = str(pool.data.get("versie", ""))
    if version != str(wanted["versie"]):
        message = (
            f"de kopie van de pool is een andere versie (verwacht '{wanted['versie']}' zoals in regio.versie, "
            f"gevonden '{version}' in {pool.file})"
        )
        hint = "voer zondermuren regio bijwerken opnieuw uit; pas de kopie nooit met de hand aan"
        intake.problems.append(settings.problem(("regio", "versie"), message, hint))
    available = sorted(p.name for p in folder.iterdir() if p.is_dir() and (p / FICHE).is_file())
    postcodes = {str(code): m["id"] for m in settings.data["gemeenten"] for code in m["postcodes"]}
    mapping = _municipalities(pool.data, postcodes)
    own_all = wanted.get("eigen") or {}
    known = set(local) | set(wanted["partners"])  # the partners a reference from a shared activity may name
    for index, slug in enumerate(wanted["partners"]):
        if slug not in available:
            hint = suggestion(slug, available) or f"de pool heeft: {', '.join(available) or 'geen partners'}"
            message = f"de pool '{wanted['pool']}' heeft geen partner '{slug}' (verwacht een map van de pool)"
            intake.problems.append(settings.problem(("regio", "partners", index), message, hint))
            continue
        if slug in local:
            message = (
                f"partner '{slug}' staat zowel in partners/{slug}/ als in regio.partners "
                f"(verwacht een eigen of een gedeelde partner, gevonden beide)"
            )
            hint = f"verwijder de map partners/{slug}/ of haal '{slug}' uit regio.partners"
            intake.problems.append(Problem(f"{PARTNERS}/{slug}/", 1, 1, "", message, hint))
            continue
        places = _take(intake, root, folder / slug, slug, settings, own_all.get(slug) or {}, postcodes, mapping, known)
        if places is None:
            continue
        own = intake.own[_file(folder / slug / FICHE, root)][1]
        intake.shared[slug] = Shared(
            wanted["pool"], intake.region, version, own, _huizen(pool.data, intake.huis, places)
        )
    for doc in intake.fiches.values():
        intake.problems += validate(doc, fiche_schema)
    for doc in intake.activities.values():
        intake.problems += validate(doc, activities_schema)
    return intake


def _file(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _municipalities(pool: dict, postcodes: dict[str, str]) -> dict[str, str]:
    """Pool municipality code -> this Huis's code (the one that shares a postcode with it)."""
    mapping: dict[str, str] = {}
    for municipality in pool.get("gemeenten") or []:
        if not isinstance(municipality, dict):
            continue
        for code in municipality.get("postcodes") or []:
            if str(code) in postcodes:
                mapping[str(municipality.get("id"))] = postcodes[str(code)]
    return mapping


def _huizen(pool: dict, huis: str, where: set[str]) -> tuple[tuple[str, str], ...]:
    """The other Huizen of the region whose municipalities the partner is in (all, when it names none)."""
    found = []
    for entry in pool.get("huizen") or []:
        if not isinstance(entry, dict) or entry.get("naam") == huis:
            continue
        if where and not where & {str(code) for code in entry.get("gemeenten") or []}:
            continue
        website = str(entry.get("website", ""))  # a link on the page: https only (never javascript: or data:)
        found.append((str(entry.get("naam", "")), website if website.startswith("https://") else ""))
    return tuple(found)


def _take(
    intake: Intake,
    root: Path,
    folder: Path,
    slug: str,
    settings: Document,
    own: dict[str, Any],
    postcodes: dict[str, str],
    mapping: dict[str, str],
    known: set[str],
) -> set[str] | None:
    """Take one shared partner in; the pool's municipality codes it is in, or None when it is not taken in."""
    fiche, found = read(folder / FICHE, root)
    intake.problems += found
    intake.folders[slug] = folder
    if fiche is None or not isinstance(fiche.data, dict):
        intake.unreadable.add(slug)
        return None
    intake.origin[fiche.file] = f"{slug}/{FICHE}"
    data = copy.deepcopy(fiche.data)
    places = {str(m) for loc in data.get("locaties") or [] if isinstance(loc, dict) for m in [_gemeente(loc)]}
    places |= {str(m) for m in data.get("werkgebied") or []}
    picked = own.get("locaties")
    keep = []
    for index, location in enumerate(data.get("locaties") or []):
        inside = _inside(location, postcodes)
        chosen = picked is None or (isinstance(location, dict) and location.get("id") in picked)
        if inside and chosen:
            keep.append(index)
    for at, wanted in enumerate(picked or []):
        ids = {loc.get("id"): loc for loc in data.get("locaties") or [] if isinstance(loc, dict)}
        if wanted not in ids or not _inside(ids[wanted], postcodes):
            choices = [str(loc_id) for loc_id, loc in ids.items() if _inside(loc, postcodes)]
            message = (
                f"geen locatie '{wanted}' van '{slug}' in de gemeenten van dit Huis "
                f"(verwacht een van: {', '.join(choices) or 'geen'})"
            )
            intake.problems.append(
                settings.problem(("regio", "eigen", slug, "locaties", at), message, suggestion(wanted, choices))
            )
    kept_ids = {data["locaties"][i].get("id") for i in keep}
    first = data["locaties"][0].get("id") if data.get("locaties") and isinstance(data["locaties"][0], dict) else None
    fiche = _picked(fiche, data, "locaties", keep) if "locaties" in data else dataclasses.replace(fiche, data=data)
    for location in fiche.data.get("locaties") or []:
        _rewrite(location.get("adres"), postcodes)
    if "werkgebied" in data:
        area = list(dict.fromkeys(mapping[str(m)] for m in data["werkgebied"] if str(m) in mapping))
        if area:
            fiche.data["werkgebied"] = area
        else:
            del fiche.data["werkgebied"]
    names = list(fiche.data)
    applied: list[str] = []
    for key, value in own.items():
        if key in ("locaties", "activiteiten"):
            continue
        if key != "betrokkenheid" and key not in fiche.data:
            message = (
                f"de gedeelde fiche van '{slug}' heeft geen veld '{key}' (meer) (verwacht een veld van de fiche "
                f"van de regio, gevonden '{key}'): je eigen waarde wordt niet getoond"
            )
            hint = suggestion(key, names) or f"verwijder '{key}' uit regio.eigen.{slug}"
            intake.problems.append(settings.problem(("regio", "eigen", slug, key), message, hint, key=True, warn=True))
            continue
        if key == "contact" and isinstance(value, dict) and isinstance(fiche.data.get("contact"), dict):
            fiche.data["contact"] = {**fiche.data["contact"], **value}
        else:
            fiche.data[key] = value
        applied.append(key)
    if "betrokkenheid" not in fiche.data:
        message = (
            f"betrokkenheid ontbreekt voor de gedeelde partner '{slug}' (verwacht regio.eigen.{slug}.betrokkenheid, "
            "gevonden niets, ook niet in de fiche van de regio)"
        )
        index = settings.data["regio"]["partners"].index(slug)
        intake.problems.append(
            settings.problem(("regio", "partners", index), message, f"voeg onder regio.eigen.{slug} betrokkenheid toe")
        )
        intake.unreadable.add(slug)
        return None
    intake.fiches[slug] = fiche
    intake.own[fiche.file] = (slug, tuple(applied))
    _activities(intake, root, folder, slug, own.get("activiteiten"), kept_ids, first, postcodes, known)
    return places


def _activities(
    intake: Intake,
    root: Path,
    folder: Path,
    slug: str,
    picked: list[str] | None,
    kept: set[Any],
    first: Any,
    postcodes: dict[str, str],
    known: set[str],
) -> None:
    if not (folder / ACTIVITIES).is_file():
        return
    doc, found = read(folder / ACTIVITIES, root)
    intake.problems += found
    if doc is None or not isinstance(doc.data, dict) or not isinstance(doc.data.get("activiteiten"), list):
        if doc is not None:  # the schema says what is wrong with its shape
            intake.origin[doc.file] = f"{slug}/{ACTIVITIES}"
            intake.activities[slug] = doc
        return
    intake.origin[doc.file] = f"{slug}/{ACTIVITIES}"
    data = copy.deepcopy(doc.data)
    keep = []
    for index, item in enumerate(data["activiteiten"]):
        if not isinstance(item, dict) or (picked is not None and item.get("id") not in picked):
            continue
        place = item.get("locatie")
        if place is None:
            here = first in kept
        elif isinstance(place, dict):
            here = _inside(place, postcodes)
            _rewrite(place.get("adres"), postcodes)
        else:
            owner, _, location = str(place).rpartition("/")
            here = location in kept if owner in ("", slug) else owner in known
        if here:
            item["mede_organisatoren"] = [o for o in item.get("mede_organisatoren", []) if o in known]
            if not item["mede_organisatoren"]:
                del item["mede_organisatoren"]
            keep.append(index)
    intake.activities[slug] = _picked(doc, data, "activiteiten", keep)


def _gemeente(location: dict) -> str:
    address = location.get("adres")
    return str(address.get("gemeente", "")) if isinstance(address, dict) else ""


def _inside(place: Any, postcodes: dict[str, str]) -> bool:
    address = place.get("adres") if isinstance(place, dict) else None
    return isinstance(address, dict) and str(address.get("postcode")) in postcodes


def _rewrite(address: Any, postcodes: dict[str, str]) -> None:
    """The pool's municipality code of an address in this Huis becomes this Huis's code."""
    if isinstance(address, dict) and str(address.get("postcode")) in postcodes:
        address["gemeente"] = postcodes[str(address["postcode"])]


def _picked(doc: Document, data: dict, key: str, keep: list[int]) -> Document:
    """The document with only the items `keep` of the list `key`, every position following its item."""
    data[key] = [data[key][i] for i in keep]
    renumber = {old: new for new, old in enumerate(keep)}

    def moved(path: Path_) -> Path_ | None:
        if len(path) < 2 or path[0] != key:
            return path
        new = renumber.get(path[1]) if isinstance(path[1], int) else None
        return None if new is None else (key, new, *path[2:])

    def table(positions: dict) -> dict:
        return {new: at for path, at in positions.items() if (new := moved(path)) is not None}

    return Document(doc.file, data, table(doc.values), table(doc.keys), table(doc.texts))


__all__ = ["FOLDER", "POOL", "POOL_SCHEMA", "Intake", "Shared", "pool_problems", "take_in"]
