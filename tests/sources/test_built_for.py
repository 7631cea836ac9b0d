"""History that belongs to this Huis: the example's partners were never published by a Huis made
from it, a real rename at the Huis's own address still warns at the file, and a fiche that does
not read is not gone (`sources.record.builtfor`, `history`, `former`)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from testkit.sitebuild import FIXTURES, ROOT, git
from zondermuren.sources import reading

TODAY = dt.date(2026, 11, 23)
OWN = "https://gebruiker.github.io/huis/"
DOMAIN = "https://www.huisvanhetkind-testdorp.be/"
# The minimal Huis renamed an activity that was on its site (no vorige_ids): the one true warning.
RENAMED = (
    "partners/bib-noorddorp/activiteiten.yml:1:1: vorige_ids: activiteit 'voorleesuur' is verdwenen, maar stond al "
    "op de site (verwacht 'voorleesuur' onder vorige_ids van de activiteit die nu die plaats inneemt, gevonden "
    "nergens) — hernoemd? zet 'vorige_ids: [voorleesuur]' bij de nieuwe activiteit: oude affiches, QR-codes en "
    "agenda's blijven dan werken; bewust geschrapt? dan is er niets te doen"
)


def _site_url(repo: Path, address: str) -> None:
    config = repo / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert '"https://huis.example.org/"' in text
    config.write_text(text.replace('"https://huis.example.org/"', f'"{address}"'), "utf-8")


def _own_partners(repo: Path) -> None:
    """README "Make it your own Huis": huis.yml (step 1, no demo block) and partners (step 4) are the Huis's."""
    shutil.rmtree(repo / "partners")
    shutil.copytree(FIXTURES / "minimal" / "partners", repo / "partners")
    huis = (FIXTURES / "minimal" / "huis.yml").read_text("utf-8")
    assert "talen: [nl, fr, ar]" in huis
    (repo / "huis.yml").write_text(huis.replace("talen: [nl, fr, ar]", "talen: [nl, fr, en, ar]"), "utf-8")
    shutil.copy(FIXTURES / "minimal" / "assets" / "logo.svg", repo / "assets" / "logo.svg")


def _commit(repo: Path, message: str, when: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message, when=when)


