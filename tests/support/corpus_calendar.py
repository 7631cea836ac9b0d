"""Bad-input corpus, sturdy part two: calendar. Registered in tests/support/corpus_cases.py (CLASSES, CASES, EXPECTED).

What a status or a change of date says must reach families one way only: on the page, in every
feed and in print. Each class is a shape that was once dropped without a word; the cases the
check accepts are built and read back by tests/sources/test_corpus.py, and walked event by event
against RFC 5545 by tests/model/test_calendar_status.py.
"""

from __future__ import annotations

from tests.sources.test_messages import ACTS, Edit, replace
from tests.support import corpus_cases as base
from tests.support.corpus_cases import Case, c

CLASSES: dict[str, str] = {
    "series-status": "status: at the top of a series counts for every date; verplaatst there is refused",
    "excluded-and-changed": "a date both in behalve and in per_datum: per_datum goes first, with a warning",
    "moved-under-cancelled": "a new date (verplaatst_naar) under a date or activity that is not moved is refused",
    "camp-statuses": "a cancelled camp is cancelled on each of its days; another status under a cancelled or moved "
    "whole is refused",
    "whole-day-hours": "a whole day moved with only a start or only an end hour is refused; with both it builds",
    "all-excluded": "a series whose every date is in behalve: a located error, never a crash",
    "reason-alone": "a reason without a status would show nowhere: a warning",
}
base.CLASSES.update(CLASSES)

T = base.T
ONE = 'datum: "2026-12-05"\n    van: "10:00"\n    tot: "11:00"'
PER_DATE = '    per_datum:\n      "2027-01-13":\n        status: afgelast\n'
SKIPPED = '      behalve: ["2026-12-30"]\n'
WEDNESDAYS = [
    "2026-11-25",
    "2026-12-02",
    "2026-12-09",
    "2026-12-16",
    "2026-12-23",
    "2026-12-30",
    "2027-01-06",
    "2027-01-13",
    "2027-01-20",
    "2027-01-27",
]


def series(lines: str) -> Edit:
    """The weekly Babyspel series with `lines` (indented 4) in place of its one cancelled date."""
    return replace(ACTS, PER_DATE, lines)


def one_off(lines: str) -> Edit:
    """The Voorleesuur one-off with `lines` (indented 4) in place of its date and hours."""
    return replace(ACTS, ONE, lines.removeprefix("    "))


CAMP = '    datum: "2026-12-05"\n    tot_en_met: "2026-12-07"\n    van: "09:00"\n    tot: "16:00"\n'
DAYS = '    datum: "2026-12-05"\n    tot_en_met: "2026-12-07"\n    hele_dag: true\n'
EXCLUDED = "      behalve: [" + ", ".join(f'"{day}"' for day in WEDNESDAYS) + "]\n"

