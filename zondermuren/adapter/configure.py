"""The engine's settings (`defaults`) added to a Huis's short mkdocs.yml at `on_config`.

What wins when the Huis's mkdocs.yml sets a setting itself (judged from the file as written, so
that the i18n plugin's second, third... build of the same config object changes nothing):

- theme options (language, font, logo, favicon, palette, features, icon): the Huis's value of a
  key replaces the engine's whole value of that key;
- templates: the Huis's `custom_dir` (overrides/) first, then the engine's (theme/), then
  Material's: a Huis's `partials/footer.html` or its own `main.html` wins over the engine's;
- extra_css and extra_javascript: the engine's first, then the Huis's own, in its order;
- markdown_extensions: the engine's are added after the Huis's; an extension the Huis configures
  itself keeps the Huis's options;
- validation and the i18n plugin's options: the engine's value for each option the Huis does not set;
- watch: the engine's folders are watched as well as the Huis's;
- use_directory_urls: always the engine's (every address it makes is a folder URL);
- nav: the Huis's, when it has one, whole; otherwise the engine's menu (`menu`): the home page,
  the Huis's own pages at the top of docs_dir in the order of their file names, then the
  generated pages in the kit's order. An own page kept out of search (`search: exclude: true` in
  its front matter, as content/meewerken.md, the guide for partners) stays out of the menu too.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.utils.yaml import yaml_load

from zondermuren import build
from zondermuren.adapter import defaults

# MkDocs' words for a validation level (mkdocs.config.defaults._LogLevel).
_LEVELS = {"warn": logging.WARNING, "info": logging.INFO, "ignore": logging.DEBUG}
# A translation, 'over-ons.fr.md': the locale as mkdocs-static-i18n (and the check) knows one.
_TRANSLATION = re.compile(r"\.(?:[a-z]{2}(?:-[A-Za-z]{4})?(?:-[A-Z]{2})?|[a-z]{2}_[A-Z]{2})\.md$")


def written(config: MkDocsConfig) -> dict[str, Any]:
    """The Huis's mkdocs.yml as written (INHERIT merged), read as MkDocs reads it."""
    if not config.config_file_path:
        return {}
    with open(config.config_file_path, "rb") as file:
        return yaml_load(file)


def _plugin_options(raw: dict[str, Any], name: str) -> dict[str, Any]:
    plugins = raw.get("plugins") or []
    entries = [plugins] if isinstance(plugins, dict) else [p for p in plugins if isinstance(p, dict)]
    found = next((entry[name] for entry in entries if name in entry), None)
    return found if isinstance(found, dict) else {}


def apply(config: MkDocsConfig) -> dict[str, Any]:
    """Add the engine's settings; run before the search and i18n plugins read them (their on_config).
    Returns the Huis's mkdocs.yml as written, for `finish`."""
    raw = written(config)
    drop_lunr(config)
    own_theme = _section(raw, "theme")
    i18n = config.plugins.get("i18n")
    for key, value in defaults.I18N.items():
        if i18n is not None and key not in _plugin_options(raw, "i18n"):
            i18n.config[key] = value
    theme = config.theme
    chosen = dict(defaults.THEME, language=_default_language(config))
    for key, value in chosen.items():
        if key not in own_theme:
            theme[key] = copy.deepcopy(value)  # a plugin may change it in place: never the engine's own
    engine = str(defaults.THEME_DIR)
    if engine not in theme.dirs:
        after = theme.dirs.index(theme.custom_dir) + 1 if theme.custom_dir in theme.dirs else 0
        theme.dirs.insert(after, engine)
    config.extra_css = _first(defaults.EXTRA_CSS, config.extra_css)
    config.extra_javascript = _first(defaults.EXTRA_JAVASCRIPT, config.extra_javascript)
    for name, options in defaults.MARKDOWN_EXTENSIONS.items():
        if name not in config.markdown_extensions:
            config.markdown_extensions.append(name)
        if options and name not in config.mdx_configs:
            config.mdx_configs[name] = dict(options)
    config.use_directory_urls = defaults.USE_DIRECTORY_URLS
    own_validation = _section(raw, "validation")
    for section, settings in defaults.VALIDATION.items():
        set_here = _section(own_validation, section)
        for option, level in settings.items():
            if option not in set_here and option not in own_validation:
                setattr(config.validation[section], option, _LEVELS[level])
    root = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
    for name in defaults.WATCH:
        if str(root / name) not in config.watch:
            config.watch.append(str(root / name))
    return raw


def drop_lunr(config: MkDocsConfig) -> bool:
    """Take Material's search plugin (lunr) out of the build: the engine indexes with Pagefind after
    the last language (site/searching.py), and lunr's index would be downloaded on every page. A
    Huis's mkdocs.yml lists `- search` (every Huis made before Pagefind does): it is dropped here, at
    the start of on_config, before the plugin's own events run, so no Huis edits its mkdocs.yml.
    Returns True when it was there."""
    plugin = config.plugins.get("material/search")
    if plugin is None:
        return False
    for methods in config.plugins.events.values():
        methods[:] = [method for method in methods if getattr(method, "__self__", None) is not plugin]
    del config.plugins["material/search"]
    return True


def _section(raw: dict[str, Any], key: str) -> dict[str, Any]:
    found = raw.get(key)
    return found if isinstance(found, dict) else {}


def _default_language(config: MkDocsConfig) -> str:
    i18n = config.plugins.get("i18n")
    languages = i18n.config.languages if i18n is not None else []
    return next((language.locale for language in languages if language.default), defaults.LANGUAGE)


def _first(engine: list[Any], own: Iterable[Any]) -> list[Any]:
    """The engine's items, then the Huis's that are not among them."""
    return [*engine, *(item for item in own if item not in engine)]


def finish(config: MkDocsConfig, raw: dict[str, Any], shown: build.Theme) -> None:
    """What needs the Huis read: the logo of huis.yml as the theme's logo and favicon, and the menu."""
    own_theme = _section(raw, "theme")
    if shown.logo is not None:
        for key in ("logo", "favicon"):
            if key not in own_theme:
                config.theme[key] = shown.logo
    if "nav" not in raw:
        home, *generated = shown.menu
        config.nav = [home, *own_pages(Path(config.docs_dir)), *generated]


def own_pages(docs_dir: Path) -> list[str]:
    """The Huis's own pages at the top of docs_dir for the menu: in its default language (no
    language suffix, not even one of a language the Huis does not have), not made by the engine,
    not kept out of search; by file name."""
    made = set(build.generated_pages(docs_dir))
    found = []
    for path in sorted(docs_dir.glob("*.md")):
        if path.name in made or _TRANSLATION.search(path.name) or not path.is_file():
            continue
        meta = build.front_matter(path.read_text("utf-8"))
        search = meta.get("search")
        if not (isinstance(search, dict) and search.get("exclude") is True):
            found.append(path.name)
    return found
