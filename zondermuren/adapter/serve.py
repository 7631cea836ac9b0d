"""The preview (`mkdocs serve`): one rebuild per save, and the problem list in the browser.

MkDocs watches the whole docs folder, and the engine writes its generated pages there during a
build (mkdocs-static-i18n cannot take in-memory pages): every save then caused a second, useless
build. MkDocs' public API cannot ignore paths, so `watch_sources_only` replaces the watch of the
docs folder by one that skips our own pages. It uses `LiveReloadServer` internals, pinned to
MkDocs `PINNED_MKDOCS` (constraints.txt); tests/adapter/test_serve.py fails when they change.

While the sources have errors the adapter builds an error site instead of raising (only in the
preview: `mkdocs build` still fails): every page the site had, and every other URL (404.html),
shows the whole Dutch problem list, and the site comes back by itself once it is fixed. Under
`--dirty` the last good site is moved aside meanwhile, and the save that fixes a fiche puts it back
and rebuilds only that fiche's pages, as any other save (`Incremental`).
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import mkdocs
from jinja2 import Environment, FileSystemLoader, select_autoescape
from mkdocs.utils import clean_directory

from zondermuren import build
from zondermuren.problems import Level, Problem

PINNED_MKDOCS = "1.6.1"
# What `watch_sources_only` touches of mkdocs.livereload.LiveReloadServer (besides its public
# watch/unwatch): the observer, the two watch tables and the rebuild flag with its condition.
INTERNALS = ("observer", "_watched_paths", "_watch_refs", "_rebuild_cond", "_want_rebuild")
TEMPLATES = Path(__file__).parent / "templates"


def generated(docs_dir: Path, path: str) -> bool:
    """True for a page the engine writes (or its list): a change there needs no new build.

    A page is recognised by its marker, not only by the list: the engine writes new pages before
    it rewrites the list, and the watcher may look in between. A removed page is judged by the list."""
    try:
        name = Path(path).resolve().relative_to(docs_dir.resolve()).as_posix()
    except ValueError:
        return False
    if name == build.GENERATED_LIST:
        return True
    if not name.endswith(".md"):
        return False
    if Path(path).is_file():
        try:
            return build.is_generated_page(Path(path))
        except OSError:  # removed while we looked
            pass
    return name in build.generated_pages(docs_dir)


def watch_sources_only(server: Any, docs_dir: str) -> bool:
    """Watch `docs_dir` as MkDocs does, but let changes to generated pages pass without a build.

    Returns False (and leaves MkDocs' own watch) when the server is not the one this was written for."""
    import watchdog.events  # what MkDocs' own watch uses; only `serve` needs it

    if getattr(mkdocs, "__version__", "") != PINNED_MKDOCS or not all(hasattr(server, name) for name in INTERNALS):
        return False
    folder = os.path.abspath(docs_dir)
    if folder not in server._watched_paths:
        return False
    docs = Path(folder)

    def callback(event: Any) -> None:  # a watchdog FileSystemEvent
        if event.is_directory:
            return
        changed = [str(p) for p in (event.src_path, getattr(event, "dest_path", "")) if p]
        if all(generated(docs, path) for path in changed):
            return
        with server._rebuild_cond:  # what MkDocs' own callback does (mkdocs/livereload/__init__.py)
            server._want_rebuild = True
            server._rebuild_cond.notify_all()

    server.unwatch(folder)
    handler = watchdog.events.FileSystemEventHandler()
    handler.on_any_event = callback  # type: ignore[method-assign]
    server._watched_paths[folder] = 1
    server._watch_refs[folder] = server.observer.schedule(handler, folder, recursive=True)
    return True


class ErrorSite:
    """The pages of a preview whose sources have errors: collected per language build, written once."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.targets: set[Path] = set()
        self.lock = threading.Lock()

    @property
    def active(self) -> bool:
        return bool(self.problems)

    def start(self, problems: list[Problem]) -> None:
        self.problems, self.targets = problems, set()

    def stop(self) -> None:
        self.problems, self.targets = [], set()

    def add_targets(self, paths: Iterable[str]) -> None:
        self.targets.update(Path(path) for path in paths)

    def write(self, site_dir: Path) -> int:
        """Every page the site had, and 404.html (every other URL), becomes the problem list."""
        page = render(self.problems, poll=False)
        for target in self.targets | {site_dir / "index.html"}:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page, "utf-8")
        # MkDocs answers an unknown URL with 404.html, without its reload script: this one asks itself.
        (site_dir / "404.html").write_text(render(self.problems, poll=True), "utf-8")
        return len(self.targets)


def render(problems: list[Problem], *, poll: bool) -> str:
    """The problem list as one HTML page; what a partner typed is escaped (autoescape)."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]))
    errors = sorted(p for p in problems if p.level is Level.ERROR)
    warnings = sorted(p for p in problems if p.level is Level.WARNING)
    return env.get_template("fouten.html.j2").render(errors=errors, warnings=warnings, poll=poll)


class Incremental:
    """`mkdocs serve --dirty` (`make serve`): a save of a fiche rebuilds only the pages it changed.

    MkDocs' dirty build skips a page whose HTML is newer than its Markdown, and the engine rewrites
    only the generated pages whose text changed, so a fiche's save rebuilds its own pages and the
    lists that show it. Two things a dirty build gets wrong are put right here:
    - a page's navigation shows the titles of the nav's pages, which MkDocs reads only from a page
      it builds: an unchanged nav page gets the title it had when it was last built (`titles`; only
      partners' folders changed since, and no nav page's title comes from them), or is rebuilt;
    - a removed page would stay: its HTML is deleted.
    (The search index is not made under `mkdocs serve`: Pagefind indexes the finished site of a build.)
    Anything else than the partners' folders (huis.yml, assets, templates, hand-written pages,
    mkdocs.yml) changes every page: then the site folder is emptied first, a full build.

    While the sources have errors the error pages are written where the browser asks, so the last
    good site is moved aside (`aside`, one rename, whatever its size) and the error build starts
    from an empty folder. The save that fixes the sources is judged against that good build: when
    only partners' folders changed since, the good site comes back (with its HTML's own times, older
    than the Markdown the fix rewrote) and the build is a dirty one, as any save. Any other change
    during the error (a build that no partner's folder caused: mkdocs.yml, overrides) means a full one.
    """

    def __init__(self) -> None:
        self.enabled = False
        self.full = True
        self.parts: tuple[str, str] | None = None  # the last good build's fingerprint parts
        self.names: frozenset[str] = frozenset()  # and its generated pages
        self.seen: tuple[str, str] | None = None  # the last build's, good or not
        self.mixed = False  # something else than partners' folders changed during the error
        self.known: list[str] = []  # the pages of the last good build, in order
        self.current: list[str] = []
        self.rebuilt: set[str] = set()
        self.aside: Path | None = None  # the last good site while the error site is shown
        self.titles: dict[tuple[str, str], str] = {}  # (language, source) -> title, as last built
        self.titled: dict[str, str] = {}  # this language build's unchanged nav pages -> their title
        self.trash: list[Path] = []  # folders moved out of the way, deleted once the build is done

    def decide(self, parts: tuple[str, str], names: frozenset[str], errors: bool) -> bool:
        """At the start of a build: True when it must be a full one (an error build is always one)."""
        # Only partners' folders changed since the build before: nothing else woke MkDocs up.
        by_partners = self.seen is not None and parts[0] != self.seen[0] and parts[1] == self.seen[1]
        self.seen = parts
        self.current, self.rebuilt = [], set()
        if errors:
            self.mixed |= not by_partners
            self.full = True
            return True
        like_good = self.parts is not None and parts[1] == self.parts[1] and names == self.names
        self.full = not (self.enabled and by_partners and like_good and not self.mixed)
        self.parts, self.names, self.mixed = parts, names, False
        if self.full:
            self.known = []
        return self.full

    def ready_site(self, site_dir: Path, errors: bool) -> None:
        """At the start of a build (`on_pre_build`): the site folder this build starts from."""
        if errors:
            if self.aside is None and self.known and site_dir.is_dir():
                self.aside = site_dir.with_name(site_dir.name + "-zondermuren-goed")
                shutil.rmtree(self.aside, ignore_errors=True)
                os.replace(site_dir, self.aside)
                atexit.register(shutil.rmtree, self.aside, ignore_errors=True)
                site_dir.mkdir()
            elif site_dir.is_dir():  # an error site before: every page is written again
                self.trash.append(_set_aside(site_dir))
                site_dir.mkdir()
            return
        if self.aside is not None:
            aside, self.aside = self.aside, None
            if self.full:
                self.trash.append(_set_aside(aside))
            else:
                self.trash.append(_set_aside(site_dir))  # the error pages: none of them may stay
                os.replace(aside, site_dir)
        if self.full:
            clean_directory(str(site_dir))  # `--dirty` keeps the site folder; this build needs it empty

    def pages(self, found: Iterable[Any], nav: set[str], languages: list[str], language: str) -> None:
        """One language build's pages (mkdocs File objects): an unchanged nav page keeps its title."""
        self.titled = {}
        for file in found:
            if not self.full and _neutral(file.src_uri, languages) in nav and not file.is_modified():
                title = self.titles.get((language, file.src_uri))
                if title is None:  # never built in this preview: built now
                    file.is_modified = lambda: True  # instance override of File.is_modified
                else:
                    self.titled[file.src_uri] = title
            self.current.append(file.url)
            if self.full or file.is_modified():
                self.rebuilt.add(file.url)

    def name_nav(self, files: Any) -> None:
        """At on_nav: the unchanged nav pages take their titles (mkdocs' Page.title may be set)."""
        for source, title in self.titled.items():
            file = files.get_file_from_path(source)
            if file is not None and file.page is not None:
                file.page.title = title

    def built(self, language: str, source: str, title: str | None) -> None:
        """A page was built (on_post_page): its title, for the builds that will not read it."""
        if title is not None:
            self.titles[(language, source)] = title

    def finish(self, site_dir: Path) -> int:
        """After the last language: remove the pages that went; the number of pages rebuilt."""
        current = set(self.current)
        for url in self.known:
            if url not in current:
                (site_dir / url / "index.html").unlink(missing_ok=True)
        self.known = self.current
        return len(self.rebuilt)

    def empty_trash(self) -> None:
        """At the end of a build (on_post_build): what was set aside is deleted beside the server.
        Not during the build: thousands of deletions in a thread slowed the build itself."""
        trash, self.trash = self.trash, []
        for folder in trash:
            threading.Thread(target=shutil.rmtree, args=(folder,), kwargs={"ignore_errors": True}, daemon=True).start()


def _set_aside(folder: Path) -> Path:
    """Out of the way at once (a rename, whatever its size); returns the folder to delete."""
    trash = Path(tempfile.mkdtemp(prefix="zondermuren-weg-", dir=folder.parent))
    os.replace(folder, trash / folder.name)
    return trash


def quiet_dirty_warning(record: logging.LogRecord) -> bool:
    """A logging filter: drops MkDocs' "A 'dirty' build is being performed" warning."""
    return not record.getMessage().startswith("A 'dirty' build is being performed")


def _neutral(src_uri: str, languages: list[str]) -> str:
    """'aanbod.fr.md' -> 'aanbod.md' (mkdocs-static-i18n's suffix layout)."""
    for language in languages:
        if src_uri.endswith(f".{language}.md"):
            return src_uri.removesuffix(f".{language}.md") + ".md"
    return src_uri


def nav_sources(nav: Any) -> set[str]:
    """The Markdown files the nav of mkdocs.yml names."""
    if isinstance(nav, str):
        return {nav} if nav.endswith(".md") else set()
    if isinstance(nav, dict):
        return set().union(*(nav_sources(value) for value in nav.values()))
    if isinstance(nav, list):
        return set().union(*(nav_sources(item) for item in nav))
    return set()
