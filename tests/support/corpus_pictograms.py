"""Bad-input corpus: a Huis's own pictograms. Registered in tests/support/corpus_cases.py (CLASSES, CASES, EXPECTED).

A Huis replaces a kit pictogram by `pictogrammen/<value>.svg` in its main folder. The file is
inlined in pages and drawn in print, so it is judged like a drawing (the same allow-list and
messages as assets/), and its name must be a value with a pictogram: a misspelt name would
otherwise be passed over without a word. A value the Huis adds without a pictogram is a warning.
"""

from __future__ import annotations

from tests.sources.test_messages import HUIS, Edit
from tests.support import corpus_cases as base
from tests.support.corpus_cases import Case, append, c, write

CLASSES: dict[str, str] = {
    "pictograms": "a Huis's own pictograms: judged like a drawing, named after a value, a new value without one warned",
}
base.CLASSES.update(CLASSES)

NS = 'xmlns="http://www.w3.org/2000/svg"'
CIRCLE = '<circle cx="12" cy="12" r="9" fill="currentColor"/>'
LISTS = "aanbodvormen, levensdomeinen, leeftijden of pijlers"
REDO = "exporteer de tekening opnieuw als eenvoudige SVG, of bewaar ze als PNG"


def own(name: str, body: str = CIRCLE, head: str = 'viewBox="0 0 24 24"') -> Edit:
    return write(f"pictogrammen/{name}", f"<svg {NS} {head}>{body}</svg>")


CASES: list[Case] = [
    c("pictogram-own-accepted", "pictograms", own("gezondheid.svg"), own("kalender.svg")),
    c("pictogram-misspelt", "pictograms", own("gezondhied.svg")),
    c("pictogram-label-not-code", "pictograms", own("Oudergroep.svg")),
    c("pictogram-png", "pictograms", write("pictogrammen/0-3.png", b"\x89PNG\r\n\x1a\n")),
    c("pictogram-script", "pictograms", own("consult.svg", f"<script>alert(1)</script>{CIRCLE}")),
    c("pictogram-other-host", "pictograms", own("online.svg", f'<image href="https://evil.example/p.png"/>{CIRCLE}')),
    c("pictogram-unsized", "pictograms", own("werk.svg", head="")),
    c("pictogram-not-svg", "pictograms", write("pictogrammen/werk.svg", "GIF89a")),
    c(
        "pictogram-new-value-without",
        "pictograms",
        append(HUIS, "woordenlijsten:\n  aanbodvormen:\n    toevoegen:\n      babymassage: Babymassage\n"),
    ),
    c(
        "pictogram-new-value-with-own",
        "pictograms",
        append(HUIS, "woordenlijsten:\n  aanbodvormen:\n    toevoegen:\n      babymassage: Babymassage\n"),
        own("babymassage.svg"),
    ),
]

EXPECTED: dict[str, tuple[str, ...]] = {
    "pictogram-own-accepted": (),
    "pictogram-misspelt": (
        f"pictogrammen/gezondhied.svg:1:1: onbekende waarde als naam van een pictogram (verwacht een code uit {LISTS}, "
        "zoals 'consult.svg', gevonden 'gezondhied.svg') — bedoelde je 'gezondheid.svg'?",
    ),
    "pictogram-label-not-code": (
        f"pictogrammen/Oudergroep.svg:1:1: onbekende waarde als naam van een pictogram (verwacht een code uit {LISTS}, "
        "zoals 'consult.svg', gevonden 'Oudergroep.svg') — bedoelde je 'oudergroep.svg'?",
    ),
    "pictogram-png": (
        "pictogrammen/0-3.png:1:1: pictogram is geen SVG (verwacht <waarde>.svg, gevonden '0-3.png') "
        "— bewaar de tekening als SVG, met .svg als einde",
    ),
    "pictogram-script": (
        "pictogrammen/consult.svg:1:1: tekening bevat actieve inhoud (verwacht een afbeelding zonder scripts, "
        f"gevonden <script>) — {REDO}",
    ),
    "pictogram-other-host": (
        "pictogrammen/online.svg:1:1: tekening bevat onderdelen die de site weglaat (verwacht een SVG die alles zelf "
        'bevat, gevonden href="https://evil.example/p.png"): de site toont ze zonder — kijk de tekening na '
        f"op de site; ziet ze er anders uit, {REDO}",
    ),
    "pictogram-unsized": (
        "pictogrammen/werk.svg:1:1: pictogram heeft geen afmetingen (verwacht een viewBox of een breedte en hoogte "
        "in pixels) — exporteer de tekening opnieuw met een viewBox",
    ),
    "pictogram-not-svg": (
        "pictogrammen/werk.svg:1:1: tekening is geen leesbare SVG (verwacht een SVG-afbeelding, gevonden iets anders) "
        "— bewaar de tekening opnieuw als SVG of als PNG (met .png als einde)",
    ),
    "pictogram-new-value-without": (
        "huis.yml:20:7: woordenlijsten.aanbodvormen.toevoegen.babymassage: waarde zonder pictogram (verwacht een "
        "tekening pictogrammen/babymassage.svg, gevonden geen): de site en het drukwerk tonen alleen het woord "
        "— zet een eenvoudige SVG-tekening in pictogrammen/babymassage.svg",
    ),
    "pictogram-new-value-with-own": (),
}
