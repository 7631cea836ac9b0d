"""The bad-input corpus: what real partners type, one small edit of tests/fixtures/minimal each.

Each case names its class (what kind of mistake or surprise it is) and the edit; EXPECTED holds
the whole problem list `zondermuren check` must give for it, in its order (a case that must pass
cleanly has an empty list). tests/sources/test_corpus.py runs them.
"""

from __future__ import annotations

import os
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from tests.sources.test_messages import ACTS, BIB, CB_FICHE, FICHE, HUIS, Edit, append, replace, write

T = "partners/bib-noorddorp/activiteiten.yml"


@dataclass(frozen=True)
class Case:
    id: str
    kind: str  # the class of input, see CLASSES
    edits: tuple[Edit, ...]


CLASSES = {
    "unicode": "any Unicode text passes unharmed (emoji, combining marks, RTL, ZWJ, CJK, Ge'ez)",
    "control": "control characters and broken UTF-16 refused at the field",
    "folding": "line breaks in one-line fields folded (YAML block styles, pasted text)",
    "years": "dates far outside now refused before they overflow",
    "limits": "size limits: files, texts, series",
    "svg": "logos are inert: active content refused, external references left out",
    "pixels": "pictures over a pixel budget refused",
    "paths": "symlinks out of the Huis refused",
    "meant": "say what is meant: postcodes, web addresses, an emptied list",
    "register": "one way to register",
    "moved": "a moved date lies ahead and ends after it starts",
    "synonyms": "words partners reach for get a 'bedoelde je'",
    "colour": "a brand colour is never a blocking error",
    "form": "missing fields show their form",
    "escaping": "settings are data, never markup",
    "yaml": "YAML as pasted from a word processor",
    "blame": "a duplicate id lands on the copy, or on both; never 'rename the original'",
}


def c(id: str, kind: str, *edits: Edit) -> Case:
    assert kind in CLASSES
    return Case(id, kind, edits)


def title(new: str) -> Edit:
    return replace(ACTS, "      nl: Voorleesuur\n", f"      nl: {new}\n")


def block_title(style: str, *lines: str) -> Edit:
    body = "".join(f"        {line}\n" for line in lines)
    return replace(ACTS, "      nl: Voorleesuur\n", f"      nl: {style}\n{body}")


