"""Bad-input corpus, sturdy part two: pages. Registered in tests/corpus_cases.py (CLASSES, CASES, EXPECTED)."""

from __future__ import annotations

from tests.corpus_cases import Case

CLASSES: dict[str, str] = {}
CASES: list[Case] = []
EXPECTED: dict[str, tuple[str, ...]] = {}
