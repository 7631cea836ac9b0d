"""A partner folder copied from a colleague's (what partners do to add a partner): the duplicate
activity codes are said to the copy, the newer folder (git, else the clock), never to the original;
and a copy that still carries three or more of the original's contact details is asked about
(`sources.checks.identities`). Whole problem lists."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from testkit.sitebuild import git
from tests.sources.test_messages import BIB, FIXTURE, TODAY
from zondermuren.sources import reading

# A neutral name that sorts before the original and says nothing of a copy: only its age tells.
COPY = "partners/aa-speelpunt"
OLD = 1_700_000_000  # the original's files were last touched long before the copy was made


def _huis(tmp_path: Path) -> Path:
    root = tmp_path / "huis"
    shutil.copytree(FIXTURE, root)
    for path in (root / BIB).iterdir():
        os.utime(path, (OLD, OLD))
    return root


def _copy(root: Path) -> None:
    shutil.copytree(root / BIB, root / COPY, copy_function=shutil.copy)  # as a file manager copies: new times


def _edit(root: Path, file: str, old: str, new: str) -> None:
    path = root / file
    text = path.read_text("utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), "utf-8")


def _check(root: Path) -> list[str]:
    return [str(p) for p in reading.check(root, TODAY).problems]


def _copy_warning(shared: str) -> str:
    return (
        f"{COPY}/fiche.yml:27:10: contact.email: is dit een kopie van partners/bib-noorddorp? (verwacht eigen "
        f"gegevens van deze partner, gevonden {shared} als {BIB}/fiche.yml) — pas de contactgegevens aan: anders "
        "toont de site die van partners/bib-noorddorp bij deze partner"
    )


ALL_FOUR = "hetzelfde e-mailadres, hetzelfde logo, dezelfde beschrijving en dezelfde beheerders"


def _duplicate(code: str, line: int, index: int, free: str) -> str:
    return (
        f"{COPY}/activiteiten.yml:{line}:9: activiteiten[{index}].id: dubbele activiteitscode (verwacht een unieke "
        f"code, gevonden '{code}' ook in {BIB}/activiteiten.yml:{line}); deze map lijkt een kopie van "
        f"partners/bib-noorddorp — geef de activiteiten in deze kopie een eigen code, zoals '{free}'"
    )


COPIED = [
    _copy_warning(ALL_FOUR),
    _duplicate("voorleesuur", 3, 1, "voorleesuur-2"),
    _duplicate("babyspel", 13, 2, "babyspel-2"),
]


def test_a_copied_folder_is_told_by_its_modification_time(tmp_path: Path):
    root = _huis(tmp_path)
    _copy(root)
    assert _check(root) == COPIED


def test_a_copied_folder_is_told_by_git_before_and_after_it_is_committed(tmp_path: Path):
    root = _huis(tmp_path)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "De Huis-site")
    shutil.copytree(root / BIB, root / COPY)  # the same times as the original: git knows it is new
    assert _check(root) == COPIED
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "Een nieuwe partner", when="2026-11-21T10:00:00Z")
    for path in (root / COPY).iterdir():
        os.utime(path, (OLD - 1, OLD - 1))  # a clone's times say nothing: the later commit tells
    assert _check(root) == COPIED


def test_codes_changed_but_the_contact_details_are_still_the_originals(tmp_path: Path):
    root = _huis(tmp_path)
    _copy(root)
    _edit(root, f"{COPY}/activiteiten.yml", "  - id: voorleesuur\n", "  - id: speelochtend\n")
    _edit(root, f"{COPY}/activiteiten.yml", "  - id: babyspel\n", "  - id: peuterspel\n")
    _edit(root, f"{COPY}/fiche.yml", "naam: Bibliotheek Noorddorp\n", "naam: Speelpunt Noorddorp\n")
    assert _check(root) == [_copy_warning(ALL_FOUR)]
    # Three in common is still a copy; two (a shared switchboard, a regional e-mail) is normal.
    _edit(root, f"{COPY}/fiche.yml", '["@bib-noorddorp"]', '["@speelpunt-noorddorp"]')
    assert _check(root) == [_copy_warning("hetzelfde e-mailadres, hetzelfde logo en dezelfde beschrijving")]
    _edit(root, f"{COPY}/fiche.yml", "  nl: Boeken en spelletjes", "  nl: Spelen en ontmoeten")
    assert _check(root) == []
