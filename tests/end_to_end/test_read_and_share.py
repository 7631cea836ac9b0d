"""For families who read little (issue #28): "lees voor", "deel" and the help lines, in Chromium.

One small build of tests/fixtures/minimal (print off, a few seconds), with a help line of its own in
huis.yml, answered at its own address. The browser's speech is a stub (an init script): it
records what would be said, in which language and with which voice, and offers voices for the
languages a test gives it, late, as Chrome does (`voiceschanged`). `navigator.share` is a stub
where a test wants a share sheet, and absent where it wants none.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import BrowserContext, Page, Route

from testkit import sitebuild
from testkit.serving import only_languages
from tests.support.browsing import RoutedBrowser, axe_violations

SITE_URL = "https://lezen.test/"
ACTIVITY = "activiteiten/voorleesuur/"
TITLE = "Voorleesuur"
WHEN_NL = "zaterdag 5 december 2026, 10:00–11:00"
# A Huis's own line; its name carries markup, which must stay text.
HELP_LINE = """hulplijnen:
  - naam: {nl: "Opvoedingslijn <b>Testdorp</b>", ar: "خط دعم الوالدين"}
    telefoon: 09 234 56 78
    wanneer: {nl: "ma-vr 9-17 uur"}
    talen: [nl, ar]
"""

# speechSynthesis as the page sees it: voices for window.__voiceLangs (one network voice and one
# local voice each, the network one first), given 50 ms after the page starts, as Chrome does.
SPEECH_STUB = """(() => {
  const record = {spoken: [], calls: [], voicesGiven: false};
  window.__speech = record;
  let voices = [];
  const listeners = [];
  class Utterance { constructor(text) { this.text = text; this.lang = ""; this.voice = null; this.onend = null; } }
  const synth = {
    getVoices: () => voices.slice(),
    speak: (u) => { record.calls.push("speak"); record.spoken.push({text: u.text, lang: u.lang, voice: u.voice && u.voice.name}); },
    cancel: () => record.calls.push("cancel"),
    pause: () => record.calls.push("pause"),
    resume: () => record.calls.push("resume"),
    addEventListener: (type, listener) => { if (type === "voiceschanged") { listeners.push(listener); } },
    removeEventListener: () => {},
  };
  Object.defineProperty(window, "speechSynthesis", {value: synth, configurable: true});
  Object.defineProperty(window, "SpeechSynthesisUtterance", {value: Utterance, configurable: true});
  setTimeout(() => {
    voices = (window.__voiceLangs || []).flatMap(lang => [
      {name: "network " + lang, lang: lang + "-BE", localService: false},
      {name: "local " + lang, lang: lang + "_NL", localService: true},
    ]);
    record.voicesGiven = true;
    listeners.forEach(listener => listener(new Event("voiceschanged")));
  }, 50);
})();"""
SHARE_STUB = """window.__shared = null;
Object.defineProperty(Navigator.prototype, "share", {configurable: true,
  value: function (data) { window.__shared = data; return Promise.resolve(); }});