def big_png(width: int, height: int) -> bytes:
    """A valid PNG header claiming `width` x `height` (its one tiny row never gets decoded)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0")) + chunk(b"IEND", b"")


def svg_logo(body: str, head: str = "") -> Edit:
    ns = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
    return write(f"{BIB}/logo.svg", f'<svg {ns} viewBox="0 0 10 10"{head}>{body}<rect width="10" height="10"/></svg>')


def symlink(name: str, target: str) -> Edit:
    def edit(root: Path) -> None:
        link = root / name
        if link.is_dir() and not link.is_symlink():
            import shutil

            shutil.rmtree(link)
        elif link.exists():
            link.unlink()
        # Relative, as git stores a link: the problem list names its target as written.
        link.symlink_to(
            Path(target) if Path(target).is_absolute() else os.path.relpath(root.parent / target, link.parent)
        )

    return edit


def outside(root_parent_file: str, content: str) -> Edit:
    """A file next to the Huis folder, for a symlink to point at."""

    def edit(root: Path) -> None:
        path = root.parent / root_parent_file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, "utf-8")

    return edit


CASES: list[Case] = []

LONG = "Een heel lange titel " * 10  # 210 characters
CASES += [
    # -- unicode: accepted, and must come out unharmed (test_corpus builds them) -------------
    c("emoji-title", "unicode", title("Voorleesuur 📚😀")),
    c("emoji-zwj-family", "unicode", title("Gezinsdag 👨‍👩‍👧‍👦")),
    c("emoji-flag-and-skin-tone", "unicode", title("Wereldfeest 🇧🇪👋🏽")),
    c("combining-marks", "unicode", title("Cafe\u0301 voor ouders")),
    c(
        "rtl-mark-in-arabic",
        "unicode",
        replace(ACTS, "      fr: Heure du conte\n", "      fr: Heure du conte\n      ar: \u200fساعة الحكايات 10:30\n"),
    ),
    c("zero-width-space", "unicode", title("Voorlees\u200buur")),
    c("cjk-title", "unicode", title("Voorleesuur 读书时间")),
    c("geez-title", "unicode", title("ናይ ዛንታ ሰዓት")),
    c("cyrillic-title", "unicode", title("Година казок")),
    c("nbsp-and-soft-hyphen", "unicode", title("Voorlees\u00aduur om 10\u00a0u")),
    c("smart-quotes", "unicode", title("“Lees mee” met ‘oma’")),
    c("ampersand-and-apostrophe", "unicode", title("Lezen & spelen in 't bib")),
    c("angle-brackets-in-title", "unicode", title("<b>Voorleesuur</b> <script>alert(1)</script>")),
    c("math-and-astral-letters", "unicode", title("𝒱𝑜𝑜𝓇𝓁𝑒𝑒𝓈𝓊𝓊𝓇 ∑")),
    c(
        "emoji-in-partner-name",
        "unicode",
        replace(FICHE, "naam: Bibliotheek Noorddorp", "naam: Bibliotheek Noorddorp 📚"),
    ),
    c(
        "emoji-in-description",
        "unicode",
        replace(
            FICHE,
            "  nl: Boeken en spelletjes voor het hele gezin.",
            "  nl: Boeken 📚 en spelletjes 🎲 voor het hele gezin.",
        ),
    ),
    # -- folding: one-line fields as YAML blocks and pasted text ------------------------------
    c("folded-block-title", "folding", block_title(">", "Voorlees", "uur")),
    c("literal-block-title", "folding", block_title("|", "Voorlees", "uur")),
    c("folded-strip-title", "folding", block_title(">-", "Voorleesuur voor", "kleuters")),
    c("tab-in-title", "folding", title('"Voorlees\\tuur"')),
    c("newline-escape-in-title", "folding", title('"Voorlees\\nuur"')),
    c("line-separator-in-title", "folding", title('"Voorlees\\Luur"')),
    c(
        "block-partner-name",
        "folding",
        replace(FICHE, "naam: Bibliotheek Noorddorp", "naam: |\n  Bibliotheek\n  Noorddorp"),
    ),
    c(
        "block-description-keeps-paragraphs",
        "folding",
        replace(
            FICHE,
            "  nl: Boeken en spelletjes voor het hele gezin.",
            "  nl: |\n    Boeken en spelletjes.\n\n    Voor het hele gezin.",
        ),
    ),
    c("trailing-spaces-in-title", "folding", title('"  Voorleesuur   "')),
    # -- control characters -----------------------------------------------------------------
    c("nul-in-title", "control", title('"Voorlees\\0uur"')),
    c("esc-in-title", "control", title('"Voorlees\\euur"')),
    c(
        "del-in-description",
        "control",
        replace(FICHE, "  nl: Boeken en spelletjes voor het hele gezin.", '  nl: "Boeken\\x7f en spelletjes"'),
    ),
    c("c1-next-line-in-title", "control", title('"Voorlees\\Nuur"')),
    c("lone-surrogate-in-title", "control", title('"Voorleesuur \\ud83d"')),
    c("noncharacter-in-title", "control", title('"Voorleesuur \\uffff"')),
    c(
        "bell-in-huis-name",
        "control",
        replace(HUIS, "naam: Huis van het Kind Testdorp", 'naam: "Huis van het Kind\\a Testdorp"'),
    ),
    c("vertical-tab-in-street", "control", replace(FICHE, "straat: Marktplein 1", 'straat: "Marktplein\\v1"')),
    # -- years ------------------------------------------------------------------------------
    c("year-9999-date", "years", replace(ACTS, 'datum: "2026-12-05"', 'datum: "9999-12-05"')),
    c(
        "year-9999-reviewed",
        "years",
        replace(FICHE, 'laatst_nagekeken: "2026-10-01"', 'laatst_nagekeken: "9999-10-01"'),
    ),
    c("year-1900-series-start", "years", replace(ACTS, 'vanaf: "2026-11-25"', 'vanaf: "1900-11-25"')),
    c(
        "year-0001-moved",
        "years",
        replace(
            ACTS,
            "        status: afgelast\n",
            '        status: verplaatst\n        verplaatst_naar:\n          datum: "0001-01-20"\n',
        ),
    ),
    c("year-typo-20266", "years", replace(ACTS, 'datum: "2026-12-05"', 'datum: "20266-12-05"')),
    # -- limits -----------------------------------------------------------------------------
    c("title-too-long", "limits", title(LONG.strip() + " en nog wat")),
    c("title-at-limit", "limits", title("x" * 200)),
    c(
        "description-too-long",
        "limits",
        replace(FICHE, "  nl: Boeken en spelletjes voor het hele gezin.", "  nl: " + "Lang verhaal. " * 400),
    ),
    c("fiche-too-big", "limits", append(FICHE, "# " + "x" * 300_000 + "\n")),
    c("activities-too-big", "limits", append(ACTS, "# " + "x" * 260_000 + "\n")),
    c(
        "daily-series-for-years",
        "limits",
        replace(ACTS, "      dagen: [wo]\n", "      dagen: [ma, di, wo, do, vr, za, zo]\n"),
        replace(ACTS, 'tot_en_met: "2027-01-27"', 'tot_en_met: "2028-01-27"'),
        replace(ACTS, 'behalve: ["2026-12-30"]', "behalve: []"),
        replace(
            ACTS, '      "2027-01-13":\n        status: afgelast\n', '      "2026-11-26":\n        status: afgelast\n'
        ),
    ),
    c("weekly-series-a-year", "limits", replace(ACTS, 'tot_en_met: "2027-01-27"', 'tot_en_met: "2027-11-24"')),
    # -- svg --------------------------------------------------------------------------------
    c("svg-script", "svg", svg_logo("<script>alert(document.cookie)</script>")),
    c("svg-onload", "svg", svg_logo("", ' onload="alert(1)"')),
    c("svg-javascript-link", "svg", svg_logo('<a xlink:href="javascript:alert(1)"><circle r="2"/></a>')),
    c(
        "svg-foreign-object",
        "svg",
        svg_logo(
            '<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'
        ),
    ),
    c("svg-animate-href", "svg", svg_logo('<a href="#x"><set attributeName="href" to="javascript:alert(1)"/></a>')),
    c("svg-external-image", "svg", svg_logo('<image href="http://tracker.example/pixel.png" width="1" height="1"/>')),
    c("svg-css-import", "svg", svg_logo("<style>@import url(https://fonts.example/font.css);</style>")),
    c("svg-external-use", "svg", svg_logo('<use xlink:href="https://evil.example/sprite.svg#logo"/>')),
    c("svg-style-url", "svg", svg_logo('<rect style="fill:url(http://evil.example/paint#p)" width="1" height="1"/>')),
    c(
        "svg-internal-refs-fine",
        "svg",
        svg_logo('<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="1" height="1"/><use href="#g"/>'),
    ),
    c(
        "svg-entity-bomb",
        "svg",
        write(
            f"{BIB}/logo.svg",
            '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg">&b;</svg>',
        ),
    ),
    c("svg-not-svg", "svg", write(f"{BIB}/logo.svg", "<html><body>logo</body></html>")),
    c(
        "svg-huis-logo-script",
        "svg",
        write("assets/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    ),
    # -- pixels -----------------------------------------------------------------------------
    c(
        "png-decompression-bomb",
        "pixels",
        write(f"{BIB}/logo.png", big_png(30_000, 30_000)),
        replace(FICHE, "logo: logo.svg", "logo: logo.png"),
    ),
    c(
        "png-just-over-budget",
        "pixels",
        write(f"{BIB}/logo.png", big_png(5_000, 4_000)),
        replace(FICHE, "logo: logo.svg", "logo: logo.png"),
    ),
    c(
        "png-truncated",
        "pixels",
        write(f"{BIB}/logo.png", big_png(100, 100)[:30]),
        replace(FICHE, "logo: logo.svg", "logo: logo.png"),
    ),
    # -- paths ------------------------------------------------------------------------------
    c(
        "symlinked-partner-folder",
        "paths",
        outside("elders/fiche.yml", "naam: Geheim\n"),
        symlink("partners/geheim", "elders"),
    ),
    c("symlinked-fiche", "paths", outside("elders/fiche.yml", "naam: Geheim\n"), symlink(FICHE, "elders/fiche.yml")),
    c(
        "symlinked-logo",
        "paths",
        outside("elders/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>'),
        symlink(f"{BIB}/logo.svg", "elders/logo.svg"),
    ),
    # -- meant ------------------------------------------------------------------------------
    c("postcode-without-quotes", "meant", replace(FICHE, 'postcode: "9000"', "postcode: 9000")),
    c(
        "register-via-www",
        "meant",
        replace(
            ACTS,
            '    van: "10:00"\n    tot: "11:00"\n    doelgroep:\n      kinderen: [3-6]',
            '    van: "10:00"\n    tot: "11:00"\n    inschrijven_via: www.bib-noorddorp.example.org/inschrijven\n    doelgroep:\n      kinderen: [3-6]',
        ),
    ),
    c("emptied-activities", "meant", write(ACTS, "activiteiten:\n")),
    c("postcode-five-digits", "meant", replace(FICHE, 'postcode: "9000"', "postcode: 90000")),
    # -- register ---------------------------------------------------------------------------
    c(
        "register-via-sentence",
        "register",
        replace(
            ACTS,
            '    van: "10:00"\n    tot: "11:00"\n    doelgroep:\n      kinderen: [3-6]',
            '    van: "10:00"\n    tot: "11:00"\n    inschrijven_via: Bel 09 123 45 67 of mail bib@noorddorp.example.org\n    doelgroep:\n      kinderen: [3-6]',
        ),
    ),
    c(
        "register-via-word",
        "register",
        replace(
            ACTS,
            '    van: "10:00"\n    tot: "11:00"\n    doelgroep:\n      kinderen: [3-6]',
            '    van: "10:00"\n    tot: "11:00"\n    inschrijven_via: aan de balie\n    doelgroep:\n      kinderen: [3-6]',
        ),
    ),
    c(
        "register-via-email-in-words",
        "register",
        replace(
            ACTS,
            '    van: "10:00"\n    tot: "11:00"\n    doelgroep:\n      kinderen: [3-6]',
            '    van: "10:00"\n    tot: "11:00"\n    inschrijven_via: mail naar bib@noorddorp.example.org\n    doelgroep:\n      kinderen: [3-6]',
        ),
    ),
    # -- moved ------------------------------------------------------------------------------
    c(
        "moved-into-the-past",
        "moved",
        replace(
            ACTS,
            "        status: afgelast\n",
            '        status: verplaatst\n        verplaatst_naar:\n          datum: "2026-10-20"\n',
        ),
    ),
    c(
        "moved-ends-before-start",
        "moved",
        replace(
            ACTS,
            "        status: afgelast\n",
            '        status: verplaatst\n        verplaatst_naar:\n          datum: "2027-01-20"\n          van: "14:00"\n          tot: "13:00"\n',
        ),
    ),
    c(
        "moved-ok",
        "moved",
        replace(
            ACTS,
            "        status: afgelast\n",
            '        status: verplaatst\n        verplaatst_naar:\n          datum: "2027-01-20"\n          van: "14:00"\n          tot: "15:30"\n',
        ),
    ),
    # -- synonyms ---------------------------------------------------------------------------
    c(
        "plaats-for-locatie",
        "synonyms",
        replace(ACTS, "    locatie: cb-zuiddorp/kerkstraat", "    plaats: cb-zuiddorp/kerkstraat"),
    ),
    c("geannuleerd-for-afgelast", "synonyms", replace(ACTS, "        status: afgelast", "        status: geannuleerd")),
    c("volgeboekt-for-volzet", "synonyms", replace(ACTS, "        status: afgelast", "        status: volgeboekt")),
    c("logo-case", "synonyms", replace(FICHE, "logo: logo.svg", "logo: Logo.SVG")),
    c("omschrijving-for-beschrijving", "synonyms", replace(FICHE, "beschrijving:", "omschrijving:")),
    # -- colour -----------------------------------------------------------------------------
    c("light-brand-colour", "colour", replace(HUIS, 'primair: "#1d5e8c"', 'primair: "#ffd700"')),
    c("light-accent-colour", "colour", append(HUIS, '  accent: "#a0e0ff"\n')),
    # -- form -------------------------------------------------------------------------------
    c("missing-van", "form", replace(ACTS, '    van: "10:00"\n', "")),
    c("missing-id", "form", replace(ACTS, "  - id: voorleesuur\n    titel:\n", "  - titel:\n")),
    c("missing-datum-and-herhaling", "form", replace(ACTS, '    datum: "2026-12-05"\n', "")),
    # -- escaping ---------------------------------------------------------------------------
    c(
        "huis-name-with-markup",
        "escaping",
        replace(HUIS, "naam: Huis van het Kind Testdorp", 'naam: "Huis <b>van</b> het Kind & \'t Dorp"'),
    ),
    c(
        "huis-website-with-quote",
        "escaping",
        replace(
            HUIS,
            "  telefoon: 09 123 45 67",
            '  telefoon: 09 123 45 67\n  website: "https://huis.example.org/\\"onmouseover=\\"alert(1)"',
        ),
    ),
    c(
        "huis-email-with-markup",
        "escaping",
        replace(HUIS, "  email: info@huis.example.org", '  email: "<img src=x onerror=alert(1)>@huis.example.org"'),
    ),
    # -- yaml -------------------------------------------------------------------------------
    c(
        "windows-line-endings",
        "yaml",
        lambda root: (root / ACTS).write_bytes((root / ACTS).read_bytes().replace(b"\n", b"\r\n")),
    ),
    c(
        "byte-order-mark",
        "yaml",
        lambda root: (root / FICHE).write_bytes(b"\xef\xbb\xbf" + (root / FICHE).read_bytes()),
    ),
    c("smart-quotes-as-yaml-quotes", "yaml", replace(ACTS, 'datum: "2026-12-05"', "datum: “2026-12-05”")),
    c(
        "utf16-file",
        "yaml",
        lambda root: (root / CB_FICHE).write_bytes((root / CB_FICHE).read_text("utf-8").encode("utf-16")),
    ),
]


def copied_partner(copy: str) -> Edit:
    """A colleague's folder copied whole: same fiche, same activities, same ids."""

    def edit(root: Path) -> None:
        import shutil

        shutil.copytree(root / BIB, root / "partners" / copy)

    return edit


