"""Counted words ("1 activiteit", "12 activiteiten") in every shipped language, by Babel's CLDR
plural rules: every form a language's rule can ask for is in its catalogue, and the Translator
picks it (issue 24: the calendar's tiles said "1 resultaten")."""

from __future__ import annotations

import re

import pytest
from babel import Locale

from zondermuren import i18n

SHIPPED = ["nl", "fr", "en", "ar", "tr", "uk"]
# Enough numbers to meet every category of these six languages (Arabic's "many" is 11-99,
# French's "many" a million).
NUMBERS = [*range(0, 230), 1000, 1_000_000]


@pytest.mark.parametrize("language", SHIPPED)
def test_every_counted_word_has_every_form_its_language_asks_for(language: str) -> None:
    rule = Locale.parse(language).plural_form
    needed = {rule(n) for n in NUMBERS}
    words = i18n.plural_forms(language)
    assert set(words) == set(i18n.plural_forms("nl")), language
    for word, forms in words.items():
        assert needed <= set(forms), (language, word, needed - set(forms))
        assert set(forms) <= rule.tags | {"other"}, (language, word)  # no form the rule never asks for
        for category, text in forms.items():
            # Only Arabic's zero, one and two say the number in words.
            if not (language == "ar" and category in {"zero", "one", "two"}):
                assert re.findall(r"{\w+}", text) == ["{aantal}"], (language, word, category)


@pytest.mark.parametrize(
    ("language", "number", "expected"),
    [
        ("nl", 1, "1 activiteit"),
        ("nl", 12, "12 activiteiten"),
        ("nl", 0, "0 activiteiten"),
        ("fr", 0, "0 activité"),
        ("fr", 2, "2 activités"),
        ("en", 1, "1 activity"),
        ("ar", 2, "نشاطان"),
        ("ar", 3, "3 أنشطة"),
        ("ar", 12, "12 نشاطًا"),
        ("ar", 100, "100 نشاط"),
        ("uk", 1, "1 захід"),
        ("uk", 3, "3 заходи"),
        ("uk", 5, "5 заходів"),
        ("uk", 21, "21 захід"),
    ],
)
def test_count_picks_the_form_of_the_languages_rule(language: str, number: int, expected: str) -> None:
    assert i18n.Translator(language).count("activities", number) == expected


def test_more_dates_is_counted_too() -> None:
    assert i18n.Translator("nl").count("more_dates", 1) == "En nog 1 andere datum"
    assert i18n.Translator("nl").count("more_dates", 37) == "En nog 37 andere data"


def test_a_language_without_the_word_falls_back_to_dutch_with_the_dutch_rule(tmp_path) -> None:
    (tmp_path / "locales").mkdir()
    (tmp_path / "locales" / "de.yml").write_text("common:\n  free: Gratis\n", "utf-8")
    t = i18n.Translator("de", tmp_path)
    assert (t.count("activities", 1), t.count("activities", 2)) == ("1 activiteit", "2 activiteiten")
