"""Material's search plugin (lunr) leaves the build at on_config: a Huis's mkdocs.yml that lists
`- search` (every Huis made before Pagefind) gets the engine's search without an edit."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config

from zondermuren import options
from zondermuren.adapter import configure

SITE = Path(__file__).resolve().parents[2] / "mkdocs.yml"  # the example Huis: `- search` in its plugins


def test_materials_search_plugin_is_taken_out_with_its_events() -> None:
    config = load_config(str(SITE))
    plugin = config.plugins["material/search"]  # listed in the Huis's mkdocs.yml
    assert any(getattr(m, "__self__", None) is plugin for m in config.plugins.events["post_build"])
    assert configure.drop_lunr(config) is True
    assert "material/search" not in config.plugins and "i18n" in config.plugins
    left = [m for methods in config.plugins.events.values() for m in methods if getattr(m, "__self__", None) is plugin]
    assert left == []
    assert configure.drop_lunr(config) is False  # the i18n plugin's next language build: nothing left to drop


@pytest.mark.parametrize(
    ("environ", "searched"),
    [
        ({}, True),
        ({"ZONDERMUREN_VOORBEELD": "map"}, False),  # opened from a folder: Pagefind cannot load there
        ({"ZONDERMUREN_VOORBEELD": "map", "ZONDERMUREN_ZOEKEN": "aan"}, True),
        ({"ZONDERMUREN_ZOEKEN": "uit"}, False),
        ({"ZONDERMUREN_ZOEKEN": "Nee"}, False),
    ],
)
def test_the_index_is_made_unless_the_site_opens_from_a_folder_or_it_is_switched_off(
    environ: dict[str, str], searched: bool
) -> None:
    assert options.from_environment("https://huis.example.org/", environ).with_search is searched
