"""Paths: every file the build reads or publishes lies inside the Huis, and no code takes the
address of a page the site makes itself.

MkDocs copies every file of docs_dir (content/) and of the theme folder (overrides/) to the site,
following symbolic links, and the engine publishes assets/ and the logos: a link to
/proc/self/environ or to any file on the machine would publish it, the CI run's secrets included,
and a pull request's preview is built before anyone has read it. So every link in the source
folders is judged here, on every check and so before every build copies anything:
- a link to a file in the source folders stays allowed: what it shows is in the repository
  already, reviewed like every other file (a picture shown by two pages); stricter rules stay
  (a partner's logo lies in the partner's own folder, `branding`);
- a link to a folder is refused: MkDocs follows it, so a folder holding a link to itself (or two
  folders linking to each other) repeats every page forty levels deep; a copy costs nothing;
- a link out of the Huis, into the Huis outside its source folders (.git/config may hold the CI
  run's token), to nothing, or round in a circle is refused.
The walk never follows a link (so it cannot loop), and os.scandir tells a link from a file
without a stat per file: one directory listing per folder (about 40 ms for 17,000 files),
generated pages included: a link committed under a generated folder is copied by MkDocs all the same.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from zondermuren import urls
from zondermuren.problems import Problem
from zondermuren.sources.parsing.documents import Document

SOURCE_FOLDERS = ("assets", "content", "locales", "overrides", "partners")
_EXPECTED_PLACE = "een bestand in assets/, content/, locales/, overrides/ of partners/"
_COPY_FILE = "vervang de snelkoppeling door een kopie van het bestand"
_COPY_FOLDER = "vervang de snelkoppeling door een kopie van de map"


@dataclass(frozen=True)
class Links:
    """The links of a Huis that were refused, as problems and as the paths (root / relative)."""

    problems: list[Problem] = field(default_factory=list)
    refused: frozenset[Path] = frozenset()


def links(root: Path, extra: Iterable[Path] = (), *, only_extra: bool = False) -> Links:
    """Judge every symbolic link in the source folders, and in `extra` (mkdocs.yml's docs_dir when it is
    another folder; `only_extra`: in those alone); never raises for what is on disk."""
    real_root = Path(os.path.realpath(root))
    folders = [] if only_extra else [root / name for name in SOURCE_FOLDERS]
    allowed = [real_root / name for name in SOURCE_FOLDERS]
    for folder in extra:
        if not any(Path(os.path.realpath(folder)).is_relative_to(place) for place in allowed):
            folders.append(folder)
            allowed.append(Path(os.path.realpath(folder)))
    problems, refused = [], set()
    for link in _links_in(folders):
        problem = _judge(link, root, real_root, allowed)
        if problem is not None:
            problems.append(problem)
            refused.add(link)
    return Links(problems, frozenset(refused))


def _links_in(folders: list[Path]) -> list[Path]:
    """Every symbolic link in (or being) these folders, sorted; links are listed, never followed."""
    found: list[Path] = []
    for folder in folders:
        if folder.is_symlink():
            found.append(folder)
            continue
        stack = [folder]
        while stack:
            try:
                with os.scandir(stack.pop()) as listing:
                    for entry in listing:
                        if entry.is_symlink():
                            found.append(Path(entry.path))
                        elif entry.is_dir(follow_symlinks=False):
                            stack.append(Path(entry.path))
            except OSError:  # gone, or not a folder: nothing in it to publish
                continue
    return sorted(found)


def _judge(link: Path, root: Path, real_root: Path, allowed: list[Path]) -> Problem | None:
    shown = _printable(link.relative_to(root).as_posix() if link.is_relative_to(root) else str(link))
    try:
        target = _printable(os.readlink(link))
    except OSError:  # removed while we looked
        return None
    info: os.stat_result | None = None
    try:
        info = os.stat(link)  # follows the link
    except OSError as error:
        if error.errno == errno.ELOOP:
            message = (
                "snelkoppeling verwijst naar zichzelf (verwacht een gewoon bestand of een gewone map, gevonden een "
                f"snelkoppeling naar '{target}' die in een kring rondgaat)"
            )
            return Problem(
                shown, 1, 1, "", message, "verwijder de snelkoppeling, of vervang ze door een kopie van het bestand"
            )
    is_folder = info is not None and stat.S_ISDIR(info.st_mode)
    kind, expected, hint = (
        ("map", "een gewone map", _COPY_FOLDER) if is_folder else ("bestand", "een gewoon bestand", _COPY_FILE)
    )
    found = f"gevonden een snelkoppeling naar '{target}'"
    real = Path(os.path.realpath(link))
    if not real.is_relative_to(real_root):
        message = f"{kind} verwijst naar een plaats buiten het Huis (verwacht {expected}, {found})"
        return Problem(shown + ("/" if is_folder else ""), 1, 1, "", message, hint)
    if info is None:
        message = f"snelkoppeling verwijst naar iets dat niet bestaat (verwacht een gewoon bestand, {found})"
        return Problem(shown, 1, 1, "", message, _COPY_FILE + ", of verwijder ze")
    if is_folder and Path(os.path.realpath(link.parent)).is_relative_to(real):
        message = f"map verwijst naar een map waar ze zelf in staat (verwacht een gewone map, {found}: een kring zonder einde)"
        return Problem(shown + "/", 1, 1, "", message, "verwijder de snelkoppeling")
    if is_folder:
        message = f"map is een snelkoppeling (verwacht een gewone map, {found})"
        return Problem(shown + "/", 1, 1, "", message, hint)
    if not any(real.is_relative_to(place) for place in allowed):
        message = (
            f"bestand verwijst naar een plaats buiten de bronmappen van het Huis (verwacht {_EXPECTED_PLACE}, {found})"
        )
        return Problem(shown, 1, 1, "", message, hint)
    return None


def _printable(text: str) -> str:
    """A path as the problem list can show it: a control character in a name is written as its code."""
    return "".join(char if char.isprintable() else f"\\x{ord(char):02x}" for char in text)


# -- names the site uses itself -------------------------------------------------------------------
# Pages are named `<section>/<code>` (urls.py, site/pages.py `site_pages`, site/listings.py), and
# `<section>/index` is the address of the section itself (urls.page_url): a partner folder, a
# campaign or a municipality named `index` would replace the overview of all of them, and a former
# id `index` would turn it into a redirect. Parts of the partner list live under partners/lijst/.
_PARTNERS_RESERVED = {
    "index": "de naam van het overzicht partners/",
    "lijst": "de map van de delen van de partnerlijst, partners/lijst/",
}
# The vocabularies whose codes name pages (site/listings.py), and under which section.
_VOCABULARY_SECTIONS = {
    "levensdomeinen": urls.offer_section("domein"),
    "pijlers": urls.offer_section("pijler"),
    "clusters": urls.who_is_who(),
    "leeftijden": urls.AGES,
    "campagnes": urls.CAMPAIGNS,
}


def _reserved(section: str, name: object) -> str:
    """Why `name` may not name a page in `section`, or '' when it may."""
    if not isinstance(name, str):
        return ""  # reported by the schema
    if section == "partners" and name in _PARTNERS_RESERVED:
        return _PARTNERS_RESERVED[name]
    return f"de naam van het overzicht {section}/" if name == "index" else ""


def _message(what: str, name: object, why: str) -> tuple[str, str]:
    return (
        f"gereserveerde naam (verwacht een {what} die de site niet zelf gebruikt, gevonden '{name}', {why})",
        f"kies een andere naam, zoals '{name}-2'",
    )


def reserved_folder(shown: str, name: str) -> list[Problem]:
    """A partner folder named like a page of the site: partners/index is the list of all partners."""
    why = _reserved("partners", name)
    return [Problem(shown, 1, 1, "", *_message("mapnaam", name, why))] if why else []


def reserved_codes(doc: Document) -> list[Problem]:
    """Codes in huis.yml, a fiche or an activities file that would take a page's address.

    Reads data the schema may have rejected: anything of another shape is skipped."""
    found: list[Problem] = []

    def look(path: tuple, name: object, section: str, *, key: bool = False) -> None:
        why = _reserved(section, name)
        if why:
            found.append(doc.problem(path, *_message("code", name, why), key=key))

    data = doc.data if isinstance(doc.data, dict) else {}
    for index, municipality in enumerate(_list(data.get("gemeenten"))):
        if isinstance(municipality, dict):
            look(("gemeenten", index, "id"), municipality.get("id"), "gemeenten")
    lists = data.get("woordenlijsten")
    for name, section in _VOCABULARY_SECTIONS.items():
        change = lists.get(name) if isinstance(lists, dict) else None
        added = change.get("toevoegen") if isinstance(change, dict) else None
        for code in added if isinstance(added, dict) else {}:
            look(("woordenlijsten", name, "toevoegen", code), code, section, key=True)
    for index, former in enumerate(_list(data.get("vorige_ids"))):  # a fiche's former folder names
        look(("vorige_ids", index), former, "partners")
    for index, activity in enumerate(_list(data.get("activiteiten"))):
        if isinstance(activity, dict):
            look(("activiteiten", index, "id"), activity.get("id"), "activiteiten")
            for slot, former in enumerate(_list(activity.get("vorige_ids"))):
                look(("activiteiten", index, "vorige_ids", slot), former, "activiteiten")
    return found


def _list(value: object) -> list:
    return value if isinstance(value, list) else []
