"""The command line speaks Dutch: its help, its usage lines and argparse's own errors, every choice listed.

argparse's words come through `cli.dutch`; the list of argparse's words is read from the running
Python, so a new Python with a new English word fails here instead of showing it to a coordinator.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import re

import pytest

from zondermuren import build, cli
from zondermuren.cli import dutch, table

ENGLISH = re.compile(
    r"usage|options:|positional arguments|show this help|error:|required|invalid choice|expected|"
    r"unrecognized|not allowed|\bargument\b",
    re.I,
)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    monkeypatch.setenv("COLUMNS", "120")  # argparse wraps at the terminal's width
    with pytest.raises(SystemExit) as stopped:
        cli.main(argv)
    out = capsys.readouterr()
    return int(stopped.value.code or 0), out.out, out.err


def test_the_main_help_is_dutch_and_lists_every_command(capsys, monkeypatch):
    code, out, err = _run(["--help"], capsys, monkeypatch)
    assert (code, err) == (0, "")
    assert out.startswith("gebruik: zondermuren [-h] [--version] [--map MAP] OPDRACHT ...\n")
    assert "\nopties:\n  -h, --help  " in out and "toon deze hulp en stop" in out
    assert "\nopdrachten:\n" in out
    for command in table.COMMANDS:
        assert re.search(rf"^    {re.escape(command.name)} +{re.escape(command.help[:30])}", out, re.M), command.name
    assert "Afsluitcodes: 0 in orde" in out
    assert not ENGLISH.search(out), ENGLISH.search(out)


@pytest.mark.parametrize("command", [command.name for command in table.COMMANDS])
def test_every_command_has_its_help_in_dutch(command, capsys, monkeypatch):
    code, out, err = _run([command, "--help"], capsys, monkeypatch)
    assert (code, err) == (0, "")
    assert out.startswith(f"gebruik: zondermuren {command} [-h]")
    assert "\nopties:\n" in out and "toon deze hulp en stop" in out
    assert not ENGLISH.search(out), ENGLISH.search(out)


def test_every_choice_is_listed(capsys, monkeypatch):
    _, out, _ = _run(["drukwerk", "--help"], capsys, monkeypatch)
    flat = " ".join(out.split())
    for kind in build.PRINT_KINDS:
        assert f" {kind}," in flat or f" {kind};" in flat, kind
    for variant in build.PRINT_VARIANTS:
        assert f" {variant} (" in flat, variant
    for flag in ("--uit", "--partner", "--activiteit", "--campagne", "--soort", "--variant", "--taal"):
        assert flag in flat
    _, out, _ = _run(["check", "--help"], capsys, monkeypatch)
    assert "--formaat {tekst,github,gitlab}" in out


@pytest.mark.parametrize(
    ("argv", "usage", "message"),
    [
        (
            [],
            "zondermuren [-h] [--version] [--map MAP] OPDRACHT ...",
            "zondermuren: fout: verplicht maar niet gegeven: OPDRACHT",
        ),
        (
            ["drukken"],
            "zondermuren [-h] [--version] [--map MAP] OPDRACHT ...",
            "zondermuren: fout: OPDRACHT: ongeldige keuze (verwacht een van 'check', 'codeowners', 'uit-formulier', "
            "'velden', 'vertalingen', 'botsingen', 'drukwerk', 'migreer', 'regio', 'netwerk', 'uitdatabank', 'nieuw', 'bijwerken', gevonden 'drukken')",
        ),
        (
            ["check", "--formaat", "xml"],
            "zondermuren check [-h] [--formaat {tekst,github,gitlab}] [--publicatie] [--rapport BESTAND]",
            "zondermuren check: fout: --formaat: ongeldige keuze (verwacht een van 'tekst', 'github', 'gitlab', "
            "gevonden 'xml')",
        ),
        (
            ["drukwerk", "--uit"],
            None,
            "zondermuren drukwerk: fout: --uit: verwacht één waarde",
        ),
        (
            ["uit-formulier"],
            None,
            "zondermuren uit-formulier: fout: een van deze is verplicht: --tekst --gebeurtenis",
        ),
        (
            ["uit-formulier", "--tekst", "a.md", "--gebeurtenis", "b.json"],
            None,
            "zondermuren uit-formulier: fout: --gebeurtenis: niet samen met --tekst",
        ),
        (["check", "--snel"], None, "zondermuren: fout: onbekende argumenten: --snel"),
        (["velden", "--publicatie"], None, "zondermuren: fout: onbekende argumenten: --publicatie"),
    ],
)
def test_wrong_usage_is_dutch_and_exit_2(argv, usage, message, capsys, monkeypatch):
    code, out, err = _run(argv, capsys, monkeypatch)
    assert (code, out) == (2, "")
    first, *rest = err.splitlines()
    assert first.startswith("gebruik: ")
    if usage is not None:
        assert first == f"gebruik: {usage}"
    assert rest[-1] == message
    assert not ENGLISH.search(err.replace("argumenten", "")), err


def _argparse_words() -> set[str]:
    """Every text argparse of this Python passes to gettext (`_(...)`, `ngettext(...)`)."""
    tree = ast.parse(inspect.getsource(argparse))
    words = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
            for argument in node.args:
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    words.add(argument.value)
                elif isinstance(argument, ast.Call) and argument.args:  # _(kwargs.pop('title', 'subcommands'))
                    words.update(a.value for a in argument.args if isinstance(a, ast.Constant) and a.value)
    return {word for word in words if word not in ("title", "description")}


def test_every_word_argparse_shows_has_its_dutch():
    words = _argparse_words()
    assert len(words) > 30, "argparse's words were not found: the reading of its source broke"
    assert sorted(words - set(dutch.WORDS)) == []


def test_argparse_keeps_its_english_outside_the_command_line(capsys, monkeypatch):
    """The translation lasts as long as `main` reads the command line (pytest uses argparse too)."""
    _run(["--help"], capsys, monkeypatch)
    other = argparse.ArgumentParser(prog="ander")
    assert "usage: ander" in other.format_usage()
    assert "show this help message and exit" in other.format_help()
