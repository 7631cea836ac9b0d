"""Pictograms in Chromium, on the routed example build: every icon stands beside its word, on the
word's line and before it in the reading direction (left in Dutch, right in Arabic), at the size of
the text; it is hidden from assistive technology (Playwright's ARIA engine finds no image in it);
the links that carry one are named by their words alone; the symbol each one uses is on the page.

axe-core: the Arabic pages with the most pictograms at 375 and 1280 px. The Dutch ones are
checked at both widths by tests/end_to_end/test_browser.py (one page of every kind), the Arabic
activity and /hulp-nu/ pages by tests/end_to_end/test_read_and_share.py: not loaded twice here.

Each page loads once, at 375 px, then is resized to 1280 px (a page load is most of a visit).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Page

from tests.support.browsing import RoutedBrowser, axe_violations

# page, whether axe-core runs here (see above), the lists whose links must be named by their words
PAGES = {
    "": (False, ["ul.zm-tiles"]),  # home: "Mijn kind is …", "Ik zoek …", "Deze week"
    "ar/": (True, ["ul.zm-tiles"]),
    "ar/partners/bibliotheek-lindevelde/": (True, []),  # chips of ages, kinds and themes
    "ar/kalender/": (True, []),  # an entry's kind line
    "activiteiten/babymassage-beekdonk/": (False, []),  # the kind line, the chips of ages
    "ar/hulp-nu/": (False, ["ul.zm-hotlines"]),
}
WIDTHS = (375, 1280)

# Per icon: what is wrong with it, or nothing. The label is the first text after the icon in its
# `.zm-pict` (a chip's age, a kind, a theme), its tile or its help line: the icon's middle must be
# within the label's lines, and the icon before the label's first line and close to it in the
# reading direction.
ICONS_JS = """() => {
  const rtl = getComputedStyle(document.body).direction === "rtl";
  const icons = [...document.querySelectorAll(".zm svg.zm-icon")];
  const wrong = [];
  for (const icon of icons) {
    const use = icon.querySelector("use");
    const key = use ? use.getAttribute("href") : "(no use)";
    const say = what => wrong.push(`${key} in "${(box ? box.textContent : "").trim().slice(0, 40)}": ${what}`);
    const box = icon.closest(".zm-pict, .zm-tile, .zm-hotline");
    if (!box) { say("not in a .zm-pict, a tile or a help line"); continue; }
    if (icon.getAttribute("aria-hidden") !== "true" || icon.getAttribute("focusable") !== "false")
      say("not aria-hidden or focusable");
    if (!use || !(document.getElementById(key.slice(1)) instanceof SVGSymbolElement))
      say("its symbol is not on the page");
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT, {acceptNode: node =>
      node.textContent.trim() && (icon.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)
        ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP});
    const text = walker.nextNode();
    if (!text) { say("no word after it"); continue; }
    const range = document.createRange();
    range.selectNodeContents(text);
    // A label is a run of words in either direction (an Arabic age has digits: several boxes on
    // one line) and may wrap (a tile centres the icon on all its lines).
    const rects = [...range.getClientRects()];
    const first = rects.filter(box => Math.abs(box.top - rects[0].top) < 2);
    const line = {left: Math.min(...first.map(box => box.left)), right: Math.max(...first.map(box => box.right)),
                  top: Math.min(...rects.map(box => box.top)), bottom: Math.max(...rects.map(box => box.bottom))};
    const r = icon.getBoundingClientRect();
    const size = parseFloat(getComputedStyle(text.parentElement).fontSize);
    if (r.width < 12 || r.width > 2.2 * size + 8 || Math.abs(r.width - r.height) > 1)
      say(`size ${r.width}x${r.height} beside text of ${size}px`);
    const middle = (r.top + r.bottom) / 2;
    if (middle < line.top || middle > line.bottom)
      say(`not on its word's line (icon middle ${middle}, line ${line.top}-${line.bottom})`);
    const gap = rtl ? r.left - line.right : line.left - r.right;
    if (gap < -1 || gap > 24) say(`not just before its word (${gap}px, ${rtl ? "rtl" : "ltr"})`);
  }
  return {count: icons.length, sprites: document.querySelectorAll("svg.zm-sprite[aria-hidden=true]").length, wrong};
}"""


def _check(page: Page, lists: list[str], width: int) -> list[str]:
    found: dict[str, Any] = page.evaluate(ICONS_JS)
    problems = [f"{width}px: {line}" for line in found["wrong"]]
    if found["count"] < 3 or found["sprites"] != 1:
        problems.append(f"{width}px: {found['count']} icons, {found['sprites']} hidden sprites")
    # Playwright's ARIA engine (what a screen reader is given): no icon and no sprite is an image.
    seen = page.get_by_role("img").and_(page.locator("svg.zm-icon, svg.zm-sprite")).count()
    if seen:
        problems.append(f"{width}px: {seen} pictograms reach assistive technology")
    for selector in lists:
        for block in page.locator(selector).all():
            tree = block.aria_snapshot()
            names = re.findall(r'- link "([^"]+)"', tree)
            words = [" ".join(text.split()) for text in block.locator("a").all_inner_texts()]
            if not names or names != words or "img" in tree:
                problems.append(f"{width}px: {selector} reads {names}, shows {words}:\n{tree}")
    return problems


@pytest.fixture(scope="module")
def tab(browser: RoutedBrowser) -> Iterator[Page]:
    """One tab that each test navigates (a new tab costs Chromium three times a navigation)."""
    page = browser.new_page(viewport={"width": WIDTHS[0], "height": 900})
    page.context.clock.set_fixed_time("2026-11-22T09:00:00+01:00")  # the build's morning: nothing hidden as past
    yield page
    page.close()


@pytest.mark.parametrize("path", list(PAGES), ids=[path.strip("/") or "home" for path in PAGES])
def test_every_pictogram_sits_before_its_word_and_is_hidden_from_screen_readers(
    tab: Page, example_url: str, path: str
) -> None:
    with_axe, lists = PAGES[path]
    page = tab
    problems: list[str] = []
    page.set_viewport_size({"width": WIDTHS[0], "height": 900})
    page.goto(example_url + path)  # its load: the pictograms and styles are in the page and its CSS
    page.evaluate("() => document.fonts.ready.then(() => true)")  # the words at their own width
    for width in WIDTHS:
        if width != WIDTHS[0]:
            page.set_viewport_size({"width": width, "height": 900})
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        problems += _check(page, lists, width)
        if with_axe:
            problems += [f"{width}px axe: {line}" for line in axe_violations(page)]
    assert problems == [], f"/{path}:\n" + "\n".join(problems)
