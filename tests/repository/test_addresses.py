"""One address scheme: every page, feed, print file and picture path is made in zondermuren/urls.py.

A printed QR code must keep opening its page, so a page path spelled by hand somewhere else (a
second `f"kalender/{year}-{month:02d}"`) is a bug waiting for the day one of them changes. The
layout test reads the engine's Python (its string literals, docstrings aside) and its templates,
and finds no path under one of the site's folders (`urls.FOLDERS`) outside urls.py, and no
literal handed where a page path is expected.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from zondermuren import urls

ENGINE = Path(urls.__file__).parent
FIXTURE = Path(__file__).parents[1] / "fixtures" / "minimal"

_FOLDERS = "|".join(re.escape(name) for name in urls.FOLDERS)
# A literal that starts a path in one of the site's folders: "partners/", f"kalender/{key}", and in
# an f-string each literal part ("{site}activiteiten/{id}/"). A message that mentions a folder in
# its prose ("een map per partner in partners/") makes no address.
PYTHON_PATH = re.compile(rf"^(?:{_FOLDERS})/")
# Callables that take a page path, and where: a literal there is an address made by hand.
PATH_ARGUMENT = {"Page": 0, "Node": 0, "split": 0}  # site.pages, site.splitting
URLS_PATH_ARGUMENT = {"page_url": 0, "page_file": 0, "redirect_file": 0, "card_image": 0, "page_address": 1}
# In templates: a quoted path in a folder ('activiteiten/' ~ a.id), or a literal handed to the
# renderer's link helpers or used as a key of the printed items by page (`prints`).
TEMPLATE_PATH = re.compile(rf"""['"](?:{_FOLDERS})/""")
TEMPLATE_CALL = re.compile(r"""\b(?:link|absolute|asset|feed_path|m\.subscribe|prints\.get)\(\s*['"]|prints\[\s*['"]""")
JINJA_COMMENT = re.compile(r"\{#.*?#\}", re.S)


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _path_argument(node: ast.Call) -> int | None:
    func = node.func
    if isinstance(func, ast.Name):
        return PATH_ARGUMENT.get(func.id)
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "urls":
        return URLS_PATH_ARGUMENT.get(func.attr)
    return None


def python_hits(source: str) -> list[tuple[int, str]]:
    """(line, text) of every page-path literal in a module's source."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    hits = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            if PYTHON_PATH.search(node.value):
                hits.append((node.lineno, node.value))
        elif isinstance(node, ast.Call) and (index := _path_argument(node)) is not None:
            if len(node.args) > index and isinstance(node.args[index], ast.Constant | ast.JoinedStr):
                hits.append((node.lineno, ast.unparse(node.args[index])))
    return hits


def template_hits(source: str) -> list[tuple[int, str]]:
    """(line, text) of every page-path literal in a template: a folder path, or a literal where a path goes."""
    text = JINJA_COMMENT.sub(lambda m: "\n" * m.group().count("\n"), source)
    lines = text.splitlines()
    hits = set()
    for pattern in (TEMPLATE_PATH, TEMPLATE_CALL):
        for match in pattern.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            hits.add((line, lines[line - 1].strip()[:120]))
    return sorted(hits)


def _engine_files(suffix: str) -> list[Path]:
    return sorted(path for path in ENGINE.rglob(f"*{suffix}") if path != ENGINE / "urls.py")


def test_no_page_path_is_written_outside_urls():
    found = [
        f"{path.relative_to(ENGINE.parent)}:{line}: {text!r}"
        for path in _engine_files(".py")
        for line, text in python_hits(path.read_text("utf-8"))
    ]
    found += [
        f"{path.relative_to(ENGINE.parent)}:{line}: {text}"
        for path in _engine_files(".j2")
        for line, text in template_hits(path.read_text("utf-8"))
    ]
    assert not found, "page paths made by hand; call zondermuren/urls.py instead:\n" + "\n".join(found)


def test_the_search_covers_the_engine():
    """The scan reads real files: the Python of every layer and every template."""
    python = {path.relative_to(ENGINE).parts[0] for path in _engine_files(".py")}
    assert {"site", "feeds", "model", "sources", "printing"} <= python
    assert len(_engine_files(".j2")) >= 20


@pytest.mark.parametrize(
    "source",
    [
        'PAGE = "kalender/index"',
        'path = f"partners/{slug}"',
        "x = 'drukwerk/' + name",
        'url = f"{site}{prefix}activiteiten/{activity.id}/"',
        'Node("aanbod", partners, (), children)',
        'Page("privacy", "privacy.md.j2", {})',
        'urls.page_url(f"{section}/{key}", language, default)',
        'urls.page_address(site_url, "wie-is-wie", language, default)',
        "def f():\n    '''A docstring may say partners/x.'''\n    return 'leeftijd/' + band",
    ],
)
def test_a_page_path_in_python_is_found(source: str):
    assert python_hits(source)


@pytest.mark.parametrize(
    "source",
    [
        'ROOT = "partners"',  # the source folder, not a path under it
        'x = "sub-partners/x"',
        "message = f\"geen partners (verwacht een map per partner in partners/, gevonden '{x}')\"",
        "name = '{}/{}'.split('/')",
        "def f():\n    '''A docstring may say partners/x.'''",
        "# a comment may say kalender/2026-11\nx = 1",
        "Page(urls.privacy(), 'privacy.md.j2', {})",
    ],
)
def test_what_is_no_page_path_in_python_is_left_alone(source: str):
    assert not python_hits(source)


@pytest.mark.parametrize(
    "source",
    [
        "<a href=\"{{ link('activiteiten/' ~ a.id) }}\">",
        "<a href=\"{{ link('agenda') }}\">",
        '{{ absolute("hulp-nu") }}',
        '{{ prints.get("drukwerk", []) }}',
        "{% set x = 'planning/%d'|format(y) %}",
    ],
)
def test_a_page_path_in_a_template_is_found(source: str):
    assert template_hits(source)


def test_a_template_comment_and_an_anchor_are_no_page_path():
    assert not template_hits('{#- see kalender/2026-11 -#}<h2 id="partners">{{ link(urls.partners()) }}</h2>')


def test_every_page_and_file_of_a_build_lives_where_urls_says(tmp_path: Path):
    """Each page the site writes is a top page or in one of urls' folders; each published file too
    (redirects of a page under a language's prefix): the list the layout test reads is complete."""
    from zondermuren import build  # the layout tests above run without the pipeline
    from zondermuren.options import Options
    from zondermuren.site import pages

    root = tmp_path / "huis"
    shutil.copytree(FIXTURE, root)
    prepared = build.prepare(root, root / "content", Options(dt.date(2026, 11, 22), with_print=False))
    languages = set(prepared.huis.languages)
    written = pages.generated_files(root / "content")
    assert len(written) > 20
    for name in written:
        path = name.removesuffix(".md").rsplit(".", 1)[0] if name.count(".") > 1 else name.removesuffix(".md")
        assert path in urls.TOP_PAGES or path.split("/")[0] in urls.FOLDERS, name
    for name in prepared.files:
        parts = name.split("/")
        first = parts[1] if parts[0] in languages and len(parts) > 2 else parts[0]
        assert first in urls.FOLDERS, name


def test_the_month_and_week_addresses_read_back():
    assert urls.month_page(2027, 3) == "kalender/2027-03"
    assert urls.month_of(urls.month_page(2027, 3)) == (2027, 3)
    assert urls.month_of(urls.week_page(2027, 3, 2)) == (2027, 3)
    assert urls.week_number(urls.week_key(5)) == 5
    assert urls.page_url(urls.planning_month(2027, 3), "fr", "nl") == "fr/planning/2027-03/"
    assert urls.page_url(urls.calendar(), "nl", "nl") == "kalender/"
    assert urls.page_url(urls.home(), "ar", "nl") == "ar/"


def test_a_print_file_its_preview_and_its_folder_agree():
    pdf = urls.print_file("bib", "affiche-x.a4-kantoor.fr")
    assert pdf == "drukwerk/bib/affiche-x.a4-kantoor.fr.pdf"
    assert pdf.startswith(urls.print_folder("bib"))
    assert urls.print_preview(pdf) == "drukwerk/bib/affiche-x.fr.png"
    assert urls.redirect_file(urls.partner_page("oud"), "fr", "nl") == "fr/partners/oud/index.html"
    assert urls.feed(urls.partner_feed("bib"), "fr", "nl") == "feeds/fr/partner-bib.ics"
