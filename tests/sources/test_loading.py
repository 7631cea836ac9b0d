"""The strict YAML loader: values stay what the partner typed, and every value knows its place."""

from __future__ import annotations

import pytest

from zondermuren.sources.parsing.documents import field_path, parse


def load(text: str):
    doc, problems = parse(text, "f.yml")
    assert problems == []
    assert doc is not None
    return doc


@pytest.mark.parametrize(
    "typed",
    ["no", "No", "NO", "yes", "Yes", "on", "On", "off", "y", "n", "ja", "nee"],
)
def test_yaml_11_booleans_stay_text(typed):
    assert load(f"taal: {typed}\n").data == {"taal": typed}


@pytest.mark.parametrize("typed", ["9:30", "10:30", "0:05", "23:59", "1:30:00"])
def test_times_stay_text_not_sexagesimal(typed):
    assert load(f"van: {typed}\n").data == {"van": typed}


@pytest.mark.parametrize("typed", ["2026-05-16", "2026-5-16", "2026-05-16 10:00", "2026-05-16T10:00:00Z"])
def test_dates_stay_text(typed):
    assert load(f"datum: {typed}\n").data == {"datum": typed}


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("true", True),
        ("True", True),
        ("TRUE", True),
        ("false", False),
        ("False", False),
        ("0", 0),
        ("7", 7),
        ("-1", -1),
        ("+3", 3),
        ("2026", 2026),
        ("1.5", 1.5),
        ("-0.25", -0.25),
        (".5", 0.5),
        ("1.5e3", 1500.0),
        ("null", None),
        ("Null", None),
        ("~", None),
        ("", None),
    ],
)
def test_booleans_numbers_and_null_are_typed(typed, value):
    data = load(f"x: {typed}\n").data
    assert data == {"x": value}
    assert type(data["x"]) is type(value)


@pytest.mark.parametrize(
    "typed",
    # Numbers with a leading zero (phone numbers, 0900), octal/hex/underscore forms and YAML 1.1
    # specials are text: partners mean what they typed.
    ["0470123456", "007", "0x1F", "0o17", "1_000", "1e3", ".inf", "-.inf", ".nan", "9.30.00"],
)
def test_other_number_like_values_stay_text(typed):
    assert load(f"x: {typed}\n").data == {"x": typed}


def test_quoted_values_are_always_text():
    data = load('a: "true"\nb: "9000"\nc: \'null\'\nd: "2026-05-16"\n').data
    assert data == {"a": "true", "b": "9000", "c": "null", "d": "2026-05-16"}


def test_keys_are_text():
    assert load("1: a\n2026-05-16: c\nno: d\n").data == {"1": "a", "2026-05-16": "c", "no": "d"}


NESTED = """\
# commentaar
naam: Bib
locaties:
  - id: bib
    adres:
      straat: Markt 1
      postcode: "9000"
    openingsuren:
      - dagen: [wo, za]
        van: "09:00"
talen: [nl, fr]
"""


def test_nested_data():
    assert load(NESTED).data == {
        "naam": "Bib",
        "locaties": [
            {
                "id": "bib",
                "adres": {"straat": "Markt 1", "postcode": "9000"},
                "openingsuren": [{"dagen": ["wo", "za"], "van": "09:00"}],
            }
        ],
        "talen": ["nl", "fr"],
    }


@pytest.mark.parametrize(
    ("path", "position"),
    [
        ((), (2, 1)),
        (("naam",), (2, 7)),
        (("locaties",), (4, 3)),
        (("locaties", 0), (4, 5)),
        (("locaties", 0, "id"), (4, 9)),
        (("locaties", 0, "adres"), (6, 7)),
        (("locaties", 0, "adres", "straat"), (6, 15)),
        (("locaties", 0, "adres", "postcode"), (7, 17)),
        (("locaties", 0, "openingsuren", 0), (9, 9)),
        (("locaties", 0, "openingsuren", 0, "dagen"), (9, 16)),
        (("locaties", 0, "openingsuren", 0, "dagen", 1), (9, 21)),
        (("locaties", 0, "openingsuren", 0, "van"), (10, 14)),
        (("talen",), (11, 8)),
        (("talen", 1), (11, 13)),
    ],
)
def test_value_positions_are_one_based(path, position):
    assert load(NESTED).values[path] == position


@pytest.mark.parametrize(
    ("path", "position"),
    [
        (("naam",), (2, 1)),
        (("locaties",), (3, 1)),
        (("locaties", 0, "id"), (4, 5)),
        (("locaties", 0, "adres"), (5, 5)),
        (("locaties", 0, "adres", "postcode"), (7, 7)),
        (("locaties", 0, "openingsuren", 0, "van"), (10, 9)),
        (("talen",), (11, 1)),
    ],
)
def test_key_positions_are_one_based(path, position):
    assert load(NESTED).keys[path] == position


