"""Bad-input corpus: a regional pool's partners taken in (huis.yml `regio`, docs/regio.md). Registered in
tests/support/corpus_cases.py (CLASSES, CASES, EXPECTED).

Each case puts the pool of tests/fixtures/regio/pool into the minimal Huis as `regio bijwerken` writes it
(partners/_regio/regio-oost/, version "1") and names it in huis.yml; an accepted case is built by the runner.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.sources.test_messages import HUIS, Edit, append, copy_dir, replace
from tests.support import corpus_cases as base
from tests.support.corpus_cases import Case, c

POOL = Path(__file__).resolve().parents[1] / "fixtures" / "regio" / "pool"
COPY = "partners/_regio/regio-oost"
SHARED = f"{COPY}/caw-oost/fiche.yml"
POOL_FILE = f"{COPY}/pool.yml"

CLASSES: dict[str, str] = {
    "region": "a regional pool's partners: the copy's file and the pool's path in every message, own fields in huis.yml",
}
base.CLASSES.update(CLASSES)


def pooled(root: Path) -> None:
    """The pool's copy, as `zondermuren regio bijwerken` writes it."""
    shutil.copytree(POOL, root / COPY)


def regio(partners: str = "[caw-oost]", eigen: str = "      betrokkenheid: kernpartner\n", versie: str = '"1"') -> Edit:
    """huis.yml with `regio:` (the fixture's huis.yml has 16 lines: regio is line 17, eigen.caw-oost line 22)."""
    return append(
        HUIS,
        f"regio:\n  pool: regio-oost\n  versie: {versie}\n  partners: {partners}\n  eigen:\n    caw-oost:\n{eigen}",
    )


_ORIGIN = (
    "gedeelde fiche van de regio Regio Oost (in de pool: caw-oost/fiche.yml), opgenomen door Huis van het Kind "
    "Testdorp: verbeter ze in de pool, niet in dit Huis"
)

_POOL_ORIGIN = (
    "gedeeld bestand van de regio Regio Oost (in de pool: pool.yml), opgenomen door Huis van het Kind Testdorp:"
    " verbeter ze in de pool, niet in dit Huis"
)

