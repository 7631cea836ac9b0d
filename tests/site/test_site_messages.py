"""Messages of the site build itself (not of a single fiche), each asserted exactly."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from testkit import sitebuild
from zondermuren.model import building
from zondermuren.problems import SourceError
from zondermuren.site import pages
from zondermuren.sources import reading

FIXTURE = sitebuild.FIXTURES / "vertalingen"


def test_a_translation_in_a_language_the_site_does_not_publish_is_kept(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path / "huis")
    settings = tmp_path / "huis" / "huis.yml"
    settings.write_text(settings.read_text("utf-8").replace("talen: [nl, fr, ar]", "talen: [nl, fr]"), "utf-8")
    assert [str(p) for p in reading.check(tmp_path / "huis", dt.date(2026, 11, 22)).errors] == []


@pytest.mark.build
def test_languages_of_mkdocs_yml_must_follow_huis_yml(tmp_path: Path) -> None:
    # The small Huis, not the example: the languages are compared after the engine prepared the Huis
    # (the example's 31 partners took seconds to get there); mkdocs.yml is the example's.
    project = sitebuild.copy_project(tmp_path / "project", sitebuild.FIXTURES / "minimal")
    settings = project / "huis.yml"
    settings.write_text(
        settings.read_text("utf-8").replace("talen: [nl, fr, ar]", "talen: [nl, fr, en, ar, tr]"), "utf-8"
    )
    # Print off: the languages are compared after the engine prepared the Huis, print included
    # (with print on, the whole print is drawn first).
    result = sitebuild.mkdocs(project, "--site-dir", str(tmp_path / "site"), with_print=False)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert (
        "ERROR   -  mkdocs.yml: plugins.i18n.languages: andere talen dan huis.yml (verwacht nl, fr, en, ar, tr, "
        "gevonden nl, fr, en, ar) — zet in mkdocs.yml onder i18n → languages dezelfde talen in dezelfde "
        "volgorde als 'talen' in huis.yml"
    ) in result.stderr


def test_language_without_ui_texts_is_a_warning_naming_the_file_to_add(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path / "huis")
    settings = tmp_path / "huis" / "huis.yml"
    settings.write_text(settings.read_text("utf-8").replace("talen: [nl, fr, ar]", "talen: [nl, fr, so]"), "utf-8")
    [problem] = reading.check(tmp_path / "huis", dt.date(2026, 11, 22)).problems
    assert str(problem) == (
        "huis.yml:10:17: talen[3]: geen vertaling van de knoppen en titels voor 'so' (verwacht "
        "locales/so.yml, gevonden geen): de pagina's worden gebouwd met Nederlandse knoppen — kopieer "
        "zondermuren/locales/en.yml naar locales/so.yml en vertaal de teksten"
    )
    assert problem.level.value == "waarschuwing"


def test_a_language_added_in_the_huis_locales_folder_is_used(tmp_path: Path) -> None:
    from zondermuren import i18n

    shutil.copytree(FIXTURE, tmp_path / "huis")
    (tmp_path / "huis" / "locales").mkdir()
    (tmp_path / "huis" / "locales" / "so.yml").write_text("home:\n  title: Soo dhowow\n", "utf-8")
    root = tmp_path / "huis"
    assert "so" in i18n.available(root)
    assert i18n.catalogue("so", root)["home.title"] == "Soo dhowow"
    assert i18n.catalogue("so", root)["kalender.title"] == "Kalender"  # missing keys fall back to Dutch
    assert i18n.Translator("so", root)("home.title") == "Soo dhowow"
    assert reading.check(root, dt.date(2026, 11, 22)).problems == []
    # The Huis's words are its own: the kit, and any other Huis built in this process, never see them.
    assert "so" not in i18n.available() and i18n.catalogue("so")["home.title"] != "Soo dhowow"


def test_own_page_with_a_generated_name_is_never_overwritten(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path / "huis")
    docs = tmp_path / "huis" / "content"
    (docs / "agenda.md").write_text("# Mijn agenda\n", "utf-8")
    huis, _ = building.load(tmp_path / "huis", dt.date(2026, 11, 22))
    with pytest.raises(SourceError) as raised:
        pages.write_pages(huis, docs, "https://huis.example.org/")
    assert [str(p) for p in raised.value.problems] == [
        "content/agenda.md:1:1: eigen pagina met een naam die de site zelf gebruikt (verwacht een andere naam, "
        "gevonden 'content/agenda.md') — hernoem ze, bijvoorbeeld naar 'content/agenda-info.md'"
    ]
    assert (docs / "agenda.md").read_text("utf-8") == "# Mijn agenda\n"
    assert not (docs / "index.md").exists()  # nothing written when a name is taken
