"""Choosing print items: what `zondermuren drukwerk --partner/--activiteit/--campagne/--soort/--variant/--taal` keeps.

Within one choice any value matches (two partners: the items of either); different choices all
apply (a partner and a variant: that partner's items in that variant). A value the Huis does not
have is an error that lists what it does have, so a typo never prints nothing without a word.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from zondermuren.model.huis import Huis
from zondermuren.printing import pdfs
from zondermuren.printing.plans import posters
from zondermuren.printing.specs import VARIANTS, PrintItem
from zondermuren.problems import suggestion

PROGRESS_FROM = 24  # items to draw before a progress bar is worth showing


@dataclass(frozen=True)
class Choice:
    partners: tuple[str, ...] = ()
    activities: tuple[str, ...] = ()
    campaigns: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()

    @property
    def everything(self) -> bool:
        return not any(vars(self).values())


class ChoiceError(ValueError):
    """A chosen value the Huis does not have; its text is one Dutch line."""


def select(items: list[PrintItem], huis: Huis, choice: Choice) -> list[PrintItem]:
    """The items that match every choice made, in the plan's order."""
    activities = {a.id: a for a in huis.activities}
    _known("--partner", choice.partners, sorted(huis.partners))
    _known("--activiteit", choice.activities, sorted(activities))
    _known("--campagne", choice.campaigns, huis.vocab.keys("campagnes"))
    _known("--soort", choice.kinds, sorted({item.kind for item in items}))
    _known("--variant", choice.variants, list(VARIANTS))
    _known("--taal", choice.languages, huis.languages)
    in_campaign = {a.id for a in huis.activities if set(a.campaigns) & set(choice.campaigns)}

    def keeps(item: PrintItem) -> bool:
        poster_of = item.key if item.kind == posters.KIND else None
        return (
            (not choice.partners or item.partner in choice.partners)
            and (not choice.activities or poster_of in choice.activities)
            and (not choice.campaigns or poster_of in in_campaign or item.key in choice.campaigns)
            and (not choice.kinds or item.kind in choice.kinds)
            and (not choice.variants or item.variant in choice.variants)
            and (not choice.languages or item.language in choice.languages)
        )

    return [item for item in items if keeps(item)]


def _known(option: str, chosen: tuple[str, ...], known: list[str]) -> None:
    for value in chosen:
        if value not in known:
            shown = ", ".join(known[:12]) + (f" en nog {len(known) - 12}" if len(known) > 12 else "")
            hint = suggestion(value, known)
            raise ChoiceError(
                f"{option}: onbekende waarde (verwacht een van: {shown or 'geen'}; gevonden '{value}')"
                + (f" — {hint}" if hint else "")
            )


def missing(items: list[PrintItem], cache: Path) -> list[PrintItem]:
    """The items whose PDF the cache lacks (pdfs.publish would draw them)."""
    cached = pdfs.store(cache)
    return [item for item in items if not cached.file(pdfs.key(item.spec)).is_file()]


def draw(items: list[PrintItem], cache: Path, workers: int, advance: Callable[[int], None]) -> float:
    """Draw items into the cache in batches (never pruning it), saying after each how many were drawn."""
    batch, seconds = max(8 * workers, 16), 0.0
    for start in range(0, len(items), batch):
        part = pdfs.publish(items[start : start + batch], cache, prune=False, workers=workers)
        seconds += part.seconds
        advance(len(part.drawn))
    return seconds
