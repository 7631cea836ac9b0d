"""`zondermuren uit-formulier`: issue bodies as GitHub renders a submitted form, to checked file changes.

The bodies in tests/fixtures/formulieren/ have GitHub's shape (`### <label>`, `_No response_`,
`- [X]`); the labels are the checked-in forms' own, so renaming one in a form breaks these tests.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from testkit.sitebuild import DAY, ROOT
from zondermuren import cli
from zondermuren.githost import forms, intake, reports
from zondermuren.problems import Problem
from zondermuren.sources import reading
from zondermuren.vocabulary import Vocabularies

FIXTURE = Path(__file__).parents[1] / "fixtures" / "minimal"
BODIES = Path(__file__).parents[1] / "fixtures" / "formulieren"
ACTS = "partners/bib-noorddorp/activiteiten.yml"


@pytest.fixture
def huis(tmp_path: Path) -> Path:
    root = tmp_path / "huis"
    shutil.copytree(FIXTURE, root)
    shutil.copytree(ROOT / ".github" / "ISSUE_TEMPLATE", root / ".github" / "ISSUE_TEMPLATE")
    return root


def _added(root: Path) -> str:
    """The lines the change added to the activities file, in order."""
    before = (FIXTURE / ACTS).read_text("utf-8").splitlines()
    after = (root / ACTS).read_text("utf-8").splitlines()
    assert after[: len(before)] == before  # the partner's file is kept as written, the activity appended
    return "\n".join(after[len(before) :])


def test_new_one_off_activity(huis: Path) -> None:
    outcome = intake.process(huis, (BODIES / "nieuwe-activiteit.md").read_text("utf-8"), DAY, 12)
    assert (outcome.code, outcome.title) == (0, "Nieuwe activiteit van bib-noorddorp: knutselnamiddag-sterren-lampions")
    assert _added(huis) == (
        "  - id: knutselnamiddag-sterren-lampions\n"
        "    titel: 'Knutselnamiddag: \"sterren\" & lampions'\n"
        "    beschrijving: |-\n"
        "      We knutselen lampions.\n"
        "      Breng een lege pot mee!\n"
        "    soort: evenement\n"
        "    datum: '2026-12-16'\n"
        "    van: '14:00'\n"
        "    tot: '16:30'\n"  # typed as 16.30
        "    locatie: bib\n"  # the partner's only location
        "    doelgroep:\n"
        "      kinderen:\n"
        "      - 3-6\n"
        "      - 6-12\n"
        "    gratis: true\n"
        "    inschrijven_via: bib@noorddorp.example.org\n"
        "    inschrijving: verplicht"
    )
    assert outcome.message.endswith("Closes #12\n")
    assert not reading.check(huis, DAY).errors


def test_new_monthly_series(huis: Path) -> None:
    outcome = intake.process(huis, (BODIES / "nieuwe-reeks.md").read_text("utf-8"), DAY)
    assert outcome.code == 0
    added = _added(huis)
    assert added.startswith("  - id: voorleesuur-2\n")  # 'voorleesuur' is taken
    assert "      frequentie: maandelijks\n      dagen:\n      - za\n      week: 4\n" in added  # 4th Saturday
    assert "      ouders:\n      - prenataal" in added
    assert not reading.check(huis, DAY).errors


def test_cancel_a_date_of_a_series_keeps_the_file_as_written(huis: Path) -> None:
    assert intake.process(huis, (BODIES / "datum-afgelast.md").read_text("utf-8"), DAY).code == 0
    text = (huis / ACTS).read_text("utf-8")
    assert (
        '    per_datum:\n      "2027-01-13":\n        status: afgelast\n'
        "      '2026-12-09':\n        status: afgelast\n        reden: De zaal wordt geschilderd.\n"
        '    van: "09:30"\n'
    ) in text
    assert text.startswith("# Activiteiten van de bibliotheek.\n")  # comments stay


def test_move_a_one_off_activity(huis: Path) -> None:
    outcome = intake.process(huis, (BODIES / "datum-verplaatst.md").read_text("utf-8"), DAY)
    assert (outcome.code, outcome.title) == (0, "voorleesuur op 2026-12-05: verplaatst")
    assert "      kinderen: [3-6]\n    status: verplaatst\n    verplaatst_naar:\n      datum: '2026-12-12'\n" in (
        huis / ACTS
    ).read_text("utf-8")


def test_a_badly_filled_form_gets_a_message_and_no_change(huis: Path) -> None:
    outcome = intake.process(huis, (BODIES / "fout-ingevuld.md").read_text("utf-8"), DAY)
    assert outcome.code == 1
    assert outcome.lines == [
        "Partner: onbekende partner (verwacht de naam van een map in partners/, gevonden 'bib-noordorp') — "
        "bedoelde je 'bib-noorddorp'?",
        "Soort activiteit: onbekende keuze (verwacht een van 'consult', 'spreekuur', 'infosessie', 'oudergroep', "
        "'cursus', 'spel-en-ontmoeting', 'spelotheek', 'evenement', 'materiele-hulp', 'individuele-begeleiding', "
        "'onthaalpunt', 'online', 'opvang', gevonden 'voorlezen') — kies een van de keuzes van het formulier",
        "Datum: ongeldige datum (verwacht JJJJ-MM-DD zoals 2026-12-05, gevonden '16 december') — schrijf bv. 2026-12-05",
        "Begint om: ongeldig uur (verwacht UU:MM zoals 14:00, gevonden '14u') — schrijf bv. 09:30",
        # The hours may be empty now (a whole day), so the hint names that choice too.
        "Eindigt om: niet ingevuld (verwacht een uur als UU:MM, gevonden niets) — vul dit veld in, of kies bij "
        "'Hoe lang' 'De hele dag'",
    ]
    assert outcome.message.startswith(
        "Uit dit formulier ('Nieuwe activiteit') kon nog geen voorstel gemaakt worden:\n\n```text\nPartner: "
    )
    assert (huis / ACTS).read_text("utf-8") == (FIXTURE / ACTS).read_text("utf-8")


def test_a_deleted_heading_and_a_wrong_date(huis: Path) -> None:
    body = (BODIES / "datum-afgelast.md").read_text("utf-8")
    body = body.replace("### Wat gebeurt er\n\nAfgelast\n\n", "Afgelast\n\n").replace("2026-12-09", "2026-12-10")
    outcome = intake.process(huis, body, DAY)
    assert outcome.lines == [
        "Wat gebeurt er: dit veld ontbreekt in het formulier (verwacht een kop '### Wat gebeurt er', gevonden niets)"
        " — maak een nieuw formulier aan via Issues → New issue, en pas de koppen niet aan",
        # The answer under the deleted heading ran into the field above it.
        "Datum: ongeldige datum (verwacht JJJJ-MM-DD zoals 2026-12-05, gevonden '2026-12-10\n\nAfgelast') — "
        "schrijf bv. 2026-12-05",
    ]


def test_a_date_outside_the_series_is_reported_by_the_check(huis: Path) -> None:
    body = (BODIES / "datum-afgelast.md").read_text("utf-8").replace("2026-12-09", "2026-12-10")
    outcome = intake.process(huis, body, DAY)
    assert outcome.code == 1
    assert outcome.lines == [
        f"{ACTS}:24:7: activiteiten[2].per_datum.2026-12-10: datum valt niet in de reeks (verwacht een datum van "
        "de reeks, gevonden 2026-12-10) — bedoelde je 2026-12-09?"
    ]
    assert (huis / ACTS).read_text("utf-8") == (FIXTURE / ACTS).read_text("utf-8")  # put back


def test_an_issue_that_is_no_form_changes_nothing(huis: Path, tmp_path: Path, capsys) -> None:
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"issue": {"number": 3, "body": "De site is traag. `rm -rf /` $(whoami)"}}))
    assert cli.main(["--map", str(huis), "uit-formulier", "--gebeurtenis", str(event)]) == intake.NOT_A_FORM
    assert capsys.readouterr().out == "Dit issue is geen ingevuld formulier; er is niets veranderd.\n"


def test_cli_writes_title_and_message_for_the_workflow(huis: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ZONDERMUREN_TODAY", "2026-11-22")
    event = tmp_path / "event.json"
    issue = {"number": 7, "body": (BODIES / "datum-afgelast.md").read_text(), "user": {"login": "bib-noorddorp"}}
    event.write_text(json.dumps({"issue": issue}))
    out = tmp_path / "uit"
    assert cli.main(["--map", str(huis), "uit-formulier", "--gebeurtenis", str(event), "--uitvoer", str(out)]) == 0
    assert (out / "titel.txt").read_text() == "babyspel op 2026-12-09: afgelast\n"
    assert (out / "bericht.md").read_text().endswith("Closes #7\n")


def test_the_forms_offer_the_kits_codes() -> None:
    """The dropdown of activity kinds and the age boxes are the vocabulary's, in its order."""
    form = forms.load_forms(ROOT)["nieuwe-activiteit"]
    fields = {f.id: f for f in form.fields}
    vocab = Vocabularies.default()
    assert list(fields["soort"].options) == vocab.keys("aanbodvormen")
    labels = [vocab.label("leeftijden", k, "nl") for k in vocab.keys("leeftijden")]
    assert all(option in labels for option in fields["leeftijden"].options)
    assert set(forms.load_forms(ROOT)) == {"nieuwe-activiteit", "datum-wijzigen", "fiche-wijzigen", "nieuwe-partner"}


