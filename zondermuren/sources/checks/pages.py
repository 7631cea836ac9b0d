"""The coordinator's own pages in content/: their front matter, their HTML and their languages.

Hand-written pages are untrusted like the fiches: a partner may propose one by pull request. What
MkDocs and Material take from a page is checked here, each problem on its line:

- the front matter (between two `---` lines, or MkDocs' older `key: value` lines at the top) may
  hold only a few keys, with text where text belongs. `template` would hand a path to the theme's
  template loader (an error); any other unknown key is left out of the page (a warning, with
  "bedoelde je"). `front_matter` gives the build exactly what the check accepted;
- raw HTML the build leaves out (scripts, embeds, event handlers, `javascript:` links, pictures
  from other sites: see `page_html`) is named with its line, so nothing is lost silently;
- a translation for a language the Huis does not have (`over-ons.tr.md` without `tr` in `talen`)
  is never built: the check says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from zondermuren.problems import Level, Problem, quoted, suggestion
from zondermuren.sources.checks import page_html
from zondermuren.sources.parsing.documents import parse

CONTENT = "content"
# Generated pages are written next to these (site.pages): listed in the manifest, and each starts
# with the marker, so a lost list (`make clean`) never makes them look hand-written.
MANIFEST = ".zondermuren-pages"
MARKER = '{"zondermuren": "gegenereerd",'  # how every generated page's front matter starts (_page.md.j2)
TEXT_KEYS = ("title", "description")
HIDE = ("navigation", "toc", "footer", "path", "tags")  # what Material's `hide` knows
SEARCH: dict[str, type | tuple[type, ...]] = {"exclude": bool, "boost": (int, float)}
KNOWN = (*TEXT_KEYS, "hide", "search")
_EXPECTED = "verwacht title, description, hide of search"

# The two front matter forms MkDocs reads (mkdocs.utils.meta, 1.6), copied so the engine needs no MkDocs.
_YAML = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
_META = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
_META_MORE = re.compile(r"^([ ]{4}|\t)(\s*)(?P<value>.*)")
# A language suffix as mkdocs-static-i18n reads it (its RE_LOCALE): `over-ons.fr.md`.
_LOCALE = re.compile(r"^[a-z]{2}(-[A-Za-z]{4})?(-[A-Z]{2})?$|^[a-z]{2}_[A-Z]{2}$")


@dataclass
class FrontMatter:
    """A page's front matter as MkDocs reads it, with each key's line; and the Markdown after it."""

    data: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, tuple[int, int]] = field(default_factory=dict)  # key -> (line, column) in the file
    body: str = ""
    body_line: int = 1  # the file's line where `body` starts
    problems: list[Problem] = field(default_factory=list)


def read(text: str, file: str) -> FrontMatter:
    """Split a page into its front matter and its Markdown, as MkDocs does."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    if found := _YAML.match(text):
        doc, problems = parse(found.group(1), file)
        # The YAML starts on the file's second line.
        shifted = [replace(p, line=p.line + 1) for p in problems]
        if doc is None:
            return FrontMatter(body=text, problems=shifted)
        if not isinstance(doc.data, dict):
            message = (
                "de kop van de pagina (tussen de regels ---) is geen lijst van velden "
                f"(verwacht velden zoals 'title: Over ons', gevonden {quoted(doc.data)})"
            )
            return FrontMatter(body=text, problems=[Problem(file, 2, 1, "", message, "zet er 'title: ...' in")])
        lines = {str(path[0]): (line + 1, column) for path, (line, column) in doc.keys.items() if len(path) == 1}
        rest = text[found.end() :]
        body_line = text.count("\n", 0, found.end()) + 1 + (len(rest) - len(rest.lstrip("\n")))
        return FrontMatter(doc.data, lines, rest.lstrip("\n"), body_line, shifted)
    front = FrontMatter()
    rows = text.split("\n")
    key = None
    number = 0
    while number < len(rows):
        row = rows[number]
        if not row.strip():
            number += 1
            break
        if meta := _META.match(row):
            key = meta.group("key").lower().strip()
            value = meta.group("value").strip()
            front.data[key] = f"{front.data[key]} {value}" if key in front.data else value
            front.lines.setdefault(key, (number + 1, row.index(meta.group("key")) + 1))
        elif (more := _META_MORE.match(row)) and key:
            front.data[key] += " " + more.group("value").strip()
        else:
            break
        number += 1
    if front.data:
        while number < len(rows) and not rows[number]:
            number += 1
        front.body, front.body_line = "\n".join(rows[number:]), number + 1
    else:
        front.body = text
    return front


