"""The bad-input corpus (tests/support/corpus_cases.py): every input builds, or fails the check with a
located Dutch message, and never with a traceback.

Per case: the whole problem list is asserted (a spurious extra problem fails), the command's
exit code, the time (under 5 s) and the memory (under 300 MB). Cases the check accepts are then
built by the engine, in-process and without print, and what MkDocs, a calendar app and a search
engine read of the result is read back: every page's front matter, every feed, every JSON-LD block.
"""

from __future__ import annotations

import html
import json
import re
import resource
import shutil
import time
from pathlib import Path

import icalendar
import pytest
from mkdocs.utils import meta

from tests.sources.test_messages import FIXTURE, TODAY
from tests.support.corpus_cases import CASES, CLASSES, EXPECTED
from zondermuren import build, cli
from zondermuren.options import OptionError, Options, from_environment
from zondermuren.problems import Level
from zondermuren.site import pages, sanitise, theme
from zondermuren.sources import reading

SITE_URL = "https://huis.example.org/"


def test_the_corpus_is_big_and_covers_every_class():
    assert len(CASES) >= 80
    assert {case.kind for case in CASES} == set(CLASSES)
    assert [case.id for case in CASES] == list(EXPECTED), "every case has its expected list, in the same order"


@pytest.fixture(scope="module", autouse=True)
def warm(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Imports, catalogues and compiled templates once per worker, so each case's time is its own."""
    root = tmp_path_factory.mktemp("warm") / "huis"
    shutil.copytree(FIXTURE, root)
    _built(root)


def _built(root: Path) -> build.Prepared:
    return build.prepare(root, root / "content", Options(TODAY, SITE_URL, with_print=False))


# What _read_back already read and found right in this worker: (kind, content). A case changes one or two
# files of the fixture, so most of its pages and feeds are byte for byte those of a case read before; the
# same bytes read the same (the readers are pure), so each distinct content is read once. Reading every
# feed of every case again was a third of the corpus's time (icalendar's parser).
_READ: set[tuple[str, str | bytes]] = set()


def _read_back(root: Path, prepared: build.Prepared) -> None:
    """What MkDocs, calendar apps and search engines read of the output must parse."""
    generated = pages.generated_files(root / "content")
    for page in sorted((root / "content").rglob("*.md")):
        text = page.read_text("utf-8")
        kind = "generated" if page.relative_to(root / "content").as_posix() in generated else "own"
        if (kind, text) in _READ:
            continue
        if kind == "own":
            # A coordinator's page: its title and description reach the theme as escaped text.
            escaped = sanitise.front_matter(text)
            assert not any("<" in str(escaped.get(key, "")) for key in ("title", "description")), page
            _READ.add((kind, text))
            continue
        _, data = meta.get_data(text)
        assert data.get("title"), f"{page}: front matter lost (MkDocs would show it as a heading)"
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', text, re.S):
            json.loads(html.unescape(block) if "&quot;" in block else block)
        _READ.add((kind, text))
    for path, content in prepared.files.items():
        if path.endswith(".ics"):
            assert isinstance(content, bytes)
            if ("feed", content) in _READ:
                continue
            calendar = icalendar.Calendar.from_ical(content)
            for event in calendar.walk("VEVENT"):
                assert event.get("uid") and event.get("dtstart") and event.get("summary") is not None, path
            _READ.add(("feed", content))


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_case(case, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    root = tmp_path / "huis"
    shutil.copytree(FIXTURE, root)
    for edit in case.edits:
        edit(root)
    started = time.perf_counter()
    found = reading.check(root, TODAY).problems
    assert [str(p).replace(str(root), "<root>") for p in found] == list(EXPECTED[case.id])
    errors = [p for p in found if p.level is Level.ERROR]
    capsys.readouterr()
    code = cli.main(["--map", str(root), "check"])
    output = capsys.readouterr()
    assert code == (1 if errors else 0)
    assert "Traceback" not in output.out + output.err
    if not errors:
        prepared = _built(root)  # what check accepts, the engine builds
        _read_back(root, prepared)
        huis = prepared.huis
        if case.kind in ("unicode", "folding"):
            _same_text_everywhere(root, prepared)
        if case.kind == "escaping":
            assert "<" not in theme.site_name(huis) and huis.name in html.unescape(theme.site_name(huis))
    assert time.perf_counter() - started < 5
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 300 * 1024  # kB on Linux


def _same_text_everywhere(root: Path, prepared: build.Prepared) -> None:
    """The title as the model holds it is the title of the page, of the feed and of the JSON-LD."""
    activity = next(a for a in prepared.huis.activities if a.id == "voorleesuur")
    partner = prepared.huis.partners["bib-noorddorp"]
    title = activity.title.get("nl")
    page = (root / "content" / "activiteiten" / "voorleesuur.md").read_text("utf-8")
    _, data = meta.get_data(page)
    assert html.unescape(data["title"]) == title
    feed = icalendar.Calendar.from_ical(prepared.files["feeds/activiteit-voorleesuur.ics"])
    assert [str(e["summary"]) for e in feed.walk("VEVENT")] == [title]
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert json.loads(block)["name"] == title
    _, partner_page = meta.get_data((root / "content" / "partners" / "bib-noorddorp.md").read_text("utf-8"))
    assert html.unescape(partner_page["title"]) == partner.name


@pytest.mark.parametrize("value", ["22-11-2026", "2026-13-01", "morgen", ""])
def test_a_bad_today_is_one_line_for_the_user(value: str, tmp_path: Path, capsys, monkeypatch):
    if value:
        with pytest.raises(OptionError) as error:
            from_environment(environ={"ZONDERMUREN_TODAY": value})
        assert str(error.value) == (
            f"ZONDERMUREN_TODAY: ongeldige datum (verwacht JJJJ-MM-DD zoals 2026-11-22, gevonden '{value}')"
        )
        monkeypatch.setenv("ZONDERMUREN_TODAY", value)
        assert cli.main(["--map", str(FIXTURE), "check"]) == 2
        assert capsys.readouterr().err == f"Fout: {error.value}\n"
    else:  # empty means not set: today in Brussels
        assert from_environment(environ={"ZONDERMUREN_TODAY": ""}).today
