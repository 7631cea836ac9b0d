"""Partner text is data, never markup: a Huis whose texts carry script tags, a closing </script>,
a javascript: link and an <img onerror> builds, shows those texts literally and runs none of them.

The fixture (tests/fixtures/xss/) has one partner; its name, description, location address and its
one activity's title and description all hold the payloads below.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest
import yaml
from playwright.sync_api import Browser, BrowserContext

from testkit import sitebuild
from testkit.serving import only_languages

FIXTURE = sitebuild.FIXTURES / "xss"
PARTNER = "xss-partner"
ACTIVITY = "xss-activiteit"
SCRIPT = "<script>alert(1)</script>"
PAYLOADS = (SCRIPT, "</script>", "[klik](javascript:alert(2))", "<img src=x onerror=alert(3)>")
ACTIVITY_DATA = yaml.safe_load((FIXTURE / "partners" / PARTNER / "activiteiten.yml").read_text(encoding="utf-8"))[
    "activiteiten"
][0]
TITLE = ACTIVITY_DATA["titel"]
# The activity is in the week after the build day (sitebuild.TODAY), so the home page lists it too.
MONTH = ACTIVITY_DATA["datum"][:7]
PAGES = {
    "partner": f"partners/{PARTNER}/",
    "activiteit": f"activiteiten/{ACTIVITY}/",
    "maand": f"kalender/{MONTH}/",
    "home": "",
}


def test_fixture_carries_every_payload() -> None:
    assert all(payload in TITLE for payload in PAYLOADS), TITLE
    fiche = yaml.safe_load((FIXTURE / "partners" / PARTNER / "fiche.yml").read_text(encoding="utf-8"))
    for text in (fiche["naam"], fiche["beschrijving"], fiche["locaties"][0]["adres"]["straat"]):
        assert all(payload in text for payload in PAYLOADS), text


@pytest.fixture(scope="module")
def xss_port() -> int:
    return sitebuild.free_port()


@pytest.fixture(scope="module")
def xss_site(tmp_path_factory: pytest.TempPathFactory, xss_port: int) -> Path:
    """The build itself must succeed: hostile text is content to show, not an error. Built for the
    local server's URL, like the example, so no absolute link leaves it.

    In Dutch, which the tests read, and Arabic (right to left, and a language menu on every page): French
    and English take the same templates and were half of the build and its print."""
    work = tmp_path_factory.mktemp("xss")
    project = sitebuild.copy_project(work / "project", FIXTURE)
    settings = project / "huis.yml"
    settings.write_text(settings.read_text("utf-8").replace("talen: [nl, fr, en, ar]", "talen: [nl, ar]"), "utf-8")
    only_languages(project, ["nl", "ar"])
    result = sitebuild.mkdocs(project, "--site-dir", str(work / "site"), site_url=f"http://127.0.0.1:{xss_port}/")
    assert result.returncode == 0, result.stdout + result.stderr
    return work / "site"


@pytest.fixture(scope="module")
def xss_url(xss_site: Path, xss_port: int) -> Iterator[str]:
    with sitebuild.serve(xss_site, xss_port) as url:
        yield url


@pytest.fixture(scope="module")
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.clock.set_fixed_time("2026-11-22T09:00:00+01:00")
    yield context
    context.close()


@pytest.mark.build
@pytest.mark.xdist_group("xss-site")
def test_build_makes_the_pages(xss_site: Path) -> None:
    for path in PAGES.values():
        assert (xss_site / path / "index.html").is_file(), f"/{path} was not built"


@pytest.mark.build
@pytest.mark.xdist_group("xss-site")
@pytest.mark.parametrize("name", PAGES)
def test_payloads_show_as_text_and_never_run(name: str, xss_url: str, context: BrowserContext) -> None:
    page = context.new_page()
    dialogs: list[str] = []

    def on_dialog(dialog) -> None:
        dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    try:
        # networkidle: the broken <img src=x> (if one existed) has failed and fired onerror by then.
        page.goto(xss_url + PAGES[name], wait_until="networkidle")
        assert not dialogs, f"/{PAGES[name]} ran injected script: {dialogs}"
        assert SCRIPT in page.locator("body").inner_text(), f"/{PAGES[name]} does not show {SCRIPT} as text"
        assert page.locator('a[href^="javascript:" i]').count() == 0, "a javascript: link made it into the page"
        assert page.locator("[onerror]").count() == 0, "an onerror attribute made it into the page"
        scripts = page.locator('script:not([type="application/ld+json"])').all_text_contents()
        assert not [s for s in scripts if "alert(" in s], "an injected script element is in the page"
        if name == "activiteit":
            blocks = page.locator('script[type="application/ld+json"]').all_text_contents()
            assert len(blocks) == 1, f"{len(blocks)} JSON-LD blocks"
            data = json.loads(blocks[0])
            assert data["name"] == TITLE
    finally:
        page.close()


@pytest.mark.build
@pytest.mark.xdist_group("xss-site")
def test_ics_feed_has_the_literal_title(xss_site: Path) -> None:
    feed = (xss_site / "feeds" / f"activiteit-{ACTIVITY}.ics").read_bytes()
    # RFC 5545: unfold (CRLF + one space or tab), then SUMMARY is TEXT (only \\ \; \, \n are escaped).
    unfolded = feed.replace(b"\r\n ", b"").replace(b"\r\n\t", b"").decode("utf-8")
    summaries = [line[len("SUMMARY:") :] for line in unfolded.splitlines() if line.startswith("SUMMARY:")]
    assert summaries, "the feed has no SUMMARY"
    for summary in summaries:
        text = re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], summary)
        assert text == TITLE
    events = icalendar.Calendar.from_ical(feed).walk("VEVENT")
    assert events and all(str(event["SUMMARY"]) == TITLE for event in events)


@pytest.mark.build
@pytest.mark.xdist_group("xss-site")
def test_open_graph_meta_has_the_literal_title(xss_site: Path) -> None:
    """og:title and og:description are attribute values: the payloads in them are escaped once, and
    read back as the partner typed them."""
    from html import unescape

    html = (xss_site / PAGES["activiteit"] / "index.html").read_text("utf-8")
    head = html.split("</head>", 1)[0]
    metas = re.findall(r'<meta property="og:(title|description|image)" content="([^"]*)">', head)
    found = {name: unescape(value) for name, value in metas}
    assert found["title"] == TITLE
    assert found["image"].startswith("http://127.0.0.1:") and found["image"].endswith(".png")
    assert "<script" not in "".join(value for _, value in metas) and "&amp;lt;" not in head
