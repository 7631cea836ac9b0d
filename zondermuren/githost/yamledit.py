"""Small edits to a partner's activiteiten.yml as text, so its comments and layout stay as they were.

Only two edits are needed by the forms: append an activity, and add a change for one date to an
existing activity. Values are written by PyYAML's safe dumper, so whatever a form's answer holds
becomes a quoted YAML string, never structure.
"""

from __future__ import annotations

from typing import Any

import yaml


class EditError(ValueError):
    """The file is laid out in a way these edits do not handle; the text is a Dutch sentence."""


class _Dumper(yaml.SafeDumper):
    """Safe dumping; text of several lines as a `|` block, as a partner would write it."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value.strip() and not any(c in value for c in "\t\r") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value.strip() if style else value, style=style)


_Dumper.add_representer(str, _text)


def dump(value: Any, indent: int) -> str:
    text = yaml.dump(value, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=10_000)
    return "".join(" " * indent + line if line.strip() else line for line in text.splitlines(keepends=True))


def _last_line(node: yaml.Node) -> int:
    """The 0-based last line a node's text takes."""
    if isinstance(node, yaml.MappingNode | yaml.SequenceNode) and not node.flow_style and node.value:
        last = node.value[-1]
        return _last_line(last[1] if isinstance(last, tuple) else last)
    end = node.end_mark
    return end.line - 1 if end.column == 0 and end.line > node.start_mark.line else end.line


def _lines(text: str) -> list[str]:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return lines


def _activities(text: str) -> yaml.Node | None:
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode):
        return None
    return next((value for key, value in root.value if key.value == "activiteiten"), None)


def _key(mapping: yaml.MappingNode, name: str) -> yaml.Node | None:
    return next((value for key, value in mapping.value if key.value == name), None)


def append_activity(text: str | None, item: dict[str, Any], header: str) -> str:
    """The file with `item` as its last activity (a new file starts with `header`)."""
    if text is None or not text.strip():
        return header + "activiteiten:\n" + dump([item], 2)
    node = _activities(text)
    lines = _lines(text)
    if isinstance(node, yaml.SequenceNode) and node.value and not node.flow_style:
        first = lines[node.value[0].start_mark.line]
        dash = first.index("-") if "-" in first else 2
        at = _last_line(node) + 1
        return "".join(lines[:at]) + dump([item], dash) + "".join(lines[at:])
    if isinstance(node, yaml.SequenceNode) and not node.value:  # activiteiten: []
        line = node.start_mark.line
        lines[line] = lines[line][: node.start_mark.column].rstrip() + "\n" + dump([item], 2)
        return "".join(lines)
    raise EditError("activiteiten.yml heeft geen lijst 'activiteiten:' zoals in het voorbeeld")


def activity_at(text: str, activity_id: str) -> int | None:
    """The index of the activity with this id in the file, or None."""
    node = _activities(text)
    if not isinstance(node, yaml.SequenceNode):
        return None
    for index, item in enumerate(node.value):
        if isinstance(item, yaml.MappingNode):
            found = _key(item, "id")
            if isinstance(found, yaml.ScalarNode) and found.value == activity_id:
                return index
    return None


def add_fields(text: str, index: int, fields: dict[str, Any]) -> str:
    """Add top-level fields to activity `index` (they must not be there yet)."""
    node = _activities(text)
    assert isinstance(node, yaml.SequenceNode)
    item = node.value[index]
    if not isinstance(item, yaml.MappingNode) or item.flow_style:
        raise EditError("de activiteit staat niet als een lijst van velden onder elkaar")
    lines = _lines(text)
    indent = item.value[0][0].start_mark.column
    at = _last_line(item) + 1
    return "".join(lines[:at]) + dump(fields, indent) + "".join(lines[at:])


def add_date_change(text: str, index: int, day: str, change: dict[str, Any]) -> str:
    """Add `per_datum: {day: change}` to activity `index`, into its per_datum block when it has one."""
    node = _activities(text)
    assert isinstance(node, yaml.SequenceNode)
    item = node.value[index]
    if not isinstance(item, yaml.MappingNode) or item.flow_style:
        raise EditError("de activiteit staat niet als een lijst van velden onder elkaar")
    existing = _key(item, "per_datum")
    if existing is None:
        return add_fields(text, index, {"per_datum": {day: change}})
    if not isinstance(existing, yaml.MappingNode) or existing.flow_style or not existing.value:
        raise EditError("per_datum staat niet als een lijst van data onder elkaar")
    lines = _lines(text)
    indent = existing.value[0][0].start_mark.column
    at = _last_line(existing) + 1
    return "".join(lines[:at]) + dump({day: change}, indent) + "".join(lines[at:])
