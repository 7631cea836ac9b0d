"""Bad-input corpus, sturdy part two: paths. Registered in tests/support/corpus_cases.py (CLASSES, CASES, EXPECTED).

Every file the build reads or publishes lies inside the Huis (zondermuren/sources/checks/paths.py): a
link out of it, to nothing or in a circle is refused with its path and its target as written; a
link to another source file of the Huis stays allowed (and is built). Codes and folder names
that would take the address of a page the site makes itself (`index`) are refused.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.sources.test_messages import ACTS, CB, FICHE, HUIS, Edit, append, rename
from tests.support import corpus_cases as base
from tests.support.corpus_cases import Case, c, outside, replace, write

CLASSES: dict[str, str] = {
    "links-out": "a link in assets/, content/ or partners/ to a file outside the Huis is refused, its target named",
    "links-broken": "a link to nothing, or to itself, or to the folder it stands in is refused, never followed",
    "links-inside": "a link to a source file of the Huis stays allowed; to .git/ or to a folder it is refused",
    "reserved": "folder names and codes that would take the address of an overview page are refused",
}
base.CLASSES.update(CLASSES)

SECRET = "GEHEIM_TOKEN=ghs_zondermurenGeheim123"


def link(name: str, target: str) -> Edit:
    """A symbolic link at `name` (from the Huis root) whose text is `target`, exactly as written."""

    def edit(root: Path) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_file() and not path.is_symlink():
            path.unlink()  # a file of the fixture becomes the link
        path.symlink_to(target)

    return edit


def copy_partner(source: str, name: str) -> Edit:
    def edit(root: Path) -> None:
        shutil.copytree(root / source, root / "partners" / name)

    return edit


THIRD_MUNICIPALITY = '    postcodes: ["9001", "9002"]\n'

CASES: list[Case] = [
    # -- links out of the Huis ---------------------------------------------------------------
    c(
        "link-in-assets-to-outside",
        "links-out",
        outside("elders/geheim.css", SECRET),
        link("assets/geheim.css", "../../elders/geheim.css"),
    ),
    c(
        "link-in-content-to-environment",
        "links-out",
        outside("omgeving", SECRET),  # what /proc/self/environ holds on a CI runner
        write("content/over-ons.md", "# Over ons\n"),
        link("content/omgeving.txt", "../../omgeving"),
    ),
    c("link-in-content-to-proc", "links-out", link("content/environ.txt", "/proc/self/environ")),
    c(
        "huis-logo-links-outside",
        "links-out",
        outside("elders/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>'),
        link("assets/logo.svg", "../../elders/logo.svg"),  # huis.yml: logo: assets/logo.svg
    ),
    c(
        "folder-link-in-overrides-to-outside",
        "links-out",
        outside("elders/fiche.yml", "naam: Geheim\n"),
        link("overrides/partials", "../../elders"),
    ),
    c(
        "partners-folder-links-outside",
        "links-out",
        rename("partners", "../elders"),  # the partners of another Huis on the same machine
        link("partners", "../elders"),
    ),
    # -- links to nothing, or in a circle --------------------------------------------------------
    c("dangling-link-in-assets", "links-broken", link("assets/weg.svg", "nergens/weg.svg")),
    c("loop-folder-in-partners", "links-broken", link("partners/lus", "lus")),
    c("loop-folder-in-content", "links-broken", link("content/lus", ".")),
    c("two-links-round-in-content", "links-broken", link("content/a", "b"), link("content/b", "a")),
    # -- links inside the Huis -----------------------------------------------------------------
    c("link-to-a-source-file", "links-inside", link("content/logo.svg", "../assets/logo.svg")),
    c(
        "link-to-git-config",
        "links-inside",
        write(".git/config", f"[http]\n\textraheader = AUTHORIZATION: basic {SECRET}\n"),
        link("assets/config.txt", "../.git/config"),
    ),
    c("folder-link-inside", "links-inside", link("content/beelden", "../assets")),
    # -- reserved names ------------------------------------------------------------------------
    c("partner-folder-index", "reserved", copy_partner(CB, "index")),
    c("partner-folder-lijst", "reserved", copy_partner(CB, "lijst")),
    c(
        "campaign-code-index",
        "reserved",
        append(HUIS, "woordenlijsten:\n  campagnes:\n    toevoegen:\n      index: Alle campagnes\n"),
    ),
    c(
        "municipality-id-index",
        "reserved",
        replace(
            HUIS,
            THIRD_MUNICIPALITY,
            THIRD_MUNICIPALITY + '  - id: index\n    naam: Indexdorp\n    postcodes: ["9003"]\n',
        ),
    ),
    c("activity-id-index", "reserved", replace(ACTS, "  - id: voorleesuur\n", "  - id: index\n")),
    c(
        "former-ids-index",
        "reserved",
        replace(ACTS, "  - id: voorleesuur\n", "  - id: voorleesuur\n    vorige_ids: [index]\n"),
        replace(FICHE, "naam: Bibliotheek Noorddorp\n", "naam: Bibliotheek Noorddorp\nvorige_ids: [index]\n"),
    ),
]

EXPECTED: dict[str, tuple[str, ...]] = {
    "link-in-assets-to-outside": (
        "assets/geheim.css:1:1: bestand verwijst naar een plaats buiten het Huis (verwacht een gewoon bestand, gevonden een snelkoppeling naar '../../elders/geheim.css') — vervang de snelkoppeling door een kopie van het bestand",
    ),
    "link-in-content-to-environment": (
        "content/omgeving.txt:1:1: bestand verwijst naar een plaats buiten het Huis (verwacht een gewoon bestand, gevonden een snelkoppeling naar '../../omgeving') — vervang de snelkoppeling door een kopie van het bestand",
    ),
    "link-in-content-to-proc": (
        "content/environ.txt:1:1: bestand verwijst naar een plaats buiten het Huis (verwacht een gewoon bestand, gevonden een snelkoppeling naar '/proc/self/environ') — vervang de snelkoppeling door een kopie van het bestand",
    ),
    "huis-logo-links-outside": (
        "assets/logo.svg:1:1: bestand verwijst naar een plaats buiten het Huis (verwacht een gewoon bestand, gevonden een snelkoppeling naar '../../elders/logo.svg') — vervang de snelkoppeling door een kopie van het bestand",
    ),
    "folder-link-in-overrides-to-outside": (
        "overrides/partials/:1:1: map verwijst naar een plaats buiten het Huis (verwacht een gewone map, gevonden een snelkoppeling naar '../../elders') — vervang de snelkoppeling door een kopie van de map",
    ),
    "partners-folder-links-outside": (
        "partners/:1:1: map verwijst naar een plaats buiten het Huis (verwacht een gewone map, gevonden een snelkoppeling naar '../elders') — vervang de snelkoppeling door een kopie van de map",
    ),
    "dangling-link-in-assets": (
        "assets/weg.svg:1:1: snelkoppeling verwijst naar iets dat niet bestaat (verwacht een gewoon bestand, gevonden een snelkoppeling naar 'nergens/weg.svg') — vervang de snelkoppeling door een kopie van het bestand, of verwijder ze",
    ),
    "loop-folder-in-partners": (
        "partners/lus:1:1: snelkoppeling verwijst naar zichzelf (verwacht een gewoon bestand of een gewone map, gevonden een snelkoppeling naar 'lus' die in een kring rondgaat) — verwijder de snelkoppeling, of vervang ze door een kopie van het bestand",
    ),
    "loop-folder-in-content": (
        "content/lus/:1:1: map verwijst naar een map waar ze zelf in staat (verwacht een gewone map, gevonden een snelkoppeling naar '.': een kring zonder einde) — verwijder de snelkoppeling",
    ),
    "two-links-round-in-content": (
        "content/a:1:1: snelkoppeling verwijst naar zichzelf (verwacht een gewoon bestand of een gewone map, gevonden een snelkoppeling naar 'b' die in een kring rondgaat) — verwijder de snelkoppeling, of vervang ze door een kopie van het bestand",
        "content/b:1:1: snelkoppeling verwijst naar zichzelf (verwacht een gewoon bestand of een gewone map, gevonden een snelkoppeling naar 'a' die in een kring rondgaat) — verwijder de snelkoppeling, of vervang ze door een kopie van het bestand",
    ),
    "link-to-a-source-file": (),
    "link-to-git-config": (
        "assets/config.txt:1:1: bestand verwijst naar een plaats buiten de bronmappen van het Huis (verwacht een bestand in assets/, content/, locales/, overrides/ of partners/, gevonden een snelkoppeling naar '../.git/config') — vervang de snelkoppeling door een kopie van het bestand",
    ),
    "folder-link-inside": (
        "content/beelden/:1:1: map is een snelkoppeling (verwacht een gewone map, gevonden een snelkoppeling naar '../assets') — vervang de snelkoppeling door een kopie van de map",
    ),
    "partner-folder-index": (
        "partners/index/:1:1: gereserveerde naam (verwacht een mapnaam die de site niet zelf gebruikt, gevonden 'index', de naam van het overzicht partners/) — kies een andere naam, zoals 'index-2'",
    ),
    "partner-folder-lijst": (
        "partners/lijst/:1:1: gereserveerde naam (verwacht een mapnaam die de site niet zelf gebruikt, gevonden 'lijst', de map van de delen van de partnerlijst, partners/lijst/) — kies een andere naam, zoals 'lijst-2'",
    ),
    "campaign-code-index": (
        "huis.yml:20:7: woordenlijsten.campagnes.toevoegen.index: gereserveerde naam (verwacht een code die de site niet zelf gebruikt, gevonden 'index', de naam van het overzicht campagnes/) — kies een andere naam, zoals 'index-2'",
    ),
    "municipality-id-index": (
        "huis.yml:10:9: gemeenten[3].id: gereserveerde naam (verwacht een code die de site niet zelf gebruikt, gevonden 'index', de naam van het overzicht gemeenten/) — kies een andere naam, zoals 'index-2'",
    ),
    "activity-id-index": (
        "partners/bib-noorddorp/activiteiten.yml:3:9: activiteiten[1].id: gereserveerde naam (verwacht een code die de site niet zelf gebruikt, gevonden 'index', de naam van het overzicht activiteiten/) — kies een andere naam, zoals 'index-2'",
    ),
    "former-ids-index": (
        "partners/bib-noorddorp/fiche.yml:3:14: vorige_ids[1]: gereserveerde naam (verwacht een code die de site niet zelf gebruikt, gevonden 'index', de naam van het overzicht partners/) — kies een andere naam, zoals 'index-2'",
        "partners/bib-noorddorp/activiteiten.yml:4:18: activiteiten[1].vorige_ids[1]: gereserveerde naam (verwacht een code die de site niet zelf gebruikt, gevonden 'index', de naam van het overzicht activiteiten/) — kies een andere naam, zoals 'index-2'",
    ),
}
