"""Bad-input corpus, sturdy part two: pages. Registered in tests/support/corpus_cases.py (CLASSES, CASES, EXPECTED).

The coordinator's own pages in content/ are untrusted like the fiches (zondermuren/sources/checks/pages.py):
their front matter holds a few known keys with text values, raw HTML the build leaves out is named
with its line, and a translation for a language the Huis does not have is reported. What the build
then makes of the pages that pass (escaped titles, sanitised HTML) is asserted for every case below
by tests/site/test_coordinator_input.py, and in a real browser there.
"""

from __future__ import annotations

from tests.support import corpus_cases as base
from tests.support.corpus_cases import Case, c, write

CLASSES: dict[str, str] = {
    "page-front-matter": "a page's front matter: known keys with text only; markup in a title is text, template: refused",
    "page-html": "raw HTML the build leaves out of a page (script, embed, handler, javascript:) is named on its line",
    "page-language": "a translation for a language the Huis does not have is reported, never dropped silently",
}
base.CLASSES.update(CLASSES)

PAGE = "content/over-ons.md"
BODY = "# Over ons\n\nWe zijn een Huis zonder muren.\n"


def page(front: str, body: str = BODY, name: str = PAGE) -> base.Edit:
    return write(name, f"---\n{front}---\n\n{body}")


SCRIPT = "<script>alert(1)</script>"
TITLE = "<img src=x onerror=alert(1)>"

CASES: list[Case] = [
    # -- front matter ------------------------------------------------------------------------
    c("page-title-with-markup", "page-front-matter", page(f"title: {TITLE}\ndescription: '\"Wij\" & <b>jullie</b>'\n")),
    c(
        "page-title-of-the-guide",
        "page-front-matter",
        page("title: Meewerken\nsearch:\n  exclude: true\nhide:\n  - toc\n"),
    ),
    c("page-template-path", "page-front-matter", page("title: Over ons\ntemplate: ../../etc/passwd\n")),
    c("page-template-name", "page-front-matter", page("template: main.html\n")),
    c("page-unknown-key", "page-front-matter", page("titel: Over ons\nauteur: Coördinator\n")),
    c("page-title-not-text", "page-front-matter", page("title: [Over, ons]\ndescription:\n")),
    c("page-hide-typo", "page-front-matter", page("hide:\n  - navigatie\n  - toc\n")),
    c("page-front-matter-yaml", "page-front-matter", page("title: 'Over ons\n")),
    c("page-front-matter-list", "page-front-matter", page("- title\n- Over ons\n")),
    c(
        "page-old-style-meta",
        "page-front-matter",
        write(PAGE, "Title: Over <b>ons</b>\nAdres: Marktplein 1\n\n" + BODY),
    ),
    # -- raw HTML ----------------------------------------------------------------------------
    c("page-script", "page-html", write(PAGE, f"{BODY}\nTekst {SCRIPT} hier.\n")),
    c(
        "page-iframe-video",
        "page-html",
        write(PAGE, f'{BODY}\n<iframe src="https://www.youtube.com/embed/abc" width="560"></iframe>\n'),
    ),
    c("page-onclick", "page-html", write(PAGE, f'{BODY}\n<a href="#" onclick="alert(3)">klik</a>\n')),
    c("page-javascript-link", "page-html", write(PAGE, f"{BODY}\nEen [link](javascript:alert(2)) hier.\n")),
    c(
        "page-attr-list-handler",
        "page-html",
        write(PAGE, f'{BODY}\n[Inschrijven](https://example.org/){{onmouseover="alert(4)" target="_blank"}}\n'),
    ),
    c("page-picture-from-elsewhere", "page-html", write(PAGE, f"{BODY}\n![Kaart](https://maps.example.org/k.png)\n")),
    c(
        "page-form-and-style",
        "page-html",
        write(
            PAGE,
            f'{BODY}\n<style>body{{display:none}}</style>\n<form action="https://x.example/"><input name="q"></form>\n',
        ),
    ),
    c(
        "page-html-in-code-is-text",
        "page-html",
        write(PAGE, f"{BODY}\n```html\n{SCRIPT}\n```\n\nZo: `<iframe>`.\n\n    <script>ingesprongen</script>\n"),
    ),
    c(
        "page-plain-html-kept",
        "page-html",
        write(
            PAGE,
            f'{BODY}\n<details><summary>Meer</summary><p><b>Ja</b>, <abbr title="Huis van het Kind">HvhK</abbr>.</p></details>\n',
        ),
    ),
    # -- languages ---------------------------------------------------------------------------
    c(
        "page-turkish-translation",
        "page-language",
        write(PAGE, BODY),
        write("content/over-ons.tr.md", "# Hakkımızda\n"),
    ),
    c("page-french-translation", "page-language", write(PAGE, BODY), write("content/over-ons.fr.md", "# À propos\n")),
]

