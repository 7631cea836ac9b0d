"""MkDocs' events: run the engine before the build, hand MkDocs its files, finish the site after.

mkdocs-static-i18n runs the whole build once per language, so every event here runs N times;
the engine's work is done once per change of the sources (see `build.fingerprint`) and reused.
MkDocs loads hooks/zondermuren_hook.py, which hands these events on (`__all__`); this module
lives on in sys.modules, and with it `_cache`, across `mkdocs serve`'s rebuilds.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from pathlib import Path

from jinja2 import ChoiceLoader, DictLoader, Environment, TemplateNotFound
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from zondermuren import build, i18n
from zondermuren import options as build_options
from zondermuren.adapter import configure, serve, state

__all__ = [
    "on_startup",
    "on_serve",
    "on_config",
    "on_env",
    "on_pre_build",
    "on_files",
    "on_nav",
    "on_page_markdown",
    "on_page_content",
    "on_post_page",
    "on_post_template",
    "on_post_build",
]

log = state.log
# MkDocs without a site_url: the address `mkdocs serve` uses by default.
LOCAL = "http://127.0.0.1:8000/"


_cache = state.State()


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


@event_priority(100)  # before the search and i18n plugins read the theme's language and their options
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    written = configure.apply(config)  # the engine's part of mkdocs.yml: theme, CSS, JS, extensions...
    root = _root(config)
    try:
        # Checked with where it is set (mkdocs.yml's line or the variable), as MkDocs read it.
        config_file = Path(config.config_file_path)
        served = config.site_url or LOCAL
        options = build_options.for_site(config_file, os.environ, preview=_cache.serving, served=served)
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
            _cache.prepare(root, Path(config.docs_dir), options, key)
        if _cache.incremental.enabled:
            names = frozenset(build.generated_pages(Path(config.docs_dir)))
            _cache.incremental.decide(parts, names, _cache.errors.active)
    if _cache.errors.active:
        # Nothing of the site is built: no nav to look for, no theme page that needs our data.
        config.nav = None
        config.theme.static_templates.clear()
        return config
    prepared = _cache.ready()
    _check_languages(config, prepared.languages)
    if _cache.serving and options.languages:
        _preview_languages(config, prepared.languages, options.languages)
    shown = build.theme(prepared)
    configure.finish(config, written, shown)
    config.site_name = shown.site_name
    config.extra["zm"] = shown.extra
    return config


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
    env.bytecode_cache = _cache.templates
    if _cache.errors.active:
        return env
    stand_ins = {}
    for language in _cache.ready().languages:
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
    if outer and _cache.incremental.enabled:
        # Emptied for a full build; the last good site kept aside during an error, put back after.
        _cache.incremental.ready_site(Path(config.site_dir), _cache.errors.active)


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
    prepared = _cache.ready()
    plugin = config.plugins.get("i18n")
    if _cache.incremental.enabled:
        nav = serve.nav_sources(config.nav)
        language = plugin.current_language if plugin is not None else prepared.huis.default_language
        _cache.incremental.pages(files.documentation_pages(), nav, prepared.languages, language)
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


def on_nav(nav, config: MkDocsConfig, files: Files):
    if _cache.incremental.enabled and not _cache.errors.active:
        _cache.incremental.name_nav(files)  # before any page is built: each page's nav shows them
    return nav


@event_priority(100)  # first: no plugin works on a generated page's Markdown, there is none
def on_page_markdown(markdown: str, page, config: MkDocsConfig, files: Files) -> str:
    """A generated page is finished HTML: Markdown gets nothing to parse (it would give the same
    HTML back, in half the build's time) and on_page_content puts the HTML in. A hand-written
    page's front matter: only what the check accepts, its text escaped once."""
    if _cache.errors.active:
        return markdown
    if page.file.src_uri in _cache.generated:
        _cache.finished[page.file.src_uri] = build.finished_page(markdown)
        return ""
    page.meta = build.front_matter(page.file.content_string)
    return markdown


@event_priority(100)  # first: another plugin's on_page_content sees a generated page's HTML, and only safe HTML
def on_page_content(html: str, page, config: MkDocsConfig, files: Files) -> str:
    """A generated page gets its HTML back; a hand-written page is sanitised; without a translation
    it is shown in Dutch, marked as such."""
    if _cache.errors.active:
        return html
    finished = _cache.finished.pop(page.file.src_uri, None)
    if finished is not None:
        html = finished
        page.present_anchor_ids = build.page_anchors(html)  # what MkDocs checks links to `page.md#x` against
    elif page.file.src_uri not in _cache.generated:
        html = build.sanitised(html)
        if "title" not in page.meta and page.title:  # from its heading: the menu and <title> show it as text
            page.meta["title"] = build.sanitised_title(page.title)
    plugin = config.plugins.get("i18n")
    huis = _cache.ready().huis
    language = plugin.current_language if plugin is not None else huis.default_language
    if language == huis.default_language or page.file.src_uri.endswith(f".{language}.md"):
        return html
    return build.untranslated(_cache.ready(), html, language)


@event_priority(-100)  # after every plugin's own change of the page
def on_post_page(output: str, page, config: MkDocsConfig) -> str:
    if _cache.incremental.enabled:
        plugin = config.plugins.get("i18n")
        language = plugin.current_language if plugin is not None else _cache.ready().huis.default_language
        _cache.incremental.built(language, page.file.src_uri, page.title)
    return output


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """Every language build writes the one root 404.html; each is kept for on_post_build to place."""
    if template_name == "404.html":
        plugin = config.plugins.get("i18n")
        _cache.not_found[getattr(plugin, "current_language", None) or _cache.ready().huis.default_language] = output
    return output


@event_priority(-100)
def on_post_build(config: MkDocsConfig) -> None:
    plugin = config.plugins.get("i18n")
    if plugin is not None and plugin.building:
        return  # a language build inside mkdocs-static-i18n's loop: wait for the last one
    _cache.incremental.empty_trash()
    if _cache.errors.active:
        count = _cache.errors.write(Path(config.site_dir))
        log.info(f"zondermuren: de foutenlijst staat op elke pagina van het voorbeeld ({count} pagina's)")
        return
    site_dir = Path(config.site_dir)
    if _cache.incremental.enabled:
        rebuilt = _cache.incremental.finish(site_dir)
        if not _cache.incremental.full:
            log.info(f"zondermuren: voorbeeld, alleen de gewijzigde pagina's opnieuw gemaakt ({rebuilt})")
    assert _cache.options is not None, "on_config has not run"
    not_found = dict(_cache.not_found)
    _cache.not_found.clear()
    # The search index (Pagefind) once, over the whole site, after the last language. Not under
    # `mkdocs serve` (each save would index every page again) nor for a preview opened from a
    # folder (Pagefind cannot load from file://): their search box says so.
    try:
        url = config.site_url or ""
        search = not _cache.serving and _cache.options.with_search
        indexed = build.finish(
            site_dir, _cache.ready(), _cache.options, site_url=url, not_found=not_found, search=search
        )
    except build.SearchError as error:
        raise PluginError(str(error)) from None
    if indexed is not None:
        counts = ", ".join(f"{language}: {count}" for language, count in indexed.pages.items())
        log.info(f"zondermuren: zoekindex gemaakt ({counts} pagina's)")