CASES: list[Case] = [
    # -- series-status -------------------------------------------------------------------------
    c(
        "series-cancelled-as-a-whole",
        "series-status",
        series("    status: afgelast\n    reden: De zaal wordt verbouwd.\n"),
    ),
    c(
        "series-full-with-one-date-cancelled",
        "series-status",
        series(f"    status: volzet\n    reden: Alle plaatsen zijn weg.\n{PER_DATE}"),
    ),
    c(
        "series-cancelled-with-its-own-reason-for-one-date",
        "series-status",
        series(
            '    status: afgelast\n    reden: De zaal wordt verbouwd.\n    per_datum:\n      "2027-01-13":\n'
            "        status: afgelast\n        reden: De begeleider is ziek.\n"
        ),
    ),
    c(
        "series-full-with-one-date-moved",
        "series-status",
        series(
            '    status: volzet\n    per_datum:\n      "2027-01-13":\n        status: verplaatst\n'
            '        verplaatst_naar: {datum: "2027-01-15"}\n'
        ),
    ),
    c(
        "series-moved-as-a-whole",
        "series-status",
        series('    status: verplaatst\n    verplaatst_naar: {datum: "2027-02-03"}\n'),
    ),
    c("series-moved-without-a-new-date", "series-status", series("    status: verplaatst\n")),
    c(
        "series-cancelled-with-a-full-date",
        "series-status",
        series('    status: afgelast\n    per_datum:\n      "2027-01-13":\n        status: volzet\n'),
    ),
    # -- excluded-and-changed ----------------------------------------------------------------
    c(
        "excluded-and-moved",
        "excluded-and-changed",
        series(
            '    per_datum:\n      "2026-12-30":\n        status: verplaatst\n        reden: Kerstvakantie.\n'
            '        verplaatst_naar: {datum: "2027-01-02", van: "10:00", tot: "11:30"}\n'
        ),
    ),
    c(
        "excluded-and-cancelled",
        "excluded-and-changed",
        series('    per_datum:\n      "2026-12-30":\n        status: afgelast\n        reden: Kerstvakantie.\n'),
    ),
    # -- moved-under-cancelled ---------------------------------------------------------------
    c(
        "new-date-under-a-cancelled-date",
        "moved-under-cancelled",
        series(
            '    per_datum:\n      "2027-01-13":\n        status: afgelast\n        verplaatst_naar: {datum: "2027-01-16"}\n'
        ),
    ),
    c(
        "new-date-under-a-full-date",
        "moved-under-cancelled",
        series(
            '    per_datum:\n      "2027-01-13":\n        status: volzet\n        verplaatst_naar: {datum: "2027-01-16"}\n'
        ),
    ),
    c(
        "new-date-under-a-cancelled-one-off",
        "moved-under-cancelled",
        one_off(f'{ONE}\n    status: afgelast\n    verplaatst_naar: {{datum: "2026-12-12"}}'),
    ),
    # -- camp-statuses -----------------------------------------------------------------------
    c("camp-cancelled", "camp-statuses", one_off(f"{CAMP}    status: afgelast\n    reden: Te weinig inschrijvingen.")),
    c(
        "camp-cancelled-with-a-full-day",
        "camp-statuses",
        one_off(f'{CAMP}    status: afgelast\n    per_datum:\n      "2026-12-06":\n        status: volzet'),
    ),
    c(
        "camp-cancelled-with-a-moved-day",
        "camp-statuses",
        one_off(
            f'{CAMP}    status: afgelast\n    per_datum:\n      "2026-12-06":\n        status: verplaatst\n'
            '        verplaatst_naar: {datum: "2026-12-08"}'
        ),
    ),
    c(
        "camp-full-with-a-cancelled-day",
        "camp-statuses",
        one_off(f'{CAMP}    status: volzet\n    per_datum:\n      "2026-12-06":\n        status: afgelast'),
    ),
    c(
        "moved-one-off-with-a-per-date-status",
        "camp-statuses",
        one_off(
            f'{ONE}\n    status: verplaatst\n    verplaatst_naar: {{datum: "2026-12-12"}}\n    per_datum:\n'
            '      "2026-12-05":\n        status: afgelast'
        ),
    ),
    c("whole-days-cancelled", "camp-statuses", one_off(f"{DAYS}    status: afgelast\n    reden: Storm.")),
    # -- whole-day-hours ---------------------------------------------------------------------
    c(
        "whole-day-moved-with-a-start-hour",
        "whole-day-hours",
        one_off(
            '    datum: "2026-12-05"\n    hele_dag: true\n    status: verplaatst\n'
            '    verplaatst_naar: {datum: "2026-12-12", van: "10:00"}'
        ),
    ),
    c(
        "whole-day-of-a-run-moved-with-an-end-hour",
        "whole-day-hours",
        one_off(
            f'{DAYS}    per_datum:\n      "2026-12-06":\n        status: verplaatst\n'
            '        verplaatst_naar: {datum: "2026-12-08", tot: "12:00"}'
        ),
    ),
    c(
        "whole-day-moved-with-both-hours",
        "whole-day-hours",
        one_off(
            '    datum: "2026-12-05"\n    hele_dag: true\n    status: verplaatst\n'
            '    verplaatst_naar: {datum: "2026-12-12", van: "10:00", tot: "16:00"}'
        ),
    ),
    c(
        "whole-day-moved-as-a-whole-day",
        "whole-day-hours",
        one_off(
            f'{DAYS}    per_datum:\n      "2026-12-06":\n        status: verplaatst\n'
            '        verplaatst_naar: {datum: "2026-12-08"}'
        ),
    ),
    # -- all-excluded ------------------------------------------------------------------------
    c("every-date-excluded", "all-excluded", series(""), replace(ACTS, SKIPPED, EXCLUDED)),
    c(
        "every-date-excluded-but-one-moved",
        "all-excluded",
        series(
            '    per_datum:\n      "2027-01-13":\n        status: verplaatst\n        verplaatst_naar: {datum: "2027-01-16"}\n'
        ),
        replace(ACTS, SKIPPED, EXCLUDED),
    ),
    # -- reason-alone ------------------------------------------------------------------------
    c("reason-without-status", "reason-alone", one_off(f"{ONE}\n    reden: Voor de kleinsten.")),
]

