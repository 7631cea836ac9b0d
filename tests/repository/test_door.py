"""The engine's one door: the command line, the MkDocs adapter and the hook file use `build` and nothing else.

import-linter's "cli-door" and "adapter-door" contracts (pyproject.toml) enforce it in `make lint`;
these tests keep them honest (they name every other package, and an import through the wall fails
them), read the imports themselves, keep hooks/ a hand-over of a few lines, and keep the site's
address read in one place.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from jinja2 import DictLoader, Environment

from zondermuren import build, i18n
from zondermuren.adapter import events
from zondermuren.site import rendering

ROOT = Path(__file__).resolve().parents[2]
ENGINE = ROOT / "zondermuren"
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
DOOR = {
    "zondermuren.build",
    "zondermuren.options",
    "zondermuren.problems",
    "zondermuren.i18n",
    "zondermuren.githost",
    "zondermuren.release",  # the version and data format: --version, a new Huis's pins
}
BOUNDARIES = {"cli", "adapter"}


def _contracts() -> list[dict]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["importlinter"]["contracts"]


def _imports(path: Path) -> set[str]:
    """The zondermuren modules a file imports (`from zondermuren import x` counts as zondermuren.x)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "zondermuren":
                found.update(f"zondermuren.{alias.name}" for alias in node.names)
            else:
                found.add(node.module)
    return {name for name in found if name.split(".")[0] == "zondermuren"}


def _outside(imported: set[str], own: str) -> list[str]:
    allowed = DOOR | {own}
    return sorted(name for name in imported if not any(name == a or name.startswith(a + ".") for a in allowed))


def test_the_cli_and_the_adapter_import_only_the_door():
    for package in sorted(BOUNDARIES):
        files = sorted((ENGINE / package).rglob("*.py"))
        assert files, package
        for path in files:
            assert _outside(_imports(path), f"zondermuren.{package}") == [], path.relative_to(ROOT)
    # The door itself is what they use: each name they take from build is in its __all__.
    used = set()
    for path in [*(ENGINE / "cli").rglob("*.py"), *(ENGINE / "adapter").rglob("*.py")]:
        used.update(re.findall(r"\bbuild\.([A-Za-z_]+)", path.read_text("utf-8")))
    assert used and sorted(used - set(build.__all__)) == []
    assert all(hasattr(build, name) for name in build.__all__)


