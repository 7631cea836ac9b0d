"""Print draws pictograms beside their words in the Huis's accent colour, at the reading start: the
kind on a poster and on each date of a campaign flyer, the life domain before each section of the
wie-is-wie booklet and the brochures. Lean: the test Huis's items, cut down to a section or a date,
drawn with and without the pictogram and their pixels compared (where the two differ is where the
pictogram went, and the word moved along beside it)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any, cast

from PIL import Image, ImageChops

from tests.sources.test_messages import FIXTURE, TODAY
from zondermuren import pictograms
from zondermuren.drawing import raster
from zondermuren.i18n import Translator
from zondermuren.model import schedule
from zondermuren.model.building import load
from zondermuren.model.huis import Huis
from zondermuren.printing import registry
from zondermuren.printing.layouts import posters
from zondermuren.printing.plans import campaigns
from zondermuren.printing.specs import BookletSpec, PosterSpec, PrintItem, Spec

WIDTH = 840  # pixels for the 210 mm of A4
PX = WIDTH / 210  # a millimetre
A5 = round(148 * PX)  # pixels for the 148 mm of an A5 booklet page, trimmed


def _huis(tmp_path: Path) -> tuple[Huis, list[PrintItem[Any]]]:
    root = tmp_path / "huis"
    shutil.copytree(FIXTURE, root)
    huis, _ = load(root, TODAY)
    return huis, registry.plan(huis, "https://huis.example.org/")


def _picture(pdf: bytes, width: int = WIDTH, page: int = 1) -> Image.Image:
    png = raster.pngs(pdf, width, trim=True, pages=page)[page - 1]
    return Image.open(io.BytesIO(png)).convert("RGB")


def _difference(spec: dict[str, Any], plain: dict[str, Any], width: int = WIDTH, page: int = 1) -> Any:
    """(the drawing with the pictogram, the box where it differs from the one without), in pixels."""
    drawn = _picture(registry.draw(cast(Spec, spec)), width, page)
    changed = ImageChops.difference(drawn, _picture(registry.draw(cast(Spec, plain)), width, page)).getbbox()
    assert changed is not None, "the pictogram is drawn"
    return drawn, changed


def _in_accent(drawn: Image.Image, box: tuple[int, int, int, int], accent: str) -> None:
    """Most of the ink in `box` is the accent colour (anti-aliased edges aside)."""
    target = [int(accent[i : i + 2], 16) for i in (1, 3, 5)]
    inked: list[Any] = [pixel for pixel in drawn.crop(box).get_flattened_data() if pixel != (255, 255, 255)]
    close = [pixel for pixel in inked if sum(abs(a - b) for a, b in zip(pixel, target, strict=True)) < 60]
    assert len(close) > 20 and len(close) > len(inked) / 4, (len(close), len(inked))


def test_a_poster_draws_its_kinds_pictogram_in_the_accent_colour(tmp_path: Path):
    huis, plan = _huis(tmp_path)
    poster = next(item for item in plan if item.kind == "affiche")
    spec: dict[str, Any] = dict(poster.spec)
    assert spec["kind_pictogram"] == pictograms.kit(huis.activities[0].kind).document()  # type: ignore[union-attr]
    drawn = _picture(posters.draw(cast(PosterSpec, spec)))
    plain = _picture(posters.draw(cast(PosterSpec, {**spec, "kind_pictogram": ""})))
    changed = ImageChops.difference(drawn, plain).getbbox()
    assert changed is not None, "the pictogram is drawn"
    left, top, _, bottom = changed  # the pictogram, and its label moved along beside it
    assert 15 < left / PX < 25 and 40 < top / PX < bottom / PX < 58, changed  # at the start of the kind's line (mm)
    _in_accent(drawn, (left, top, left + round(7 * PX), bottom), spec["accent"])  # 7 mm wide


def test_a_booklet_section_starts_with_its_life_domains_pictogram(tmp_path: Path):
    huis, plan = _huis(tmp_path)
    booklets = {
        (i.kind, i.language): i for i in plan if i.variant == "drukker" and i.kind in ("wie-is-wie", "brochure")
    }
    who = cast(BookletSpec, booklets["wie-is-wie", "nl"].spec)
    labels = {huis.vocab.label("levensdomeinen", key, "nl"): key for key in huis.vocab.keys("levensdomeinen")}
    assert [section.get("pictogram") for section in who["sections"]] == [
        pictograms.kit(labels[section["title"]]).document()  # type: ignore[union-attr]
        for section in who["sections"]
    ]
    brochure = cast(BookletSpec, booklets["brochure", "nl"].spec)
    assert all(section.get("pictogram") for section in brochure["sections"]), "a brochure's sections too"
    for language in ("nl", "ar"):  # at the reading start: the left margin in Dutch, the right one in Arabic
        spec: dict[str, Any] = dict(booklets["wie-is-wie", language].spec)
        first = {**spec["sections"][0], "entries": spec["sections"][0]["entries"][:1], "also": []}
        spec["sections"] = [first]
        drawn, (left, top, right, bottom) = _difference(
            spec, {**spec, "sections": [{**first, "pictogram": ""}]}, A5, page=3
        )
        assert 12 < top / PX < bottom / PX < 24, (language, top / PX, bottom / PX)  # the heading, under TOP (14 mm)
        start = left / PX if language == "nl" else 148 - right / PX
        assert 11 < start < 13, (language, start)  # the page's margin (12 mm)
        icon = (
            (left, top, left + round(5 * PX), bottom)
            if language == "nl"
            else (right - round(5 * PX), top, right, bottom)
        )
        _in_accent(drawn, icon, spec["accent"])


def test_each_date_of_a_campaign_flyer_has_its_kinds_pictogram(tmp_path: Path):
    huis, plan = _huis(tmp_path)
    occurrence = next(o for o in schedule.all_occurrences(huis.activities) if pictograms.kit(o.activity.kind))
    kind = pictograms.kit(occurrence.activity.kind)
    assert kind is not None
    date = campaigns.entry(huis, occurrence, Translator("nl", huis.root))
    assert date["pictogram"] == kind.document()
    common = {key: plan[0].spec[key] for key in ("huis", "primary", "accent", "huis_logo", "contact")}
    day = {"date": occurrence.date.isoformat(), "day": "zaterdag 5 december", "places": []}
    spec: dict[str, Any] = {
        **common,
        **{"design": "campaign_flyer", "language": "nl", "rtl": False, "variant": "drukker", "paper": [210.0, 297.0]},
        **{"title": "Week van de test", "when": "5 december", "intro": "Alles.", "url": "https://huis.example.org/"},
        **{"scan": "Scan", "made": "Stand van 1 december", "duplex": "", "more": "+{} meer"},
        "days": [{**day, "places": [{"place": "Testdorp", "entries": [date, {**date, "pictogram": ""}]}]}],
    }
    plain = {**spec, "days": [{**day, "places": [{"place": "Testdorp", "entries": [{**date, "pictogram": ""}] * 2}]}]}
    drawn, (left, top, right, bottom) = _difference(spec, plain)
    assert (bottom - top) / PX < 12, "the first date's title line only: the second date has none"
    assert 30 < left / PX < 60, left / PX  # after the hours column, where the title starts
    _in_accent(drawn, (left, top, left + round(4 * PX), bottom), spec["accent"])