def _value_problems(front: FrontMatter, file: str) -> tuple[dict[str, Any], list[Problem]]:
    """The keys the build keeps, and a problem for each one it does not."""
    kept: dict[str, Any] = {}
    problems: list[Problem] = []
    for key, value in front.data.items():

        def problem(message: str, hint: str, warn: bool = True, key: str = key) -> Problem:
            line, column = front.lines.get(key, (1, 1))
            return Problem(file, line, column, key, message, hint, Level.WARNING if warn else Level.ERROR)

        if key == "template":
            message = (
                "eigen sjabloon niet toegestaan (verwacht geen template: een pagina gebruikt het sjabloon van de site, "
                f"gevonden {quoted(value)})"
            )
            problems.append(problem(message, "verwijder de regel 'template:'", warn=False))
        elif key not in KNOWN:
            message = f"onbekend veld in de kop van de pagina, wordt weggelaten ({_EXPECTED}; gevonden '{key}')"
            problems.append(problem(message, suggestion(key, KNOWN) or "verwijder de regel"))
        elif key in TEXT_KEYS:
            if isinstance(value, str) and value.strip():
                kept[key] = value.strip()
            else:
                what = "een titel" if key == "title" else "een beschrijving"
                message = f"geen tekst (verwacht {what} als tekst, gevonden {quoted(value)})"
                hint = (
                    "zet de tekst tussen aanhalingstekens"
                    if value is not None
                    else f"vul {key} in of verwijder de regel"
                )
                problems.append(problem(message, hint, warn=False))
        elif key == "hide":
            values = value if isinstance(value, list) else [value]
            good = [item for item in values if item in HIDE]
            if good:
                kept[key] = good
            for item in (item for item in values if item not in HIDE):
                message = (
                    f"onbekende waarde, wordt weggelaten (verwacht een van {', '.join(HIDE)}; gevonden {quoted(item)})"
                )
                problems.append(problem(message, suggestion(item, HIDE) or "verwijder ze"))
        else:  # search
            items = value if isinstance(value, dict) else {}
            chosen = {name: items[name] for name, kind in SEARCH.items() if isinstance(items.get(name), kind)}
            if chosen:
                kept[key] = chosen
            if chosen != value:
                message = (
                    f"onbekende zoekinstelling, wordt weggelaten (verwacht 'exclude: true' of 'boost: 2', "
                    f"gevonden {quoted(value)})"
                )
                problems.append(problem(message, "zie 'search' in de documentatie van Material for MkDocs"))
    return kept, problems


def front_matter(text: str, file: str = "") -> dict[str, Any]:
    """The front matter the build passes on: only the keys and values the check accepts, as text."""
    return _value_problems(read(text, file), file)[0]


def _html_problems(front: FrontMatter, file: str) -> list[Problem]:
    found = page_html.removals(front.body)
    problems = []
    for removal, (line, column) in zip(found, page_html.locate(front.body, found), strict=True):
        line += front.body_line - 1
        message = (
            f"{removal.message} (verwacht Markdown, links en afbeeldingen van de site zelf, gevonden '{removal.shown}')"
        )
        problems.append(Problem(file, line, column, "", message, removal.hint, Level.WARNING))
    return problems


def generated_files(docs_dir: Path) -> set[str]:
    """The generated pages in docs_dir: the manifest's list, or (manifest lost) every page with our marker."""
    manifest = docs_dir / MANIFEST
    if manifest.is_file():
        return set(manifest.read_text("utf-8").split())
    return {path.relative_to(docs_dir).as_posix() for path in docs_dir.rglob("*.md") if is_generated(path)}


def is_generated(path: Path) -> bool:
    with path.open("rb") as page:
        return page.read(len(MARKER) + 8).decode("utf-8", "replace").startswith("---\n" + MARKER)


