"""PyYAML's syntax errors, explained in Dutch at the place where the partner has to look.

PyYAML says in English what it expected (`problem`, with `problem_mark`) and, for many errors,
what it was doing when it got lost (`context`, with `context_mark`). The place to fix is often the
context: the quote that was never closed, the `[` without `]`, the line without a colon. A quote
that is closed too early (`'baby's'`) or never closed at all only shows up one token later, so
for those we scan the tokens again to find the quoted text that caused it. A quote left open
swallows the text up to the next quote in the file (often on the next line, which then looks
wrong): that is recognised and reported where the quote opens, with a hint for that quote.
The mistakes partners make most (a missing colon, no space after it, a list item without "- ",
a tab) get a hint for exactly that, built from the line itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

HINT = "kijk na of inspringing, dubbele punten en aanhalingstekens kloppen"
QUOTE_HINT = "zet de tekst tussen aanhalingstekens"
UNCLOSED = "een aanhalingsteken dat niet gesloten wordt"
TAB_HINT = "vervang de tab door spaties, evenveel als bij de andere regels op die hoogte"


def _close_hint(quote: str) -> str:
    return f"zet een {quote} aan het einde van de tekst op deze regel"


def _unclosed(mark: yaml.Mark, text: str, reason: str = UNCLOSED) -> Explanation:
    """Where a quote opens and was never closed: the hint names that quote."""
    quote = text[mark.index] if mark.index < len(text) and text[mark.index] in "'\"" else '"'
    return Explanation(*_position(mark), reason, _close_hint(quote))


def _line(text: str, number: int) -> str:
    """Line `number` (1-based) of the text, without its line break."""
    lines = text.splitlines()
    return lines[number - 1] if 0 < number <= len(lines) else ""


# A quoted text that runs over a line break into what looks like the next field or list item.
_SWALLOWED = re.compile(r"\n[ \t]*(?:- |[\w.-]+:[ \t\n])")


@dataclass(frozen=True)
class Explanation:
    line: int
    column: int
    reason: str
    hint: str = HINT


def _position(mark: yaml.Mark | None) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


class _Tokens(yaml.reader.Reader, yaml.scanner.Scanner):
    def __init__(self, text: str) -> None:
        yaml.reader.Reader.__init__(self, text)
        yaml.scanner.Scanner.__init__(self)


def _token_before(text: str, mark: yaml.Mark) -> yaml.Token | None:
    """The last token that starts before `mark` (the scanner got further than the parser)."""
    tokens = _Tokens(text)
    previous = None
    try:
        while tokens.check_token():
            token = tokens.get_token()
            if token.start_mark.index >= mark.index:
                break
            previous = token
    except yaml.YAMLError:
        pass
    return previous


def _quote_problem(error: yaml.MarkedYAMLError, text: str) -> Explanation | None:
    """A quoted text followed by more text: a quote closed too early, or one never closed."""
    if not isinstance(error, yaml.parser.ParserError) or error.problem_mark is None:
        return None
    if not (error.problem or "").endswith("'<scalar>'"):
        return None
    token = _token_before(text, error.problem_mark)
    if not isinstance(token, yaml.ScalarToken) or token.style not in ("'", '"'):
        return None
    quote = token.style
    if token.start_mark.line != token.end_mark.line and token.end_mark.line == error.problem_mark.line:
        # The quote ran on over several lines until the next quote in the file closed it.
        return _unclosed(token.start_mark, text)
    if token.end_mark.index == error.problem_mark.index:  # a letter right after the quote: baby's
        if quote == "'":
            hint = "schrijf een ' binnen '...' dubbel ('') of zet de tekst tussen dubbele aanhalingstekens"
        else:
            hint = 'schrijf een " binnen "..." als \\" of zet de tekst tussen enkele aanhalingstekens'
    else:
        hint = "zet de hele tekst tussen de aanhalingstekens"
    return Explanation(*_position(error.problem_mark), "tekst na het aanhalingsteken dat de tekst afsluit", hint)


def _ran_on(error: yaml.MarkedYAMLError, text: str) -> Explanation | None:
    """Any error on the line where a quoted text that swallowed the next field(s) ends: the next
    line's own opening quote closed it, and what follows (`@an`, a word) looks wrong there."""
    if error.problem_mark is None:
        return None
    token = _token_before(text, error.problem_mark)
    if not isinstance(token, yaml.ScalarToken) or token.style not in ("'", '"'):
        return None
    if token.end_mark.line != error.problem_mark.line or token.start_mark.line == token.end_mark.line:
        return None
    if not _SWALLOWED.search(text, token.start_mark.index, token.end_mark.index):
        return None  # a long text over several lines, closed where it should be
    return _unclosed(token.start_mark, text)