def test_a_100_kb_answer_gives_a_comment_the_host_accepts(huis: Path) -> None:
    """GitHub refuses a comment over 65,536 characters: the partner would never be told. The answer is
    cut in its middle, so the problem's start and its fix both stay."""
    body = (BODIES / "nieuwe-activiteit.md").read_text("utf-8").replace("2026-12-16", "x" * 100_000)
    outcome = intake.process(huis, body, DAY)
    assert outcome.code == 1
    assert len(outcome.message) == 2_207 < 60_000
    assert outcome.message == (
        "Uit dit formulier ('Nieuwe activiteit') kon nog geen voorstel gemaakt worden:\n\n```text\n"
        "Datum: ongeldige datum (verwacht JJJJ-MM-DD zoals 2026-12-05, gevonden '"
        + "x" * 1_488
        + " [… 98139 tekens weggelaten …] "
        + "x" * 373
        + "') — schrijf bv. 2026-12-05\n```\n\n"
        "Pas het formulier aan (de drie puntjes rechtsboven het bericht → **Edit**) en bewaar: "
        "het wordt dan opnieuw gecontroleerd.\n"
    )
    assert len(outcome.lines[0]) == 100_099  # the command's own output (the job log) keeps it whole


def test_a_long_list_of_problems_ends_in_en_n_meer() -> None:
    lines = [f"{number:03d}" + "y" * 997 for number in range(100)]
    posted = reports.posted("", lines, "")
    assert len(posted) <= reports.COMMENT_LIMIT
    assert posted == (
        "```text\n"
        + "\n".join(lines[:59])
        + "\n… en 41 meer meldingen (verbeter eerst wat hierboven staat: de controle toont daarna de rest)\n```"
    )
    # A pull request's title (GitHub takes 256 characters): a partner folder's name may be long.
    assert reports.title("Nieuwe activiteit van " + "p" * 300) == "Nieuwe activiteit van " + "p" * 177 + "…"
    # The check's job summary on the git host is capped the same way (GitHub takes at most 1 MiB).
    problems = [Problem("partners/x/fiche.yml", line, 1, "naam", "z" * 5_000) for line in range(1, 101)]
    summary = reports.summary(problems, "De bronbestanden bevatten fouten; er is niets gebouwd.")
    assert len(summary) <= reports.COMMENT_LIMIT
    assert summary.splitlines()[-4:] == [
        "… en 71 meer meldingen (verbeter eerst wat hierboven staat: de controle toont daarna de rest)",
        "```",
        "",
        "De bronbestanden bevatten fouten; er is niets gebouwd.",
    ]


