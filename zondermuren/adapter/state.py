"""What the adapter keeps between MkDocs' events: the engine's work for one state of the sources.

mkdocs-static-i18n runs the whole build once per language and `mkdocs serve` rebuilds at every
save; `State.prepare` runs the engine once per change of the sources (and options), and every
language build and event reuses it.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from jinja2 import BytecodeCache
from mkdocs.exceptions import PluginError

from zondermuren import build
from zondermuren import options as build_options
from zondermuren.adapter import serve
from zondermuren.problems import SourceError, report

log = logging.getLogger("mkdocs.hooks.zondermuren")


class State:
    """The engine's work for one state of the sources (and options), shared by every language build."""

    def __init__(self) -> None:
        self.fingerprint: str | None = None
        self.prepared: build.Prepared | None = None
        self.options: build_options.Options | None = None
        self.generated: frozenset[str] = frozenset()  # pages the engine wrote; every other page is sanitised
        self.serving = False  # `mkdocs serve`: errors go to the browser, print off unless asked, TALEN
        self.errors = serve.ErrorSite()
        self.incremental = serve.Incremental()
        self.not_found: dict[str, str] = {}  # the 404 page each language build made (on_post_template)
        self.finished: dict[str, str] = {}  # a generated page's HTML, from on_page_markdown to on_page_content
        self.templates: BytecodeCache | None = None  # the build's compiled templates, for the theme's too

    def ready(self) -> build.Prepared:
        """What `on_config` prepared: MkDocs runs it before every other event of a build."""
        assert self.prepared is not None, "on_config has not run"
        return self.prepared

    def prepare(self, root: Path, docs_dir: Path, options: build_options.Options, key: str) -> None:
        """The engine's work for this state of the sources; in the preview, errors make the error site."""
        try:
            prepared = build.prepare(root, docs_dir, options)
        except SourceError as error:
            message = "De bronbestanden bevatten fouten; er is niets gebouwd.\n" + report(error.problems)
            if not self.serving:
                raise PluginError(message) from None
            # The preview keeps serving: every page shows the list until the sources are fixed.
            log.error(message)
            self.errors.start(error.problems)
            self.fingerprint, self.prepared = key, None
            return
        self.errors.stop()
        self.generated = frozenset(build.generated_pages(docs_dir))
        self.templates = prepared.templates
        if prepared.warnings:
            # Printed, not logged: a logged warning would fail `mkdocs build --strict`, and one
            # stale fiche must never block every partner's pull request.
            print(report(prepared.warnings), file=sys.stderr)
        if prepared.printed is not None:
            printed = prepared.printed
            pictures = "".join(
                f"; {name} {len(found.drawn)} gemaakt, {found.reused} uit de cache"
                for name, found in (
                    ("voorbeelden", prepared.pictures.get("previews")),
                    ("kaarten", prepared.pictures.get("cards")),
                )
                if found is not None
            )
            log.info(
                f"zondermuren: drukwerk {len(printed.drawn)} gemaakt, {printed.reused} uit de cache "
                f"({printed.seconds:.1f} s){pictures}"
            )
        self.fingerprint, self.prepared = key, prepared
