"""What happens on the dates of an activity: the whole's status, per date, and moved hours (stage 1).

Split from `when` (which days) so each stays small; `when.hours` and `when.days` call these.
"""

from __future__ import annotations

from collections.abc import Iterator

from zondermuren.problems import Problem
from zondermuren.sources.parsing.documents import Document


def moved_whole_day(doc: Document, base: tuple, item: dict) -> Iterator[Problem]:
    """A whole day moved stays a whole day, or gets both hours: "from 10:00" has no end a calendar can show."""
    moves = [(base + ("verplaatst_naar",), item.get("verplaatst_naar"))]
    for day, change in (item.get("per_datum") or {}).items():
        moves.append((base + ("per_datum", day, "verplaatst_naar"), change.get("verplaatst_naar")))
    for at, moved in moves:
        given = [key for key in ("van", "tot") if isinstance(moved, dict) and key in moved]
        if len(given) != 1:
            continue
        key, other = given[0], "tot" if given[0] == "van" else "van"
        what = "beginuur zonder einduur" if key == "van" else "einduur zonder beginuur"
        yield doc.problem(
            at + (key,),
            f"{what} bij een verplaatste activiteit van de hele dag (verwacht van en tot samen, of geen van "
            f"beide voor de hele dag, gevonden alleen {key})",
            f"voeg {other}: {'16:00' if other == 'tot' else '10:00'} toe, of verwijder {key}: dan duurt ook de "
            "nieuwe datum de hele dag",
        )


def per_date(doc: Document, base: tuple, item: dict) -> Iterator[Problem]:
    """One status per date that families can read one way only.

    `status:` at the top counts for every date, so a coordinator cancels a whole series or camp
    in one line; `per_datum` says what differs on one date (it goes first), except under a
    cancelled whole: nothing of it still takes place. A date that is not moved has no new date."""
    whole = item.get("status", "gepland")
    several = "herhaling" in item or "tot_en_met" in item
    if "herhaling" in item and whole == "verplaatst":
        yield doc.problem(
            base + ("status",),
            "een reeks verplaatst (verwacht de nieuwe data in het herhaling-blok, gevonden status: verplaatst)",
            "pas dagen, vanaf of tot_en_met aan en leg de verandering uit in de beschrijving; "
            "één datum verplaats je met per_datum",
        )
    if "reden" in item and whole == "gepland":
        yield doc.problem(
            base + ("reden",),
            "reden zonder status (verwacht status: afgelast, verplaatst of volzet bij een reden, gevonden "
            f"{'status: gepland' if 'status' in item else 'geen status'})",
            "zet de status erbij, zoals status: afgelast; uitleg die altijd geldt, hoort in de beschrijving",
            warn=True,
        )
    changes = item.get("per_datum") or {}
    if whole == "verplaatst" and changes and not several:
        yield doc.problem(
            base + ("per_datum",),
            "per_datum bij een verplaatste activiteit (verwacht de nieuwe datum en uren in verplaatst_naar, "
            "gevonden per_datum)",
            "verwijder per_datum; gaat de activiteit ook op de nieuwe datum niet door, zet dan status: afgelast",
        )
    for day, change in changes.items():
        own, at = change["status"], base + ("per_datum", day)
        if "verplaatst_naar" in change and own != "verplaatst":
            yield doc.problem(
                at + ("verplaatst_naar",),
                f"nieuwe datum bij een datum die niet verplaatst is (verwacht status: verplaatst bij "
                f"verplaatst_naar, gevonden status: {own})",
                "zet status: verplaatst als de activiteit op de nieuwe datum doorgaat, of verwijder verplaatst_naar "
                "als ze niet doorgaat",
            )
        if whole == "afgelast" and own != "afgelast":
            yield doc.problem(
                at + ("status",),
                f"andere status voor één datum van een afgelaste activiteit (verwacht afgelast, of de datum niet "
                f"in per_datum, gevonden {own})",
                f"de hele activiteit is afgelast (status: afgelast): verwijder {day} uit per_datum, of verwijder "
                "status: afgelast als alleen enkele data niet doorgaan",
            )
