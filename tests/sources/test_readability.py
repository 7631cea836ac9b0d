"""The language warning's measure (zondermuren/sources/checks/readability.py), on texts counted by hand.

The whole messages are asserted in the corpus (tests/support/corpus_language.py); here: the
syllables, the sentences and the Flesch-Douma score, and the texts that must not be warned.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.sources.test_messages import CB_FICHE, FICHE, FIXTURE, TODAY
from zondermuren.sources import reading
from zondermuren.sources.checks import readability


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("de", 1),
        ("gezin", 2),  # ge-zin
        ("consultatiebureau", 6),  # con-sul-ta-tie-bu-reau: "eau" is one vowel group
        ("opvoedingsondersteuning", 7),  # op-voe-dings-on-der-steu-ning
        ("agenda", 3),  # hyphenation gives agen-da (no lone letter at the edge); a-gen-da is counted
        ("idee", 2),  # i-dee, where hyphenation leaves the word whole
        ("ideeën", 3),  # i-dee-ën: the diaeresis starts a syllable
        ("België", 3),  # Bel-gi-ë
        ("baby's", 2),  # ba-by's: the s has no vowel
        ("wij", 1),  # ij is one sound: j is no vowel
        ("2026", 1),  # a number: one word of one syllable
    ],
)
def test_syllables_by_dutch_hyphenation(word: str, count: int) -> None:
    assert readability.syllables(word) == count


def test_flesch_douma_of_sentences_counted_by_hand() -> None:
    # "De kat zit op de mat." 6 words, 6 syllables; "Het kind leest een boek." 5 words, 5 syllables.
    # 11 words, 2 sentences, 11 syllables: 206.835 - 0.93 x 11/2 - 77 x 11/11 = 206.835 - 5.115 - 77 = 124.72
    easy = readability.measure("De kat zit op de mat. Het kind leest een boek.")
    assert (len(easy.sentences), easy.words, easy.syllables) == (2, 11, 11)
    assert easy.score == pytest.approx(124.72)
    assert not easy.scored  # 11 words: too short for the score to mean anything
    # wij(1) bie-den(2) gra-tis(2) con-sul-ten(3) voor(1) ba-by's(2) en(1) peu-ters(2): 8 words, 14 syllables.
    # 206.835 - 0.93 x 8 - 77 x 14/8 = 206.835 - 7.44 - 134.75 = 64.645
    one = readability.measure("Wij bieden gratis consulten voor baby's en peuters.")
    assert (one.words, one.syllables) == (8, 14)
    assert one.score == pytest.approx(64.645)


def test_sentences_of_markdown() -> None:
    text = (
        "Kom langs op [onze site](https://bib.example.org/lezen) of mail naar info@bib.example.org. "
        "Bv. een boek, o.a. over dieren. Om 9.30 uur!\n\n"
        "- boeken voor baby's\n"
        "- *strips* en films\n"
        "## Meer\n"
        "Welkom."
    )
    assert readability.sentences(text) == [
        "Kom langs op onze site of mail naar link.",  # the link's text; an address is one word
        "Bv. een boek, o.a. over dieren.",  # no new sentence after "Bv." or "o.a." before a lowercase word
        "Om 9.30 uur!",
        "boeken voor baby's",  # a list item is a sentence, full stop or not
        "strips en films",
        "Meer",
        "Welkom.",
    ]


def _problems(tmp_path: Path, file: str, old: str, new: str) -> list[str]:
    root = tmp_path / "huis"
    shutil.copytree(FIXTURE, root)
    path = root / file
    text = path.read_text("utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), "utf-8")
    return [str(p) for p in reading.check(root, TODAY).problems]


HARD = "Laagdrempelige opvoedingsondersteuning. Zie ook borstvoedingsproblematiek."
LONG = (
    "Wij helpen ouders die vragen hebben over de opvoeding van hun kinderen en wij zoeken samen met hen "
    "naar een oplossing die past bij hun gezin en hun buurt."
)


@pytest.mark.parametrize(
    ("file", "old", "new"),
    [
        # A short text, however hard its words: 2 sentences of 5 words get no score.
        (CB_FICHE, "Consulten voor baby's en peuters.", HARD),
        # Only Dutch is measured: a long French sentence is not warned.
        (FICHE, "  fr: Des livres et des jeux pour toute la famille.\n", f"  fr: {LONG}\n"),
        # A list without full stops: each item is a sentence, not one of 60 words.
        (
            FICHE,
            "  nl: Boeken en spelletjes voor het hele gezin.\n",
            "  nl: |\n" + "".join(f"    - boeken, strips, spelletjes en films voor kinderen {n}\n" for n in range(8)),
        ),
        # A title or a reason is no description: not measured.
        ("partners/bib-noorddorp/activiteiten.yml", "      nl: Voorleesuur\n", f"      nl: {LONG[:150]}\n"),
    ],
    ids=["short-text", "french", "list-items", "title"],
)
def test_not_warned(tmp_path: Path, file: str, old: str, new: str) -> None:
    assert _problems(tmp_path, file, old, new) == []
