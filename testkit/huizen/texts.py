"""Random but plausible translated texts for synthetic fiches and activities."""

from __future__ import annotations

import random
import re
import unicodedata

from testkit.huizen.words import FILLER, LANGUAGES

Translated = dict[str, str]


def sentence(rng: random.Random, language: str, low: int = 6, high: int = 14) -> str:
    words = rng.choices(FILLER[language], k=rng.randint(low, high))
    text = " ".join(words)
    return text[:1].upper() + text[1:] + "."


def paragraph(rng: random.Random, sentences: tuple[int, int] = (1, 3)) -> Translated:
    """The same number of sentences in every language, each in its own words."""
    count = rng.randint(*sentences)
    return {lang: " ".join(sentence(rng, lang) for _ in range(count)) for lang in LANGUAGES}


def with_markdown(rng: random.Random) -> Translated:
    """An activity description with simple formatting: a list and emphasis, as partners write them."""
    text = paragraph(rng, (1, 2))
    if rng.random() < 0.4:
        items = [rng.sample(range(min(map(len, FILLER.values()))), 3) for _ in range(rng.randint(2, 3))]
        for lang in LANGUAGES:
            words = FILLER[lang]
            bullets = "\n".join(f"- {' '.join(words[i] for i in item)}" for item in items)
            text[lang] = f"{text[lang]}\n\n{bullets}\n"
    if rng.random() < 0.3:
        for lang in LANGUAGES:
            first, _, rest = text[lang].partition(" ")
            text[lang] = f"*{first}* {rest}"
    return text


def aligned(values: tuple[str, ...], suffix: str = "") -> Translated:
    """A tuple (nl, fr, en, ar, ...) as a translated text, with an optional proper-name suffix."""
    return {lang: f"{values[i]} {suffix}".strip() for i, lang in enumerate(LANGUAGES)}


def slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
