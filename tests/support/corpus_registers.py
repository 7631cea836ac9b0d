"""Bad-input corpus: a partner's pages in the official registers. Registered in tests/support/corpus_cases.py.

`sociale_kaart:` is one web address (the partner's page on De Sociale Kaart, which has no API: a
link is what a Huis can give), checked as every web address of a fiche is. `ipdc:` lists the
partner's products in the government's product catalogue (IPDC; a municipality's LPDC products
land there too): each the web address of the product's page, or its product number, which the
site turns into the catalogue's address. Accepted cases are built by the runner.
"""

from __future__ import annotations

from tests.sources.test_messages import FICHE, Edit, replace
from tests.support import corpus_cases as base
from tests.support.corpus_cases import Case, c

CLASSES: dict[str, str] = {
    "registers": "sociale_kaart and ipdc: web addresses (or IPDC product numbers), never markup or a script link",
}
base.CLASSES.update(CLASSES)


def registers(text: str) -> Edit:
    """The fixture's fiche with these lines before `contact:` (they start at line 26)."""
    return replace(FICHE, "contact:\n  email: bib@", text + "contact:\n  email: bib@")


_WEB = "een webadres dat begint met https://"
_IPDC = "het webadres van een product in IPDC (https://...) of zijn productnummer, zoals 1502"
_F = "partners/bib-noorddorp/fiche.yml"
_PRODUCT = "https://productencatalogus-v3.vlaanderen.be/product/1502"

CASES: list[Case] = [
    c(
        "registers-whole",
        "registers",
        registers(
            "sociale_kaart: https://www.desocialekaart.be/vzw/bibliotheek-noorddorp\n"
            'ipdc: [https://productencatalogus-v3.vlaanderen.be/product/1502, 1503, "1504"]\n'
        ),
    ),
    # `www.` without https://: the field is a link, so the message asks for the whole address.
    c("social-map-www", "registers", registers("sociale_kaart: www.desocialekaart.be/vzw/bib\n")),
    c("social-map-script", "registers", registers('sociale_kaart: "javascript:alert(1)"\n')),
    c("social-map-quote", "registers", registers("sociale_kaart: 'https://x.example.org/\"><b>'\n")),
    c(
        "social-map-two",
        "registers",
        registers("sociale_kaart: [https://a.example.org/1, https://a.example.org/2]\n"),
    ),
    c("social-map-spelling", "registers", registers("sociale-kaart: https://www.desocialekaart.be/vzw/bib\n")),
    # One product written without the list brackets: the message says a list is expected.
    c("ipdc-not-a-list", "registers", registers(f"ipdc: {_PRODUCT}\n")),
    c("ipdc-name", "registers", registers("ipdc: [Kinderbijslag]\n")),
    c("ipdc-zero", "registers", registers("ipdc: [0]\n")),
    c("ipdc-empty", "registers", registers("ipdc: []\n")),
    c("ipdc-twice", "registers", registers("ipdc: [1502, 1502]\n")),
]
EXPECTED: dict[str, tuple[str, ...]] = {
    "registers-whole": (),
    "social-map-www": (
        f"{_F}:26:16: sociale_kaart: ongeldige waarde (verwacht {_WEB}; gevonden 'www.desocialekaart.be/vzw/bib')",
    ),
    "social-map-script": (
        f"{_F}:26:16: sociale_kaart: ongeldige waarde (verwacht {_WEB}; gevonden 'javascript:alert(1)')",
    ),
    "social-map-quote": (
        f"{_F}:26:16: sociale_kaart: ongeldige waarde (verwacht {_WEB}; gevonden 'https://x.example.org/\"><b>')",
    ),
    "social-map-two": (f"{_F}:26:16: sociale_kaart: verkeerde soort waarde (verwacht {_WEB}, gevonden een lijst)",),
    "social-map-spelling": (
        f"{_F}:26:1: sociale-kaart: onbekend veld (verwacht een veldnaam uit docs/velden.md; gevonden 'sociale-kaart')"
        " — bedoelde je 'sociale_kaart'?",
    ),
    "ipdc-not-a-list": (
        f"{_F}:26:7: ipdc: verkeerde soort waarde (verwacht een lijst (regels die met '- ' beginnen), gevonden"
        f" '{_PRODUCT}') — schrijf een lijst: [{_PRODUCT}]",
    ),
    "ipdc-name": (f"{_F}:26:8: ipdc[1]: ongeldige waarde (verwacht {_IPDC}; gevonden 'Kinderbijslag')",),
    "ipdc-zero": (f"{_F}:26:8: ipdc[1]: ongeldige waarde (verwacht {_IPDC}; gevonden 0)",),
    "ipdc-empty": (
        f"{_F}:26:7: ipdc: lege lijst (verwacht minstens één waarde, gevonden geen enkele)"
        " — vul de lijst aan of verwijder het veld",
    ),
    "ipdc-twice": (
        f"{_F}:26:14: ipdc[2]: dubbele waarde (verwacht elke waarde één keer, gevonden 1502 nog eens) — verwijder de tweede",
    ),
}