def test_a_broken_huis_is_said_on_the_issue_too(huis: Path) -> None:
    """The workflow posts the message as a comment: an empty one would fail, and the partner hear nothing."""
    (huis / "huis.yml").write_text("naam: [kapot\n", "utf-8")
    outcome = intake.process(huis, (BODIES / "nieuwe-activiteit.md").read_text("utf-8"), DAY)
    assert (outcome.code, outcome.message) == (
        1,
        "Dit formulier kon nog niet verwerkt worden: de instellingen van het Huis zelf hebben fouten "
        "(niet in dit formulier):\n\n```text\nhuis.yml:1:7: de YAML-opmaak klopt niet (verwacht geldige YAML, "
        "gevonden: een lijst die met [ begint maar niet met ] sluit) — kijk na of inspringing, dubbele punten en "
        "aanhalingstekens kloppen\n```\n\nDe coördinator lost ze op; bewaar het formulier daarna opnieuw (→ **Edit**).\n",
    )


def _coordinated(huis: Path) -> None:
    with (huis / "huis.yml").open("a", encoding="utf-8") as settings:
        settings.write('coordinatoren: ["@Huis-Testdorp"]\n')


def test_only_beheerders_and_coordinators_get_a_change(huis: Path) -> None:
    """In a public repository anyone can open an issue: the bot acts for the partner's beheerders only."""
    _coordinated(huis)
    body = (BODIES / "datum-afgelast.md").read_text("utf-8")
    refused = intake.process(huis, body, DAY, 5, author="vreemde")
    assert (refused.code, refused.lines) == (
        intake.NOT_ALLOWED,
        ["geen voorstel: vreemde is geen beheerder van bib-noorddorp en geen coördinator"],
    )
    assert refused.files == {} and (huis / ACTS).read_text("utf-8") == (FIXTURE / ACTS).read_text("utf-8")
    nobody = intake.process(huis, body, DAY, 5, author="")  # an event without an author
    assert nobody.code == intake.NOT_ALLOWED and "`@jouw-gebruikersnaam`" not in nobody.message
    assert '```yaml\nbeheerders: ["@bib-noorddorp", "@jouw-gebruikersnaam"]\n```' in nobody.message
    coordinator = intake.process(huis, body, DAY, 5, author="huis-testdorp")
    assert coordinator.code == 0 and "door `@huis-testdorp` (coördinator)" in coordinator.message


