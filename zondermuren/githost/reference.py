"""The Dutch field reference (docs/velden.md) and the published schemas (schema/*.json).

Both are generated from `sources.schema.schemas` for the Huis at hand, so documentation, editor
hints and validation always say the same thing. A test fails when the committed copies drift.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from zondermuren.sources.checks import pages, text
from zondermuren.sources.checks.branding import MAX_LOGO_BYTES, MAX_LOGO_PIXELS
from zondermuren.sources.parsing.documents import MAX_FILE_BYTES
from zondermuren.sources.reading import MAX_SERIES_DATES, Sources
from zondermuren.sources.schema import schemas
from zondermuren.svg import MAX_BYTES as MAX_SVG_BYTES
from zondermuren.svg import MAX_ELEMENTS as MAX_SVG_ELEMENTS

_TYPES = {"string": "tekst", "boolean": "true/false", "array": "lijst", "object": "velden", "integer": "getal"}


def schemas_for(sources: Sources) -> dict[str, dict[str, Any]]:
    municipalities, languages = sources.municipalities, sources.text_languages
    return {
        "huis": schemas.huis_schema(sources.vocab),
        "fiche": schemas.fiche_schema(sources.vocab, municipalities, languages),
        "activiteiten": schemas.activities_schema(sources.vocab, municipalities, languages),
    }


def schema_files(sources: Sources) -> dict[str, str]:
    return {
        f"schema/{name}.schema.json": json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
        for name, schema in schemas_for(sources).items()
    }


def _type(node: dict[str, Any]) -> str:
    kind = node.get("type", "")
    kinds: list[str] = kind if isinstance(kind, list) else [kind]
    if node.get("x-verwacht"):
        return node["x-verwacht"]
    if "enum" in node:
        values = node["enum"]
        shown = ", ".join(f"`{v}`" for v in values[:12])
        return f"een van: {shown}" + (f" (en {len(values) - 12} meer)" if len(values) > 12 else "")
    if kinds == ["array"]:
        return "lijst van " + _type(node.get("items", {}))
    return " of ".join(_TYPES.get(k, k) for k in kinds if k)


def _rows(node: dict[str, Any], prefix: str, rows: list[str]) -> None:
    required = set(node.get("required", []))
    for name, child in node.get("properties", {}).items():
        path = f"{prefix}{name}"
        mark = "ja" if name in required else ""
        description = child.get("description", "").replace("|", "\\|")
        rows.append(f"| `{path}` | {mark} | {_type(child).replace('|', '/')} | {description} |")
        target = child.get("items", child) if child.get("type") == "array" else child
        if isinstance(target.get("properties"), dict) and target.get("type") != ["string", "object"]:
            _rows(target, path + ("[]." if child.get("type") == "array" else "."), rows)
        elif isinstance(target.get("additionalProperties"), dict) and "properties" in target["additionalProperties"]:
            _rows(target["additionalProperties"], path + f".<{target.get('x-sleutel', 'datum')}>.", rows)


def reference(sources: Sources) -> str:
    parts = [
        "# Velden van de gegevensbestanden",
        "",
        "Deze pagina wordt gemaakt uit het schema (`zondermuren velden`); pas ze niet met de hand aan.",
        "Lijsten tellen vanaf 1 in foutmeldingen: `locaties[2]` is de tweede locatie.",
        "",
    ]
    files = {
        "huis": "`huis.yml`: de instellingen van het Huis (de coördinator)",
        "fiche": "`partners/<partner>/fiche.yml`: de fiche van een partner",
        "activiteiten": "`partners/<partner>/activiteiten.yml`: de activiteiten van een partner",
    }
    for name, schema in schemas_for(sources).items():
        rows = ["| veld | verplicht | waarde | uitleg |", "| --- | --- | --- | --- |"]
        _rows(schema, "", rows)
        parts += [f"## {files[name]}", "", *rows, ""]
    parts += _shapes()
    parts += _limits()
    parts += pages.reference()
    parts += ["## Woordenlijsten", ""]
    for name, terms in sources.vocab.lists.items():
        parts.append(f"### {name}")
        parts.append("")
        parts += [f"- `{key}`: {term.label('nl')}" for key, term in terms.items()]
        parts.append("")
    return "\n".join(parts)


# One example per shape of "when" (tests/feeds/test_calendar_shapes.py checks that each passes the check).
SHAPES: dict[str, dict[str, Any]] = {
    "Eén keer, een paar uur": {"id": "voorleesuur", "titel": "Voorleesuur", "datum": "2027-03-06", "van": "10:00",
                              "tot": "11:00", "doelgroep": {"kinderen": ["3-6"]}},
    "Een hele dag (de Buitenspeeldag)": {"id": "buitenspeeldag", "titel": "Buitenspeeldag", "datum": "2027-04-21",
                                         "hele_dag": True, "doelgroep": {"kinderen": ["3-6", "6-12"]}},
    "Meerdere dagen, elke dag dezelfde uren (een kamp)": {
        "id": "taalkamp", "titel": "Taalkamp", "datum": "2027-07-05", "tot_en_met": "2027-07-09", "van": "09:00",
        "tot": "16:00", "per_datum": {"2027-07-07": {"status": "afgelast", "reden": "Geen kamp op woensdag."}},
        "doelgroep": {"kinderen": ["6-12"]},
    },
    "Meerdere hele dagen (een tentoonstelling)": {
        "id": "tentoonstelling", "titel": "Tentoonstelling", "datum": "2027-03-06", "tot_en_met": "2027-03-14",
        "hele_dag": True, "doelgroep": {"kinderen": ["3-6", "6-12"]},
    },
    "Doorlopend, ook 's nachts (een weekend weg)": {
        "id": "ouderweekend", "titel": "Weekend voor jonge ouders", "datum": "2027-05-14", "tot_en_met": "2027-05-16",
        "doorlopend": True, "van": "18:00", "tot": "14:00", "doelgroep": {"ouders": ["0-3"]},
    },
    "Een reeks, elke week, de hele dag": {
        "id": "speelweek", "titel": "Speelpleinwerking", "herhaling": {"frequentie": "wekelijks", "dagen": ["wo"],
        "vanaf": "2027-07-07", "tot_en_met": "2027-08-25"}, "hele_dag": True, "doelgroep": {"kinderen": ["3-6", "6-12"]},
    },
    "Een hele reeks afgelast (of volzet), in één regel": {
        "id": "peuterturnen", "titel": "Peuterturnen", "herhaling": {"frequentie": "wekelijks", "dagen": ["za"],
        "vanaf": "2027-01-09", "tot_en_met": "2027-03-27"}, "van": "09:30", "tot": "10:30", "status": "afgelast",
        "reden": "De sporthal is dicht voor werken.", "doelgroep": {"kinderen": ["3-6"]},
    },
}  # fmt: skip


def _shapes() -> list[str]:
    parts = [
        "## Wanneer: één keer, een hele dag, meerdere dagen of een reeks",
        "",
        "Elke activiteit heeft `datum` (één keer, of de eerste dag) of `herhaling` (een reeks), en uren"
        " (`van` en `tot`) of `hele_dag: true`. Met `tot_en_met` duurt ze meerdere dagen: elke dag dezelfde"
        " uren, of met `doorlopend: true` van het beginuur op de eerste dag tot het einduur op de laatste."
        " Eén dag van een reeks of van een kamp afgelast of verplaatst? Dat gaat met `per_datum`.",
        "",
        "Gaat een hele reeks of een heel kamp niet door, of is alles volzet? Zet `status: afgelast` (of `volzet`)"
        " met een `reden` bij de activiteit zelf: dat geldt voor elke datum, op de site, in de agenda's en op de"
        " affiches. Een datum in `per_datum` zegt wat er die dag anders is en gaat voor (ook op een datum bij"
        " `behalve`); onder `status: afgelast` kan dat alleen nog `afgelast` zijn. Een reeks verplaats je niet in"
        " haar geheel: pas `dagen`, `vanaf` of `tot_en_met` aan. Een dag van `hele_dag` die verplaatst wordt,"
        " krijgt `van` en `tot` samen, of geen van beide.",
        "",
    ]
    for title, example in SHAPES.items():
        block = yaml.safe_dump({"activiteiten": [example]}, allow_unicode=True, sort_keys=False, width=100)
        parts += [f"### {title}", "", "```yaml", block.rstrip(), "```", ""]
    return parts


def _limits() -> list[str]:
    """The limits `zondermuren check` enforces, from the constants it uses (so they cannot drift)."""
    long_fields = ", ".join(f"`{name}` {limit:,}".replace(",", ".") for name, limit in text.MULTILINE.items())
    return [
        "## Grenzen en hoe tekst gelezen wordt",
        "",
        "Wat `zondermuren check` weigert, met een melding op de plaats zelf:",
        "",
        f"- een `fiche.yml`, `activiteiten.yml` of `huis.yml` van meer dan {MAX_FILE_BYTES // 1000} kB;",
        f"- een tekst van meer dan {text.ONE_LINE_LIMIT} tekens; langere velden: {long_fields} tekens;",
        f"- een reeks met meer dan {MAX_SERIES_DATES} data (een jaar lang elke dag);",
        "- een datum buiten de jaren 2000 tot 2099;",
        f"- een PNG-, JPG- of WebP-logo van meer dan {MAX_LOGO_BYTES // 1_000_000} MB of"
        f" {MAX_LOGO_PIXELS // 1_000_000} megapixel, een SVG-logo van meer dan {MAX_SVG_BYTES // 1_000_000} MB of"
        f" {MAX_SVG_ELEMENTS:_} onderdelen,".replace("_", ".")
        + " en een SVG-logo met actieve inhoud: `<script>`, `onload=` (in elke schrijfwijze), `javascript:`- en"
        ' `data:`-links (ook met entiteiten of tabs erin), XSLT (`<?xml-stylesheet type="text/xsl"?>`), HTML in'
        " het logo, een animatie die een link verandert, CSS die code uitvoert (`expression()`, `behavior`);",
        "- onzichtbare stuurtekens (zoals NUL of ESC) en losse helften van een emoji in een tekst;",
        "- een snelkoppeling naar een plaats buiten het Huis, naar iets dat niet bestaat, in een kring of naar een map"
        " (een snelkoppeling naar een ander bestand in `assets/`, `content/`, `locales/`, `overrides/` of `partners/`"
        " mag);",
        "- een mapnaam of code `index` (partnermap, activiteit, gemeente, campagne, term in een woordenlijst,"
        " `vorige_ids`) en een partnermap `lijst`: die adressen gebruikt de site zelf.",
        "",
        "Wat de kit zelf rechtzet:",
        "",
        "- in velden van één regel (een titel, een naam, een reden) worden regeleinden en tabs één spatie:"
        " `titel: >` of `|` mag dus; alleen `beschrijving` en `doorverwijzen` houden hun alinea's;",
        "- elke tekst wordt in Unicode NFC gezet; harde spaties, afbreekstreepjes, emoji en"
        " richtingstekens blijven zoals getypt;",
        "- een postcode zonder aanhalingstekens (`postcode: 9000`) is goed; `inschrijven_via: www.…` wordt een"
        " webadres met https://;",
        "- `activiteiten:` zonder iets erachter betekent: geen activiteiten (met een waarschuwing);",
        "- een SVG-logo wordt altijd gepubliceerd en gedrukt zoals de kit het herschrijft, met alleen wat een logo"
        " nodig heeft (vormen, tekst, kleurverlopen, maskers, filters, ingesloten PNG, JPG, GIF of WebP): wat naar"
        " een ander adres verwijst (een gelinkte afbeelding, lettertype of stijlblad, `@import`, een link) en"
        " animaties vallen weg, met een waarschuwing die ze noemt; gegevens van het tekenprogramma (Inkscape,"
        " Illustrator, Figma, Affinity Designer, Canva) vallen stil weg;",
        "- een huiskleur met te weinig contrast voor tekst blijft de kleur van het Huis, maar tekst, links en"
        " knoppen krijgen een donkerdere tint (met een waarschuwing die de tint noemt).",
        "",
    ]


def write(sources: Sources, root: Path) -> list[Path]:
    written = []
    for relative, content in {**schema_files(sources), "docs/velden.md": reference(sources)}.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written