Object.defineProperty(Navigator.prototype, "canShare", {configurable: true, value: function () { return true; }});"""
NO_SHARE = "delete Navigator.prototype.share; delete Navigator.prototype.canShare;"

BAR = """() => { const bar = document.querySelector(".zm-read"); const play = bar.querySelector(".zm-read__play");
  const stop = bar.querySelector(".zm-read__stop");
  return {shown: bar.checkVisibility(), play: play.textContent, tag: play.tagName, stopShown: stop.checkVisibility(),
          status: bar.querySelector("[role=status]").textContent, focused: document.activeElement === play}; }"""
SHARE = """() => { const box = document.querySelector(".zm-share"); const shown = sel => box.querySelector(sel).checkVisibility();
  return {native: shown(".zm-share__native"), whatsapp: shown(".zm-share__whatsapp"), copy: shown(".zm-share__copy"),
          address: shown(".zm-share__address"), href: box.querySelector(".zm-share__whatsapp").href,
          status: box.querySelector("[role=status]").textContent}; }"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The minimal Huis with a help line of its own, in Dutch and Arabic: the two languages the tests
    read (left to right and right to left; French and English were half the build and nothing read them)."""
    work = tmp_path_factory.mktemp("lezen")
    project = sitebuild.copy_project(work / "project", sitebuild.FIXTURES / "minimal")
    languages = ["nl", "ar"]
    only_languages(project, languages)
    huis = project / "huis.yml"
    text = huis.read_text("utf-8").replace("talen: [nl, fr, ar]", f"talen: [{', '.join(languages)}]")
    huis.write_text(text + HELP_LINE, "utf-8")
    options = {**sitebuild.settings(site_url=SITE_URL, with_print=False), "ZONDERMUREN_CACHE": str(work / "cache")}
    with sitebuild.environ(options):
        sitebuild.build_in_process(project, work / "site")
    return work / "site"


@pytest.fixture(scope="module")
def open_page(browser: RoutedBrowser, site: Path) -> Iterator[Any]:
    """A page of the build in a context of its own: its width, the voices it has, a share sheet or not.
    A second page with the same context options, in this test or a later one, navigates the first
    one's tab (a new tab costs Chromium three times a navigation); the stubs are init scripts, so each
    page gets them anew, and nothing a test does outlives its page."""
    contexts: list[BrowserContext] = []
    tabs: dict[str, Page] = {}

    def answer(route: Route) -> None:
        file = sitebuild.site_file(site, urlsplit(route.request.url).path)
        route.fulfill(status=404, body="not found") if file is None else route.fulfill(path=str(file))

    def open_(path: str, voices: list[str], share: bool, width: int = 375, **options: Any) -> Page:
        key = repr((voices, share, width, sorted(options.items())))
        if key in tabs:
            page = tabs[key]
            page.goto(SITE_URL + path, wait_until="load")
            page.wait_for_function("() => window.__speech && window.__speech.voicesGiven")
            return page
        context = browser.new_context(viewport={"width": width, "height": 900}, locale="nl-BE", **options)
        contexts.append(context)
        context.clock.set_fixed_time("2026-11-22T09:00:00+01:00")
        context.route(f"{SITE_URL}**", answer)
        context.add_init_script(script=f"window.__voiceLangs = {json.dumps(voices)};\n{SPEECH_STUB}")
        context.add_init_script(script=SHARE_STUB if share else NO_SHARE)
        page = tabs[key] = context.new_page()
        page.goto(SITE_URL + path, wait_until="load")
        page.wait_for_function("() => window.__speech && window.__speech.voicesGiven")
        return page

    yield open_
    for context in contexts:
        context.close()


@pytest.mark.build
def test_lees_voor_reads_the_main_text_in_the_pages_language_and_stops(open_page: Any) -> None:
    page = open_page(ACTIVITY, voices=["nl"], share=False)
    assert page.evaluate(BAR) == {
        "shown": True, "play": "Lees voor", "tag": "BUTTON", "stopShown": False, "status": "", "focused": False
    }  # fmt: skip
    page.focus(".zm-read__play")
    page.keyboard.press("Enter")  # a real button: the keyboard starts it
    state = page.evaluate(BAR)
    assert (state["play"], state["stopShown"], state["status"]) == ("Pauzeer", True, "Voorlezen gestart")
    spoken = page.evaluate("() => window.__speech.spoken")
    texts = [item["text"] for item in spoken]
    assert {(item["lang"], item["voice"]) for item in spoken} == {("nl", "local nl")}  # the device's own voice
    assert texts[0] == TITLE and WHEN_NL in texts and "Bibliotheek Marktplein 1 9000 Noorddorp" in texts
    said = " ".join(texts)
    for not_read in (
        "Lees voor",
        "Stop",
        "WhatsApp",
        "Kopieer",
        "Apple of Outlook",
        "Downloaden",
        "OpenStreetMap",
        "voorbij",
        "@context",
    ):
        assert not_read not in said, (
            not_read
        )  # the bar, the share block, links to apps and maps, hidden and script text
    page.click(".zm-read__play")
    assert page.evaluate(BAR)["play"] == "Lees verder" and page.evaluate(BAR)["status"] == "Voorlezen gepauzeerd"
    page.click(".zm-read__play")
    assert page.evaluate(BAR)["status"] == "Voorlezen gestart"
    page.click(".zm-read__stop")
    assert page.evaluate(BAR) == {
        "shown": True, "play": "Lees voor", "tag": "BUTTON", "stopShown": False, "status": "Voorlezen gestopt",
        "focused": True,
    }  # fmt: skip
    assert page.evaluate("() => window.__speech.calls") == [
        "cancel",
        *["speak"] * len(texts),
        "pause",
        "resume",
        "cancel",
    ]


@pytest.mark.build
def test_lees_voor_stays_hidden_without_a_voice_for_the_pages_language(open_page: Any) -> None:
    page = open_page("ar/" + ACTIVITY, voices=["nl"], share=False)  # Dutch voices only, an Arabic page
    assert page.evaluate(
        "() => [document.documentElement.lang, document.querySelector('.zm-read').checkVisibility()]"
    ) == [
        "ar",
        False,
    ]
    # Only on pages that are read: not on a listing.
    assert page.goto(SITE_URL + "kalender/") and page.locator(".zm-read").count() == 0


@pytest.mark.build
def test_deel_opens_the_share_sheet_with_title_date_and_address(open_page: Any) -> None:
    page = open_page(ACTIVITY, voices=[], share=True)
    state = page.evaluate(SHARE)
    assert (state["native"], state["whatsapp"], state["copy"], state["address"]) == (True, False, False, False)
    page.click(".zm-share__native")
    page.wait_for_function("() => window.__shared")
    assert page.evaluate("() => window.__shared") == {
        "title": TITLE,
        "text": f"{TITLE}\n{WHEN_NL}",
        "url": SITE_URL + ACTIVITY,
    }


@pytest.mark.build
def test_deel_without_a_share_sheet_offers_whatsapp_and_copy(open_page: Any) -> None:
    page = open_page("ar/" + ACTIVITY, voices=[], share=False, permissions=["clipboard-read", "clipboard-write"])
    state = page.evaluate(SHARE)
    assert (state["native"], state["whatsapp"], state["copy"], state["address"]) == (False, True, True, True)
    link = urlsplit(state["href"])
    address = SITE_URL + "ar/" + ACTIVITY
    assert (link.scheme, link.netloc, link.path) == ("https", "wa.me", "/")
    assert parse_qs(link.query)["text"] == [f"{TITLE}\nالسبت 5 ديسمبر 2026، 10:00–11:00\n{address}"]
    page.click(".zm-share__copy")
    page.wait_for_function("() => document.querySelector('.zm-share [role=status]').textContent")
    assert page.evaluate(SHARE)["status"] == "تم نسخ الرابط."
    assert page.evaluate("() => navigator.clipboard.readText()") == address


@pytest.mark.build
def test_without_javascript_the_whatsapp_link_and_address_are_there(browser: RoutedBrowser, site: Path) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        context.route(
            f"{SITE_URL}**",
            lambda route: route.fulfill(path=str(sitebuild.site_file(site, urlsplit(route.request.url).path))),
        )
        page = context.new_page()
        page.goto(SITE_URL + ACTIVITY)
        visible = {
            sel: page.locator(sel).is_visible()
            for sel in (".zm-read", ".zm-share__native", ".zm-share__copy", ".zm-share__whatsapp", ".zm-share__address")
        }
        assert visible == {
            ".zm-read": False,
            ".zm-share__native": False,
            ".zm-share__copy": False,
            ".zm-share__whatsapp": True,
            ".zm-share__address": True,
        }
    finally:
        context.close()


@pytest.mark.build
@pytest.mark.parametrize("language", ["", "ar/"], ids=["nl", "ar"])
def test_both_buttons_and_the_help_lines_pass_axe_at_375_and_1280(open_page: Any, language: str) -> None:
    """The activity page with the read-aloud bar while it speaks (pause and stop shown) and the
    share links; /hulp-nu/ with the Huis's own line. No WCAG 2.1 A/AA violation at either width."""
    found = {}
    for width in (375, 1280):
        page = open_page(language + ACTIVITY, voices=["nl", "ar"], share=False, width=width)
        page.click(".zm-read__play")
        found[f"activity {width}"] = axe_violations(page)
        page = open_page(language + "hulp-nu/", voices=["nl", "ar"], share=False, width=width)
        found[f"help {width}"] = axe_violations(page)
    assert found == {key: [] for key in found}


