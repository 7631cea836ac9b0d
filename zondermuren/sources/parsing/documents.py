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

from zondermuren.problems import Level, Problem
from zondermuren.sources.parsing import yaml_messages

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
        self._open_anchors: set[str] = set()

    def compose_node(self, parent, index):
        """Refuse an alias to a block that is still open (`a: &x {b: *x}`): it would never end."""
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) and event.anchor in self._open_anchors:
            mark = event.start_mark
            assert mark is None or isinstance(mark, yaml.error.Mark)  # the pure-Python reader makes these marks
            raise yaml.composer.ComposerError(None, None, f"found recursive alias {event.anchor!r}", mark)
        anchor = getattr(event, "anchor", None)
        if anchor is None or isinstance(event, yaml.AliasEvent):
            return super().compose_node(parent, index)
        self._open_anchors.add(anchor)
        try:
            return super().compose_node(parent, index)
        finally:
            self._open_anchors.discard(anchor)


if yaml.__with_libyaml__:
    from yaml._yaml import CParser  # libyaml's parser, which `yaml.cyaml` builds its loaders on too

    class _FastLoader(CParser, yaml.constructor.SafeConstructor, _StrictResolver):
        """libyaml's parser with our strict resolver: about ten times faster than the pure-Python one.

        Used for files without anchors (`&`), so no alias can loop; any error is parsed again with
        the pure-Python loader, whose marks and tokens give the precise Dutch message.
        """

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            yaml.constructor.SafeConstructor.__init__(self)
            _StrictResolver.__init__(self)


_MAX_NODES = 200_000  # aliases can multiply a small file into millions of values


_ALIAS_HINT = "schrijf de waarden uit in plaats van met & en * naar elkaar te verwijzen"


class _TooLarge(Exception):
    pass


@dataclass
class Document:
    """One YAML file: its data and the (line, column) of every value and key, 1-based.

    `texts` keeps numbers as typed (`9.30`, not 9.3), so messages can show what the partner wrote.
    """

    file: str
    data: Any
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    texts: dict[Path_, str] = field(default_factory=dict)

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

    def problem(self, path: Path_, message: str, hint: str = "", *, key: bool = False, warn: bool = False) -> Problem:
        """A problem about the value (or key) at `path` of this file, with its line and column."""
        line, column = self.where(path, key=key)
        return Problem(self.file, line, column, _dotted(path), message, hint, Level.WARNING if warn else Level.ERROR)

    def typed(self, path: Path_, value: Any) -> str | None:
        """The text of a number as the partner typed it, or None for any other value."""
        if isinstance(value, int | float) and not isinstance(value, bool):
            return self.texts.get(path)
        return None


def _construct(loader: yaml.constructor.SafeConstructor, node: yaml.Node) -> Any:
    """A scalar's value; an explicit tag that does not fit it (`!!int abc`) is a YAML error."""
    try:
        return loader.construct_object(node, deep=True)
    except (ValueError, KeyError, AttributeError, TypeError) as error:
        problem = f"could not determine a constructor for the tag {node.tag!r}"
        raise yaml.constructor.ConstructorError(None, None, problem, node.start_mark) from error


def _walk(
    loader: yaml.constructor.SafeConstructor,
    node: yaml.Node,
    path: Path_,
    doc: Document,
    problems: list[Problem],
    count: list[int],
):
    count[0] += 1
    if count[0] > _MAX_NODES:
        raise _TooLarge
    doc.values[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = _construct(loader, key_node)
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
            result[key] = _walk(loader, value_node, path + (key,), doc, problems, count)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_walk(loader, item, path + (i,), doc, problems, count) for i, item in enumerate(node.value)]
    value = _construct(loader, node)
    if isinstance(value, int | float) and not isinstance(value, bool):
        doc.texts[path] = node.value
    return value


def _document(loader: Any, file: str) -> tuple[Document, list[Problem]]:
    """The loader's one document (the C or the Python parser), walked into data with every value's position."""
    node = loader.get_single_node()
    doc = Document(file, None)
    problems: list[Problem] = []
    if node is not None:
        doc.data = _walk(loader, node, (), doc, problems, [0])
    return doc, problems


def _parse_fast(text: str, file: str) -> tuple[Document, list[Problem]] | None:
    if "&" in text or not yaml.__with_libyaml__:
        return None
    loader = _FastLoader(text)
    try:
        return _document(loader, file)
    except (yaml.YAMLError, _TooLarge, RecursionError):
        return None
    finally:
        loader.dispose()


def parse(text: str, file: str) -> tuple[Document | None, list[Problem]]:
    """Parse YAML text. A syntax error becomes one Problem with its line, never an exception."""
    fast = _parse_fast(text, file)
    if fast is not None:
        return fast
    loader = None
    try:
        loader = _Loader(text)  # the reader checks every character here, so this is inside the try
        return _document(loader, file)
    except yaml.reader.ReaderError as error:
        line, column, code = yaml_messages.control_character(error, text)
        return None, [
            Problem(
                file,
                line,
                column,
                "",
                f"het bestand bevat een onzichtbaar stuurteken (verwacht gewone tekst, gevonden teken {code})",
                hint="verwijder het teken of typ de tekst opnieuw",
            )
        ]
    except yaml.MarkedYAMLError as error:
        found = yaml_messages.explain(error, text)
        return None, [
            Problem(
                file,
                found.line,
                found.column,
                "",
                f"de YAML-opmaak klopt niet (verwacht geldige YAML, gevonden: {found.reason})",
                hint=found.hint,
            )
        ]
    except _TooLarge:
        message = f"te veel waarden (verwacht hoogstens {_MAX_NODES} waarden, gevonden meer)"
        return None, [Problem(file, 1, 1, "", message, hint=_ALIAS_HINT)]
    except RecursionError:
        message = "te diep genest (verwacht velden en lijsten een paar niveaus diep, gevonden honderden niveaus)"
        return None, [Problem(file, 1, 1, "", message, hint="kijk na of er geen [ of { te veel staan")]
    except yaml.YAMLError as error:  # not expected, but a partner must never see a traceback
        return None, [Problem(file, 1, 1, "", f"het bestand is geen leesbare YAML (gevonden: '{error}')")]
    finally:
        if loader is not None:
            loader.dispose()


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


MAX_FILE_BYTES = 250_000  # a fiche is a few kB; the example's largest activities file is 12 kB


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB".replace(".", ",") if size >= 1_000_000 else f"{size // 1000} kB"


def read(path: Path, root: Path) -> tuple[Document | None, list[Problem]]:
    """Read and parse one YAML file; the file name in messages is relative to the Huis root."""
    shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
    if not path.resolve().is_relative_to(root.resolve()):
        message = (
            "bestand verwijst naar een plaats buiten het Huis (verwacht een gewoon bestand, gevonden een snelkoppeling)"
        )
        return None, [Problem(shown, 1, 1, "", message, "vervang de snelkoppeling door het bestand zelf")]
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        return None, [
            Problem(
                shown,
                1,
                1,
                "",
                f"bestand te groot (verwacht hoogstens {MAX_FILE_BYTES // 1000} kB, gevonden {_size(size)})",
                "een fiche of activiteitenlijst is enkele kB: kijk na of er niets per ongeluk in geplakt is",
            )
        ]
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