EXPECTED: dict[str, tuple[str, ...]] = {
    "series-cancelled-as-a-whole": (),
    "series-full-with-one-date-cancelled": (),
    "series-cancelled-with-its-own-reason-for-one-date": (),
    "series-full-with-one-date-moved": (),
    "series-moved-as-a-whole": (
        f"{T}:21:13: activiteiten[2].status: een reeks verplaatst (verwacht de nieuwe data in het herhaling-blok, gevonden status: verplaatst) — pas dagen, vanaf of tot_en_met aan en leg de verandering uit in de beschrijving; één datum verplaats je met per_datum",
    ),
    "series-moved-without-a-new-date": (
        f"{T}:21:13: activiteiten[2].status: een reeks verplaatst (verwacht de nieuwe data in het herhaling-blok, gevonden status: verplaatst) — pas dagen, vanaf of tot_en_met aan en leg de verandering uit in de beschrijving; één datum verplaats je met per_datum",
    ),
    "series-cancelled-with-a-full-date": (
        f"{T}:24:17: activiteiten[2].per_datum.2027-01-13.status: andere status voor één datum van een afgelaste activiteit (verwacht afgelast, of de datum niet in per_datum, gevonden volzet) — de hele activiteit is afgelast (status: afgelast): verwijder 2027-01-13 uit per_datum, of verwijder status: afgelast als alleen enkele data niet doorgaan",
    ),
    "excluded-and-moved": (
        f"{T}:20:17: activiteiten[2].herhaling.behalve[1]: datum staat ook bij per_datum (verwacht een datum bij behalve of bij per_datum, gevonden 2026-12-30 bij allebei) — verwijder 2026-12-30 uit behalve: per_datum gaat voor, zo zien gezinnen wat er die dag gebeurt",
    ),
    "excluded-and-cancelled": (
        f"{T}:20:17: activiteiten[2].herhaling.behalve[1]: datum staat ook bij per_datum (verwacht een datum bij behalve of bij per_datum, gevonden 2026-12-30 bij allebei) — verwijder 2026-12-30 uit behalve: per_datum gaat voor, zo zien gezinnen wat er die dag gebeurt",
    ),
    "new-date-under-a-cancelled-date": (
        f"{T}:24:26: activiteiten[2].per_datum.2027-01-13.verplaatst_naar: nieuwe datum bij een datum die niet verplaatst is (verwacht status: verplaatst bij verplaatst_naar, gevonden status: afgelast) — zet status: verplaatst als de activiteit op de nieuwe datum doorgaat, of verwijder verplaatst_naar als ze niet doorgaat",
    ),
    "new-date-under-a-full-date": (
        f"{T}:24:26: activiteiten[2].per_datum.2027-01-13.verplaatst_naar: nieuwe datum bij een datum die niet verplaatst is (verwacht status: verplaatst bij verplaatst_naar, gevonden status: volzet) — zet status: verplaatst als de activiteit op de nieuwe datum doorgaat, of verwijder verplaatst_naar als ze niet doorgaat",
    ),
    "new-date-under-a-cancelled-one-off": (
        f"{T}:12:22: activiteiten[1].verplaatst_naar: nieuwe datum bij een activiteit die niet verplaatst is (verwacht status: verplaatst, gevonden 'afgelast')",
    ),
    "camp-cancelled": (),
    "camp-cancelled-with-a-full-day": (
        f"{T}:15:17: activiteiten[1].per_datum.2026-12-06.status: andere status voor één datum van een afgelaste activiteit (verwacht afgelast, of de datum niet in per_datum, gevonden volzet) — de hele activiteit is afgelast (status: afgelast): verwijder 2026-12-06 uit per_datum, of verwijder status: afgelast als alleen enkele data niet doorgaan",
    ),
    "camp-cancelled-with-a-moved-day": (
        f"{T}:15:17: activiteiten[1].per_datum.2026-12-06.status: andere status voor één datum van een afgelaste activiteit (verwacht afgelast, of de datum niet in per_datum, gevonden verplaatst) — de hele activiteit is afgelast (status: afgelast): verwijder 2026-12-06 uit per_datum, of verwijder status: afgelast als alleen enkele data niet doorgaan",
    ),
    "camp-full-with-a-cancelled-day": (),
    "moved-one-off-with-a-per-date-status": (
        f"{T}:14:7: activiteiten[1].per_datum: per_datum bij een verplaatste activiteit (verwacht de nieuwe datum en uren in verplaatst_naar, gevonden per_datum) — verwijder per_datum; gaat de activiteit ook op de nieuwe datum niet door, zet dan status: afgelast",
    ),
    "whole-days-cancelled": (),
    "whole-day-moved-with-a-start-hour": (
        f"{T}:11:49: activiteiten[1].verplaatst_naar.van: beginuur zonder einduur bij een verplaatste activiteit van de hele dag (verwacht van en tot samen, of geen van beide voor de hele dag, gevonden alleen van) — voeg tot: 16:00 toe, of verwijder van: dan duurt ook de nieuwe datum de hele dag",
    ),
    "whole-day-of-a-run-moved-with-an-end-hour": (
        f"{T}:14:53: activiteiten[1].per_datum.2026-12-06.verplaatst_naar.tot: einduur zonder beginuur bij een verplaatste activiteit van de hele dag (verwacht van en tot samen, of geen van beide voor de hele dag, gevonden alleen tot) — voeg van: 10:00 toe, of verwijder tot: dan duurt ook de nieuwe datum de hele dag",
    ),
    "whole-day-moved-with-both-hours": (),
    "whole-day-moved-as-a-whole-day": (),
    "every-date-excluded": (
        f"{T}:20:16: activiteiten[2].herhaling.behalve: alle data van de reeks staan bij behalve (verwacht minstens één datum die doorgaat, gevonden alle 10 data bij behalve) — gaat de reeks helemaal niet door? Haal de data uit behalve en zet status: afgelast met een reden, dan zien gezinnen dat ze afgelast is",
    ),
    "every-date-excluded-but-one-moved": (
        f"{T}:20:115: activiteiten[2].herhaling.behalve[8]: datum staat ook bij per_datum (verwacht een datum bij behalve of bij per_datum, gevonden 2027-01-13 bij allebei) — verwijder 2027-01-13 uit behalve: per_datum gaat voor, zo zien gezinnen wat er die dag gebeurt",
    ),
    "reason-without-status": (
        f"{T}:11:12: activiteiten[1].reden: reden zonder status (verwacht status: afgelast, verplaatst of volzet bij een reden, gevonden geen status) — zet de status erbij, zoals status: afgelast; uitleg die altijd geldt, hoort in de beschrijving",
    ),
}