CASES: list[Case] = [
    c("region-taken-in", "region", pooled, regio()),
    c(
        "region-override",
        "region",
        pooled,
        regio(eigen="      betrokkenheid: minimaal\n      contact: {telefoon: 09 111 22 33}\n"),
    ),
    c("region-unknown-partner", "region", pooled, regio(partners="[caw-oots]")),
    c("region-slug-clash", "region", pooled, regio(), copy_dir("partners/cb-zuiddorp", "partners/caw-oost")),
    c(
        "region-override-gone",
        "region",
        pooled,
        regio(eigen="      betrokkenheid: kernpartner\n      beschrijvng: Ook op dinsdag.\n"),
    ),
    c("region-error-in-shared", "region", pooled, regio(), replace(SHARED, "[relaties, huisvesting]", "[relatie]")),
    c("region-bad-override", "region", pooled, regio(eigen="      betrokkenheid: kernpartner\n      gratis: ja\n")),
    c("region-no-betrokkenheid", "region", pooled, regio(eigen="      contact: {email: noord@caw.example.org}\n")),
    c("region-version-differs", "region", pooled, regio(versie='"2"')),
    # pool.yml's own mistakes (docs/regio.md): told in every Huis that took the pool in, to be fixed in the pool.
    c("region-pool-bad-name", "region", pooled, regio(), replace(POOL_FILE, "naam: regio-oost", "naam: Regio Oost")),
    c(
        "region-pool-no-municipalities",
        "region",
        pooled,
        regio(),
        replace(POOL_FILE, "gemeenten:\n  - {id: n", "x:\n  - {id: n"),
    ),
    c("region-pool-twice", "region", pooled, regio(), replace(POOL_FILE, "{id: westdorp", "{id: zuiddorp")),
    c(
        "region-pool-unknown-code",
        "region",
        pooled,
        regio(),
        replace(POOL_FILE, "gemeenten: [westdorp]", "gemeenten: [westdrop]"),
    ),
    c("region-pool-plain-http", "region", pooled, regio(), replace(POOL_FILE, "https://west.", "http://west.")),
    c("region-no-copy", "region", regio()),
]
_SHARED_PARTNER = "huis.yml:20:14: regio.partners[1]: "
EXPECTED: dict[str, tuple[str, ...]] = {
    "region-taken-in": (),
    "region-override": (),
    "region-unknown-partner": (
        f"{_SHARED_PARTNER}de pool 'regio-oost' heeft geen partner 'caw-oots' (verwacht een map van de pool)"
        " — bedoelde je 'caw-oost'?",
    ),
    "region-slug-clash": (
        "partners/caw-oost/:1:1: partner 'caw-oost' staat zowel in partners/caw-oost/ als in regio.partners"
        " (verwacht een eigen of een gedeelde partner, gevonden beide)"
        " — verwijder de map partners/caw-oost/ of haal 'caw-oost' uit regio.partners",
    ),
    "region-override-gone": (
        "huis.yml:24:7: regio.eigen.caw-oost.beschrijvng: de gedeelde fiche van 'caw-oost' heeft geen veld"
        " 'beschrijvng' (meer) (verwacht een veld van de fiche van de regio, gevonden 'beschrijvng'):"
        " je eigen waarde wordt niet getoond — bedoelde je 'beschrijving'?",
    ),
    "region-error-in-shared": (
        f"{SHARED}:5:18: levensdomeinen[1]: onbekende waarde (verwacht een van de 14 codes uit de woordenlijst"
        " (zie docs/velden.md); gevonden 'relatie') — bedoelde je 'relaties'?; " + _ORIGIN,
    ),
    "region-bad-override": (
        "huis.yml:24:15: regio.eigen.caw-oost.gratis: verkeerde soort waarde (verwacht true of false,"
        " gevonden 'ja') — bedoelde je true?",
    ),
    "region-no-betrokkenheid": (
        f"{_SHARED_PARTNER}betrokkenheid ontbreekt voor de gedeelde partner 'caw-oost' (verwacht"
        " regio.eigen.caw-oost.betrokkenheid, gevonden niets, ook niet in de fiche van de regio)"
        " — voeg onder regio.eigen.caw-oost betrokkenheid toe",
    ),
    "region-version-differs": (
        "huis.yml:19:11: regio.versie: de kopie van de pool is een andere versie (verwacht '2' zoals in"
        " regio.versie, gevonden '1' in partners/_regio/regio-oost/pool.yml)"
        " — voer zondermuren regio bijwerken opnieuw uit; pas de kopie nooit met de hand aan",
    ),
    "region-pool-bad-name": (
        f"{POOL_FILE}:2:7: naam: ongeldige waarde (verwacht kleine letters, cijfers en koppeltekens, zoals"
        " 'babyzwemmen-dorp'; gevonden 'Regio Oost') — " + _POOL_ORIGIN,
    ),
    "region-pool-no-municipalities": (
        f"{POOL_FILE}:2:1: gemeenten: verplicht veld ontbreekt (verwacht 'gemeenten', gevonden niets)"
        " — voeg 'gemeenten:' toe; " + _POOL_ORIGIN,
        f"{POOL_FILE}:6:1: x: onbekend veld (verwacht een van: naam, regio, beheerders, versie, gemeenten, huizen;"
        " gevonden 'x') — verwijder het veld of kijk de schrijfwijze na in docs/velden.md; " + _POOL_ORIGIN,
    ),
    "region-pool-twice": (
        f"{POOL_FILE}:9:10: gemeenten[3].id: dubbele gemeentecode (verwacht een unieke code, gevonden 'zuiddorp'"
        " twee keer) — " + _POOL_ORIGIN,
        f"{POOL_FILE}:19:17: huizen[3].gemeenten[1]: onbekende gemeente (verwacht een code uit gemeenten van"
        " pool.yml, gevonden 'westdorp') — de pool heeft: noorddorp, zuiddorp; " + _POOL_ORIGIN,
    ),
    "region-pool-unknown-code": (
        f"{POOL_FILE}:19:17: huizen[3].gemeenten[1]: onbekende gemeente (verwacht een code uit gemeenten van"
        " pool.yml, gevonden 'westdrop') — bedoelde je 'westdorp'?; " + _POOL_ORIGIN,
    ),
    "region-pool-plain-http": (
        f"{POOL_FILE}:18:14: huizen[3].website: ongeldige waarde (verwacht een webadres dat begint met https://;"
        " gevonden 'http://west.example.org/') — " + _POOL_ORIGIN,
    ),
    "region-no-copy": (
        "huis.yml:18:9: regio.pool: geen kopie van de pool 'regio-oost' (verwacht"
        " partners/_regio/regio-oost/pool.yml, gevonden niets)"
        " — haal de pool binnen met zondermuren regio bijwerken --pool <map van de pool>",
    ),
}
