"""The engine's release: one version (zondermuren/release.py), its changelog entry, and where it is read.

A release cannot ship without its entry in the changelog for coordinators (Dutch, in the package),
and the version in the wheel's metadata is the one in release.py, not a second copy in pyproject.toml.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path

from zondermuren import release

ROOT = Path(__file__).resolve().parents[2]
CHANGELOG = ROOT / "zondermuren" / "CHANGELOG.md"
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
HEADINGS = ["Wat verandert er voor jullie", "Wat moeten jullie doen"]


def _entries(text: str) -> list[tuple[str, str]]:
    """(version, body) per `## ` heading, in the file's order."""
    parts = re.split(r"^## (.+)$", text, flags=re.M)
    return list(zip(parts[1::2], parts[2::2], strict=True))


def test_the_newest_changelog_entry_is_this_version() -> None:
    entries = _entries(CHANGELOG.read_text("utf-8"))
    assert entries, "no `## <version>` heading"
    assert entries[0][0] == release.VERSION, "add the entry for this version on top of zondermuren/CHANGELOG.md"
    versions = [tuple(int(n) for n in SEMVER.fullmatch(version).groups()) for version, _ in entries]  # type: ignore[union-attr]
    assert versions == sorted(set(versions), reverse=True), "newest first, each version once"


def test_every_entry_says_what_changes_and_what_to_do() -> None:
    for version, body in _entries(CHANGELOG.read_text("utf-8")):
        found = re.findall(r"^### (.+)$", body, flags=re.M)
        assert found == HEADINGS, version
        for part in re.split(r"^### .+$", body, flags=re.M)[1:]:
            assert re.search(r"^- \S", part, flags=re.M), f"{version}: an empty part"


def test_the_changelog_ships_in_the_package_and_the_readme_links_it() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "CHANGELOG.md" in config["tool"]["setuptools"]["package-data"]["zondermuren"]
    assert resources.files("zondermuren").joinpath("CHANGELOG.md").read_text("utf-8") == CHANGELOG.read_text("utf-8")
    assert "(zondermuren/CHANGELOG.md)" in (ROOT / "README.md").read_text("utf-8")


def test_the_version_is_read_from_release_py_alone() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "version" not in config["project"] and config["project"]["dynamic"] == ["version"]
    assert config["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "zondermuren.release.VERSION"}
    assert SEMVER.fullmatch(release.VERSION)
    assert isinstance(release.FORMAT, int) and release.FORMAT >= 1
    assert re.fullmatch(r"[A-Za-z0-9-]+/[A-Za-z0-9._-]+", release.ENGINE_REPOSITORY)
