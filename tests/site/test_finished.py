"""A generated page reaches MkDocs as finished HTML (site/finished.py): the same HTML and the same
anchors MkDocs' own Markdown rendering (`Page.render`) gives, which the build no longer runs for them.

Compared with MkDocs itself: a `Page` rendered with the example's configuration (the engine's
extensions added, as the hook adds them), for text Markdown changes (tabs, line ends, blank lines
with spaces, its own placeholder characters) and for the example's generated pages, one of each kind
in each language plus the longest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import meta

from testkit.sitebuild import ROOT
from zondermuren.adapter import configure
from zondermuren.site import finished
from zondermuren.site.pages import MARKER


@cache
def _config() -> MkDocsConfig:
    config = load_config(str(ROOT / "mkdocs.yml"))
    configure.apply(config)
    return config


def _rendered(body: str, name: str = "partners/proef.md") -> tuple[str, set[str]]:
    """What MkDocs makes of a page's Markdown: its HTML and the anchors links may point to."""
    config = _config()
    file = File(name, str(ROOT / "content"), str(ROOT / "site"), use_directory_urls=True)
    page = Page(None, file, config)
    page.markdown = body
    page.render(config, Files([file]))
    return page.content or "", set(page.present_anchor_ids or ())


def _page(inner: str) -> str:
    """A generated page's body as _page.md.j2 writes it: one wrapper with the page's heading."""
    return f'<div class="zm zm-proef">\n<h1>Proef</h1>\n{inner}\n</div>\n'


CASES = [
    # text Markdown changes, or leaves alone where one might think it would not
    pytest.param("<p>Gewoon een zin.</p>", id="plain"),
    pytest.param("<p>Tab\tin de tekst en\tnog een</p>\n\t<p>ingesprongen met een tab</p>", id="tabs"),
    pytest.param("<p>Windows-regels</p>\r\n<p>en een losse\rregel</p>", id="line-ends"),
    pytest.param("<ul>\n<li>een</li>\n   \n<li>twee</li>\n</ul>\n    \n<p>na</p>", id="blank-lines-with-spaces"),
    pytest.param("<p>Marker\u0002en\u0003tekens van Markdown zelf</p>", id="markdown-placeholders"),
    pytest.param("<p>*geen nadruk* _ook niet_ `geen code` [geen](link.md) &amp; &lt;b&gt;</p>", id="markdown-syntax"),
    pytest.param("<p>Arabisch: مرحبا بكم في بيت الطفل</p>\n<!-- een opmerking -->", id="rtl-and-comment"),
    pytest.param("\n\n<p>lege regels</p>\n\n\n\n<p>ertussen</p>\n\n", id="blank-lines"),
    # anchors: what MkDocs counts as one, and what it does not
    pytest.param('<h2 id="contact">Contact</h2><p id="uren">Uren</p>', id="ids"),
    pytest.param('<a name="oud-anker"></a><span name="geen-anker"></span>', id="a-name-only"),
    pytest.param('<p ID="Hoofdletters" class="x">x</p>', id="upper-case-attribute"),
    pytest.param(
        '<img alt="id=geen-anker" src="x.png"><p title=\'name="ook-niet"\' id=\'enkel\'>x</p>', id="in-values"
    ),
    pytest.param('<p id="a&amp;b">x</p><p id=zonder-aanhalingstekens>y</p>', id="entity-and-unquoted"),
    pytest.param('<p data-id="geen" id="wel">x</p>', id="data-attribute"),
]


@pytest.mark.parametrize("inner", CASES)
def test_a_generated_page_is_the_html_and_the_anchors_markdown_gives(inner: str) -> None:
    body = _page(inner)
    html = finished.page_html(body)
    assert (html, finished.anchor_ids(html)) == _rendered(body)


def _sample(pages: Iterable[Path]) -> list[Path]:
    """One page of every kind (the wrapper's zm-<kind>) in every language, and each language's longest."""
    first: dict[tuple[str, str], Path] = {}
    longest: dict[str, tuple[int, Path]] = {}
    for page in sorted(pages):
        text = page.read_text("utf-8")
        language = page.suffixes[-2] if len(page.suffixes) > 1 else ".nl"
        kind = re.search(r'<div class="zm (zm-[\w-]+)', text)
        first.setdefault((kind[1] if kind else "?", language), page)
        if len(text) > longest.get(language, (0, page))[0]:
            longest[language] = (len(text), page)
    return sorted(set(first.values()) | {page for _, page in longest.values()})


@pytest.mark.build
def test_every_kind_of_generated_page_of_the_example_is_the_html_markdown_gives(example_site: Path) -> None:
    content = example_site.parent / "project" / "content"
    generated = [page for page in content.rglob("*.md") if MARKER in page.read_text("utf-8")[:200]]
    assert len(generated) > 1000, len(generated)
    sample = _sample(generated)
    assert len(sample) > 40, len(sample)  # every kind, in four languages
    for page in sample:
        body, _ = meta.get_data(page.read_text("utf-8"))
        html, anchors = _rendered(body, page.relative_to(content).as_posix())
        assert finished.page_html(body) == html, page
        assert finished.anchor_ids(html) == anchors, page