def test_where_falls_back_to_nearest_parent():
    doc = load(NESTED)
    assert doc.where(("locaties", 0, "adres", "gemeente")) == (6, 7)
    assert doc.where(("locaties", 0, "adres", "postcode"), key=True) == (7, 7)
    assert doc.where(("ontbreekt",)) == (2, 1)
    assert doc.where(()) == (2, 1)


def test_field_path_counts_list_items_from_one():
    assert field_path(("locaties", 0, "openingsuren", 1, "van")) == "locaties[1].openingsuren[2].van"
    assert field_path(()) == ""


def test_empty_and_comment_only_text_give_no_data():
    assert load("").data is None
    assert load("# niets\n").data is None


def test_byte_order_mark_and_windows_line_ends():
    doc = load("\ufeffnaam: Bib\r\ntalen: [nl]\r\n")
    assert doc.data == {"naam": "Bib", "talen": ["nl"]}
    assert doc.values[("talen", 0)] == (2, 9)


def test_aliases_are_resolved():
    assert load("a: &x Bib\nb: *x\n").data == {"a": "Bib", "b": "Bib"}


def test_syntax_error_is_one_problem_not_an_exception():
    doc, problems = parse("naam: x\n\ttypes: [a]\n", "f.yml")
    assert doc is None
    assert [(p.file, p.line, p.column, p.field) for p in problems] == [("f.yml", 2, 1, "")]


def test_duplicate_key_keeps_the_first_value_and_reports_the_second():
    doc, problems = parse("naam: a\ntypes: [b]\nnaam: c\n", "f.yml")
    assert doc.data == {"naam": "a", "types": ["b"]}
    assert [str(p) for p in problems] == [
        "f.yml:3:1: naam: veld 'naam' staat twee keer in dezelfde lijst van velden (verwacht elk veld één keer,"
        " gevonden ook op regel 1) — voeg de twee samen of verwijder er een"
    ]


def test_duplicate_key_in_nested_mapping():
    _, problems = parse("locaties:\n  - id: a\n    id: b\n", "f.yml")
    assert [(p.line, p.column, p.field) for p in problems] == [(3, 5, "locaties[1].id")]


def test_recursive_alias_is_a_problem_not_a_crash():
    doc, problems = parse("a: &x\n  b: *x\n", "f.yml")
    assert doc is None
    assert [(p.line, p.column) for p in problems] == [(2, 6)]


def _only_problem(text: str) -> str:
    doc, problems = parse(text, "f.yml")
    assert doc is None
    assert len(problems) == 1
    return str(problems[0])


def test_alias_bomb_is_a_problem_not_a_hang():
    text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{name}: &{name} [{', '.join(['*' + previous] * 10)}]\n"
        for previous, name in zip("abcde", "bcdef", strict=True)
    )
    assert _only_problem(text) == (
        "f.yml:1:1: te veel waarden (verwacht hoogstens 200000 waarden, gevonden meer)"
        " — schrijf de waarden uit in plaats van met & en * naar elkaar te verwijzen"
    )


def test_deep_nesting_is_a_problem_not_a_crash():
    assert _only_problem("x: " + "[" * 2000 + "\n") == (
        "f.yml:1:1: te diep genest (verwacht velden en lijsten een paar niveaus diep, gevonden honderden niveaus)"
        " — kijk na of er geen [ of { te veel staan"
    )


@pytest.mark.parametrize("text", ["a: !!int abc\n", "a: !!float x\n", "a: !!bool ja\n", "a: !!timestamp x\n"])
def test_explicit_tag_that_does_not_fit_is_a_problem_not_a_crash(text):
    assert _only_problem(text) == (
        "f.yml:1:4: de YAML-opmaak klopt niet (verwacht geldige YAML, gevonden: een waarde die met ! begint)"
        " — zet de tekst tussen aanhalingstekens"
    )


def test_control_character_position_counts_from_one():
    assert _only_problem("naam: Bib\nbeschrijving: a\x0bb\n").startswith("f.yml:2:16: ")


def test_numbers_keep_the_text_as_typed():
    doc = load("van: 9.30\nweek: +3\nx: 1.5e3\n")
    assert doc.texts == {("van",): "9.30", ("week",): "+3", ("x",): "1.5e3"}
    assert doc.typed(("van",), 9.3) == "9.30"
    assert doc.typed(("van",), "9.30") is None
