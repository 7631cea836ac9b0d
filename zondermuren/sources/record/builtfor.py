"""For which Huis a commit was built: only what was published at this Huis's address is its history.

A repository made from the example (a template copy holds its last commit; an import holds all of
it) carries the example's partners in its history. They were never published by this Huis, and
they are replaced in whatever order a coordinator follows the README (address first, partners
first, or both at once). Two marks tell them apart:

- the example's data: a commit whose `huis.yml` still has the example's `demo:` block (it shifts the
  example's dates; README step 1 removes it). The ids seen there are the example's: they never
  count as published by this Huis, also when a later commit still has them;
- where a commit was published: its `mkdocs.yml` `site_url` (with `!ENV`, the workflow variable
  ZONDERMUREN_SITE_URL as it is set now, else the default written there). The example's address
  is refused by publishing, so a commit built for it was never on this Huis's site.

A commit without `mkdocs.yml` (a Huis kept elsewhere, a test fixture) says nothing about its
address and counts. A Huis that moves from its git host's address to its own domain keeps its
history: neither address is the example's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import yaml

from zondermuren.options import DEFAULT_SITE_URL, SITE_URL_VARIABLE

HUIS, MKDOCS = "huis.yml", "mkdocs.yml"
VARIABLE = SITE_URL_VARIABLE
_DEMO = re.compile(r"^demo\s*:", re.M)


def address(mkdocs: str | None, environ: Mapping[str, str]) -> str | None:
    """The address `site_url` gives (as options.configured_site_url reads it); None: not known."""
    if mkdocs is None:
        return None
    try:
        root = yaml.compose(mkdocs, Loader=yaml.SafeLoader)  # nodes only: no tag is ever constructed
    except yaml.YAMLError:
        return None
    pairs = root.value if isinstance(root, yaml.MappingNode) else []
    node = next((value for key, value in pairs if isinstance(key, yaml.ScalarNode) and key.value == "site_url"), None)
    if node is not None and node.tag == "!ENV":
        names = node.value if isinstance(node, yaml.SequenceNode) else [node]
        *variables, default = names if len(names) > 1 else [*names, None]
        for variable in variables:
            if isinstance(variable, yaml.ScalarNode) and environ.get(variable.value):
                return environ[variable.value]
        node = default
    if not isinstance(node, yaml.ScalarNode) or not isinstance(node.value, str) or not node.value:
        return DEFAULT_SITE_URL  # MkDocs' check needs an address: the example's stands in
    return node.value


def example_data(settings: Mapping[str, str | None]) -> bool:
    """Is this state of the Huis (its huis.yml and mkdocs.yml texts) the example's own data?"""
    huis = settings.get(HUIS)
    return huis is not None and _DEMO.search(huis) is not None


def published_here(settings: Mapping[str, str | None], environ: Mapping[str, str]) -> bool:
    """Was this state built for this Huis's own address (not the example's, not the example)?"""
    if example_data(settings):
        return False
    found = address(settings.get(MKDOCS), environ)
    return found is None or found.strip().rstrip("/") != DEFAULT_SITE_URL.rstrip("/")
