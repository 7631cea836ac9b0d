"""Options a build reads from its environment: each wrong value is one Dutch line, the command exits 2."""

from __future__ import annotations

import os

import pytest

from testkit.sitebuild import FIXTURES
from zondermuren import cli, options


@pytest.mark.parametrize(("value", "workers"), [("", os.cpu_count() or 1), ("1", 1), (" 3 ", 3)])
def test_zondermuren_processen_sets_the_processes_of_a_build(value: str, workers: int) -> None:
    assert options.from_environment(environ={"ZONDERMUREN_PROCESSEN": value}).workers == workers


@pytest.mark.parametrize("value", ["0", "twee", "-1", "1.5"])
def test_a_wrong_number_of_processes_is_one_line_and_exit_2(
    value: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(options.OptionError) as error:
        options.from_environment(environ={"ZONDERMUREN_PROCESSEN": value})
    assert str(error.value) == (
        "ZONDERMUREN_PROCESSEN: ongeldig aantal (verwacht een heel getal vanaf 1, zoals ZONDERMUREN_PROCESSEN=2, "
        f"gevonden '{value}')"
    )
    monkeypatch.setenv("ZONDERMUREN_PROCESSEN", value)
    assert cli.main(["--map", str(FIXTURES / "minimal"), "check"]) == 2
    said = capsys.readouterr()
    assert str(error.value) in said.err and "Traceback" not in said.out + said.err
