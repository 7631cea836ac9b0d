"""Bad-input corpus, sturdy part two: agree. Registered in tests/support/corpus_cases.py (CLASSES, CASES, EXPECTED).

What `check` accepts, the build builds: each refusal here was once accepted and then crashed the
build (a partner type in a cluster the Huis does not have) or came out wrong (a label typed as a
list became the page title "['een', 'lijst']"), or crashed `check` itself (the example's date
shift carrying 9999-12-30 past the calendar's end). The accepted cases are built by the runner.
"""

from __future__ import annotations

from tests.sources.test_messages import ACTS, FICHE, HUIS, Edit, append, replace
from tests.support import corpus_cases as base
from tests.support.corpus_cases import Case, c

CLASSES: dict[str, str] = {
    "clusters": "every partner type of a Huis's own vocabulary sits in one of its clusters",
    "labels": "labels of a Huis's own terms are text: they become page titles and print",
    "shifted": "the example's date shift never carries a date past the calendar",
}
base.CLASSES.update(CLASSES)


def vocabulary(text: str) -> Edit:
    return append(HUIS, "woordenlijsten:\n" + text)


def partner_types(types: str) -> Edit:
    return replace(FICHE, "types: [bibliotheek]", f"types: [{types}]")


def in_campaign(key: str) -> Edit:
    return replace(ACTS, "    soort: evenement\n", f"    soort: evenement\n    campagnes: [{key}]\n")


def demo(anchor: str) -> Edit:
    return append(HUIS, f'demo:\n  ankerdatum: "{anchor}"\n')


SPEELOTHEEK = "  partnertypes:\n    toevoegen:\n      speelotheek: {}\n"
SUMMER = "  campagnes:\n    toevoegen:\n      zomer: {}\n"

CASES: list[Case] = [
    # -- clusters: the site groups partners by cluster ("wie is wie", the cluster pages) ----------
    c(
        "type-in-a-cluster-with-a-typo",
        "clusters",
        vocabulary(SPEELOTHEEK.format("{nl: Speelotheek, cluster: opvang-vrije-tijd}")),
        partner_types("speelotheek"),
    ),
    c("type-without-cluster", "clusters", vocabulary(SPEELOTHEEK.format("Speelotheek")), partner_types("speelotheek")),
    c(
        "kit-type-given-again-without-cluster",
        "clusters",
        vocabulary("  partnertypes:\n    toevoegen:\n      bibliotheek: {nl: Bib, fr: Bibliothèque}\n"),
    ),
    c("cluster-left-out-while-in-use", "clusters", vocabulary("  clusters:\n    weglaten: [opvang-en-vrije-tijd]\n")),
    c(
        "cluster-left-out-with-its-types",
        "clusters",
        vocabulary(
            "  clusters:\n    weglaten: [kraam-en-gezinszorg]\n"
            "  partnertypes:\n    weglaten: [vroedvrouw, kraamzorg, gezinszorg]\n"
        ),
    ),
    c(
        "cluster-on-a-pillar",
        "clusters",
        vocabulary("  pijlers:\n    toevoegen:\n      buurt: {nl: Buurt, cluster: andere}\n"),
    ),
    c(
        "new-type-in-a-kit-cluster",
        "clusters",
        vocabulary(SPEELOTHEEK.format("{nl: Speelotheek, fr: Ludothèque, cluster: opvang-en-vrije-tijd}")),
        partner_types("bibliotheek, speelotheek"),
    ),
    c(
        "new-type-in-a-new-cluster",
        "clusters",
        vocabulary(
            "  clusters:\n    toevoegen:\n      gezinnen: Gezinnen\n"
            "  partnertypes:\n    toevoegen:\n      gezinshuis: {nl: Gezinshuis, cluster: gezinnen}\n"
        ),
        partner_types("gezinshuis"),
    ),
    # -- labels: a campaign's label is its page's title, its flyer's and its poster's -------------
    c("campaign-label-a-list", "labels", vocabulary(SUMMER.format("{nl: [een, lijst]}")), in_campaign("zomer")),
    c("campaign-label-a-number", "labels", vocabulary(SUMMER.format("{nl: 12, fr: Été}")), in_campaign("zomer")),
    c("campaign-label-a-year", "labels", vocabulary(SUMMER.format("2027")), in_campaign("zomer")),
    c("campaign-label-a-list-of-labels", "labels", vocabulary(SUMMER.format("[Zomer, Été]")), in_campaign("zomer")),
    c("campaign-label-without-dutch", "labels", vocabulary(SUMMER.format("{fr: Été}")), in_campaign("zomer")),
    c("campaign-label-with-a-colour", "labels", vocabulary(SUMMER.format("{nl: Zomer, kleur: geel}"))),
    c("campaign-label-empty", "labels", vocabulary(SUMMER.format('""'))),
    c(
        "campaign-labels-per-language",
        "labels",
        vocabulary(SUMMER.format("{nl: Zomerfeest, fr: Fête d'été, ar: مهرجان الصيف}")),
        in_campaign("zomer"),
    ),
    # -- shifted: demo.ankerdatum moves every date by whole weeks (here one week) -----------------
    c(
        "reviewed-9999-in-a-shifted-example",
        "shifted",
        demo("2026-11-09"),
        replace(FICHE, 'laatst_nagekeken: "2026-10-01"', 'laatst_nagekeken: "9999-12-30"'),
    ),
    c(
        "moved-to-9999-in-a-shifted-example",
        "shifted",
        demo("2026-11-09"),
        replace(
            ACTS,
            "        status: afgelast\n",
            '        status: verplaatst\n        verplaatst_naar:\n          datum: "9999-12-30"\n',
        ),
    ),
    c("shifted-example-builds", "shifted", demo("2026-11-09")),
]

