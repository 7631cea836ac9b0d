"""Dutch texts partners write, read as a parent who reads little would read them: a warning, never an error.

One Fleming in seven reads with difficulty, and the Vlaamse overheid's norm for its own texts is
"altijd duidelijke taal" (Heerlijk Helder; Wablieft: sentences of 15 to 20 words, everyday words,
active sentences). The long free texts of a fiche and an activity (`text.MULTILINE`: `beschrijving`,
and a fiche's `doorverwijzen`) are measured in Dutch (a plain text, or its `nl:`), two ways:

- a sentence of more than 25 words is named by its first words (the first one; the count of the others);
- the Flesch-Douma score, 206.835 - 0.93 x words per sentence - 77 x syllables per word, under 40
  ("moeilijk": the range of texts for higher education) is given with both averages. The formula
  was made for samples of 100 words: on a text of one sentence, or under 20 words, one long word
  moves it by 4 points or more and says nothing, so such a text gets no score (a long sentence is
  still named).

Syllables are counted with the Dutch hyphenation patterns of LibreOffice (`pyphen`). Hyphenation
marks where a line may break, and never leaves one letter alone at a word's edge (agen-da, idee):
inside each piece, every group of vowels is counted, so a-gen-da has three. A diaeresis (ideeën,
België) starts a new group, as it starts a new syllable. A number counts as one word of one
syllable; a web or e-mail address as one word ("link"). Markdown is read as text: a list item,
a heading and a paragraph each end a sentence, link targets and emphasis marks are left out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyphen

from zondermuren.problems import Problem, decimal
from zondermuren.sources.checks.text import MULTILINE
from zondermuren.sources.parsing.documents import Document

LONGEST_SENTENCE = 25  # words; Wablieft and Heerlijk Helder advise 15 to 20
LOWEST_SCORE = 40.0  # Flesch-Douma: under 40 reads as "moeilijk"
SCORED_FROM_SENTENCES = 2  # a text shorter than this (sentences or words) gets no score
SCORED_FROM_WORDS = 20
ADVICE_PAGE = "https://overheid.vlaanderen.be/communicatie/heerlijk-helder"
ADVICE = (
    "schrijf korte zinnen van 15 à 20 woorden, gewone woorden en actieve zinnen "
    f"(tips: Heerlijk Helder van de Vlaamse overheid, {ADVICE_PAGE})"
)
_NAMED_WORDS = 6  # a long sentence is named by this many first words

# Markdown and addresses, read as a reader hears them.
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")  # [text](target): the text
_ADDRESS = re.compile(r"<?(?:https?://|www\.)\S+?>?(?=[.,;:!?)]*(?:\s|$))|[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}", re.I)
_MARKS = re.compile(r"[*_`#>|]+")
_BLOCK_START = re.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s|#)")  # a list item or a heading starts a sentence
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’»)]*\s+(?=[^\sa-zà-ÿ])")  # not "bv. een": a sentence starts anew
_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
_PART = re.compile(r"[^\W\d_]+")
_VOWELS = re.compile(r"[äëïöü][aeiouyáéíóúàèìòùâêîôû]*|[aeiouyáéíóúàèìòùâêîôû]+")


@dataclass(frozen=True)
class Reading:
    """What a text measures: its sentences (as word lists) and syllables."""

    sentences: tuple[tuple[str, ...], ...]
    syllables: int

    @property
    def words(self) -> int:
        return sum(len(s) for s in self.sentences)

    @property
    def words_per_sentence(self) -> float:
        return self.words / len(self.sentences) if self.sentences else 0.0

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words if self.words else 0.0

    @property
    def score(self) -> float:
        """Flesch-Douma (Douma 1960): Flesch's reading ease with its weights fitted to Dutch."""
        return 206.835 - 0.93 * self.words_per_sentence - 77 * self.syllables_per_word

    @property
    def scored(self) -> bool:
        """Long enough for the score to mean something (see the module's docstring)."""
        return len(self.sentences) >= SCORED_FROM_SENTENCES and self.words >= SCORED_FROM_WORDS


@functools.cache
def _hyphenator() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="nl_NL")


def syllables(word: str) -> int:
    """Syllables of one word: hyphenation pieces, each with its vowel groups (agen-da: 3); a number: 1."""
    count = 0
    for part in _PART.findall(word.lower()):
        for piece in _hyphenator().inserted(part).split("-"):
            count += len(_VOWELS.findall(piece))  # the s of baby's has none
    return max(1, count)


