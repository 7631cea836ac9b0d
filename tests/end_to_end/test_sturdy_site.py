"""One real build of a Huis full of what partners type: the site shows it as typed, stays offline.

The fixture is the small Huis with, at once: a Huis name with markup and `&`, a Tigrinya site
language (Material has no partial for it), titles with emoji, Ge'ez and markup, and logos that
reference other hosts (an SVG `<image href="http://…">`, a CSS `@import`, a `url(http…)`). It is
built with print on, while an audit hook counts every attempt to open a network connection in
the build and its print workers.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

from testkit import sitebuild
from zondermuren import svg

pytestmark = [pytest.mark.build, pytest.mark.xdist_group("sturdy-site")]

HUIS_NAME = "Huis van het Kind <Aalst> & 't Dorp"
TITLE = "Voorleesuur 📚 <b>voor</b> kleuters & ouders"
GEEZ = "ናይ ዛንታ ሰዓት 😀"
NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
NETWORK_LOGO = (
    f'<svg {NS} viewBox="0 0 10 10"><style>@import url(https://fonts.example.org/font.css);</style>'
    '<image href="http://tracker.example.org/pixel.png" width="5" height="5"/>'
    '<rect width="10" height="10" style="fill:url(http://paint.example.org/p#x)"/><circle r="3" fill="#c00"/></svg>'
)
# Runs mkdocs in this interpreter with an audit hook; forked print workers inherit it and
# append to the same file, so the count covers the whole build.
AUDITED_BUILD = """
import sys
log = open(sys.argv[1], "a", buffering=1)
def audit(event, args):
    if event in ("socket.connect", "socket.getaddrinfo", "urllib.Request"):
        log.write(f"{event} {args!r}\\n")
sys.addaudithook(audit)
from mkdocs.__main__ import cli
cli(sys.argv[2:])
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    work = tmp_path_factory.mktemp("sturdy")
    project = sitebuild.copy_project(work / "project", sitebuild.FIXTURES / "minimal")
    huis = project / "huis.yml"
    text = huis.read_text("utf-8").replace("naam: Huis van het Kind Testdorp", f'naam: "{HUIS_NAME}"')
    huis.write_text(text.replace("talen: [nl, fr, ar]", "talen: [nl, ar, ti]"), "utf-8")
    config = project / "mkdocs.yml"
    languages = re.sub(
        r"        - locale: fr\n.*?(?=\n\S|\n?\Z)",  # to the end of the language list
        "        - locale: ar\n          name: العربية\n          build: true\n"
        "        - locale: ti\n          name: ትግርኛ\n          build: true\n",
        config.read_text("utf-8"),
        flags=re.S,
    )
    config.write_text(languages, "utf-8")
    activities = project / "partners/bib-noorddorp/activiteiten.yml"
    activities.write_text(
        activities.read_text("utf-8")
        .replace("      nl: Voorleesuur\n", f'      nl: "{TITLE}"\n      ti: {GEEZ}\n')
        .replace("      fr: Heure du conte\n", ""),
        "utf-8",
    )
    (project / "partners/bib-noorddorp/logo.svg").write_text(NETWORK_LOGO, "utf-8")
    (project / "assets/logo.svg").write_text(NETWORK_LOGO.replace("#c00", "#00c"), "utf-8")
    log = work / "network.log"
    log.touch()
    env = {**sitebuild.environment(), "ZONDERMUREN_CACHE": str(work / "cache")}
    command = [sys.executable, "-c", AUDITED_BUILD, str(log), "build", "--strict", "--site-dir", str(work / "site")]
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return work / "site", log, result.stderr


def test_the_build_opens_no_network_connection(built):
    site, log, _ = built
    assert (site / "drukwerk").is_dir(), "print ran"
    assert log.read_text("utf-8") == ""


def test_the_logos_are_published_without_their_references_and_the_check_said_so(built):
    site, _, stderr = built
    published = sorted(site.rglob("*.svg"))
    assert published
    for path in published:
        found = svg.inspect(path.read_bytes())
        assert (found.active, found.external) == ([], []), path
    assert "logo: logo verwijst naar een ander adres" in stderr
    assert "Traceback" not in stderr


def _head(page: Path) -> tuple[str, str, str]:
    text = page.read_text("utf-8")
    title = re.search(r"<title>(.*?)</title>", text, re.S)
    description = re.search(r'<meta name="description" content="(.*?)"', text, re.S)
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S)
    assert title and description and heading, page
    return title.group(1), description.group(1), heading.group(1)


def test_titles_read_as_typed_in_title_description_and_heading(built):
    site, _, _ = built
    title, description, heading = _head(site / "activiteiten/voorleesuur/index.html")
    assert html.unescape(title) == f"{TITLE} - {HUIS_NAME}"
    assert html.unescape(description) == TITLE
    assert html.unescape(heading) == TITLE
    assert "<b>" not in title + heading and "&amp;amp;" not in title + description + heading
    title, _, heading = _head(site / "ti/activiteiten/voorleesuur/index.html")
    assert html.unescape(title) == f"{GEEZ} - {HUIS_NAME}" and html.unescape(heading) == GEEZ


def test_the_huis_name_is_text_on_every_page(built):
    site, _, _ = built
    for page in [site / "index.html", site / "ar/index.html", site / "ti/partners/bib-noorddorp/index.html"]:
        text = page.read_text("utf-8")
        assert "<Aalst>" not in text, page
        assert "Huis van het Kind &lt;Aalst&gt; &amp; &#39;t Dorp" in text or "&lt;Aalst&gt; &amp; 't Dorp" in text


def test_a_language_material_has_no_partial_for_gets_its_own_lang_and_dir(built):
    site, _, stderr = built
    page = (site / "ti/index.html").read_text("utf-8")
    assert '<html lang="ti"' in page and '<body dir="ltr"' in page
    assert "geen vertaling van de knoppen en titels voor 'ti'" in stderr


def test_the_root_404_page_is_in_the_default_language_and_each_language_keeps_its_own(built):
    """Every language build writes the root 404.html: the last one (ti) once stayed there for everyone."""
    site, _, _ = built
    pages = ("404.html", "ar/404.html", "ti/404.html")
    found = {page: re.search(r'<html lang="([^"]*)"', (site / page).read_text("utf-8")) for page in pages}
    assert {page: match and match.group(1) for page, match in found.items()} == {
        "404.html": "nl",
        "ar/404.html": "ar",
        "ti/404.html": "ti",
    }
