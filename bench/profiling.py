"""`python -m bench.run --profile SIZE`: one of our full builds under pyinstrument.

The build runs in a child process (`python -m bench.profiling PROJECT OUT`) so the profile holds
only MkDocs and the engine. Writes OUT/profile-<size>.html, .txt (call tree), -flat.txt (self time per
function), -engine.txt (inclusive time per engine function and template) and -packages.txt (self
time per package), and prints the top of each.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from bench import projects
from testkit.huizen import generate

if TYPE_CHECKING:
    from pyinstrument.frame import Frame
    from pyinstrument.session import Session

ENGINE = str(Path(generate.ROOT, "zondermuren"))
STDLIB = Path(os.__file__).parent
REQUIREMENT = "pyinstrument>=5,<6"  # bench only: not in constraints.txt


def ensure_pyinstrument() -> None:
    if importlib.util.find_spec("pyinstrument") is None:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", REQUIREMENT], check=True)


def engine_summary(session: Session, top: int = 30) -> list[str]:
    """Inclusive seconds per engine function or template (outermost frame only, so recursion and
    templates including templates are not counted twice)."""
    totals: dict[str, float] = {}

    def walk(frame: Frame, seen: frozenset[str]) -> None:
        key = ""
        path = frame.file_path or ""
        if path.startswith(ENGINE):
            key = f"{frame.function} ({Path(path).relative_to(generate.ROOT)}:{frame.line_no})"
            if path.endswith(".j2"):
                key = f"template {Path(path).relative_to(generate.ROOT)}"
            if key not in seen:
                totals[key] = totals.get(key, 0.0) + frame.time
        for child in frame.children:
            walk(child, seen | {key} if key else seen)

    root = session.root_frame()
    walk(root, frozenset())
    total = root.time or 1.0
    ranked = sorted(totals.items(), key=lambda item: -item[1])[:top]
    return [f"{seconds:8.2f}s {seconds / total:6.1%}  {name}" for name, seconds in ranked]


def _package(path: str) -> str:
    """'jinja2', 'material', 'zondermuren', 'zondermuren templates', 'html' (the standard library's),
    or "" for built-in functions, whose time goes to the package that called them."""
    file = Path(path)
    if "site-packages" in file.parts:
        return file.parts[file.parts.index("site-packages") + 1]
    if file.is_relative_to(generate.ROOT):
        return "zondermuren templates" if file.suffix == ".j2" else file.relative_to(generate.ROOT).parts[0]
    if file.is_relative_to(STDLIB):
        return file.relative_to(STDLIB).parts[0].removesuffix(".py")
    if file.parts[-2:-1] in (("hooks",), ("overrides",)):  # the project copy's hook and theme overrides
        return file.parts[-2]
    return ""


def package_summary(session: Session) -> list[str]:
    """Self time per package: where the build's time goes, engine or MkDocs, Material, i18n, Markdown."""
    totals: dict[str, float] = {}
    stack = [(session.root_frame(), "(other)")]
    while stack:
        frame, caller = stack.pop()
        if frame is None or frame.is_synthetic:  # a synthetic [self] frame is in its parent's self time
            continue
        key = _package(frame.file_path or "") or caller
        totals[key] = totals.get(key, 0.0) + frame.total_self_time
        stack.extend((child, key) for child in frame.children)
    total = sum(totals.values()) or 1.0
    ranked = sorted(totals.items(), key=lambda item: -item[1])
    return [f"{seconds:8.2f}s {seconds / total:6.1%}  {name}" for name, seconds in ranked]


def child(project: Path, out: Path) -> None:
    """Profile `mkdocs build --strict` in `project` (the current folder)."""
    from mkdocs.__main__ import cli
    from pyinstrument import Profiler
    from pyinstrument.renderers import ConsoleRenderer

    # The engine renders languages in forked workers, which a profiler of this process cannot see:
    # one core makes it render them here, so the profile shows the engine's own work.
    os.cpu_count = lambda: 1
    profiler = Profiler(interval=0.002)
    profiler.start()
    try:
        cli(["build", "--strict"], standalone_mode=False)
    finally:
        profiler.stop()
    session = profiler.last_session
    session.save(str(out.with_suffix(".pyisession")))  # pyinstrument --load=... renders it again
    out.with_suffix(".html").write_text(profiler.output_html(), "utf-8")
    text = ConsoleRenderer(unicode=True, color=False, short_mode=True).render(session)
    out.with_suffix(".txt").write_text(text, "utf-8")
    flat = ConsoleRenderer(unicode=True, color=False, flat=True).render(session)
    out.with_name(out.name + "-flat.txt").write_text(flat, "utf-8")
    out.with_name(out.name + "-engine.txt").write_text("\n".join(engine_summary(session)) + "\n", "utf-8")
    out.with_name(out.name + "-packages.txt").write_text("\n".join(package_summary(session)) + "\n", "utf-8")


def main(size: generate.Size, out_dir: Path, seed: int) -> int:
    ensure_pyinstrument()
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"profile-{size.name}"
    with tempfile.TemporaryDirectory(prefix="zondermuren-profile-") as work:
        huis = generate.generate(size, Path(work) / "huis", seed)
        print(f"[profile {size.name}] {generate.count(huis)}", flush=True)
        project = projects.ours(Path(work) / "project", huis)
        projects.warm_print_cache(project)
        command = [sys.executable, "-m", "bench.profiling", str(project), str(out)]
        subprocess.run(command, cwd=project, check=True, env={**os.environ, "PYTHONPATH": str(generate.ROOT)})
    titles = (
        (".txt", "call tree"),
        ("-flat.txt", "self time"),
        ("-engine.txt", "engine"),
        ("-packages.txt", "packages"),
    )
    for name, title in titles:
        path = out.with_suffix(name) if name == ".txt" else out.with_name(out.name + name)
        print(f"\n--- {title}: {path} (top 25 lines)")
        print("\n".join(path.read_text("utf-8").splitlines()[:25]))
    print(f"\n--- html: {out.with_suffix('.html')}")
    return 0


if __name__ == "__main__":
    child(Path(sys.argv[1]), Path(sys.argv[2]))