def sentences(text: str) -> list[str]:
    """The sentences of a Markdown text, as plain text."""
    text = _ADDRESS.sub("link", _LINK.sub(r"\1", text))
    blocks: list[list[str]] = []
    for line in text.splitlines():
        if not line.strip():
            blocks.append([])
        elif _BLOCK_START.match(line) or not blocks:
            blocks.append([line])
            if line.lstrip().startswith("#"):
                blocks.append([])  # a heading is one line: what follows is a new sentence
        else:
            blocks[-1].append(line)
    found = []
    for block in blocks:
        joined = re.sub(r"^\s*(?:[-+]\s|\d+[.)]\s)", " ", " ".join(block))  # the list item's own mark
        joined = re.sub(r"\s+", " ", _MARKS.sub(" ", joined))
        found += [s.strip() for s in _SENTENCE_END.split(joined) if _WORD.search(s)]
    return found


def measure(text: str) -> Reading:
    words = [tuple(_WORD.findall(sentence)) for sentence in sentences(text)]
    return Reading(tuple(words), sum(syllables(w) for sentence in words for w in sentence))


def problems(docs: list[Document], root: Path) -> list[Problem]:
    """A warning per long Dutch text that is hard to read: a long sentence, and a low score."""
    found: list[Problem] = []
    for doc in docs:
        lines = _lines(root / doc.file)
        for path, text in _dutch_texts(doc.data):
            found += _judge(doc, path, text, lines)
    return found


def _dutch_texts(data: Any) -> Iterator[tuple[tuple, str]]:
    """The long free texts of a fiche or an activity file, in Dutch, with their path."""
    items: list[tuple[tuple, Any]] = [((), data)]
    if isinstance(data, dict) and isinstance(data.get("activiteiten"), list):
        items = [(("activiteiten", i), item) for i, item in enumerate(data["activiteiten"])]
    for path, item in items:
        if not isinstance(item, dict):
            continue
        for name in MULTILINE:
            value = item.get(name)
            if isinstance(value, str):
                yield (*path, name), value
            elif isinstance(value, dict) and isinstance(value.get("nl"), str):
                yield (*path, name, "nl"), value["nl"]


def _judge(doc: Document, path: tuple, text: str, lines: list[str]) -> list[Problem]:
    reading = measure(text)
    found = []
    long = [s for s in sentences(text) if len(_WORD.findall(s)) > LONGEST_SENTENCE]
    if long:
        first = _WORD.findall(long[0])
        named = " ".join(first[:_NAMED_WORDS]) + " …"
        more = len(long) - 1
        others = f", en nog {more} {'lange zin' if more == 1 else 'lange zinnen'}" if more else ""
        message = (
            f"zin te lang voor wie moeilijk leest (verwacht hoogstens {LONGEST_SENTENCE} woorden per zin, "
            f"gevonden {len(first)} woorden in '{named}'{others})"
        )
        found.append(_at(doc, path, text, lines, _words_before(text, first), message))
    if reading.scored and reading.score < LOWEST_SCORE:
        message = (
            f"tekst moeilijk te lezen (verwacht een leesbaarheidsscore van minstens {LOWEST_SCORE:.0f}, "
            f"gevonden {decimal(reading.score)}: gemiddeld {decimal(reading.words_per_sentence)} woorden per zin "
            f"en {decimal(reading.syllables_per_word)} lettergrepen per woord)"
        )
        found.append(doc.problem(path, message, ADVICE, warn=True))
    return found


def _words_before(text: str, words: list[str]) -> int:
    """Where in the raw text the named sentence starts (its first two words), or 0."""
    pattern = r"\W+".join(re.escape(w) for w in words[:2])
    match = re.search(pattern, text)
    return match.start() if match else 0


def _at(doc: Document, path: tuple, text: str, lines: list[str], offset: int, message: str) -> Problem:
    """The warning on the sentence's own line when the text is a literal block (`|`), where lines stay
    lines; otherwise (a folded `>` or a plain text) on the field's line."""
    problem = doc.problem(path, message, ADVICE, warn=True)
    indicator = lines[problem.line - 1].rstrip() if 0 < problem.line <= len(lines) else ""
    if not re.search(r"\|[-+1-9]*$", indicator):
        return problem
    line = problem.line + 1 + text.count("\n", 0, offset)
    if line > len(lines):
        return problem
    column = len(lines[line - 1]) - len(lines[line - 1].lstrip()) + 1
    return Problem(problem.file, line, column, problem.field, message, ADVICE, problem.level)


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []


def is_language_warning(problem: Problem) -> bool:
    """One of this check's warnings (the coordinator page lists them per partner)."""
    return problem.hint == ADVICE
