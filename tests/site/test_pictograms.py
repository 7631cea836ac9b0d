"""Pictograms: every value a family meets has one, every vendored file is inert and licensed, and
the site shows each beside its word, hidden from assistive technology, once per page in a sprite."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

from tests.sources.test_messages import FIXTURE, TODAY
from zondermuren import pictograms, svg
from zondermuren.model.building import load
from zondermuren.site import pictograms as icons
from zondermuren.site.pages import site_pages
from zondermuren.site.rendering import Renderer
from zondermuren.vocabulary import Vocabularies

KIT = pictograms.KIT
USE = '<svg class="zm-icon" aria-hidden="true" focusable="false"><use href="#zm-p-{}"/></svg>'


def _without_pictogram(lists: dict, vocab: Vocabularies) -> list[str]:
    """Values of the lists with pictograms that the index gives none (aanbodvormen: also every `soort`)."""
    return [f"{name}.{key}" for name in pictograms.LISTS for key in vocab.keys(name) if key not in lists.get(name, {})]


def test_every_value_a_family_meets_has_a_pictogram():
    vocab = Vocabularies.default()
    lists = pictograms.index()["lijsten"]
    assert _without_pictogram(lists, vocab) == []
    for name in pictograms.LISTS:
        assert sorted(lists[name]) == sorted(vocab.keys(name)), name  # and none for a value that went
    values = [key for name in lists for key in lists[name]]
    assert len(values) == len(set(values)), "a value names one file: unique across the lists"
    for key in values:
        picture = pictograms.kit(key)
        assert picture is not None and picture.body.startswith("<") and picture.view_box == "0 0 24 24", key


def test_a_value_without_a_pictogram_is_named():
    lists = yaml.safe_load(pictograms.INDEX.read_text("utf-8"))["lijsten"]
    del lists["aanbodvormen"]["spelotheek"]
    vocab = Vocabularies.default().with_overrides({"leeftijden": {"toevoegen": {"24-plus": "24 jaar en ouder"}}})
    assert _without_pictogram(lists, vocab) == ["aanbodvormen.spelotheek", "leeftijden.24-plus"]


def test_every_vendored_svg_passes_the_logo_check_and_has_its_licence():
    sets = pictograms.index()["sets"]
    used = set(pictograms.kit_files().values())
    files = sorted(path.name for path in KIT.glob("*.svg"))
    assert files == sorted(used), "vendored: exactly the files the index names"
    readme = (KIT / "README.md").read_text("utf-8")
    for name in files:
        found = svg.inspect((KIT / name).read_bytes())
        assert found.readable and not found.active and not found.external and not found.dropped, name
        assert "<script" not in found.clean.decode() and "href" not in found.clean.decode(), name
        prefix = name.split("-", 1)[0]
        assert prefix in sets, name
        licence = KIT / sets[prefix]["file"]
        assert licence.is_file() and "Permission is hereby granted" in licence.read_text("utf-8"), name
        assert f"`{name}`" in readme, f"README.md says where {name} comes from"
    for entry in sets.values():
        assert entry["licence"] == "MIT" and entry["version"] in readme


def test_the_icon_sits_beside_its_word_once_per_page(tmp_path: Path):
    pictures = pictograms.of_huis(None)
    assert icons.icon(pictures, "oudergroep") == USE.format("oudergroep")
    assert icons.icon(pictures, "babymassage") == ""  # a Huis's own value without a drawing: the word alone
    page = f'<div class="zm">\n<p>{USE.format("0-3")} 0 tot 3 jaar {USE.format("0-3")} {USE.format("consult")}</p>\n</div>\n'
    done = icons.with_sprite(page, pictures)
    sprite = re.search(r'<svg class="zm-sprite" aria-hidden="true" focusable="false">(.*?)</svg>\n</div>\n$', done)
    assert sprite, done
    assert re.findall(r'<symbol id="zm-p-([a-z0-9-]+)"', sprite.group(1)) == ["0-3", "consult"]
    assert 'stroke="currentColor"' in sprite.group(1) and "#" not in sprite.group(1).replace('id="', "")
    assert icons.with_sprite("<div>\n<p>geen</p>\n</div>\n", pictures) == "<div>\n<p>geen</p>\n</div>\n"


def test_a_huis_pictogram_replaces_the_kits_and_loses_its_style(tmp_path: Path):
    (tmp_path / "pictogrammen").mkdir()
    (tmp_path / "pictogrammen" / "consult.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"><style>p{display:none}</style>'
        '<circle class="a" cx="24" cy="24" r="20" onclick="x()"/></svg>',
        "utf-8",
    )
    picture = pictograms.of_huis(tmp_path)["consult"]
    assert (picture.view_box, picture.body, picture.source) == (
        "0 0 48 48",
        '<circle cx="24" cy="24" r="20" />',
        "pictogrammen/consult.svg",
    )
    assert pictograms.of_huis(tmp_path)["oudergroep"] == pictograms.kit("oudergroep")


def test_every_generated_page_shows_its_pictograms_beside_words(tmp_path: Path):
    """...and the accessibility page names the sets, as their licences ask, in every language."""
    root = tmp_path / "huis"
    shutil.copytree(FIXTURE, root)
    huis, _ = load(root, TODAY)
    renderer = Renderer(huis, "https://huis.example.org/")
    seen = set()
    credits = {}
    for page in site_pages(huis):
        for language in huis.languages:
            text = renderer.render(page.path, page.template, page.context, language)
            if page.template == "toegankelijkheid.md.j2":
                credits[language] = re.findall(r"<p>([^<]*Tabler Icons[^<]*)</p>", text)
            uses = re.findall(
                r'<svg class="zm-icon" aria-hidden="true" focusable="false"><use href="#zm-p-([a-z0-9-]+)"/></svg>'
                r"(?:</span>)?(?:<span[^>]*>)*(.)",  # a help line's icon closes its span, its number opens one
                text,
            )
            assert len(uses) == text.count('class="zm-icon"'), page.path  # every icon hidden, none focusable
            wordless = [key for key, after in uses if not after.strip() or after == "<"]
            assert wordless == [], page.path  # its word follows
            symbols = re.findall(r'<symbol id="zm-p-([a-z0-9-]+)"', text)
            assert sorted(symbols) == sorted({key for key, _ in uses}), page.path  # each used one, once
            seen.update(symbols)
    assert {"kalender", "0-3", "opvoedingsondersteuning", "hulp-112", "hulp-1813"} <= seen, seen
    assert credits == {
        "nl": ["Pictogrammen: Tabler Icons en Health Icons (MIT-licentie)."],
        "fr": ["Pictogrammes : Tabler Icons et Health Icons (licence MIT)."],
        "ar": ["الرموز المصوّرة: Tabler Icons وHealth Icons (رخصة MIT)."],
    }
