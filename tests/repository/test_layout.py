"""The engine's layout: every module in one layer of the pipeline, imports flowing one way, no circles.

The contract itself is in pyproject.toml ([tool.importlinter]) and `make lint` runs it; these
tests keep the contract honest: it must cover every module, and it must fail on an upward import.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[2]
ENGINE = ROOT / "zondermuren"
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _layers(contract_id: str = "pipeline") -> list[list[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    (contract,) = [c for c in config["tool"]["importlinter"]["contracts"] if c["id"] == contract_id]
    return [[name.strip() for name in re.split(r"[|:]", layer)] for layer in contract["layers"]]


def test_every_module_of_the_engine_belongs_to_exactly_one_layer():
    top_level = sorted(
        {path.stem for path in ENGINE.glob("*.py") if path.stem != "__init__"}
        | {path.parent.name for path in ENGINE.glob("*/__init__.py")}
    )
    listed = [name for layer in _layers() for name in layer]
    assert sorted(listed) == top_level, "pyproject.toml [tool.importlinter] must list each module once"
    # Folders with Python files are packages the contract sees (a folder without __init__.py is not).
    loose = [p.parent for p in ENGINE.rglob("*.py") if not (p.parent / "__init__.py").is_file()]
    assert loose == []


def _cycles(package: str) -> list[list[str]]:
    """Strongly connected groups of modules (Tarjan), counting imports inside TYPE_CHECKING too."""
    graph = grimp.build_graph(package, exclude_type_checking_imports=False)
    edges = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in graph.modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in edges[module]:
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(edges):
        if module not in index:
            visit(module)
    return found


def test_no_import_circle_anywhere_in_the_engine():
    assert _cycles("zondermuren") == []


def _lint(copy: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(copy)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(copy / "pyproject.toml"), "--no-cache"],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_an_upward_import_breaks_the_contract(tmp_path: Path):
    copy = tmp_path / "tree"
    shutil.copytree(ENGINE, copy / "zondermuren", ignore=shutil.ignore_patterns("__pycache__", "*.ttf", "*.j2"))
    shutil.copy2(ROOT / "pyproject.toml", copy / "pyproject.toml")
    assert _lint(copy).returncode == 0, "the untouched copy keeps the contract"
    reading = copy / "zondermuren" / "sources" / "reading.py"
    # Reading the sources must never call model-building: the import circle this layout removed.
    reading.write_text(reading.read_text("utf-8") + "\nfrom zondermuren.model import building  # noqa\n", "utf-8")
    result = _lint(copy)
    assert result.returncode == 1
    assert "zondermuren.sources.reading -> zondermuren.model.building" in result.stdout


def test_every_part_of_the_sources_belongs_to_exactly_one_step():
    """The inner contract of `sources` (reading -> checks | record -> schema -> parsing) covers it all."""
    sources = ENGINE / "sources"
    parts = sorted(
        {path.stem for path in sources.glob("*.py") if path.stem != "__init__"}
        | {path.parent.name for path in sources.glob("*/__init__.py")}
    )
    listed = [name for layer in _layers("sources") for name in layer]
    assert sorted(listed) == parts, "pyproject.toml: the `sources` contract must list each step once"


def test_the_schema_step_importing_a_check_breaks_the_sources_contract(tmp_path: Path):
    """A lower step may not reach up: validation that needed a check would tie the steps in a knot."""
    copy = tmp_path / "tree"
    shutil.copytree(ENGINE, copy / "zondermuren", ignore=shutil.ignore_patterns("__pycache__", "*.ttf", "*.j2"))
    shutil.copy2(ROOT / "pyproject.toml", copy / "pyproject.toml")
    validation = copy / "zondermuren" / "sources" / "schema" / "validation.py"
    validation.write_text(
        validation.read_text("utf-8") + "\nfrom zondermuren.sources.checks import when  # noqa\n", "utf-8"
    )
    result = _lint(copy)
    assert result.returncode == 1
    assert "zondermuren.sources.schema.validation -> zondermuren.sources.checks.when" in result.stdout
    assert "read and check -> model -> outputs -> one build -> commands KEPT" in result.stdout


def test_the_drawing_kit_or_a_layout_importing_the_model_breaks_the_drawing_contract(tmp_path: Path):
    """The kit and print's layouts draw a spec, never the model: the spec names the PDF in the cache.

    The pipeline's layers allow the import (drawing sits above the model); the `drawing` contract does not."""
    copy = tmp_path / "tree"
    shutil.copytree(ENGINE, copy / "zondermuren", ignore=shutil.ignore_patterns("__pycache__", "*.ttf", "*.j2"))
    shutil.copy2(ROOT / "pyproject.toml", copy / "pyproject.toml")
    assert (copy / "zondermuren" / "drawing" / "fonts").is_dir()  # the copy is of the kit as it is
    for module, line in (
        ("drawing/formats.py", "import zondermuren.model"),
        ("printing/layouts/posters.py", "from zondermuren.model import huis"),
    ):
        source = copy / "zondermuren" / module
        source.write_text(source.read_text("utf-8") + f"\n{line}  # noqa\n", "utf-8")
    result = _lint(copy)
    assert result.returncode == 1
    assert "the drawing kit and print's layouts draw specs, not the model BROKEN" in result.stdout
    assert "-   zondermuren.drawing.formats -> zondermuren.model (l." in result.stdout
    assert "-   zondermuren.printing.layouts.posters -> zondermuren.model.huis (l." in result.stdout
    assert "read and check -> model -> outputs -> one build -> commands KEPT" in result.stdout


def test_only_the_boundary_reads_the_environment():
    """Settings come in as `options.Options`; the two boundaries (the command line's `main` and
    MkDocs' events, which also hand MkDocs the fixed day) and options.py are the only readers of os.environ."""
    readers = sorted(
        path.relative_to(ENGINE).as_posix()
        for path in ENGINE.rglob("*.py")
        if re.search(r"os\.environ|os\.getenv|getenv\(", path.read_text("utf-8"))
    )
    assert readers == ["adapter/events.py", "cli/__init__.py", "options.py"]
