"""A new Huis in one command (`zondermuren nieuw`), upgrades of its engine's files (`zondermuren bijwerken`),
and huis-sjabloon/, the template repository kept in sync with what `nieuw` writes.

The test that builds a new Huis from the wheel is in test_new_huis_wheel.py (the one slow test).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from zondermuren import release
from zondermuren.cli import main
from zondermuren.githost import newhuis

# `slow` (copier and git repositories): `make test` runs it, `make test-fast` does not.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
ZONDERMUREN = str(Path(sys.executable).parent / "zondermuren")
TEMPLATE_DAY = "2026-12-07"  # the day huis-sjabloon/ was rendered: its example activity starts then
PIN = re.compile(r"@([0-9a-f]{40}) # v(\d+\.\d+\.\d+)$", re.MULTILINE)


def _nieuw(*arguments: str, cwd: Path, today: str = TEMPLATE_DAY) -> subprocess.CompletedProcess[str]:
    """`zondermuren nieuw` as a coordinator's script runs it: no terminal, stdin closed."""
    env = {**os.environ, "ZONDERMUREN_TODAY": today}
    return subprocess.run(
        [ZONDERMUREN, "nieuw", *arguments],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _files(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and ".git" not in path.relative_to(folder).parts
    }


def test_nieuw_refuses_a_folder_with_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    (tmp_path / "huis").mkdir()
    (tmp_path / "huis" / "notities.txt").write_text("van mij\n", "utf-8")
    assert main(["nieuw", str(tmp_path / "huis")]) == 2
    assert capsys.readouterr().err == (
        f"Fout: {tmp_path / 'huis'}: hier kan geen nieuw Huis komen (verwacht een lege map of een naam die nog "
        "niet bestaat; gevonden een map met bestanden) — kies een nieuwe map, zoals: zondermuren nieuw mijn-huis\n"
    )
    assert sorted(p.name for p in (tmp_path / "huis").iterdir()) == ["notities.txt"]


def test_nieuw_refuses_a_municipality_without_postcode(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["nieuw", str(tmp_path / "huis"), "--vragen", "nee", "--gemeenten", "Nieuwdorp; Oudveld 9991"]) == 2
    assert capsys.readouterr().err == (
        "Fout: --gemeenten: Schrijf elke gemeente als naam en postcode(s), gescheiden door een puntkomma, zoals: "
        "Nieuwdorp 9990; Oudveld 9991 9992 (gevonden: Nieuwdorp).\n"
    )
    assert not (tmp_path / "huis").exists()


def test_nieuw_without_a_terminal_asks_nothing_and_uses_the_defaults(tmp_path: Path):
    result = _nieuw("mijn-huis", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith(f"Klaar: een nieuw Huis in {tmp_path / 'mijn-huis'} (")
    huis = tmp_path / "mijn-huis"
    text = (huis / "huis.yml").read_text("utf-8")
    assert 'naam: "Huis van het Kind Nieuwdorp"' in text and "talen: [nl]" in text and "formaat: 1" in text
    assert (huis / "requirements.txt").read_text("utf-8").splitlines()[-1] == f"zondermuren=={release.VERSION}"
    assert 'site_url: !ENV [ZONDERMUREN_SITE_URL, "https://mijn-huis.github.io/mijn-huis/"]' in (
        huis / "mkdocs.yml"
    ).read_text("utf-8")
    # The example activity starts on the day the Huis was made, so the new calendar is not empty.
    activities = (huis / "partners" / "speelotheek-nieuwdorp" / "activiteiten.yml").read_text("utf-8")
    assert 'vanaf: "2026-12-07"' in activities and 'tot_en_met: "2027-12-06"' in activities
    # A git repository with the Huis as its first commit: what `bijwerken` compares against later.
    log = subprocess.run(["git", "log", "--format=%s"], cwd=huis, capture_output=True, text=True, check=True)
    assert log.stdout == "Nieuw Huis, gemaakt met zondermuren nieuw\n"
    answers = (huis / ".copier-answers.yml").read_text("utf-8")
    assert f"_commit: v{release.VERSION}\n_src_path: {newhuis.ENGINE_GIT}\n" in answers


def test_the_gitlab_variant_writes_gitlab_ci_and_renovate_and_no_github_files(tmp_path: Path):
    result = _nieuw("huis", "--gitlab", "--eigenaar", "zesdorpen", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    huis = tmp_path / "huis"
    assert not (huis / ".github").exists() and not (huis / ".ci").exists()
    assert (
        (huis / ".gitlab-ci.yml")
        .read_text("utf-8")
        .endswith(
            f"include:\n  - project: {release.ENGINE_REPOSITORY}\n    ref: v{release.VERSION}\n    file: /gitlab/huis.yml\n"
        )
    )
    assert '"gitlabci-include"' in (huis / "renovate.json").read_text("utf-8")
    assert "https://zesdorpen.gitlab.io/huis/" in (huis / "mkdocs.yml").read_text("utf-8")


def _normal(name: str, content: bytes) -> bytes:
    """huis-sjabloon/ without the values a render takes from its day and from the release: the example's
    dates (the day it was made) and the engine's commit (written by the release workflow)."""
    text = content.decode("utf-8")
    if name.startswith("partners/"):
        text = re.sub(r'"\d{4}-\d{2}-\d{2}"', '"JJJJ-MM-DD"', text)
    return PIN.sub(r"@COMMIT # v\2", text).encode("utf-8")


def test_huis_sjabloon_is_what_nieuw_writes(tmp_path: Path):
    """huis-sjabloon/ (GitHub's "Use this template") is `zondermuren nieuw huis-sjabloon --github` with the
    defaults. Regenerate it with: rm -rf huis-sjabloon && zondermuren nieuw huis-sjabloon --github --zonder-git"""
    result = _nieuw("huis-sjabloon", "--github", "--zonder-git", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    fresh = {name: _normal(name, data) for name, data in _files(tmp_path / "huis-sjabloon").items()}
    kept = {name: _normal(name, data) for name, data in _files(ROOT / "huis-sjabloon").items()}
    assert sorted(kept) == sorted(fresh)
    assert [name for name in fresh if kept[name] != fresh[name]] == []


def test_bijwerken_refuses_a_huis_without_answers_or_with_uncommitted_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    (tmp_path / "oud").mkdir()
    assert main(["--map", str(tmp_path / "oud"), "bijwerken"]) == 2
    assert capsys.readouterr().err == (
        f"Fout: {tmp_path / 'oud' / '.copier-answers.yml'}: dit Huis is niet met `zondermuren nieuw` gemaakt "
        "(verwacht .copier-answers.yml in de hoofdmap van het Huis; gevonden niets) — werk het bij met de hand, "
        "zie de CHANGELOG van de motor\n"
    )
    assert _nieuw("huis", cwd=tmp_path).returncode == 0
    (tmp_path / "huis" / "huis.yml").write_text("naam: half af\n", "utf-8")
    assert main(["--map", str(tmp_path / "huis"), "bijwerken"]) == 2
    assert capsys.readouterr().err == (
        f"Fout: {tmp_path / 'huis'}: er zijn wijzigingen die nog niet gecommit zijn (verwacht een schone werkmap; "
        "gevonden 1 gewijzigde bestanden, zoals huis.yml) — commit ze eerst: git commit -am '...'\n"
    )


def _git(folder: Path, *arguments: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "test",
        "GIT_AUTHOR_EMAIL": "test@localhost",
        "GIT_COMMITTER_NAME": "test",
        "GIT_COMMITTER_EMAIL": "test@localhost",
    }
    done = subprocess.run(["git", *arguments], cwd=folder, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _engine_repository(folder: Path) -> tuple[str, str]:
    """A stand-in for the engine repository: its root copier.yml and the package's template, at two tags.
    v1.0.0 is today's template with a Makefile that lacks `make print`; v1.1.0 is today's template."""
    (folder / "zondermuren").mkdir(parents=True)
    shutil.copy2(ROOT / "copier.yml", folder / "copier.yml")
    shutil.copytree(ROOT / "zondermuren" / "sjabloon", folder / "zondermuren" / "sjabloon")
    makefile = folder / "zondermuren" / "sjabloon" / "huis" / "Makefile"
    current = makefile.read_text("utf-8")
    older = re.sub(r"\n## make print:.*?\n\n", "\n", current, flags=re.DOTALL)
    assert "print:" not in older and "print:" in current
    makefile.write_text(older, "utf-8")
    _git(folder, "init", "--quiet", "--initial-branch=main")
    _git(folder, "add", "--all")
    _git(folder, "commit", "--quiet", "--message", "v1.0.0")
    _git(folder, "tag", "v1.0.0")
    first = _git(folder, "rev-parse", "HEAD").strip()
    makefile.write_text(current, "utf-8")
    _git(folder, "commit", "--quiet", "--all", "--message", "v1.1.0")
    _git(folder, "tag", "v1.1.0")
    return first, _git(folder, "rev-parse", "HEAD").strip()


def test_bijwerken_brings_the_new_workflow_pins_and_makefile_and_leaves_the_huis_own_files(tmp_path: Path):
    engine = tmp_path / "motor"
    old, new = _engine_repository(engine)
    made = _nieuw("huis", "--sjabloon", str(engine), "--versie", "v1.0.0", "--talen", "nl,fr", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    huis = tmp_path / "huis"
    controle = huis / ".github" / "workflows" / "controle.yml"
    assert PIN.findall(controle.read_text("utf-8")) == [(old, "1.0.0")]
    assert "\nprint:" not in (huis / "Makefile").read_text("utf-8")
    # The coordinator's own work: settings, a partner's fiche, a page, a new page.
    with (huis / "huis.yml").open("a", encoding="utf-8") as settings:
        settings.write("# eigen opmerking van de coördinator\n")
    fiche = next((huis / "partners").glob("*/fiche.yml"))
    fiche.write_text(fiche.read_text("utf-8").replace("Dorpsstraat 1", "Kerkstraat 7"), "utf-8")
    (huis / "content" / "over-ons.md").write_text("# Over ons\n\nOns eigen verhaal.\n", "utf-8")
    (huis / "content" / "faq.md").write_text("# Vragen\n", "utf-8")
    _git(huis, "add", "--all")
    _git(huis, "commit", "--quiet", "--message", "Ons Huis")
    own = {
        name: data for name, data in _files(huis).items() if name.split("/")[0] in ("huis.yml", "partners", "content")
    }

    result = subprocess.run([ZONDERMUREN, "--map", str(huis), "bijwerken"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert PIN.findall(controle.read_text("utf-8")) == [(new, "1.1.0")]
    assert "\nprint: $(STAMP)\n\t$(BIN)/zondermuren drukwerk\n" in (huis / "Makefile").read_text("utf-8")
    assert (huis / "requirements.txt").read_text("utf-8").endswith("zondermuren==1.1.0\n")
    assert "_commit: v1.1.0\n" in (huis / ".copier-answers.yml").read_text("utf-8")
    after = {
        name: data for name, data in _files(huis).items() if name.split("/")[0] in ("huis.yml", "partners", "content")
    }
    assert after == own
    changed = sorted(line[3:] for line in _git(huis, "status", "--short").splitlines())
    assert changed == [
        ".copier-answers.yml",
        ".github/workflows/controle.yml",
        ".github/workflows/drukwerk-cache.yml",
        ".github/workflows/formulier.yml",
        ".github/workflows/publiceren.yml",
        ".github/workflows/regio.yml",
        "CONTRIBUTING.md",
        "Makefile",
        "requirements.txt",
    ]
    assert result.stdout.startswith("Bijgewerkt: 9 bestanden veranderden (git diff toont hoe):\n")


def test_a_new_huis_ignores_every_page_the_engine_makes():
    """The template's content/.gitignore is the example's (which test_pages.py checks against every page
    the engine writes), and `bijwerken` refreshes it: a new kind of page comes with its pattern."""
    template = ROOT / "zondermuren" / "sjabloon" / "huis" / "content" / '{{ "" }}.gitignore'
    assert template.read_text("utf-8") == (ROOT / "content" / ".gitignore").read_text("utf-8")
    settings = (ROOT / "zondermuren" / "sjabloon" / "copier.yml").read_text("utf-8")
    assert "content/*.md{% endif %}" in settings and "content{% endif %}" not in settings


def test_a_municipality_id_is_its_name_without_accents(tmp_path: Path):
    result = _nieuw("huis", "--gemeenten", "Hélécine 1357; Sint-Genesius-Rode 1640", "--zonder-git", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    settings = (tmp_path / "huis" / "huis.yml").read_text("utf-8")
    assert '  - id: helecine\n    naam: "Hélécine"\n' in settings
    assert '  - id: sint-genesius-rode\n    naam: "Sint-Genesius-Rode"\n' in settings
