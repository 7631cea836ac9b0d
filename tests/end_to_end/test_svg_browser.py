"""Every SVG attack, published the way the build publishes logos, opened at its own address in
Chromium: no dialog, no script, no request to any host but the site's.

Each attack of tests/support/svg_attacks.py (and the XSLT logos from the field) is written into a site
folder by `build.published_logo` at the address the site gives a partner's logo
(`urls.partner_logo`), served on 127.0.0.1 and opened as a document, where a logo has the site's
own origin. Every request is routed and recorded; a dialog or `window.ran` is script evidence.
As a control, the partner's own bytes are opened the same way: the attacks that Chromium runs
must show up, or the harness could not see them either. One browser and one page for the module.
Export samples are shown through <img>, as the site shows logos: their colours are still there.
"""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import Dialog, Page, Route

from testkit import sitebuild
from tests.support.svg_attacks import ATTACKS, EXPORTS, NS, XSL
from zondermuren import build, urls

RECT = '<rect width="10" height="10"/>'
EVIL_XSL = (
    f'<xsl:stylesheet version="1.0" {XSL}><xsl:template match="/">'
    '<svg xmlns="http://www.w3.org/2000/svg"><script>window.ran = 1; alert("xsl")</script></svg>'
    "</xsl:template></xsl:stylesheet>"
)
# The field report: a logo that is its own XSLT stylesheet, and one that carries it by id.
FIELD = {
    "xslt-itself": (
        '<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="logo.svg"?>\n'
        f'<svg {NS} {XSL} xsl:version="1.0" viewBox="0 0 10 10">'
        '<xsl:element name="script" namespace="http://www.w3.org/2000/svg">window.ran = 1; alert(document.domain)'
        f"</xsl:element>{RECT}</svg>"
    ),
    "xslt-fragment": (
        '<?xml-stylesheet type="text/xsl" href="#stijl"?>'
        f'<svg {NS} viewBox="0 0 10 10"><xsl:stylesheet id="stijl" version="1.0" {XSL}><xsl:template match="/">'
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg></xsl:template></xsl:stylesheet>'
        f"{RECT}</svg>"
    ),
}
DOCUMENTS = {name: document for name, (document, _) in ATTACKS.items()} | FIELD
# What Chromium 156 runs of the partner's own bytes (a DTD's default onload= too), and fetches elsewhere.
RUNS = {"script", "script-cdata", "onload", "attlist-default-onload", "onbegin-on-animation"}
RUNS |= {"xhtml-script-in-metadata", "script-inside-editor-data", "foreign-object-img-onerror"}
XSLT = {"xslt-itself", "xslt-fragment", "xslt-pi"}  # while Chromium still has XSLT (deprecated in 2025)
FETCHES = {"image-http", "import", "import-escaped", "import-string-upper", "url-escaped-in-style"}
FETCHES |= {"url-hex-escape-with-space", "url-quoted-in-style-attribute", "url-in-custom-property-fallback"}
FETCHES |= {"stylesheet-pi-css", "feimage-https", "image-set-string", "script-external", "foreign-object-iframe"}
FETCHES |= {"xhtml-iframe-bare"}  # not <use> (same origin only), nor a font no text uses


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("svg-site")
    for name, document in DOCUMENTS.items():
        source = folder / "bron" / name / "logo.svg"  # the partner's folder, as check saw it
        source.parent.mkdir(parents=True)
        source.write_text(document, "utf-8")
        published = folder / urls.partner_logo(name, "logo.svg")
        published.parent.mkdir(parents=True)
        content = build.published_logo(source)
        assert isinstance(content, bytes)
        published.write_bytes(content)
        for place in (source.parent, published.parent):
            (place / "evil.xsl").write_text(EVIL_XSL, "utf-8")  # what an XSLT logo would load
    page = "".join(f'<img id="{p.stem}" src="voorbeelden/{p.name}" width="200" height="200">' for p in _exports())
    (folder / "voorbeelden").mkdir()
    for export in _exports():
        (folder / "voorbeelden" / export.name).write_bytes(build.published_logo(export))  # type: ignore[arg-type]
    (folder / "logos.html").write_text(f"<!doctype html><body style='margin:0'>{page}</body>", "utf-8")
    with sitebuild.serve(folder) as url:
        yield url


def _exports() -> list[Path]:
    return sorted(EXPORTS.glob("*.svg"))


class Watched:
    """One page whose dialogs, console and requests are recorded; requests elsewhere are aborted."""

    def __init__(self, page: Page, local: str) -> None:
        self.page, self.local = page, local
        self.dialogs: list[str] = []
        self.elsewhere: list[str] = []
        page.on("dialog", self._dialog)
        page.route("**/*", self._route)

    def _dialog(self, dialog: Dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route: Route) -> None:
        if route.request.url.startswith(self.local):
            route.continue_()
        else:
            self.elsewhere.append(route.request.url)
            route.abort()

    def open(self, url: str) -> tuple[list[str], bool, list[str]]:
        """(dialogs, whether window.ran was set, requests elsewhere) of opening `url`."""
        self.dialogs.clear()
        self.elsewhere.clear()
        self.page.goto(url, wait_until="load")
        ran = bool(self.page.evaluate("() => window.ran === 1"))
        return list(self.dialogs), ran, list(self.elsewhere)


@pytest.fixture(scope="module")
def watched(browser, site: str) -> Iterator[Watched]:
    page = browser.new_page()
    yield Watched(page, site)
    page.close()


def test_published_attacks_run_nothing_and_fetch_nothing(site: str, watched: Watched) -> None:
    seen = {name: watched.open(site + urls.partner_logo(name, "logo.svg")) for name in DOCUMENTS}
    assert {name: found for name, found in seen.items() if found != ([], False, [])} == {}


def test_the_partners_own_bytes_would_have_run_and_fetched(site: str, watched: Watched) -> None:
    """The control: without the allow-list these run script or fetch from another host."""
    ran, fetched = set(), set()
    for name in DOCUMENTS:
        dialogs, set_ran, elsewhere = watched.open(f"{site}bron/{name}/logo.svg")
        if dialogs or set_ran:
            ran.add(name)
        if elsewhere:
            fetched.add(name)
    xslt = watched.page.evaluate("() => typeof XSLTProcessor") == "function"
    assert RUNS | (XSLT if xslt else set()) <= ran, RUNS - ran
    assert FETCHES <= fetched, FETCHES - fetched


def test_exports_show_their_colours_as_the_site_shows_logos(site: str, watched: Watched) -> None:
    assert watched.open(site + "logos.html") == ([], False, [])
    for export in _exports():
        element = watched.page.locator(f"#{export.stem}")
        assert watched.page.evaluate("(img) => img.complete && img.naturalWidth > 0", element.element_handle())
        picture = Image.open(BytesIO(element.screenshot())).convert("RGB")
        # The disc's centre: (20, 18) of each 40 x 40 sample (Canva's 30 x 30: (15, 13.5)).
        colour = picture.getpixel((picture.width // 2, round(picture.height * 0.45)))
        assert isinstance(colour, tuple)
        assert all(abs(a - b) <= 12 for a, b in zip(colour, (46, 125, 107), strict=True)), (export.name, colour)
