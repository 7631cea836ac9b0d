"""The thin MkDocs adapter: runs the engine before the build and hands MkDocs its files.

mkdocs-static-i18n runs the whole build once per language, so every event here runs N times;
the engine's work is done once per change of the sources (see `fingerprint`) and reused.
Imports stay at the top: MkDocs puts this folder on sys.path only while importing this file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
import sys
from pathlib import Path

import zondermuren_serve as serve  # this folder is on sys.path while MkDocs imports this file
from jinja2 import ChoiceLoader, DictLoader, Environment, TemplateNotFound
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.utils import clean_directory

from zondermuren import build, i18n
from zondermuren import options as build_options
from zondermuren.problems import SourceError, report
from zondermuren.site import pages, postbuild, render_text, rendering, sanitise, theme

log = logging.getLogger("mkdocs.hooks.zondermuren")


class _Cache:
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


_cache = _Cache()


def on_startup(command: str, dirty: bool) -> None:
    """Once per MkDocs command (MkDocs keeps this module, and so `_cache`, across serve's rebuilds)."""
    _cache.serving = command == "serve"
    _cache.incremental.enabled = _cache.serving and dirty
    if _cache.incremental.enabled:
        # MkDocs warns at every dirty build that the navigation may be wrong: serve.Incremental
        # keeps it right, and four warnings per save would hide the messages that matter.
        logging.getLogger("mkdocs.commands.build").addFilter(serve.quiet_dirty_warning)


def on_serve(server, config: MkDocsConfig, builder):
    """One build per save: the watcher of the docs folder lets our generated pages pass."""
    if not serve.watch_sources_only(server, config.docs_dir):
        log.info("zondermuren: deze MkDocs-versie is niet getest; een bewaring kan twee keer bouwen")
    return server


def _prepared() -> build.Prepared:
    """What `on_config` prepared: MkDocs runs it before every other event of a build."""
    assert _cache.prepared is not None, "on_config has not run"
    return _cache.prepared


def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent


def _check_languages(config: MkDocsConfig, languages: list[str]) -> None:
    plugin = config.plugins.get("i18n")
    if plugin is None:
        return
    configured = [language.locale for language in plugin.config.languages]
    if configured != languages:
        raise PluginError(
            f"mkdocs.yml: plugins.i18n.languages: andere talen dan huis.yml (verwacht {', '.join(languages)}, "
            f"gevonden {', '.join(configured)}) — zet in mkdocs.yml onder i18n → languages dezelfde talen in "
            f"dezelfde volgorde als 'talen' in huis.yml"
        )


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    root = _root(config)
    try:
        # Checked with where it is set (mkdocs.yml's line or the variable), as MkDocs read it.
        address = build_options.configured_site_url(Path(config.config_file_path), os.environ)
        address = dataclasses.replace(address, value=config.site_url or "http://127.0.0.1:8000/")
        options = build_options.from_environment(address, preview=_cache.serving)
    except build_options.OptionError as error:
        raise PluginError(str(error)) from None
    if "SOURCE_DATE_EPOCH" not in os.environ:
        # MkDocs dates the sitemap from SOURCE_DATE_EPOCH: the same fixed day for every output.
        if "ZONDERMUREN_TODAY" in os.environ:
            moment = dt.datetime.combine(options.today, dt.time(), dt.UTC)
            os.environ["SOURCE_DATE_EPOCH"] = str(int(moment.timestamp()))
    _cache.options = options
    plugin = config.plugins.get("i18n")
    outer = plugin is None or not plugin.building
    if outer or _cache.fingerprint is None:
        # The other languages' builds run inside this one (mkdocs-static-i18n): the sources were
        # looked at once for all of them (a stat of every file, thousands on a big Huis).
        parts = build.fingerprint_parts(root, Path(config.docs_dir))
        key = "".join(parts) + repr(options)
        if _cache.fingerprint != key:
            _prepare(root, config, options, key)
        if _cache.incremental.enabled:
            names = frozenset(pages.generated_files(Path(config.docs_dir)))
            _cache.incremental.decide(parts, names, _cache.errors.active)
    search = config.plugins.get("material/search")
    if _cache.incremental.enabled and search is not None and hasattr(search, "is_dirty"):
        # Material merges a dirty build's index with the last one as if one page changed; with
        # several pages and languages that doubles entries. serve.Incremental keeps it instead
        # (Material 9.8 internals: tests/test_serve.py checks the index after a save).
        search.is_dirty = False
    if _cache.errors.active:
        # Nothing of the site is built: no nav to look for, no theme page that needs our data.
        config.nav = None
        config.theme.static_templates.clear()
        return config
    prepared = _prepared()
    huis = prepared.huis
    _check_languages(config, prepared.languages)
    if _cache.serving and options.languages:
        _preview_languages(config, prepared.languages, options.languages)
    config.site_name = theme.site_name(huis)
    config.extra["zm"] = theme.extra(huis)
    return config


def _prepare(root: Path, config: MkDocsConfig, options: build_options.Options, key: str) -> None:
    """The engine's work for this state of the sources; in the preview, errors make the error site."""
    try:
        prepared = build.prepare(root, Path(config.docs_dir), options)
    except SourceError as error:
        message = "De bronbestanden bevatten fouten; er is niets gebouwd.\n" + report(error.problems)
        if not _cache.serving:
            raise PluginError(message) from None
        # The preview keeps serving: every page shows the list until the sources are fixed.
        log.error(message)
        _cache.errors.start(error.problems)
        _cache.fingerprint, _cache.prepared = key, None
        return
    _cache.errors.stop()
    _cache.generated = frozenset(pages.generated_files(Path(config.docs_dir)))
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
    _cache.fingerprint, _cache.prepared = key, prepared


def _preview_languages(config: MkDocsConfig, languages: list[str], wanted: tuple[str, ...]) -> None:
    """`TALEN=nl,ar make serve`: mkdocs-static-i18n builds only these (and the default language)."""
    unknown = [code for code in wanted if code not in languages]
    if unknown:
        raise PluginError(
            f"TALEN: onbekende taal (verwacht een van {', '.join(languages)} uit huis.yml, gevonden '{unknown[0]}')"
        )
    plugin = config.plugins.get("i18n")
    if plugin is None:
        return
    for language in plugin.config.languages:
        language.build = language.default or language.locale in wanted


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """Compiled templates are kept; a site language Material has no partial for gets a stand-in.

    Material imports `partials/languages/<lang>.html` for its own buttons and would stop with
    TemplateNotFound; the stand-in gives the page its right `lang` and `dir` and leaves every
    other text to Material's English fallback (our own texts come from our catalogues) (Tigrinya,
    Somali, Pashto).
    """
    # MkDocs makes a new environment for every build, and mkdocs-static-i18n builds once per
    # language: Material's templates were compiled four times per build, and again at every
    # save under `mkdocs serve`. Compiled once, kept (Jinja checks each against its source).
    env.bytecode_cache = rendering.compiled_templates()
    if _cache.errors.active:
        return env
    stand_ins = {}
    for language in _prepared().languages:
        name = f"partials/languages/{language}.html"
        try:
            env.get_template(name)
        except TemplateNotFound:
            words = {"language": language, "direction": i18n.direction(language)}
            stand_ins[name] = "{% macro t(key) %}{{ " + json.dumps(words) + "[key] }}{% endmacro %}"
    if stand_ins:
        env.loader = ChoiceLoader([DictLoader(stand_ins), env.loader] if env.loader else [DictLoader(stand_ins)])
    return env


def on_pre_build(config: MkDocsConfig) -> None:
    plugin = config.plugins.get("i18n")
    outer = plugin is None or not plugin.building
    if outer and _cache.incremental.enabled and _cache.incremental.full:
        clean_directory(config.site_dir)  # `--dirty` keeps the site folder; this build needs it empty


@event_priority(-200)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    if _cache.errors.active:
        # No page is built (quick); each one the site had becomes the problem list (on_post_build).
        found = list(files.documentation_pages())
        _cache.errors.add_targets(file.abs_dest_path for file in found)
        # Every other file goes too: a link the check refused (content/, overrides/) is never copied.
        for file in list(files):
            files.remove(file)
        return files
    prepared = _prepared()
    plugin = config.plugins.get("i18n")
    if _cache.incremental.enabled:
        nav = serve.nav_sources(config.nav)
        _cache.incremental.pages(files.documentation_pages(), nav, prepared.languages)
    for file in files:
        # MkDocs copies content/ itself: a drawing there is published as its allow-listed copy only,
        # as assets/ and logos are (`sources.drawings`); an SVG opened at its address could run script.
        if file.src_dir == config.docs_dir and file.abs_src_path and file.src_uri.lower().endswith(".svg"):
            file.content_bytes = build.published_drawing(Path(file.abs_src_path))
    if plugin is not None and plugin.current_language != prepared.huis.default_language:
        # Feeds, logos and assets have one path for every language and mkdocs-static-i18n does
        # not clean the site between its language builds: the default build wrote them already.
        return files
    for path, source in prepared.files.items():
        if files.get_file_from_path(path) is not None:
            continue
        if isinstance(source, bytes):
            files.append(File.generated(config, path, content=source))
        else:
            files.append(File.generated(config, path, abs_src_path=str(source)))
    return files


def on_page_markdown(markdown: str, page, config: MkDocsConfig, files: Files) -> str:
    """A hand-written page's front matter: only what the check accepts, its text escaped once."""
    if not _cache.errors.active and page.file.src_uri not in _cache.generated:
        page.meta = sanitise.front_matter(page.file.content_string)
    return markdown


def on_page_content(html: str, page, config: MkDocsConfig, files: Files) -> str:
    """A hand-written page is sanitised; without a translation it is shown in Dutch, marked as such."""
    if _cache.errors.active:
        return html
    if page.file.src_uri not in _cache.generated:
        html = sanitise.html(html)
        if "title" not in page.meta and page.title:  # from its heading: the menu and <title> show it as text
            page.meta["title"] = sanitise.title(page.title)
    plugin = config.plugins.get("i18n")
    huis = _prepared().huis
    language = plugin.current_language if plugin is not None else huis.default_language
    if language == huis.default_language or page.file.src_uri.endswith(f".{language}.md"):
        return html
    return str(render_text.fallback(html, i18n.catalogue(language)["common.not_translated"]))


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """Every language build writes the one root 404.html; each is kept for on_post_build to place."""
    if template_name == "404.html":
        plugin = config.plugins.get("i18n")
        _cache.not_found[getattr(plugin, "current_language", None) or _prepared().huis.default_language] = output
    return output


@event_priority(-100)
def on_post_build(config: MkDocsConfig) -> None:
    plugin = config.plugins.get("i18n")
    if plugin is not None and plugin.building:
        return  # a language build inside mkdocs-static-i18n's loop: wait for the last one
    if _cache.errors.active:
        count = _cache.errors.write(Path(config.site_dir))
        log.info(f"zondermuren: de foutenlijst staat op elke pagina van het voorbeeld ({count} pagina's)")
        return
    huis = _prepared().huis
    site_dir = Path(config.site_dir)
    if _cache.incremental.enabled:
        search = config.plugins.get("material/search")
        fresh = list(getattr(getattr(search, "search_index", None), "entries", []))
        rebuilt = _cache.incremental.finish(site_dir, fresh)
        if not _cache.incremental.full:
            log.info(f"zondermuren: voorbeeld, alleen de gewijzigde pagina's opnieuw gemaakt ({rebuilt})")
    postbuild.not_found_pages(site_dir, _cache.not_found, huis.default_language)
    _cache.not_found.clear()
    postbuild.split_search_index(site_dir, huis.languages, huis.default_language)
    postbuild.language_sitemaps(
        site_dir, config.site_url or "", huis.languages, huis.default_language, _prepared().noindex
    )
    if _cache.options is not None and _cache.options.folder_links:
        postbuild.folder_links(site_dir)