_CANNOT_START = re.compile(r"found character '(.+)' that cannot start any token")
_KEY_NO_SPACE = re.compile(r"^(\s*(?:- )?)([^\s:#'\"\[\]{}-][^\s:#]*):(\S.*)$")
_KEY_NO_COLON = re.compile(r"^(\s*(?:- )?)([^\s:#'\"\[\]{}-][^\s:#]*)[ \t]+(\S.*)$")


def _shown(value: str) -> str:
    """The start of what the partner typed, enough to recognise the line."""
    if len(value) <= 40:
        return value
    cut = value[:39]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"  # whole words when there are


def _simple_key(mark: yaml.Mark | None, text: str) -> Explanation:
    """A line that is not `field: value`: the colon missing, or the space after it."""
    line, column = _position(mark)
    content = _line(text, line)
    glued = _KEY_NO_SPACE.match(content)
    if glued:
        indent, key, value = glued.groups()
        where = len(indent) + len(key) + 2  # the character right after the colon
        return Explanation(
            line,
            where,
            "een veldnaam zonder spatie na de dubbele punt",
            f"zet een spatie na de dubbele punt: {key}: {_shown(value)}",
        )
    spaced = _KEY_NO_COLON.match(content)
    if spaced:
        indent, key, value = spaced.groups()
        return Explanation(
            line,
            len(indent) + len(key) + 1,
            "een regel zonder dubbele punt na de veldnaam",
            f"zet een dubbele punt na de veldnaam: {key}: {_shown(value)}",
        )
    return Explanation(line, column, "een regel zonder dubbele punt na de veldnaam")


def _missing_dash(error: yaml.MarkedYAMLError, text: str) -> Explanation | None:
    """A list item written without its '- ', at the height of the list's other dashes."""
    if not (error.context or "").startswith("while parsing a block collection"):
        return None
    if error.context_mark is None or error.problem_mark is None:
        return None
    opening = _line(text, error.context_mark.line + 1)
    here = _line(text, error.problem_mark.line + 1)
    column = error.problem_mark.column
    if opening[column : column + 2] != "- " or column != error.context_mark.column or here[column:].startswith("-"):
        return None
    return Explanation(
        *_position(error.problem_mark),
        "een element van een lijst zonder '- ' ervoor",
        "begin de regel met '- ', zoals de andere elementen van de lijst erboven",
    )