CASES += [
    c("copy-sorting-after", "blame", copied_partner("bib-noorddorp-kopie")),
    c("copy-sorting-before", "blame", copied_partner("bib-kopie")),
    c(
        "same-id-two-partners",
        "blame",
        write(
            "partners/cb-zuiddorp/activiteiten.yml",
            'activiteiten:\n  - id: voorleesuur\n    titel: Spreekuur\n    datum: "2026-12-03"\n    van: "14:00"\n    tot: "16:00"\n    locatie: kerkstraat\n    doelgroep:\n      ouders: [0-3]\n',
        ),
    ),
]


# The whole problem list of each case, as a partner reads it (reviewed line by line).
EXPECTED: dict[str, tuple[str, ...]] = {
    "emoji-title": (),
    "emoji-zwj-family": (),
    "emoji-flag-and-skin-tone": (),
    "combining-marks": (),
    "rtl-mark-in-arabic": (),
    "zero-width-space": (),
    "cjk-title": (),
    "geez-title": (),
    "cyrillic-title": (),
    "nbsp-and-soft-hyphen": (),
    "smart-quotes": (),
    "ampersand-and-apostrophe": (),
    "angle-brackets-in-title": (),
    "math-and-astral-letters": (),
    "emoji-in-partner-name": (),
    "emoji-in-description": (),
    "folded-block-title": (),
    "literal-block-title": (),
    "folded-strip-title": (),
    "tab-in-title": (),
    "newline-escape-in-title": (),
    "line-separator-in-title": (),
    "block-partner-name": (),
    "block-description-keeps-paragraphs": (),
    "trailing-spaces-in-title": (),
    "nul-in-title": (
        "partners/bib-noorddorp/activiteiten.yml:5:11: activiteiten[1].titel.nl: onzichtbaar of ongeldig teken (verwacht gewone tekst, gevonden U+0000 (NUL) op plaats 9) — typ de tekst opnieuw of kopieer hem zonder opmaak; zo'n teken komt mee bij kopiëren",
    ),
    "esc-in-title": (
        "partners/bib-noorddorp/activiteiten.yml:5:11: activiteiten[1].titel.nl: onzichtbaar of ongeldig teken (verwacht gewone tekst, gevonden U+001B (ESC) op plaats 9) — typ de tekst opnieuw of kopieer hem zonder opmaak; zo'n teken komt mee bij kopiëren",
    ),
    "del-in-description": (
        "partners/bib-noorddorp/fiche.yml:6:7: beschrijving.nl: onzichtbaar of ongeldig teken (verwacht gewone tekst, gevonden U+007F (DEL) op plaats 7) — typ de tekst opnieuw of kopieer hem zonder opmaak; zo'n teken komt mee bij kopiëren",
    ),
    "c1-next-line-in-title": (
        "partners/bib-noorddorp/activiteiten.yml:5:11: activiteiten[1].titel.nl: onzichtbaar of ongeldig teken (verwacht gewone tekst, gevonden U+0085 (een stuurteken) op plaats 9) — typ de tekst opnieuw of kopieer hem zonder opmaak; zo'n teken komt mee bij kopiëren",
    ),
    "lone-surrogate-in-title": (
        "partners/bib-noorddorp/activiteiten.yml:5:11: activiteiten[1].titel.nl: onzichtbaar of ongeldig teken (verwacht gewone tekst, gevonden U+D83D (een losse helft van een emoji of ander teken) op plaats 13) — typ de tekst opnieuw of kopieer hem zonder opmaak; zo'n teken komt mee bij kopiëren",
    ),
    "noncharacter-in-title": (
        "partners/bib-noorddorp/activiteiten.yml:5:11: activiteiten[1].titel.nl: onzichtbaar of ongeldig teken (verwacht gewone tekst, gevonden U+FFFF (een stuurteken) op plaats 13) — typ de tekst opnieuw of kopieer hem zonder opmaak; zo'n teken komt mee bij kopiëren",
    ),
    "bell-in-huis-name": (
        "huis.yml:2:7: naam: onzichtbaar of ongeldig teken (verwacht gewone tekst, gevonden U+0007 (een stuurteken) op plaats 18) — typ de tekst opnieuw of kopieer hem zonder opmaak; zo'n teken komt mee bij kopiëren",
    ),
    "vertical-tab-in-street": (
        "partners/bib-noorddorp/fiche.yml:19:15: locaties[1].adres.straat: onzichtbaar of ongeldig teken (verwacht gewone tekst, gevonden U+000B (een stuurteken) op plaats 11) — typ de tekst opnieuw of kopieer hem zonder opmaak; zo'n teken komt mee bij kopiëren",
    ),
    "year-9999-date": (
        "partners/bib-noorddorp/activiteiten.yml:8:12: activiteiten[1].datum: ongeldige datum (verwacht een datum als JJJJ-MM-DD, zoals 2026-05-16; gevonden '9999-12-05') — kijk het jaar na (verwacht een jaar van 2000 tot 2099)",
    ),
    "year-9999-reviewed": (
        "partners/bib-noorddorp/fiche.yml:32:19: laatst_nagekeken: ongeldige datum (verwacht een datum als JJJJ-MM-DD, zoals 2026-05-16; gevonden '9999-10-01') — kijk het jaar na (verwacht een jaar van 2000 tot 2099)",
    ),
    "year-1900-series-start": (
        "partners/bib-noorddorp/activiteiten.yml:18:14: activiteiten[2].herhaling.vanaf: ongeldige datum (verwacht een datum als JJJJ-MM-DD, zoals 2026-05-16; gevonden '1900-11-25') — kijk het jaar na (verwacht een jaar van 2000 tot 2099)",
    ),
    "year-0001-moved": (
        "partners/bib-noorddorp/activiteiten.yml:25:18: activiteiten[2].per_datum.2027-01-13.verplaatst_naar.datum: ongeldige datum (verwacht een datum als JJJJ-MM-DD, zoals 2026-05-16; gevonden '0001-01-20') — kijk het jaar na (verwacht een jaar van 2000 tot 2099)",
    ),
    "year-typo-20266": (
        "partners/bib-noorddorp/activiteiten.yml:8:12: activiteiten[1].datum: ongeldige datum (verwacht een datum als JJJJ-MM-DD, zoals 2026-05-16; gevonden '20266-12-05') — kijk het jaar na (verwacht 4 cijfers, zoals 2026)",
    ),
    "title-too-long": (
        "partners/bib-noorddorp/activiteiten.yml:5:11: activiteiten[1].titel.nl: tekst te lang (verwacht hoogstens 200 tekens, gevonden 220) — maak de tekst korter; een langere uitleg hoort in de beschrijving",
    ),
    "title-at-limit": (),
    "description-too-long": (
        "partners/bib-noorddorp/fiche.yml:6:7: beschrijving.nl: tekst te lang (verwacht hoogstens 5000 tekens, gevonden 5599) — maak de tekst korter of zet de details op de website van de partner",
    ),
    "fiche-too-big": (
        "partners/bib-noorddorp/fiche.yml:1:1: bestand te groot (verwacht hoogstens 250 kB, gevonden 300 kB) — een fiche of activiteitenlijst is enkele kB: kijk na of er niets per ongeluk in geplakt is",
    ),
    "activities-too-big": (
        "partners/bib-noorddorp/activiteiten.yml:1:1: bestand te groot (verwacht hoogstens 250 kB, gevonden 260 kB) — een fiche of activiteitenlijst is enkele kB: kijk na of er niets per ongeluk in geplakt is",
    ),
    "daily-series-for-years": (
        "partners/bib-noorddorp/activiteiten.yml:19:19: activiteiten[2].herhaling.tot_en_met: reeks met te veel data (verwacht hoogstens 400, gevonden 429 tussen 2026-11-25 en 2028-01-27) — laat de reeks hoogstens een jaar lopen en verleng ze later met een nieuwe tot_en_met",
    ),
    "weekly-series-a-year": (),
    "svg-script": (
        "partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden <script>) — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts",
    ),
    "svg-onload": (
        "partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden onload=) — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts",
    ),
    "svg-javascript-link": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden href="javascript:alert(1)") — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts',
    ),
    "svg-foreign-object": (
        "partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden <foreignObject>) — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts",
    ),
    "svg-animate-href": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden <set attributeName="href">) — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts',
    ),
    "svg-external-image": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo verwijst naar een ander adres (verwacht een logo dat alles zelf bevat, gevonden href="http://tracker.example/pixel.png"): de site en het drukwerk tonen het zonder — sluit lettertypen en afbeeldingen in het logo in, of bewaar het als PNG',
    ),
    "svg-css-import": (
        "partners/bib-noorddorp/fiche.yml:31:7: logo: logo verwijst naar een ander adres (verwacht een logo dat alles zelf bevat, gevonden @import url(https://fonts.example/font.css);): de site en het drukwerk tonen het zonder — sluit lettertypen en afbeeldingen in het logo in, of bewaar het als PNG",
    ),
    "svg-external-use": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo verwijst naar een ander adres (verwacht een logo dat alles zelf bevat, gevonden href="https://evil.example/sprite.svg#logo"): de site en het drukwerk tonen het zonder — sluit lettertypen en afbeeldingen in het logo in, of bewaar het als PNG',
    ),
    "svg-style-url": (
        'partners/bib-noorddorp/fiche.yml:31:7: logo: logo verwijst naar een ander adres (verwacht een logo dat alles zelf bevat, gevonden style="fill:url(http://evil.example/paint#p)"): de site en het drukwerk tonen het zonder — sluit lettertypen en afbeeldingen in het logo in, of bewaar het als PNG',
    ),
    "svg-internal-refs-fine": (),
    "svg-entity-bomb": (
        "partners/bib-noorddorp/fiche.yml:31:7: logo: logo is geen afbeelding (verwacht SVG, PNG, JPG of WebP, gevonden 'logo.svg') — bewaar het logo als PNG of SVG",
    ),
    "svg-not-svg": (
        "partners/bib-noorddorp/fiche.yml:31:7: logo: logo is geen afbeelding (verwacht SVG, PNG, JPG of WebP, gevonden 'logo.svg') — bewaar het logo als PNG of SVG",
    ),
    "svg-huis-logo-script": (
        "huis.yml:14:7: logo: logo bevat actieve inhoud (verwacht een afbeelding zonder scripts, gevonden <script>) — bewaar het logo opnieuw als PNG, of exporteer het als eenvoudige SVG zonder scripts",
    ),
    "png-decompression-bomb": (
        "partners/bib-noorddorp/fiche.yml:31:7: logo: logo heeft te veel pixels (verwacht hoogstens 16 megapixel, gevonden 30000 × 30000) — verklein het logo, bijvoorbeeld tot 1000 pixels breed",
    ),
    "png-just-over-budget": (
        "partners/bib-noorddorp/fiche.yml:31:7: logo: logo heeft te veel pixels (verwacht hoogstens 16 megapixel, gevonden 5000 × 4000) — verklein het logo, bijvoorbeeld tot 1000 pixels breed",
    ),
    "png-truncated": (
        "partners/bib-noorddorp/fiche.yml:31:7: logo: logo is geen afbeelding (verwacht SVG, PNG, JPG of WebP, gevonden 'logo.png') — bewaar het logo als PNG of SVG",
    ),
    "symlinked-partner-folder": (
        "partners/geheim/:1:1: map verwijst naar een plaats buiten het Huis (verwacht een gewone map, gevonden een snelkoppeling naar '../../elders') — vervang de snelkoppeling door een kopie van de map",
    ),
    "symlinked-fiche": (
        "partners/bib-noorddorp/fiche.yml:1:1: bestand verwijst naar een plaats buiten het Huis (verwacht een gewoon bestand, gevonden een snelkoppeling naar '../../../elders/fiche.yml') — vervang de snelkoppeling door een kopie van het bestand",
    ),
    "symlinked-logo": (
        "partners/bib-noorddorp/logo.svg:1:1: bestand verwijst naar een plaats buiten het Huis (verwacht een gewoon bestand, gevonden een snelkoppeling naar '../../../elders/logo.svg') — vervang de snelkoppeling door een kopie van het bestand",
    ),
    "postcode-without-quotes": (),
    "register-via-www": (),
    "emptied-activities": (
        "partners/bib-noorddorp/activiteiten.yml:1:14: activiteiten: lege lijst gelezen als 'geen activiteiten' (verwacht activiteiten met een id, of activiteiten: []) — schrijf activiteiten: [] als er (nog) geen zijn, of verwijder activiteiten.yml",
    ),
    "postcode-five-digits": (
        'partners/bib-noorddorp/fiche.yml:20:17: locaties[1].adres.postcode: ongeldige waarde (verwacht 4 cijfers, zoals "9000"; gevonden 90000)',
    ),
    "register-via-sentence": (
        "partners/bib-noorddorp/activiteiten.yml:11:22: activiteiten[1].inschrijven_via: meer dan één manier om in te schrijven (verwacht één webadres, e-mailadres of telefoonnummer, gevonden 'Bel 09 123 45 67 of mail bib@noorddorp.example.org') — kies er één, zoals 'bib@noorddorp.example.org', en zet de rest in de beschrijving",
    ),
    "register-via-word": (
        "partners/bib-noorddorp/activiteiten.yml:11:22: activiteiten[1].inschrijven_via: geen webadres, e-mailadres of telefoonnummer (verwacht zoals https://voorbeeld.be/inschrijven, info@voorbeeld.be of 09 123 45 67, gevonden 'aan de balie') — zet uitleg over het inschrijven in de beschrijving",
    ),
    "register-via-email-in-words": (
        "partners/bib-noorddorp/activiteiten.yml:11:22: activiteiten[1].inschrijven_via: geen webadres, e-mailadres of telefoonnummer (verwacht zoals https://voorbeeld.be/inschrijven, info@voorbeeld.be of 09 123 45 67, gevonden 'mail naar bib@noorddorp.example.org') — bedoelde je 'bib@noorddorp.example.org'?",
    ),
    "moved-into-the-past": (
        "partners/bib-noorddorp/activiteiten.yml:25:18: activiteiten[2].per_datum.2027-01-13.verplaatst_naar.datum: nieuwe datum ligt in het verleden (verwacht 2026-11-22 of later, gevonden 2026-10-20) — kijk de nieuwe datum na, of zet status: afgelast als de activiteit niet meer doorgaat",
    ),
    "moved-ends-before-start": (
        "partners/bib-noorddorp/activiteiten.yml:27:16: activiteiten[2].per_datum.2027-01-13.verplaatst_naar.tot: einduur ligt niet na beginuur (verwacht later dan 14:00, gevonden 13:00) — geef de verplaatste activiteit een begin- en einduur, zoals van: 14:00 en tot: 16:00",
    ),
    "moved-ok": (),
    "plaats-for-locatie": (
        "partners/bib-noorddorp/activiteiten.yml:26:5: activiteiten[2].plaats: onbekend veld (verwacht een veldnaam uit docs/velden.md; gevonden 'plaats') — bedoelde je 'locatie'?",
    ),
    "geannuleerd-for-afgelast": (
        "partners/bib-noorddorp/activiteiten.yml:23:17: activiteiten[2].per_datum.2027-01-13.status: onbekende waarde (verwacht een van: afgelast, verplaatst, volzet; gevonden 'geannuleerd') — bedoelde je 'afgelast'?",
    ),
    "volgeboekt-for-volzet": (
        "partners/bib-noorddorp/activiteiten.yml:23:17: activiteiten[2].per_datum.2027-01-13.status: onbekende waarde (verwacht een van: afgelast, verplaatst, volzet; gevonden 'volgeboekt') — bedoelde je 'volzet'?",
    ),
    "logo-case": (
        "partners/bib-noorddorp/fiche.yml:31:7: logo: logobestand bestaat niet (verwacht een bestand in partners/bib-noorddorp/, gevonden 'Logo.SVG') — bedoelde je 'logo.svg'?",
    ),
    "omschrijving-for-beschrijving": (
        "partners/bib-noorddorp/fiche.yml:2:1: beschrijving: verplicht veld ontbreekt (verwacht 'beschrijving', gevonden niets) — voeg 'beschrijving:' toe",
        "partners/bib-noorddorp/fiche.yml:5:1: omschrijving: onbekend veld (verwacht een veldnaam uit docs/velden.md; gevonden 'omschrijving') — bedoelde je 'beschrijving'?",
    ),
    "light-brand-colour": (
        "huis.yml:16:12: kleuren.primair: te weinig contrast met wit voor tekst (verwacht minstens 4,5:1 voor WCAG AA, gevonden 1,4:1 voor #ffd700): de site en het drukwerk gebruiken #897400 voor tekst, links en knoppen — kies zelf een donkerdere tint als je '#897400' niet mooi vindt",
    ),
    "light-accent-colour": (
        "huis.yml:17:11: kleuren.accent: te weinig contrast met wit voor tekst (verwacht minstens 4,5:1 voor WCAG AA, gevonden 1,4:1 voor #a0e0ff): de site en het drukwerk gebruiken #587b8c voor tekst, links en knoppen — kies zelf een donkerdere tint als je '#587b8c' niet mooi vindt",
    ),
    "missing-van": (
        "partners/bib-noorddorp/activiteiten.yml:3:5: activiteiten[1].van: verplicht veld ontbreekt (verwacht 'van', of hele_dag: true, gevonden niets) — voeg 'van: 10:00' toe, of 'hele_dag: true' voor een activiteit die de hele dag duurt",
    ),
    "missing-id": (
        "partners/bib-noorddorp/activiteiten.yml:3:5: activiteiten[1].id: verplicht veld ontbreekt (verwacht 'id', gevonden niets) — voeg 'id: voorleesuur' toe",
    ),
    "missing-datum-and-herhaling": (
        "partners/bib-noorddorp/activiteiten.yml:3:5: activiteiten[1]: wanneer ontbreekt (verwacht datum: of herhaling:, gevonden geen van beide) — gebruik datum voor één keer, herhaling voor een reeks",
    ),
    "huis-name-with-markup": (),
    "huis-website-with-quote": (
        "huis.yml:13:12: contact.website: ongeldige waarde (verwacht een webadres dat begint met https://; gevonden 'https://huis.example.org/\"onmouseover=\"alert(1)')",
    ),
    "huis-email-with-markup": (
        "huis.yml:11:10: contact.email: ongeldige waarde (verwacht een e-mailadres, zoals info@voorbeeld.be; gevonden '<img src=x onerror=alert(1)>@huis.example.org')",
    ),
    "windows-line-endings": (),
    "byte-order-mark": (),
    "smart-quotes-as-yaml-quotes": (),
    "utf16-file": (
        "partners/cb-zuiddorp/fiche.yml:1:1: het bestand is niet in UTF-8 opgeslagen (verwacht UTF-8-tekst) — bewaar het opnieuw als UTF-8 in je editor",
    ),
    "copy-sorting-after": (
        "partners/bib-noorddorp-kopie/fiche.yml:27:10: contact.email: is dit een kopie van partners/bib-noorddorp? (verwacht eigen gegevens van deze partner, gevonden hetzelfde e-mailadres, hetzelfde logo, dezelfde beschrijving en dezelfde beheerders als partners/bib-noorddorp/fiche.yml) — pas de contactgegevens aan: anders toont de site die van partners/bib-noorddorp bij deze partner",
        "partners/bib-noorddorp-kopie/activiteiten.yml:3:9: activiteiten[1].id: dubbele activiteitscode (verwacht een unieke code, gevonden 'voorleesuur' ook in partners/bib-noorddorp/activiteiten.yml:3); deze map lijkt een kopie van partners/bib-noorddorp — geef de activiteiten in deze kopie een eigen code, zoals 'voorleesuur-2'",
        "partners/bib-noorddorp-kopie/activiteiten.yml:13:9: activiteiten[2].id: dubbele activiteitscode (verwacht een unieke code, gevonden 'babyspel' ook in partners/bib-noorddorp/activiteiten.yml:13); deze map lijkt een kopie van partners/bib-noorddorp — geef de activiteiten in deze kopie een eigen code, zoals 'babyspel-2'",
    ),
    "copy-sorting-before": (
        "partners/bib-kopie/fiche.yml:27:10: contact.email: is dit een kopie van partners/bib-noorddorp? (verwacht eigen gegevens van deze partner, gevonden hetzelfde e-mailadres, hetzelfde logo, dezelfde beschrijving en dezelfde beheerders als partners/bib-noorddorp/fiche.yml) — pas de contactgegevens aan: anders toont de site die van partners/bib-noorddorp bij deze partner",
        "partners/bib-kopie/activiteiten.yml:3:9: activiteiten[1].id: dubbele activiteitscode (verwacht een unieke code, gevonden 'voorleesuur' ook in partners/bib-noorddorp/activiteiten.yml:3); deze map lijkt een kopie van partners/bib-noorddorp — geef de activiteiten in deze kopie een eigen code, zoals 'voorleesuur-2'",
        "partners/bib-kopie/activiteiten.yml:13:9: activiteiten[2].id: dubbele activiteitscode (verwacht een unieke code, gevonden 'babyspel' ook in partners/bib-noorddorp/activiteiten.yml:13); deze map lijkt een kopie van partners/bib-noorddorp — geef de activiteiten in deze kopie een eigen code, zoals 'babyspel-2'",
    ),
    # The newer file (cb-zuiddorp's, just written) carries it; the one that was there first does not.
    "same-id-two-partners": (
        "partners/cb-zuiddorp/activiteiten.yml:2:9: activiteiten[1].id: dubbele activiteitscode (verwacht een unieke code, gevonden 'voorleesuur' ook in partners/bib-noorddorp/activiteiten.yml:3) — geef de nieuwste activiteit een andere code, zoals 'voorleesuur-2'; de code van een activiteit die al op de site staat blijft beter, want affiches verwijzen ernaar",
    ),
}


# Sturdy, part two: one module per area, each with its own CLASSES, CASES and EXPECTED. Imported
# last: each module uses `c` and the helpers above, and adds its classes before its cases.
from tests.support import (  # noqa: E402
    corpus_agree,
    corpus_calendar,
    corpus_format,
    corpus_helplines,
    corpus_history,
    corpus_language,
    corpus_pages,
    corpus_paths,
    corpus_pictograms,
    corpus_region,
    corpus_registers,
    corpus_scale,
    corpus_svg,
)

for _part in (
    corpus_svg,
    corpus_paths,
    corpus_pages,
    corpus_calendar,
    corpus_history,
    corpus_scale,
    corpus_agree,
    corpus_format,
    corpus_pictograms,
    corpus_helplines,
    corpus_registers,
    corpus_region,
    corpus_language,
):
    CLASSES.update(_part.CLASSES)
    CASES += _part.CASES
    EXPECTED.update(_part.EXPECTED)