@pytest.mark.build
def test_hulp_nu_lists_1813_and_the_huis_own_line(site: Path) -> None:
    nl = (site / "hulp-nu" / "index.html").read_text("utf-8")
    ar = (site / "ar" / "hulp-nu" / "index.html").read_text("utf-8")
    calls = re.findall(r'<a class="zm-hotline zm-hotline--([a-z_]+)" href="tel:([0-9+]+)">', nl)
    assert calls == [
        ("emergency", "112"), ("violence", "1712"), ("awel", "102"), ("tele_onthaal", "106"), ("suicide", "1813"),
        ("eigen", "092345678"),
    ]  # fmt: skip
    assert (
        '<span class="zm-hotline__number" dir="ltr">1813</span> <span class="zm-hotline__text">'
        "<span>Zelfmoordlijn, als je aan zelfmoord denkt of je zorgen maakt over iemand</span></span>"
    ) in nl
    assert '<h2 id="in-de-regio">Hulplijnen in onze regio</h2>' in nl
    assert (
        '<span class="zm-hotline__number" dir="ltr">09 234 56 78</span> <span class="zm-hotline__text">'
        "<span>Opvoedingslijn &lt;b&gt;Testdorp&lt;/b&gt;</span>"
        '<span class="zm-hotline__more">ma-vr 9-17 uur</span>'
        '<span class="zm-hotline__more">Talen: <span lang="nl">Nederlands</span>, <span lang="ar">العربية</span></span>'
    ) in nl
    # In Arabic: its own name, the hours in Dutch (marked so), the help line's pictogram hidden from screen readers.
    assert "<span>خط دعم الوالدين</span>" in ar and '<span lang="nl" dir="ltr">ma-vr 9-17 uur</span>' in ar
    assert (
        '<span class="zm-hotline__icon zm-hotline__icon--eigen" aria-hidden="true"><svg class="zm-icon" '
        'aria-hidden="true" focusable="false"><use href="#zm-p-hulp-eigen"/></svg></span>'
    ) in ar
