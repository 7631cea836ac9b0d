"""argparse in Dutch: its own words (usage, option groups, errors) as well as ours.

argparse takes every word it shows through gettext (`argparse._` and `argparse.ngettext`), and
looks each up when it shows it. `in_dutch()` hands argparse a translation of its own for as long
as the command line is read, and gives gettext back afterwards, so another user of argparse in
the same process (pytest) keeps its English. `Parser` and `Formatter` make the parts argparse
builds once (the group titles, the help option, the usage prefix) Dutch whatever the context.
tests/adapter/test_cli_help.py reads argparse's words from the running Python: a new one fails there.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

USAGE = "gebruik: "
HELP = "toon deze hulp en stop"

# argparse's words (Python 3.11 to 3.14), each as argparse writes it, with its Dutch. The `%`
# fields stay: argparse fills them in after the translation.
WORDS = {
    "usage: ": USAGE,
    "positional arguments": "argumenten",
    "options": "opties",
    "optional arguments": "opties",
    "subcommands": "opdrachten",
    "show this help message and exit": HELP,
    "show program's version number and exit": "toon het versienummer en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "%(prog)s: warning: %(message)s\n": "%(prog)s: waarschuwing: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "the following arguments are required: %s": "verplicht maar niet gegeven: %s",
    "one of the arguments %s is required": "een van deze is verplicht: %s",
    "not allowed with argument %s": "niet samen met %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "unrecognized arguments: %(args)s": "onbekende argumenten: %(args)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze (verwacht een van %(choices)s, gevonden %(value)r)",
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)": (
        "ongeldige keuze (verwacht een van %(choices)s, gevonden %(value)r) — bedoelde je %(closest)r?"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekende opdracht (verwacht een van %(choices)s, gevonden %(parser_name)r)"
    ),
    "invalid %(type)s value: %(value)r": "ongeldige waarde (verwacht een %(type)s, gevonden %(value)r)",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "expected %s argument": "verwacht %s waarde",
    "expected %s arguments": "verwacht %s waarden",
    "ignored explicit argument %r": "hier hoort geen waarde bij (gevonden %r)",
    "ambiguous option: %(option)s could match %(matches)s": "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
    "unexpected option string: %s": "onverwachte optie: %s",
    "option %(option)r is deprecated": "optie %(option)r is verouderd",
    "option '%(option)s' is deprecated": "optie '%(option)s' is verouderd",
    "argument %(argument_name)r is deprecated": "argument %(argument_name)r is verouderd",
    "command '%(parser_name)s' is deprecated": "opdracht '%(parser_name)s' is verouderd",
    "argument '%(argument_name)s' is deprecated": "argument '%(argument_name)s' is verouderd",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    'argument "-" with mode %r': 'argument "-" met modus %r',
    # What only a mistake in this package's own parser can say, in Dutch all the same.
    ".__call__() not defined": ".__call__() ontbreekt",
    "conflicting subparser: %s": "opdracht twee keer gegeven: %s",
    "conflicting subparser alias: %s": "andere naam van een opdracht twee keer gegeven: %s",
    "cannot merge actions - two groups are named %r": "kan niet samenvoegen: twee groepen heten %r",
    "'required' is an invalid argument for positionals": "'required' kan niet bij een argument zonder streepjes",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r": (
        "ongeldige optie %(option)r: moet beginnen met %(prefix_chars)r"
    ),
    "dest= is required for options like %r": "dest= is nodig voor een optie als %r",
    "invalid conflict_resolution value: %r": "ongeldige waarde voor conflict_resolution: %r",
    "conflicting option string: %s": "optie twee keer gegeven: %s",
    "conflicting option strings: %s": "opties twee keer gegeven: %s",
    "mutually exclusive arguments must be optional": "argumenten die elkaar uitsluiten moeten opties zijn",
    "cannot have multiple subparser arguments": "maar één groep opdrachten mogelijk",
    "%r is not callable": "%r kan niet aangeroepen worden",
}


def _word(message: str) -> str:
    return WORDS.get(message, message)


def _words(singular: str, plural: str, count: int) -> str:
    return _word(singular if count == 1 else plural)


@contextmanager
def in_dutch() -> Iterator[None]:
    """argparse speaks Dutch inside this block (see the module's docstring)."""
    names = vars(argparse)  # argparse's module globals, where `_` and `ngettext` are looked up
    saved = {"_": names["_"], "ngettext": names["ngettext"]}
    names.update({"_": _word, "ngettext": _words})
    try:
        yield
    finally:
        names.update(saved)


class Formatter(argparse.HelpFormatter):
    """Help in Dutch: 'gebruik:' before the usage line; the rest comes through `in_dutch`."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 32, width: int | None = None):
        # Room for the longest command name (uit-formulier) beside its help.
        super().__init__(prog, indent_increment, max_help_position, width)

    def add_argument(self, action: argparse.Action) -> None:
        super().add_argument(action)
        if isinstance(action, argparse._SubParsersAction) and action.help is not argparse.SUPPRESS:
            # argparse measures the commands without the indent it shows them with: a long name
            # would push its help onto the next line.
            longest = max((len(name) for name in action.choices), default=0)
            needed = longest + self._current_indent + self._indent_increment
            self._action_max_length = max(self._action_max_length, needed)

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, USAGE if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose help, usage lines and errors are Dutch (its sub-commands' too)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)
        # Made in ArgumentParser.__init__: Dutch even when built outside `in_dutch`.
        self._positionals.title = WORDS["positional arguments"]
        self._optionals.title = WORDS["options"]
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = HELP

    def error(self, message: str) -> NoReturn:
        """Wrong usage: the usage line and one Dutch line on stderr, exit 2 (as argparse does)."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {message}\n")
