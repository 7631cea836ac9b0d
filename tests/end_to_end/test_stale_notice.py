"""A site whose nightly build stopped says so itself, in the browser: the page carries the build's
day (2026-11-22, the fixed "today"), the reader's clock decides. More than two days later the
notice shows, in the page's language and direction; a day later it does not."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Page

from tests.support.browsing import RoutedBrowser, axe_violations

NOTICES = {
    "": ("Deze site is niet meer veranderd sinds 22 november 2026. Vraag het laatste nieuws aan de partners.", "ltr"),
    "ar/": ("لم يتم تحديث هذا الموقع منذ 22 نوفمبر 2026؛ تابعوا آخر الأخبار لدى الشركاء.", "rtl"),
}
STATE = """() => { const note = document.querySelector(".zm-stale");
  return note && {shown: note.checkVisibility(), text: note.innerText.trim(), dir: getComputedStyle(note).direction,
                  built: note.dataset.built, first: note === document.querySelector("article.md-content__inner > *")}; }"""


@pytest.fixture(scope="module")
def tab(browser: RoutedBrowser) -> Iterator[Page]:
    """One tab, its clock set before each visit (a new tab costs Chromium three times a navigation)."""
    page = browser.new_page(viewport={"width": 375, "height": 800}, locale="nl-BE", timezone_id="Europe/Brussels")
    yield page
    page.close()


def _state(page: Page, url: str, now: str) -> tuple[dict[str, Any], list[str]]:
    page.clock.set_fixed_time(now)
    page.goto(url, wait_until="load")
    state = page.evaluate(STATE)
    return state, axe_violations(page) if state and state["shown"] else []


@pytest.mark.parametrize("language", list(NOTICES), ids=["nl", "ar"])
def test_the_notice_shows_more_than_two_days_after_the_build(tab: Page, example_url: str, language: str) -> None:
    text, direction = NOTICES[language]
    url = example_url + language
    # Built on the 22nd at night: the 24th (evening, two days) says nothing, the 25th (morning) does.
    for now, shown in (("2026-11-23T20:00:00+01:00", False), ("2026-11-24T23:00:00+01:00", False)):
        state, _ = _state(tab, url, now)
        assert (state["shown"], state["built"]) == (shown, "2026-11-22"), now
    state, violations = _state(tab, url, "2026-11-25T07:00:00+01:00")
    assert state == {"shown": True, "text": text, "dir": direction, "built": "2026-11-22", "first": True}
    assert violations == []
