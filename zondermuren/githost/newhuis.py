"""A new Huis from the engine's copier template (`zondermuren nieuw`), and its later upgrades (`bijwerken`).

The template is package data (`zondermuren/sjabloon/`: copier.yml and the files under `huis/`), so `nieuw`
needs nothing but the installed engine. `copier update` needs the template in a git repository with
version tags: the engine repository, whose root copier.yml includes the package's. So `nieuw` records
that repository and the engine's tag as the template's origin in `.copier-answers.yml`, and `bijwerken`
re-applies the template of a newer tag from there (tests hand it a local repository).

What a Huis writes itself (huis.yml, partners/, content/, ...) is excluded from an update in copier.yml,
so an upgrade touches only the files the Huis owns but does not edit.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from zondermuren import release

ANSWERS = ".copier-answers.yml"
# Where `bijwerken` finds the template: the engine repository at the engine's version tag.
ENGINE_GIT = f"https://github.com/{release.ENGINE_REPOSITORY}.git"
# A development install (not built by the release workflow) knows no release commit: its pins are this
# placeholder, a well-formed SHA that points nowhere (the release workflow writes the real one).
NO_COMMIT = "0" * 40
# A weekly example activity for a year: the new site's calendar is not empty on its first day.
EXAMPLE_DAYS = 364


class NewHuisError(Exception):
    """What keeps `nieuw` or `bijwerken` from running; its text is Dutch, for the user."""


def template() -> Path:
    """The copier template in the installed package."""
    return Path(str(resources.files("zondermuren") / "sjabloon"))


def engine_commit() -> str:
    return release.ENGINE_COMMIT or NO_COMMIT


def create(
    target: Path,
    answers: Mapping[str, Any],
    *,
    ask: bool,
    today: dt.date,
    source: str | None = None,
    ref: str | None = None,
) -> None:
    """Render a new Huis into `target` (missing or empty): copier asks only when `ask`, otherwise the
    answers given and the template's defaults. `source`/`ref`: a git repository of the template and its
    tag instead of the installed package (the engine's own version and commit then come from the tag)."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        what = "een bestand" if not target.is_dir() else "een map met bestanden"
        raise NewHuisError(
            f"{target}: hier kan geen nieuw Huis komen (verwacht een lege map of een naam die nog niet bestaat; "
            f"gevonden {what}) — kies een nieuwe map, zoals: zondermuren nieuw mijn-huis"
        )
    data: dict[str, Any] = {
        **answers,
        "vandaag": today.isoformat(),
        "tot_en_met": (today + dt.timedelta(days=EXAMPLE_DAYS)).isoformat(),
    }
    if source is None:
        data |= {"engine_version": release.VERSION, "engine_commit": engine_commit()}
    _copy(source or str(template()), target, data, ask=ask, ref=ref)
    if source is None:
        _record_origin(target / ANSWERS)


def _copy(source: str, target: Path, data: dict[str, Any], *, ask: bool, ref: str | None) -> None:
    import copier  # a second of imports: only for the two commands that use it

    try:
        copier.run_copy(source, target, data=data, defaults=not ask, vcs_ref=ref, quiet=True, cleanup_on_error=True)
    except ValueError as error:  # a validator's Dutch message, or a value copier cannot use
        raise NewHuisError(_copier_message(error)) from None
    except (copier.errors.CopierError, KeyboardInterrupt, EOFError) as error:
        raise NewHuisError(f"het nieuwe Huis is niet gemaakt: {error or 'onderbroken'}") from None


def _copier_message(error: ValueError) -> str:
    text = str(error)
    prefix = "Validation error for question '"
    if text.startswith(prefix) and "': " in text:
        question, message = text[len(prefix) :].split("': ", 1)
        return f"--{question.replace('_', '-')}: {message.strip()}"
    return text


def _record_origin(answers_file: Path) -> None:
    """The template's origin for `copier update`: the engine repository at this engine's tag, not the
    folder of the installed package (which moves with every install)."""
    text = answers_file.read_text("utf-8")
    header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
    answers = yaml.safe_load(text) or {}
    answers = {"_commit": f"v{release.VERSION}", "_src_path": ENGINE_GIT} | {
        key: value for key, value in answers.items() if not key.startswith("_")
    }
    body = yaml.safe_dump(answers, allow_unicode=True, sort_keys=False, default_flow_style=False)
    answers_file.write_text(header + body, "utf-8")


def git_init(target: Path, message: str, environ: Mapping[str, str]) -> bool:
    """A git repository with the new Huis as its first commit (what `bijwerken` compares against).
    False when git is not installed."""
    git = shutil.which("git")
    if git is None:
        return False
    _git(target, environ, "init", "--quiet", "--initial-branch=main")
    _git(target, environ, "add", "--all")
    _git(target, environ, "commit", "--quiet", "--message", message)
    return True


def _git(root: Path, environ: Mapping[str, str], *arguments: str) -> str:
    env = dict(environ)
    # A machine without a git identity still gets its first commit; a configured one keeps its own.
    env.setdefault("GIT_AUTHOR_NAME", "zondermuren")
    env.setdefault("GIT_AUTHOR_EMAIL", "zondermuren@localhost")
    env.setdefault("GIT_COMMITTER_NAME", env["GIT_AUTHOR_NAME"])
    env.setdefault("GIT_COMMITTER_EMAIL", env["GIT_AUTHOR_EMAIL"])
    result = subprocess.run(["git", *arguments], cwd=root, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise NewHuisError(f"git {arguments[0]} lukte niet in {root}: {result.stderr.strip()}")
    return result.stdout


def update(root: Path, environ: Mapping[str, str], *, ref: str | None = None) -> list[str]:
    """Re-apply the template of a newer version (`copier update`, the answers kept) and return the
    files that changed, as `git status --short` lists them."""
    if not (root / ANSWERS).is_file():
        raise NewHuisError(
            f"{root / ANSWERS}: dit Huis is niet met `zondermuren nieuw` gemaakt (verwacht {ANSWERS} in de "
            "hoofdmap van het Huis; gevonden niets) — werk het bij met de hand, zie de CHANGELOG van de motor"
        )
    if shutil.which("git") is None or not (root / ".git").exists():
        raise NewHuisError(
            f"{root}: bijwerken vergelijkt met git (verwacht een git-repository; gevonden een map zonder .git) "
            "— maak er een met: git init && git add -A && git commit -m 'Huis'"
        )
    dirty = _git(root, environ, "status", "--porcelain").splitlines()
    if dirty:
        raise NewHuisError(
            f"{root}: er zijn wijzigingen die nog niet gecommit zijn (verwacht een schone werkmap; gevonden "
            f"{len(dirty)} gewijzigde bestanden, zoals {dirty[0][3:]}) — commit ze eerst: git commit -am '...'"
        )
    import copier

    try:
        copier.run_update(
            root, defaults=True, overwrite=True, skip_answered=True, vcs_ref=ref, quiet=True, conflict="inline"
        )
    except ValueError as error:
        raise NewHuisError(_copier_message(error)) from None
    except copier.errors.CopierError as error:
        raise NewHuisError(f"bijwerken lukte niet: {error}") from None
    return _git(root, environ, "status", "--short").splitlines()
