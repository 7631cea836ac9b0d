"""Reading YAML files into plain data while remembering where every value stood.

Partners edit YAML in a web editor; every message must name a line and column. PyYAML's composer
keeps marks on nodes, so we walk the node tree ourselves instead of using `yaml.safe_load`.

We also resolve scalars more strictly than YAML 1.1 does: `no` (Norwegian), `on`, `9:30`
(sexagesimal 570) and `2026-05-16` (a date object) all stay text. Only `true`/`false`, decimal
numbers and `null` are typed. Validation then sees exactly what the partner typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from zondermuren.problems import Problem

Path_ = tuple[str | int, ...]


class _StrictResolver(yaml.resolver.BaseResolver):
    pass


_StrictResolver.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_StrictResolver.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789")
)
_StrictResolver.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"),
    list("-+0123456789."),
)
_StrictResolver.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)


class _Loader(
    yaml.reader.Reader,
    yaml.scanner.Scanner,
    yaml.parser.Parser,
    yaml.composer.Composer,
    yaml.constructor.SafeConstructor,
    _StrictResolver,
):
    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        yaml.constructor.SafeConstructor.__init__(self)
        _StrictResolver.__init__(self)


@dataclass
class Document:
    """One YAML file: its data and the (line, column) of every value and key, 1-based."""

    file: str
    data: Any
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """Position of the value (or its key) at `path`, or of the nearest parent that exists."""
        table = self.keys if key else self.values
        while path:
            if path in table:
                return table[path]
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), (1, 1))


def _walk(loader: _Loader, node: yaml.Node, path: Path_, doc: Document, problems: list[Problem]):
    doc.values[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            key = str(key) if not isinstance(key, str) else key
            position = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key in result:
                problems.append(
                    Problem(
                        doc.file,
                        *position,
                        _dotted(path + (key,)),
                        f"veld '{key}' staat twee keer in dezelfde lijst van velden "
                        f"(verwacht elk veld één keer, gevonden ook op regel {doc.keys[path + (key,)][0]})",
                        hint="voeg de twee samen of verwijder er een",
                    )
                )
                continue
            doc.keys[path + (key,)] = position
            result[key] = _walk(loader, value_node, path + (key,), doc, problems)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_walk(loader, item, path + (i,), doc, problems) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)


def parse(text: str, file: str) -> tuple[Document | None, list[Problem]]:
    """Parse YAML text. A syntax error becomes one Problem with its line, never an exception."""
    problems: list[Problem] = []
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        doc = Document(file, None)
        if node is None:
            doc.data = None
        else:
            doc.data = _walk(loader, node, (), doc, problems)
        return doc, problems
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = (error.problem or "onleesbare YAML").strip()
        return None, [
            Problem(
                file,
                line,
                column,
                "",
                f"de YAML-opmaak klopt niet (verwacht geldige YAML, gevonden: {_yaml_reason(what)})",
                hint="kijk na of inspringing, dubbele punten en aanhalingstekens kloppen",
            )
        ]
    except yaml.YAMLError as error:  # e.g. a reader error on a control character
        return None, [Problem(file, 1, 1, "", f"het bestand is geen leesbare YAML ({error})")]
    finally:
        loader.dispose()


# PyYAML explains problems in English; partners read Dutch.
_REASONS = {
    "mapping values are not allowed here": "een dubbele punt op een plek waar geen veld kan beginnen",
    "could not find expected ':'": "een regel zonder dubbele punt na de veldnaam",
    "found character '\\t' that cannot start any token": "een tab (gebruik spaties om in te springen)",
    "expected <block end>, but found '-'": "een lijstteken '-' dat niet goed is ingesprongen",
    "found unexpected end of stream": "het einde van het bestand terwijl een aanhalingsteken nog openstaat",
    "found undefined alias": "een verwijzing (*) naar iets dat niet bestaat",
    "expected a single document in the stream": "meer dan één document (--- ) in één bestand",
}


def _yaml_reason(problem: str) -> str:
    for english, dutch in _REASONS.items():
        if problem.startswith(english):
            return dutch
    if problem.startswith("expected <block end>"):
        return "een regel die niet goed is ingesprongen"
    if problem.startswith("while scanning a quoted scalar") or "quoted scalar" in problem:
        return "een aanhalingsteken dat niet gesloten wordt"
    return f"'{problem}'"


def _dotted(path: Path_) -> str:
    """Field path as partners read it: `locaties[1].adres.gemeente` (list items counted from 1)."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += ("." if text else "") + part
    return text


field_path = _dotted


def read(path: Path, root: Path) -> tuple[Document | None, list[Problem]]:
    """Read and parse one YAML file; the file name in messages is relative to the Huis root."""
    shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None, [
            Problem(
                shown,
                1,
                1,
                "",
                "het bestand is niet in UTF-8 opgeslagen (verwacht UTF-8-tekst)",
                hint="bewaar het opnieuw als UTF-8 in je editor",
            )
        ]
    return parse(text, shown)