def test_a_stranger_who_mistypes_the_partner_gets_the_forms_message_and_no_change(huis: Path) -> None:
    """A partner that does not exist: the hint helps a beheerder's typo; no change is made either way."""
    body = (BODIES / "datum-afgelast.md").read_text("utf-8").replace("bib-noorddorp", "bib-noordorp")
    outcome = intake.process(huis, body, DAY, author="vreemde")
    assert (outcome.code, outcome.lines[0]) == (
        1,
        "Partner: onbekende partner (verwacht de naam van een map in partners/, gevonden 'bib-noordorp') — "
        "bedoelde je 'bib-noorddorp'?",
    )


def test_the_author_is_read_from_the_event_and_only_if_it_is_a_user_name(tmp_path: Path) -> None:
    event = tmp_path / "event.json"
    for user, login in (({"login": "an-peeters"}, "an-peeters"), ({"login": "a b`x`"}, ""), (None, ""), ("x", "")):
        event.write_text(json.dumps({"issue": {"number": 1, "body": "", "user": user}}))
        assert intake.author_of(event) == login


def test_the_pull_request_says_which_checks_ran_and_that_a_person_reviews(huis: Path) -> None:
    outcome = intake.process(huis, (BODIES / "datum-afgelast.md").read_text("utf-8"), DAY, 9, author="bib-noorddorp")
    assert outcome.message == (
        "Gemaakt uit het formulier 'Datum afgelast, verplaatst of volzet' door `@bib-noorddorp` "
        "(beheerder van bib-noorddorp).\n\n"
        "Wat de robot nagekeken heeft:\n\n"
        "- wie het formulier indiende: een beheerder van deze partner of een coördinator;\n"
        "- de antwoorden van het formulier (data, uren, keuzes, partner, locatie);\n"
        "- `zondermuren check` op het hele Huis met deze wijziging: geen fouten in het gewijzigde bestand;\n"
        "- na het pushen nog eens `zondermuren check` op deze branch: het resultaat staat als status bij deze "
        "pull request (zonder voorbeeld van de site).\n\n"
        "**Een mens moet dit nakijken vóór het samenvoegen**: de robot weet niet of de activiteit echt doorgaat "
        "en of de tekst klopt en past voor gezinnen. Kijk de wijziging na onder **Files changed** en voeg ze dan "
        "samen: de site wordt meteen bijgewerkt.\n\nCloses #9\n"
    )


def _answered(**values: str) -> str:
    """The one-off activity's body with some answers changed, by label (GitHub's shape)."""
    body = (BODIES / "nieuwe-activiteit.md").read_text("utf-8")
    for label, value in values.items():
        heading = "### " + label.replace("_", " ")
        body, found = re.subn(rf"(?m)^({re.escape(heading)}\n\n)(?:(?!### ).*\n?)*", rf"\g<1>{value}\n\n", body)
        assert found == 1, heading
    return body


# The shapes of docs/velden.md ("Wanneer"): what "Hoe lang" writes after `datum`, up to the location.
SHAPES = {
    "De hele dag": ("", "", "", "    hele_dag: true\n"),
    "Meerdere dagen, elke dag dezelfde uren (een kamp)": (
        "2026-12-18",
        "09:00",
        "16:00",
        "    tot_en_met: '2026-12-18'\n    van: 09:00\n    tot: '16:00'\n",
    ),
    "Meerdere hele dagen (een tentoonstelling)": (
        "2026-12-20",
        "",
        "",
        "    tot_en_met: '2026-12-20'\n    hele_dag: true\n",
    ),
    "Meerdere dagen, ook 's nachts (een weekend weg)": (
        "2026-12-18",
        "18:00",
        "14:00",  # on the last day: before the start hour, and right
        "    tot_en_met: '2026-12-18'\n    doorlopend: true\n    van: '18:00'\n    tot: '14:00'\n",
    ),
}


