"""`zondermuren --version`: the engine's version and the data format it reads, on one line."""

from __future__ import annotations

import pytest

from zondermuren import cli, release


def test_version_says_the_engine_and_its_data_format(capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--map", str(tmp_path), "--version"])  # no Huis needed: it says what is installed
    out = capsys.readouterr()
    assert (stopped.value.code, out.out, out.err) == (0, "zondermuren 1.0.0 (gegevensformaat 1)\n", "")
    assert release.VERSION == "1.0.0" and release.FORMAT == 1  # the line above, from release.py


def test_version_follows_release_py(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(release, "VERSION", "2.3.4")
    monkeypatch.setattr(release, "FORMAT", 3)
    with pytest.raises(SystemExit):
        cli.main(["--version"])
    assert capsys.readouterr().out == "zondermuren 2.3.4 (gegevensformaat 3)\n"