EXPECTED: dict[str, tuple[str, ...]] = {
    "type-in-a-cluster-with-a-typo": (
        "huis.yml:20:47: woordenlijsten.partnertypes.toevoegen.speelotheek.cluster: onbekende cluster (verwacht een van: lokaal-bestuur, onderwijs, opleiding-en-werk, opvang-baby-peuter, opvang-en-vrije-tijd, sociaal-cultureel-werk, gezondheid, kraam-en-gezinszorg, opvoedingsondersteuning, hulpverlening, kwetsbare-groepen, andere; gevonden 'opvang-vrije-tijd') — bedoelde je 'opvang-en-vrije-tijd'?",
    ),
    "type-without-cluster": (
        "huis.yml:20:20: woordenlijsten.partnertypes.toevoegen.speelotheek: partnertype zonder cluster (verwacht een cluster, een van: lokaal-bestuur, onderwijs, opleiding-en-werk, opvang-baby-peuter, opvang-en-vrije-tijd, sociaal-cultureel-werk, gezondheid, kraam-en-gezinszorg, opvoedingsondersteuning, hulpverlening, kwetsbare-groepen, andere; gevonden geen) — schrijf speelotheek: {nl: Speelotheek, cluster: andere}, of een cluster die beter past",
    ),
    "kit-type-given-again-without-cluster": (
        "huis.yml:20:20: woordenlijsten.partnertypes.toevoegen.bibliotheek: partnertype zonder cluster (verwacht een cluster, een van: lokaal-bestuur, onderwijs, opleiding-en-werk, opvang-baby-peuter, opvang-en-vrije-tijd, sociaal-cultureel-werk, gezondheid, kraam-en-gezinszorg, opvoedingsondersteuning, hulpverlening, kwetsbare-groepen, andere; gevonden geen) — voeg cluster: opvang-en-vrije-tijd toe",
    ),
    "cluster-left-out-while-in-use": (
        "huis.yml:19:16: woordenlijsten.clusters.weglaten[1]: cluster nog in gebruik (verwacht een cluster zonder partnertypes, gevonden 'opvang-en-vrije-tijd' bij buitenschoolse-opvang, speelpleinwerking, jeugddienst, jeugdwerk, sportdienst, bibliotheek, cultuurdienst) — laat ook die partnertypes weg onder woordenlijsten → partnertypes → weglaten, of laat de cluster staan",
    ),
    "cluster-left-out-with-its-types": (),
    "cluster-on-a-pillar": (
        "huis.yml:20:26: woordenlijsten.pijlers.toevoegen.buurt.cluster: ongeldige sleutel (verwacht een taalcode zoals nl of fr; gevonden 'cluster')",
    ),
    "new-type-in-a-kit-cluster": (),
    "new-type-in-a-new-cluster": (),
    "campaign-label-a-list": (
        "huis.yml:20:19: woordenlijsten.campagnes.toevoegen.zomer.nl: verkeerde soort waarde (verwacht tekst, gevonden een lijst)",
    ),
    "campaign-label-a-number": (
        'huis.yml:20:19: woordenlijsten.campagnes.toevoegen.zomer.nl: verkeerde soort waarde (verwacht tekst, gevonden 12) — zet de waarde tussen aanhalingstekens: "12"',
    ),
    "campaign-label-a-year": (
        'huis.yml:20:14: woordenlijsten.campagnes.toevoegen.zomer: verkeerde soort waarde (verwacht tekst, of per taal een tekst met minstens nl:, gevonden 2027) — zet de waarde tussen aanhalingstekens: "2027"',
    ),
    "campaign-label-a-list-of-labels": (
        "huis.yml:20:14: woordenlijsten.campagnes.toevoegen.zomer: verkeerde soort waarde (verwacht tekst, of per taal een tekst met minstens nl:, gevonden een lijst)",
    ),
    "campaign-label-without-dutch": (
        "huis.yml:20:14: woordenlijsten.campagnes.toevoegen.zomer.nl: verplicht veld ontbreekt (verwacht 'nl', gevonden niets) — voeg 'nl:' toe",
    ),
    "campaign-label-with-a-colour": (
        "huis.yml:20:26: woordenlijsten.campagnes.toevoegen.zomer.kleur: ongeldige sleutel (verwacht een taalcode zoals nl of fr; gevonden 'kleur')",
    ),
    "campaign-label-empty": (
        "huis.yml:20:14: woordenlijsten.campagnes.toevoegen.zomer: lege tekst (verwacht tekst, of per taal een tekst met minstens nl:, gevonden '') — vul een tekst in",
    ),
    "campaign-labels-per-language": (),
    "reviewed-9999-in-a-shifted-example": (
        "partners/bib-noorddorp/fiche.yml:32:19: laatst_nagekeken: ongeldige datum (verwacht een datum als JJJJ-MM-DD, zoals 2026-05-16; gevonden '9999-12-30') — kijk het jaar na (verwacht een jaar van 2000 tot 2099)",
    ),
    "moved-to-9999-in-a-shifted-example": (
        "partners/bib-noorddorp/activiteiten.yml:25:18: activiteiten[2].per_datum.2027-01-13.verplaatst_naar.datum: ongeldige datum (verwacht een datum als JJJJ-MM-DD, zoals 2026-05-16; gevonden '9999-12-30') — kijk het jaar na (verwacht een jaar van 2000 tot 2099)",
    ),
    "shifted-example-builds": (),
}
