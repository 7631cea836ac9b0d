"""Writing generated pages: only what changed, never a hand-written page, stale pages removed."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from testkit.sitebuild import FIXTURES
from zondermuren.model import building
from zondermuren.problems import SourceError
from zondermuren.site import pages

TODAY = dt.date(2026, 11, 22)


def _huis(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES / "vertalingen", tmp_path / "huis")
    return tmp_path / "huis"


def test_unchanged_sources_write_nothing(tmp_path: Path) -> None:
    root = _huis(tmp_path)
    docs = root / "content"
    huis, _ = building.load(root, TODAY)
    first = pages.write_pages(huis, docs, "https://huis.example.org/")
    assert "index.md" in first and "partners/bib.fr.md" in first and "activiteiten/babymassage.ar.md" in first
    stamps = {path: path.stat().st_mtime_ns for path in docs.rglob("*") if path.is_file()}
    again, _ = building.load(root, TODAY)
    # `mkdocs serve` watches the docs folder: a rebuild that writes nothing cannot loop.
    assert pages.write_pages(again, docs, "https://huis.example.org/") == []
    assert {path: path.stat().st_mtime_ns for path in docs.rglob("*") if path.is_file()} == stamps


def test_a_removed_partner_loses_its_pages_and_hand_written_pages_stay(tmp_path: Path) -> None:
    root = _huis(tmp_path)
    docs = root / "content"
    huis, _ = building.load(root, TODAY)
    pages.write_pages(huis, docs, "https://huis.example.org/")
    shutil.rmtree(root / "partners" / "bib")
    huis, _ = building.load(root, TODAY)
    changed = pages.write_pages(huis, docs, "https://huis.example.org/")
    assert {"partners/bib.md", "partners/bib.fr.md", "partners/bib.ar.md"} <= set(changed)
    assert not (docs / "partners" / "bib.md").exists()
    assert (docs / "over-ons.md").read_text("utf-8") == "# Over ons\n\nTekst.\n"
    assert (docs / "praktisch.md").exists()


def test_a_lost_manifest_leaves_our_pages_ours_and_hand_written_pages_safe(tmp_path: Path) -> None:
    """`make clean` used to drop the manifest only: the next build took every page for a hand-written one."""
    root = _huis(tmp_path)
    docs = root / "content"
    huis, _ = building.load(root, TODAY)
    written = set(pages.write_pages(huis, docs, "https://huis.example.org/"))
    (docs / pages.MANIFEST).unlink()
    assert pages.generated_files(docs) == written  # found again by the marker every page starts with
    assert pages.write_pages(huis, docs, "https://huis.example.org/") == []
    # A coordinator's own page with a name the site needs is still refused, manifest or not.
    (docs / pages.MANIFEST).unlink()
    (docs / "privacy.md").write_text("# Onze privacy\n", "utf-8")
    try:
        pages.write_pages(huis, docs, "https://huis.example.org/")
    except SourceError as error:
        assert [str(p) for p in error.problems] == [
            "content/privacy.md:1:1: eigen pagina met een naam die de site zelf gebruikt (verwacht een andere "
            "naam, gevonden 'content/privacy.md') — hernoem ze, bijvoorbeeld naar 'content/privacy-info.md'"
        ]
    else:
        raise AssertionError("a hand-written privacy.md was overwritten")
    assert (docs / "privacy.md").read_text("utf-8") == "# Onze privacy\n"


def test_a_changed_fiche_rewrites_only_the_pages_that_show_it(tmp_path: Path) -> None:
    root = _huis(tmp_path)
    docs = root / "content"
    huis, _ = building.load(root, TODAY)
    pages.write_pages(huis, docs, "https://huis.example.org/")
    fiche = root / "partners" / "cb" / "fiche.yml"
    fiche.write_text(fiche.read_text("utf-8").replace("Gratis consulten voor baby's.", "Gratis consulten."), "utf-8")
    huis, _ = building.load(root, TODAY)
    changed = set(pages.write_pages(huis, docs, "https://huis.example.org/"))
    assert "partners/cb.md" in changed
    assert "activiteiten/babymassage.md" not in changed
    assert "kalender/2026-12.md" not in changed


def test_every_generated_page_is_ignored_by_git(tmp_path: Path) -> None:
    """A generated page committed by accident would clash with the next build on a fresh clone."""
    import subprocess

    from testkit.sitebuild import ROOT

    huis, _ = building.load(ROOT, TODAY)
    docs = tmp_path / "content"
    docs.mkdir()
    names = pages.write_pages(huis, docs, "https://huis.example.org/")
    paths = [f"content/{name}" for name in names]
    result = subprocess.run(
        ["git", "check-ignore", "--no-index", "--stdin"],
        cwd=ROOT,
        input="\n".join(paths),
        capture_output=True,
        text=True,
    )
    ignored = set(result.stdout.split())
    assert [path for path in paths if path not in ignored] == []
    # Ignored is not enough: a page added to git before its pattern was stays tracked.
    tracked = subprocess.run(["git", "ls-files", "content"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    assert sorted(set(tracked) & set(paths)) == []
