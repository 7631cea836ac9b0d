"""CSS in SVG logos (`<style>`, `style=`, presentation attributes) by allow-list, as a browser reads it.

tinycss2 tokenises by CSS Syntax Level 3, as browsers do: escapes are decoded (`@\\69mport` is
@import, `u\\72l(` is url(), `e\\78pression(` is expression(), comments are gone) before any
rule here looks at a name. What is kept is written back from the tokens, so the published copy
holds no escape that a browser could read otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable

import tinycss2
from tinycss2.ast import AtRule, Declaration, FunctionBlock, Node, QualifiedRule, StringToken, URLToken

from zondermuren.svg.rules import ACTIVE_PROPERTIES, FUNCTIONS, PROPERTIES, Findings, link_kind, shown

_SILENT_AT_RULES = {"charset", "namespace"}  # name nothing to draw and fetch nothing


def style_sheet(text: str, found: Findings) -> str:
    """The rules of a `<style>` element that a logo may keep, one per line."""
    kept = []
    for rule in tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True):
        if isinstance(rule, AtRule):
            _at_rule(rule, found)
        elif isinstance(rule, QualifiedRule):
            selector = tinycss2.serialize(rule.prelude).strip()
            body = _declarations(rule.content, found, None)
            if body and _verdict(rule.prelude) in ("", "unknown"):  # :not(), :nth-child()
                kept.append(f"{selector}{{{body}}}")
    return "\n".join(kept)


def style_attribute(value: str, found: Findings) -> str:
    """A `style=` attribute's declarations that a logo may keep ('' when none)."""
    return _declarations(tinycss2.parse_component_value_list(value), found, f'style="{shown(value, 60)}"')


def presentation(name: str, value: str, found: Findings) -> str | None:
    """A presentation attribute's value as kept (None: left out)."""
    tokens = tinycss2.parse_component_value_list(value)
    return _value(name, tokens, found, f'{name}="{shown(value, 60)}"')


def _at_rule(rule: AtRule, found: Findings) -> None:
    name = rule.lower_at_keyword
    verdict = _verdict([*rule.prelude, *(rule.content or [])])
    label = shown(rule.serialize(), 60)
    if verdict == "active":
        found.active.append(label)
    elif name == "import" or verdict == "external":  # @import "x.css" names its address as a string
        found.external.append(label)
    elif name not in _SILENT_AT_RULES:  # @font-face with an embedded font, @media, @keyframes...
        found.dropped.append(f"@{name}")


def _declarations(tokens: list[Node], found: Findings, label: str | None) -> str:
    kept = []
    for item in tinycss2.parse_blocks_contents(tokens, skip_comments=True, skip_whitespace=True):
        # Nested rules (CSS nesting) and parse errors are left out: a logo needs neither.
        if isinstance(item, Declaration):
            text = _value(item.lower_name, item.value, found, label or shown(item.serialize(), 60))
            if text is not None:
                kept.append(f"{item.lower_name}:{text}{'!important' if item.important else ''}")
    return ";".join(kept)


def _value(name: str, tokens: list[Node], found: Findings, label: str) -> str | None:
    if name in ACTIVE_PROPERTIES:
        found.active.append(label)
        return None
    verdict = _verdict(tokens)
    if verdict in ("active", "external", "dropped"):
        getattr(found, verdict).append(label)
        return None
    if verdict in ("unknown", "error") or name not in PROPERTIES:
        return None
    return tinycss2.serialize(tokens).strip()


def _verdict(tokens: Iterable[Node]) -> str:
    """The worst of: 'active' (script), 'external' (an address), 'dropped' (a data: URL in CSS),
    'unknown' (a function not on the allow-list, with nothing in it that names an address),
    'error' (a token a browser cannot read), ''."""
    worst = ""
    for token in tokens:
        found = ""
        if isinstance(token, URLToken):
            found = _url(token.value)
        elif isinstance(token, FunctionBlock):
            if token.lower_name in ("url", "src"):
                strings = [t.value for t in token.arguments if isinstance(t, StringToken)]
                found = _url(strings[0]) if strings else "external"
            elif token.lower_name == "expression":  # Internet Explorer ran it as script
                found = "active"
            else:
                found = _verdict(token.arguments)
                if token.lower_name not in FUNCTIONS and not found:
                    named = any(isinstance(t, StringToken) for t in token.arguments)
                    found = "external" if named else "unknown"  # image-set("x.png" 1x) names an address
        elif hasattr(token, "content") and token.content is not None:  # () [] {} blocks
            found = _verdict(token.content)
        elif token.type == "error":  # a bad url( or string: a browser drops the declaration
            found = "error"
        worst = max(worst, found, key=_RANK.__getitem__)
    return worst


_RANK = {"": 0, "unknown": 1, "error": 1, "dropped": 2, "external": 3, "active": 4}


def _url(value: str) -> str:
    # A data: URL in CSS is a picture or a font, never run as a page: left out with a warning.
    return {"internal": "", "script": "active", "picture": "dropped", "data": "dropped"}.get(
        link_kind(value), "external"
    )
