"""Any Unicode a partner types: `check` and the engine agree, and the text comes out as typed.

Hypothesis feeds arbitrary text (plus one example of each class partners produce) into an
activity's title, a partner's name and its description. Whatever `check` accepts, the engine
builds; and the title reads the same, after Unicode NFC and the documented folding of one-line
fields (docs/velden.md), in the page's front matter (what MkDocs makes `<title>` from), its `<h1>`,
the JSON-LD `name`, and the iCalendar SUMMARY read back with icalendar; the description in the
page's meta description. Runs on the engine, without MkDocs, for speed; tests/sources/test_corpus.py and
test_unicode_site.py build such texts for real.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import unicodedata
from pathlib import Path

import icalendar
import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from jinja2 import Environment
from jinja2.filters import do_truncate
from mkdocs.utils import meta

from tests.sources.test_messages import FIXTURE, TODAY
from zondermuren.feeds import ical
from zondermuren.model import building
from zondermuren.problems import Level
from zondermuren.site import pages
from zondermuren.site.rendering import Renderer
from zondermuren.sources import reading
from zondermuren.sources.checks import text

SITE_URL = "https://huis.example.org/"
FOLD = re.compile(r"[ \t\r\n\u2028\u2029\x0b\x0c]+")  # docs/velden.md: line breaks and tabs become one space
REFUSED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")  # control characters, lone surrogates


def one_line(typed: str) -> str:
    return FOLD.sub(" ", unicodedata.normalize("NFC", typed)).strip()


def _dump(data: object) -> str:
    # Lone surrogates cannot be written as UTF-8: YAML then carries them as \u escapes, as a
    # partner's `"\ud83d"` would.
    raw = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    try:
        raw.encode("utf-8")
        return raw
    except UnicodeEncodeError:
        return yaml.safe_dump(data, allow_unicode=False, sort_keys=False)


@pytest.fixture(scope="module")
def huis_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("unicode") / "huis"
    shutil.copytree(FIXTURE, root)
    return root


def _as_read(typed: str) -> str:
    return yaml.safe_load(_dump({"tekst": typed}))["tekst"]


def _write(root: Path, title: str, name: str, description: str) -> None:
    bib = root / "partners" / "bib-noorddorp"
    fiche = yaml.safe_load((FIXTURE / "partners/bib-noorddorp/fiche.yml").read_text("utf-8"))
    fiche["naam"], fiche["beschrijving"] = name, {"nl": description}
    (bib / "fiche.yml").write_text(_dump(fiche), "utf-8")
    activities = yaml.safe_load((FIXTURE / "partners/bib-noorddorp/activiteiten.yml").read_text("utf-8"))
    activities["activiteiten"][0]["titel"] = title
    (bib / "activiteiten.yml").write_text(_dump(activities), "utf-8")


CLASSES = [
    ("Voorleesuur 📚😀", "Bib 👨‍👩‍👧‍👦", "Boeken 🎲 voor 🇧🇪 gezinnen 👋🏽"),  # emoji, ZWJ, flags, skin tones
    ("Cafe\u0301 lezen", "Bibliothe\u0300que", "Combining marks: a\u0308, n\u0303."),  # NFC
    ("\u200fساعة الحكايات 10:30", "مكتبة \u200eNoorddorp", "نص عربي مع 12 رقمًا."),  # RTL marks, digits
    ("Lees\u200bmee", "Bib\u200d", "Zero\u200bwidth\u2060joiners."),  # zero-width characters
    ("读书时间", "图书馆", "中文描述。"),  # CJK
    ("ናይ ዛንታ ሰዓት", "ቤተ መጻሕፍቲ", "ትግርኛ ጽሑፍ።"),  # Ge'ez
    ("Voorlees\nuur", "Bib\tNoorddorp", "Twee\n\nalinea's."),  # line breaks and tabs
    ("Lezen & spelen in 't bib", '<b>"Bib"</b>', "<script>alert(1)</script> & *nadruk*"),  # markup
    ("Voorlees\x00uur", "Bib\x1bNoorddorp", "Tekst\x7f"),  # control characters: refused
    ("Voorleesuur \ud83d", "Bib", "Tekst"),  # a lone surrogate: refused
    ("10\u00a0u lezen\u00ad", "“Bib” ‘Noorddorp’", "Harde\u00a0spatie en af\u00adbreek\u00adstreepjes."),
]


def _apply(examples):
    def decorate(test):
        for title, name, description in examples:
            test = example(title=title, name=name, description=description)(test)
        return test

    return decorate


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@_apply(CLASSES)
@given(
    title=st.text(min_size=1, max_size=80),
    name=st.text(min_size=1, max_size=60),
    description=st.text(min_size=1, max_size=300),
)
def test_check_and_engine_agree_and_text_comes_out_as_typed(huis_root: Path, title: str, name: str, description: str):
    _write(huis_root, title, name, description)
    # The text as the file holds it: a U+0085 (NEL) that PyYAML writes as it is, unescaped, is a line
    # break in YAML 1.1, read back as one (a space, folded), as a partner's editor shows it.
    title, name, description = (_as_read(value) for value in (title, name, description))
    found = reading.check(huis_root, TODAY)
    errors = [p for p in found.problems if p.level is Level.ERROR]
    refused = any(REFUSED.search(value) for value in (title, name, description))
    too_short = not one_line(title) or len(one_line(name)) < 2
    if refused or too_short:
        assert errors, "check must refuse what cannot be published"
        assert {p.field for p in errors} <= {"activiteiten[1].titel", "naam", "beschrijving.nl"}
        return
    assert errors == [], "\n".join(map(str, errors))
    huis, _ = building.load(huis_root, TODAY)
    expected_title, expected_name = one_line(title), one_line(name)
    activity = next(a for a in huis.activities if a.id == "voorleesuur")
    assert activity.title.get("nl") == expected_title
    assert huis.partners["bib-noorddorp"].name == expected_name
    renderer = Renderer(huis, SITE_URL)
    by_path = {page.path: page for page in pages.site_pages(huis)}
    page = by_path["activiteiten/voorleesuur"]
    markdown = renderer.render(page.path, page.template, page.context, "nl")
    _, data = meta.get_data(markdown)
    assert html.unescape(data["title"]) == expected_title
    (heading,) = re.findall(r"<h1>(.*?)</h1>", markdown, re.S)
    assert html.unescape(heading) == expected_title
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', markdown, re.S)
    assert json.loads(block)["name"] == expected_title
    feed = ical.FeedWriter(huis, SITE_URL, "nl").calendar("t", [activity])
    assert [str(e["summary"]) for e in icalendar.Calendar.from_ical(feed).walk("VEVENT")] == [expected_title]
    partner = by_path["partners/bib-noorddorp"]
    _, data = meta.get_data(renderer.render(partner.path, partner.template, partner.context, "nl"))
    assert html.unescape(data["title"]) == expected_name
    described = unicodedata.normalize("NFC", description)
    assert html.unescape(data["description"]) == do_truncate(Environment(), described, 150).strip()
    assert len(described) <= text.MULTILINE["beschrijving"]