def hand_written(docs_dir: Path) -> list[Path]:
    """Every Markdown page in docs_dir that the build did not make, in every language."""
    if not docs_dir.is_dir():
        return []
    generated = generated_files(docs_dir)
    return sorted(p for p in docs_dir.rglob("*.md") if p.relative_to(docs_dir).as_posix() not in generated)


def _language(path: Path, file: str, languages: list[str]) -> list[Problem]:
    suffixes = path.name.split(".")
    if len(suffixes) < 3 or not _LOCALE.match(suffixes[-2]) or suffixes[-2] in languages:
        return []
    code = suffixes[-2]
    message = (
        f"vertaling in een taal die het Huis niet heeft, wordt niet gebouwd "
        f"(verwacht een van {', '.join(languages)} uit talen in huis.yml, gevonden '{code}')"
    )
    hint = f"voeg {code} toe aan talen in huis.yml en aan de talen in mkdocs.yml, of verwijder {file}"
    return [Problem(file, 1, 1, "", message, hint, Level.WARNING)]


def problems(root: Path, languages: list[str], refused: frozenset[Path] = frozenset()) -> list[Problem]:
    """Every problem of the hand-written pages in root/content, page by page.

    `refused`: links the check of paths refused (and reported): never read."""
    found: list[Problem] = []
    if root / CONTENT in refused:
        return found
    for path in hand_written(root / CONTENT):
        file = path.relative_to(root).as_posix()
        if path in refused or not path.is_file() or not path.resolve().is_relative_to(root.resolve()):
            continue
        try:
            text = path.read_text("utf-8")
        except UnicodeDecodeError:
            message = "de pagina is niet in UTF-8 opgeslagen (verwacht UTF-8-tekst)"
            found.append(Problem(file, 1, 1, "", message, "bewaar ze opnieuw als UTF-8 in je editor"))
            continue
        front = read(text, file)
        found += front.problems + _value_problems(front, file)[1] + _html_problems(front, file)
        found += _language(path, file, languages)
    return found


def reference() -> list[str]:
    """The section of docs/velden.md on the own pages and the site's address, from the rules above."""
    return [
        "## Eigen pagina's in `content/` en het webadres van de site",
        "",
        "Een eigen pagina (`content/over-ons.md`, een vertaling ernaast als `over-ons.fr.md`) is Markdown. Bovenaan"
        " mag een kop staan, tussen twee regels `---`, met alleen deze velden:",
        "",
        "- `title`: de titel in het menu en in de tab van de browser, als tekst (`<b>` blijft `<b>`);",
        "- `description`: de korte beschrijving voor zoekmachines, als tekst;",
        f"- `hide`: wat de pagina niet toont, een lijst uit {', '.join(HIDE)};",
        "- `search`: `exclude: true` (niet in de zoekfunctie) of `boost: 2` (hoger in de resultaten).",
        "",
        "Een ander veld wordt weggelaten (met een waarschuwing); `template:` is een fout. Een vertaling in een taal"
        " die niet in `talen` van `huis.yml` staat, wordt niet gebouwd (met een waarschuwing).",
        "",
        "De site laadt niets van andere sites en voert geen code uit van pagina's. Uit de HTML van een pagina valt"
        " daarom weg, telkens met een waarschuwing op de regel: `<script>`, `<style>`, `<iframe>`, `<object>`,"
        " `<embed>`, `<video>`, `<audio>`, een formulier, `onclick=` en elke andere `on…=`, een link met"
        " `javascript:` of `data:`, en een afbeelding van een andere site. Voor een video of een kaart zet je een"
        " link, of een afbeelding uit `assets/` met een link erop:"
        " `[![Kaart van de speeltuin](../assets/kaart.png)](https://www.openstreetmap.org/...)`.",
        "",
        "`site_url` in `mkdocs.yml` (of de variabele `ZONDERMUREN_SITE_URL`) begint met `https://`, zonder spaties,"
        " aanhalingstekens of `< >`; `http://127.0.0.1:8000/` mag alleen voor een voorbeeld op je eigen computer.",
        "",
    ]
