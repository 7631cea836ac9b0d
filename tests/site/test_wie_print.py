"""Wie is wie prints cleanly from the browser: content only, one partner never split over pages."""

from __future__ import annotations


def test_wie_is_wie_print_stylesheet(example_url: str, browser) -> None:
    page = browser.new_page()
    page.goto(example_url + "wie-is-wie/")
    page.emulate_media(media="print")
    hidden = page.evaluate(
        """() => ['.md-header', '.md-sidebar--primary', '.md-footer', '.zm-huis-contact']
            .map(s => document.querySelector(s)).filter(Boolean)
            .map(el => getComputedStyle(el).display)"""
    )
    assert hidden and set(hidden) == {"none"}
    articles = page.locator("article.zm-who")
    assert articles.count() >= 25
    assert articles.first.evaluate("el => getComputedStyle(el).breakInside") == "avoid"
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    page.close()