def test_the_hook_file_only_hands_the_events_to_the_adapter():
    hooks = sorted((ROOT / "hooks").glob("*.py"))
    assert [path.name for path in hooks] == ["zondermuren_hook.py"]
    for path in hooks:
        code = [line for line in path.read_text("utf-8").splitlines() if line.strip() and not line.startswith(" ")]
        assert len(path.read_text("utf-8").splitlines()) <= 10, "a few lines: the adapter lives in the package"
        assert _imports(path) == {"zondermuren.adapter.events"}, code
    assert not (ROOT / "hooks" / "templates").exists()
    # As MkDocs loads it (by path, mkdocs.config.config_options.Hooks): every event is the adapter's.
    spec = importlib.util.spec_from_file_location("zondermuren_hook_under_test", ROOT / "hooks" / "zondermuren_hook.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found = sorted(name for name in dir(module) if name.startswith("on_"))
    assert found == sorted(events.__all__)
    assert all(getattr(module, name) is getattr(events, name) for name in found)


def test_the_door_contracts_name_every_other_package():
    contracts = {c["id"]: c for c in _contracts()}
    layers = contracts["pipeline"]["layers"]
    every = {name.strip() for layer in layers for name in re.split(r"[|:]", layer.split("#")[0])}
    for package in BOUNDARIES:
        contract = contracts[f"{package}-door"]
        assert contract["type"] == "forbidden" and contract["source_modules"] == [f"zondermuren.{package}"]
        allowed = {name.removeprefix("zondermuren.") for name in DOOR} | BOUNDARIES
        expected = sorted(f"zondermuren.{name}" for name in every - allowed)
        assert sorted(contract["forbidden_modules"]) == expected
        assert contract["allow_indirect_imports"] is True  # through the door is the way in
    assert layers[0] == "cli | adapter"  # the two boundaries, on top, neither using the other


def test_an_import_through_the_wall_breaks_the_cli_contract(tmp_path: Path):
    copy = tmp_path / "tree"
    shutil.copytree(ENGINE, copy / "zondermuren", ignore=shutil.ignore_patterns("__pycache__", "*.ttf", "*.j2"))
    shutil.copy2(ROOT / "pyproject.toml", copy / "pyproject.toml")
    overviews = copy / "zondermuren" / "cli" / "overviews.py"
    # The translation report straight from the site's module, past the door.
    overviews.write_text(overviews.read_text("utf-8") + "\nfrom zondermuren.site import translations  # noqa\n")
    result = subprocess.run(
        [str(LINT_IMPORTS), "--config", str(copy / "pyproject.toml"), "--no-cache"]
        + ["--contract", "cli-door", "--contract", "adapter-door"],
        cwd=copy,
        env={**os.environ, "PYTHONPATH": str(copy)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert re.search(r"the command line goes through the door \(build\) BROKEN", result.stdout), result.stdout
    assert re.search(r"the MkDocs adapter goes through the door \(build\) KEPT", result.stdout), result.stdout
    assert "zondermuren.cli.overviews -> zondermuren.site.translations" in result.stdout


def test_the_site_address_is_read_in_one_place():
    """mkdocs.yml's site_url (or its !ENV variable) is read by options.configured_site_url, which
    only options.for_site calls; the command line, the adapter and the benchmark all use for_site."""
    readers, users = [], []
    for path in sorted([*ENGINE.rglob("*.py"), *(ROOT / "hooks").glob("*.py"), *(ROOT / "bench").glob("*.py")]):
        text = path.read_text("utf-8")
        name = path.relative_to(ROOT).as_posix()
        if "configured_site_url(" in text:
            readers.append(name)
        if re.search(r"\bfor_site\(", text):
            users.append(name)
    assert readers == ["zondermuren/options.py"]
    assert users == [
        "bench/projects.py",
        "zondermuren/adapter/events.py",
        "zondermuren/cli/__init__.py",
        "zondermuren/options.py",
    ]
    source = (ENGINE / "options.py").read_text("utf-8")
    assert len(re.findall(r"configured_site_url\(", source)) == 2  # its definition, and for_site's call


def test_a_huis_s_own_words_are_a_value_passed_along(tmp_path: Path):
    """The Huis's locales/ folder is asked for with the Huis's folder (`Translator(language, huis.root)`),
    never set on the process by a build: two Huizen in one process keep their own words."""
    assert not hasattr(i18n, "use_project_locales") and not hasattr(i18n, "_search_path")
    for name, word in (("een", "Welkom bij een"), ("twee", "Welkom bij twee")):
        (tmp_path / name / "locales").mkdir(parents=True)
        (tmp_path / name / "locales" / "nl.yml").write_text(f"home:\n  title: {word}\n", "utf-8")
    assert i18n.Translator("nl", tmp_path / "een")("home.title") == "Welkom bij een"
    assert i18n.Translator("nl", tmp_path / "twee")("home.title") == "Welkom bij twee"
    assert i18n.Translator("nl")("home.title") not in ("Welkom bij een", "Welkom bij twee")
    assert i18n.catalogue("fr", tmp_path / "een")["home.title"] == i18n.catalogue("fr")["home.title"]
    # The engine asks for the catalogues with the Huis's folder everywhere it has a Huis.
    bare = [
        f"{path.relative_to(ENGINE)}:{number}"
        for path in sorted(ENGINE.rglob("*.py"))
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if re.search(r"Translator\([^,()]*\)|catalogue\([^,()]*\)", line) and "def " not in line
    ]
    assert bare == []


def test_compiled_templates_are_a_value_of_the_build(tmp_path: Path):
    """Where compiled templates are kept is the build's (Prepared.templates), not a setting of the
    process: the engine has no such setting left, a cache writes into its own folder, and another
    cache finds the template compiled in the process's memo (of a pure function) without a write."""
    assert not hasattr(rendering, "keep_compiled") and not hasattr(rendering, "compiled_templates")
    assert "templates" in {field.name for field in build.Prepared.__dataclass_fields__.values()}
    source = {"page.j2": "{{ 1 + 1 }} zondermuren-test-" + tmp_path.name}
    for folder in ("a", "b"):
        cache = rendering.CompiledTemplates(tmp_path / folder)
        assert Environment(loader=DictLoader(source), bytecode_cache=cache).get_template("page.j2").render()
    written = sorted(p.parent.name for p in tmp_path.rglob("*.jinja"))
    assert written == ["a"]  # the second compiled from the process's memo: nothing to write, nothing shared
