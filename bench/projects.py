"""The two projects that are built: ours (the kit with a synthetic Huis) and the plain MkDocs baseline.

The baseline is the same site without our hook: the very Markdown pages our engine wrote, the
files the hook adds (assets, logos, feeds) copied from our built site, the theme, plugins,
overrides and `extra.zm` of ours (by INHERIT of our mkdocs.yml), and instead of our hook one that
only adds the engine's part of mkdocs.yml (`zondermuren.adapter.configure`: theme, its templates,
CSS, JS, extensions), with the menu our build had written out as `nav`.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

from testkit.huizen.generate import write_yaml
from testkit.sitebuild import copy_project
from zondermuren import build
from zondermuren import options as build_options
from zondermuren.adapter import configure

# The baseline's one hook: the engine's part of mkdocs.yml, none of its work.
ENGINE_CONFIG_HOOK = """from mkdocs.plugins import event_priority

from zondermuren.adapter import configure


@event_priority(100)
def on_config(config):
    configure.apply(config)
    return config
"""


def ours(target: Path, huis: Path) -> Path:
    return copy_project(target, huis)


def extra_zm(project: Path, with_print: bool) -> tuple[str, dict[str, Any], list[str], build.Theme]:
    """What the hook's on_config puts in config.extra["zm"], the site name, the files it adds, and
    the theme's data (the menu, the logo).

    Run after our build, with the same print setting: the pages are up to date, so `prepare`
    writes nothing, and the print items (if any) come from the warm cache."""
    # The address as the adapter reads it (mkdocs.yml, `!ENV` included), in the one place it is read.
    options = dataclasses.replace(build_options.for_site(project / "mkdocs.yml"), with_print=with_print)
    prepared = build.prepare(project, project / "content", options)
    shown = build.theme(prepared)
    # Plain str and dict (YAML cannot write Markup): the same escaped text the hook hands Material.
    zm = json.loads(json.dumps(shown.extra))
    return str(shown.site_name), zm, sorted(prepared.files), shown


def baseline(project: Path, target: Path, with_print: bool) -> Path:
    """A plain MkDocs + Material project building the pages of our built `project`."""
    if target.exists():
        shutil.rmtree(target)
    name, zm, added, shown = extra_zm(project, with_print)
    shutil.copytree(project / "overrides", target / "overrides")
    shutil.copytree(project / "content", target / "content", ignore=shutil.ignore_patterns(build.GENERATED_LIST))
    for path in added:
        destination = target / "content" / path
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(project / "site" / path, destination)
    shutil.copy2(project / "mkdocs.yml", target / "mkdocs.ours.yml")
    (target / "engine_config.py").write_text(ENGINE_CONFIG_HOOK, "utf-8")
    home, *generated = shown.menu
    nav = [home, *configure.own_pages(project / "content"), *generated]
    logo = {"logo": shown.logo, "favicon": shown.logo} if shown.logo else {}
    # mergedeep replaces lists: `hooks:` drops our hook, `watch: []` the Huis folders it watched.
    config = {
        "INHERIT": "mkdocs.ours.yml",
        "site_name": name,
        "hooks": ["engine_config.py"],
        "watch": [],
        "nav": nav,
        "theme": logo,
        "extra": {"zm": zm},
    }
    write_yaml(target / "mkdocs.yml", config, "https://json.schemastore.org/mkdocs-1.6.json")
    (target / "extra-zm.json").write_text(json.dumps(zm, ensure_ascii=False, indent=1), "utf-8")
    return target


def warm_print_cache(project: Path) -> None:
    """One full build first, so that a profiled build finds every print item in the cache."""
    import subprocess

    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=project, env=env, check=True)
