"""The print cache survives a preview: items drawn for another site address never evict the real ones."""

from __future__ import annotations

from pathlib import Path

from testkit import sitebuild
from zondermuren.drawing import cache as drawings
from zondermuren.model import building
from zondermuren.printing import pdfs, registry
from zondermuren.printing.specs import PrintItem

SITE = "https://testdorp.example.org/"
PREVIEW = "http://127.0.0.1:8000/"  # what `mkdocs serve` makes the site address


def _plan(address: str) -> list[PrintItem]:
    """A few posters and stickers of the minimal Huis: what a QR code with the address is on (kept
    small, so the test draws in seconds; booklets would take most of its time)."""
    huis, _ = building.load(sitebuild.FIXTURES / "minimal", sitebuild.DAY)
    return [item for item in registry.plan(huis, address) if item.kind in ("affiche", "raamsticker")][:6]


def test_a_preview_at_another_address_keeps_the_real_sites_print_items(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    real = pdfs.publish(_plan(SITE), cache, generation=SITE)
    assert real.drawn and real.reused == 0
    preview = pdfs.publish(_plan(PREVIEW), cache, generation=PREVIEW)
    assert len(preview.drawn) == len(real.drawn)  # its QR codes lead elsewhere: other PDFs
    again = pdfs.publish(_plan(SITE), cache, generation=SITE)
    assert (again.drawn, again.reused) == ([], len(real.files))


def test_only_the_last_generations_are_kept(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    for number in range(drawings.GENERATIONS + 1):
        address = f"https://huis{number}.example.org/"
        pdfs.publish(_plan(address)[:1], cache, generation=address)
    assert len(list((cache / "generaties").glob("*.txt"))) == drawings.GENERATIONS
    assert len(list(cache.glob("*.pdf"))) == drawings.GENERATIONS
    newest = "https://huis4.example.org/"
    assert pdfs.publish(_plan(newest)[:1], cache, generation=newest).drawn == []
    oldest = "https://huis0.example.org/"
    assert pdfs.publish(_plan(oldest)[:1], cache, generation=oldest).drawn  # the oldest went