def _by_context(error: yaml.MarkedYAMLError, text: str) -> Explanation | None:
    context, problem = (error.context or "").strip(), (error.problem or "").strip()
    at_context = _position(error.context_mark or error.problem_mark)
    at_problem = _position(error.problem_mark or error.context_mark)
    if "quoted scalar" in context:
        if problem.startswith("found unexpected end of stream") and error.context_mark:
            reason = "het einde van het bestand terwijl een aanhalingsteken nog openstaat"
            return _unclosed(error.context_mark, text, reason)
        if "escape" in problem:  # PyYAML points at the letter after the backslash
            line, column = at_problem
            return Explanation(
                line,
                max(column - 1, 1),
                "een \\ binnen dubbele aanhalingstekens",
                "schrijf \\\\ voor een \\ of zet de tekst tussen enkele aanhalingstekens",
            )
        if error.context_mark:
            return _unclosed(error.context_mark, text)
        return Explanation(*at_context, UNCLOSED)
    if context.startswith("while scanning a simple key"):
        return _simple_key(error.context_mark or error.problem_mark, text)
    for kind, opening, closing in (("sequence", "[", "]"), ("mapping", "{", "}")):
        if context.startswith(f"while parsing a flow {kind}"):
            what = "een lijst" if kind == "sequence" else "een lijst van velden"
            if error.context_mark and error.problem_mark and error.problem_mark.line > error.context_mark.line:
                return Explanation(*at_context, f"{what} die met {opening} begint maar niet met {closing} sluit")
            return Explanation(*at_problem, f"{what} tussen {opening} en {closing} waarin een komma ontbreekt")
    for start, sign in (("while scanning an alias", "*"), ("while scanning an anchor", "&")):
        if context.startswith(start):
            return Explanation(*at_context, f"een tekst die met {sign} begint", QUOTE_HINT)
    if context.startswith("while scanning a block scalar"):
        return Explanation(*at_problem, "een tekstblok (| of >) dat niet goed geschreven is")
    if context.startswith("while scanning a directive") or context.startswith("while scanning a tag"):
        return Explanation(*at_context, "een waarde die met % of ! begint", QUOTE_HINT)
    if context.startswith("found duplicate anchor"):
        return Explanation(*at_problem, "een anker (&) dat twee keer voorkomt", "geef elk anker een eigen naam")
    return None


def _by_problem(error: yaml.MarkedYAMLError) -> Explanation:
    problem = (error.problem or "onleesbare YAML").strip()
    at = _position(error.problem_mark or error.context_mark)
    character = _CANNOT_START.match(problem)
    if character:
        sign = character.group(1)
        if sign == "\\t":
            return Explanation(*at, "een tab (gebruik spaties om in te springen)", TAB_HINT)
        if sign == "@":
            hint = 'zet een waarde die met @ begint tussen aanhalingstekens, zoals "@jan-peeters"'
            return Explanation(*at, "een waarde die met @ begint", hint)
        return Explanation(*at, f"een waarde die met {sign} begint", QUOTE_HINT)
    if problem.startswith("found recursive alias"):
        hint = "verwijs niet naar het blok waarin de verwijzing zelf staat, of schrijf de waarde uit"
        return Explanation(*at, "een verwijzing (*) naar het blok waarin ze zelf staat", hint)
    for english, dutch in _REASONS.items():
        if problem.startswith(english):
            return Explanation(*at, dutch)
    if problem.startswith("could not determine a constructor for the tag"):
        return Explanation(*at, "een waarde die met ! begint", QUOTE_HINT)
    if problem.startswith("expected <block end>, but found ']'") or problem.startswith(
        "expected <block end>, but found '}'"
    ):
        return Explanation(*at, "een haakje ] of } te veel")
    if problem.startswith("expected <block end>"):
        return Explanation(*at, "een regel die niet goed is ingesprongen")
    return Explanation(*at, f"'{problem}'")


_REASONS = {
    "mapping values are not allowed here": "een dubbele punt op een plek waar geen veld kan beginnen",
    "could not find expected ':'": "een regel zonder dubbele punt na de veldnaam",
    "expected <block end>, but found '-'": "een lijstteken '-' dat niet goed is ingesprongen",
    "found unexpected end of stream": "het einde van het bestand terwijl een aanhalingsteken nog openstaat",
    "found undefined alias": "een verwijzing (*) naar iets dat niet bestaat",
    "but found another document": "meer dan één document (--- ) in één bestand",
}


def explain(error: yaml.MarkedYAMLError, text: str) -> Explanation:
    """Where to look and what is wrong, in Dutch, for any syntax error PyYAML raises."""
    return (
        _quote_problem(error, text)
        or _ran_on(error, text)
        or _missing_dash(error, text)
        or _by_context(error, text)
        or _by_problem(error)
    )


def control_character(error: yaml.reader.ReaderError, text: str) -> tuple[int, int, str]:
    """Line, column and code point of a character YAML does not allow (U+000B from Word, ...)."""
    position = error.position if isinstance(error.position, int) else 0
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    character = error.character if isinstance(error.character, int) else ord(str(error.character)[:1] or "\0")
    return line, column, f"U+{character:04X}"