@pytest.fixture
def template(tmp_path: Path) -> Path:
    """A repository made from the example with "Use this template": one commit, the example as it is."""
    repo = tmp_path / "huis"
    repo.mkdir()
    archive = subprocess.run(
        ["git", "archive", "HEAD", "huis.yml", "mkdocs.yml", "partners", "assets", "content"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout  # fmt: skip
    subprocess.run(["tar", "-x", "-C", str(repo)], input=archive, check=True)
    git(repo, "init", "-q", "-b", "main")
    _commit(repo, "Initial commit", "2026-11-01T10:00:00Z")
    return repo


def _messages(repo: Path, site_url: str | None = None) -> list[str]:
    """As `check` says it; `site_url` as the build gets it (options.site_url, ZONDERMUREN_SITE_URL included)."""
    return [str(p) for p in reading.check(repo, TODAY, site_url=site_url).problems]


def _vanished(repo: Path) -> list[str]:
    return [m for m in _messages(repo) if "verdwenen" in m]


def _rename_activity(repo: Path) -> None:
    path = repo / "partners" / "bib-noorddorp" / "activiteiten.yml"
    path.write_text(path.read_text("utf-8").replace("  - id: voorleesuur\n", "  - id: voorlezen\n"), "utf-8")


@pytest.mark.parametrize("steps", ["together", "address-first", "partners-first"])
def test_a_huis_made_from_the_template_starts_without_vanished_warnings(template: Path, steps: str):
    if steps == "together":
        _site_url(template, OWN)
        _own_partners(template)
        assert _vanished(template) == []  # not yet committed
        _commit(template, "Ons eigen Huis", "2026-11-02T10:00:00Z")
    else:
        address = lambda: _site_url(template, OWN)  # noqa: E731
        partners = lambda: _own_partners(template)  # noqa: E731
        for number, step in enumerate((address, partners) if steps == "address-first" else (partners, address)):
            step()
            _commit(template, f"Stap {number + 1}", f"2026-11-0{number + 2}T10:00:00Z")
    assert _messages(template) == []
    # Published at its own address, a rename without vorige_ids still warns, at the activity's file.
    _rename_activity(template)
    assert _messages(template) == [RENAMED]
    _commit(template, "Hernoemd", "2026-11-04T10:00:00Z")
    assert _messages(template) == [RENAMED]


def test_an_address_from_the_workflow_variable_counts(template: Path):
    """mkdocs.yml keeps the example's default; ZONDERMUREN_SITE_URL gives the address on the git host
    (options.site_url then differs from mkdocs.yml's own)."""
    _own_partners(template)
    _commit(template, "Ons eigen Huis", "2026-11-02T10:00:00Z")
    assert _messages(template, OWN) == []
    _rename_activity(template)
    _commit(template, "Hernoemd", "2026-11-04T10:00:00Z")
    assert _messages(template, OWN) == [RENAMED]
    # Without the variable (a coordinator's own machine) nothing was published at the example's address.
    assert _messages(template, "https://huis.example.org/") == _messages(template) == []


def test_a_huis_moving_to_its_own_domain_keeps_its_history(template: Path):
    """Published at the git host's address, then at its own domain: a partner folder renamed after
    the move still warns, at the fiche where the partner was last seen (the folder is gone)."""
    _site_url(template, OWN)
    _own_partners(template)
    _commit(template, "Ons eigen Huis", "2026-11-02T10:00:00Z")
    config = template / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace(OWN, DOMAIN), "utf-8")
    _commit(template, "Eigen domein", "2026-11-03T10:00:00Z")
    assert _messages(template) == []
    (template / "partners" / "cb-zuiddorp").rename(template / "partners" / "cb-zuid")
    for path in (template / "partners").glob("*/activiteiten.yml"):
        path.write_text(path.read_text("utf-8").replace("cb-zuiddorp", "cb-zuid"), "utf-8")
    _commit(template, "Map hernoemd", "2026-11-04T10:00:00Z")
    assert _messages(template) == [
        f"partners/cb-zuiddorp/fiche.yml:1:1: vorige_ids: {what} '{code}' is verdwenen, maar stond al op de site "
        f"(verwacht '{code}' onder vorige_ids van de {what} die nu die plaats inneemt, gevonden nergens) — hernoemd? "
        f"zet 'vorige_ids: [{code}]' bij de nieuwe {what}: oude affiches, QR-codes en agenda's blijven dan werken; "
        "bewust geschrapt? dan is er niets te doen"
        for what, code in (("locatie", "kerkstraat"), ("locatie", "stationsplein"), ("partnermap", "cb-zuiddorp"))
    ]


def test_the_example_itself_has_no_published_history(template: Path):
    """Its demo block and its address say it was never a Huis's site: renaming its partners is quiet."""
    shutil.rmtree(template / "partners" / "bibliotheek-lindevelde")
    _commit(template, "Weg", "2026-11-02T10:00:00Z")
    assert _vanished(template) == []


def test_a_fiche_that_does_not_read_is_not_gone(published: Path):
    """A syntax error (committed or not) gives the syntax error only, no "verdwenen" for the partner,
    its locations or its activities."""
    fiche = published / "partners" / "cb-zuiddorp" / "fiche.yml"
    text = fiche.read_text("utf-8")
    fiche.write_text(text.replace("naam: ", 'naam: "', 1), "utf-8")
    for committed in (False, True):
        if committed:
            git(published, "commit", "-q", "-am", "Een aanhalingsteken te veel")
        found = _messages(published)
        assert len(found) == 1 and found[0].startswith("partners/cb-zuiddorp/fiche.yml:"), found
        assert "verdwenen" not in found[0]


def test_a_rename_before_the_huis_has_its_own_address_was_never_published(template: Path):
    """Partners replaced first, an activity renamed, then the address: the old code was never on this
    Huis's site (publishing refuses the example's address), so nothing to warn about."""
    _own_partners(template)
    _commit(template, "Onze partners", "2026-11-02T10:00:00Z")
    _rename_activity(template)
    _commit(template, "Hernoemd", "2026-11-03T10:00:00Z")
    _site_url(template, OWN)
    _commit(template, "Ons adres", "2026-11-04T10:00:00Z")
    assert _messages(template) == []