EXPECTED: dict[str, tuple[str, ...]] = {
    "page-title-with-markup": (),
    "page-title-of-the-guide": (),
    "page-template-path": (
        "content/over-ons.md:3:1: template: eigen sjabloon niet toegestaan (verwacht geen template: een pagina gebruikt het sjabloon van de site, gevonden '../../etc/passwd') — verwijder de regel 'template:'",
    ),
    "page-template-name": (
        "content/over-ons.md:2:1: template: eigen sjabloon niet toegestaan (verwacht geen template: een pagina gebruikt het sjabloon van de site, gevonden 'main.html') — verwijder de regel 'template:'",
    ),
    "page-unknown-key": (
        "content/over-ons.md:2:1: titel: onbekend veld in de kop van de pagina, wordt weggelaten (verwacht title, description, hide of search; gevonden 'titel') — bedoelde je 'title'?",
        "content/over-ons.md:3:1: auteur: onbekend veld in de kop van de pagina, wordt weggelaten (verwacht title, description, hide of search; gevonden 'auteur') — verwijder de regel",
    ),
    "page-title-not-text": (
        "content/over-ons.md:2:1: title: geen tekst (verwacht een titel als tekst, gevonden een lijst) — zet de tekst tussen aanhalingstekens",
        "content/over-ons.md:3:1: description: geen tekst (verwacht een beschrijving als tekst, gevonden niets) — vul description in of verwijder de regel",
    ),
    "page-hide-typo": (
        "content/over-ons.md:2:1: hide: onbekende waarde, wordt weggelaten (verwacht een van navigation, toc, footer, path, tags; gevonden 'navigatie') — bedoelde je 'navigation'?",
    ),
    "page-front-matter-yaml": (
        "content/over-ons.md:2:8: de YAML-opmaak klopt niet (verwacht geldige YAML, gevonden: het einde van het bestand terwijl een aanhalingsteken nog openstaat) — zet een ' aan het einde van de tekst op deze regel",
    ),
    "page-front-matter-list": (
        "content/over-ons.md:2:1: de kop van de pagina (tussen de regels ---) is geen lijst van velden (verwacht velden zoals 'title: Over ons', gevonden een lijst) — zet er 'title: ...' in",
    ),
    "page-old-style-meta": (
        "content/over-ons.md:2:1: adres: onbekend veld in de kop van de pagina, wordt weggelaten (verwacht title, description, hide of search; gevonden 'adres') — verwijder de regel",
    ),
    "page-script": (
        "content/over-ons.md:5:7: <script> wordt weggelaten: de site voert geen code uit van pagina's (verwacht Markdown, links en afbeeldingen van de site zelf, gevonden '<script>') — zet de tekst of de link zelf op de pagina",
    ),
    "page-iframe-video": (
        "content/over-ons.md:5:1: <iframe> wordt weggelaten: de site laadt niets van andere sites en voert geen code uit (verwacht Markdown, links en afbeeldingen van de site zelf, gevonden '<iframe>') — zet een link naar de video of kaart, of een afbeelding met een link erop",
    ),
    "page-onclick": (
        "content/over-ons.md:5:13: onclick wordt weggelaten: de site voert geen code uit van pagina's (verwacht Markdown, links en afbeeldingen van de site zelf, gevonden 'onclick') — laat het weg",
    ),
    "page-javascript-link": (
        "content/over-ons.md:5:12: link met javascript: wordt weggelaten: de site voert geen code uit van pagina's (verwacht Markdown, links en afbeeldingen van de site zelf, gevonden 'javascript:alert(2)') — gebruik een gewone link (https://...) of laat het weg",
    ),
    "page-attr-list-handler": (
        "content/over-ons.md:5:37: onmouseover wordt weggelaten: de site voert geen code uit van pagina's (verwacht Markdown, links en afbeeldingen van de site zelf, gevonden 'onmouseover') — laat het weg",
    ),
    "page-picture-from-elsewhere": (
        "content/over-ons.md:5:10: afbeelding van een andere site wordt weggelaten: de site laadt niets van andere sites (verwacht Markdown, links en afbeeldingen van de site zelf, gevonden 'https://maps.example.org/k.png') — zet de afbeelding in assets/ en verwijs ernaar",
    ),
    "page-form-and-style": (
        "content/over-ons.md:5:1: <style> wordt weggelaten: de kop en de stijl van de pagina maakt de site zelf (verwacht Markdown, links en afbeeldingen van de site zelf, gevonden '<style>') — laat het weg",
        "content/over-ons.md:6:1: <form> wordt weggelaten: een formulier stuurt gegevens naar een andere site (verwacht Markdown, links en afbeeldingen van de site zelf, gevonden '<form>') — zet een link naar het formulier",
        "content/over-ons.md:6:35: <input> wordt weggelaten: een formulier stuurt gegevens naar een andere site (verwacht Markdown, links en afbeeldingen van de site zelf, gevonden '<input>') — zet een link naar het formulier",
    ),
    "page-html-in-code-is-text": (),
    "page-plain-html-kept": (),
    "page-turkish-translation": (
        "content/over-ons.tr.md:1:1: vertaling in een taal die het Huis niet heeft, wordt niet gebouwd (verwacht een van nl, fr, ar uit talen in huis.yml, gevonden 'tr') — voeg tr toe aan talen in huis.yml en aan de talen in mkdocs.yml, of verwijder content/over-ons.tr.md",
    ),
    "page-french-translation": (),
}