@pytest.mark.parametrize("how_long", list(SHAPES))
def test_a_whole_day_several_days_and_through_the_nights(huis: Path, how_long: str) -> None:
    last, begins, ends, written = SHAPES[how_long]
    no = "_No response_"
    body = _answered(Hoe_lang=how_long, Laatste_datum=last or no, Begint_om=begins or no, Eindigt_om=ends or no)
    outcome = intake.process(huis, body, DAY)
    assert outcome.code == 0, outcome.lines
    added = _added(huis)
    assert "    datum: '2026-12-16'\n" + written + "    locatie: bib\n" in added
    assert not reading.check(huis, DAY).errors  # what the form writes is what the check accepts


def test_what_does_not_fit_how_long_is_said_in_the_forms_words(huis: Path) -> None:
    cases = {
        # hours with a whole day
        ("De hele dag", "Eén keer", "_No response_", "14:00"): [
            "Begint om: geen uren bij een hele dag (verwacht niets, gevonden '14:00') — maak dit veld leeg, of kies "
            "bij 'Hoe lang' 'Een paar uur'",
            "Eindigt om: geen uren bij een hele dag (verwacht niets, gevonden '16.30') — maak dit veld leeg, of kies "
            "bij 'Hoe lang' 'Een paar uur'",
        ],
        # a camp in a series
        ("Meerdere dagen, elke dag dezelfde uren (een kamp)", "Elke week", "2027-01-20", "14:00"): [
            "Hoe lang: meerdere dagen gaat niet samen met een reeks (verwacht 'Eén keer' bij 'Hoe vaak', gevonden "
            "'Elke week') — kies 'Eén keer', of voor een reeks 'Een paar uur' of 'De hele dag'"
        ],
        # several days without the last one
        ("Meerdere dagen, ook 's nachts (een weekend weg)", "Eén keer", "_No response_", "14:00"): [
            "Laatste datum: tot wanneer? (verwacht de laatste dag, gevonden niets) — vul de laatste dag in, of kies "
            "bij 'Hoe lang' één dag"
        ],
        # a last date for a few hours on one day
        ("Een paar uur", "Eén keer", "2026-12-18", "14:00"): [
            "Laatste datum: een laatste datum hoort bij een reeks of bij meerdere dagen (verwacht niets, gevonden "
            "'2026-12-18') — kies bij 'Hoe lang' meerdere dagen, of maak dit veld leeg"
        ],
        # an end before the start is a mistake unless the activity runs through the night
        ("Meerdere dagen, elke dag dezelfde uren (een kamp)", "Eén keer", "2026-12-18", "17:00"): [
            "Eindigt om: einduur vóór beginuur (verwacht later dan 17:00, gevonden 16:30) — kijk de uren na"
        ],
        ("Drie dagen", "Eén keer", "_No response_", "14:00"): [
            "Hoe lang: onbekende keuze (verwacht een van 'Een paar uur', 'De hele dag', 'Meerdere dagen, elke dag "
            "dezelfde uren (een kamp)', 'Meerdere hele dagen (een tentoonstelling)', 'Meerdere dagen, ook 's nachts "
            "(een weekend weg)', gevonden 'Drie dagen') — kies een van de keuzes van het formulier"
        ],
    }
    for (how_long, how_often, last, begins), expected in cases.items():
        body = _answered(Hoe_lang=how_long, Hoe_vaak=how_often, Laatste_datum=last, Begint_om=begins)
        outcome = intake.process(huis, body, DAY)
        assert (outcome.code, outcome.lines) == (1, expected), how_long
    assert (huis / ACTS).read_text("utf-8") == (FIXTURE / ACTS).read_text("utf-8")


def test_the_form_offers_the_shapes_of_the_field_reference() -> None:
    """Each choice of "Hoe lang" is one the converter knows, in the form's order."""
    from zondermuren.githost import changes

    fields = {f.id: f for f in forms.load_forms(ROOT)["nieuwe-activiteit"].fields}
    assert list(fields["duur"].options) == list(changes._DURATION)
    assert not fields["van"].required and not fields["tot"].required  # empty for a whole day
    reference = (ROOT / "docs" / "velden.md").read_text("utf-8")
    assert all(f"`activiteiten[].{name}`" in reference for name in ("hele_dag", "tot_en_met", "doorlopend"))
