"""Every command given a wrong path answers with one Dutch line and exit 2, before doing any work.

As click says "Invalid value for '--uit': ...": here "Fout: ongeldige waarde voor --uit: ...", with
what was expected and what was found. One case per message; the folder of the Huis (`--map`) is
tried with every command. /sys takes no new file, even for root: it stands for a place where the
user may not write.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.sources.test_messages import FIXTURE
from zondermuren import cli

HUIS = "de hoofdmap van een Huis, met huis.yml"
WRITABLE = "een map waarin geschreven mag worden"
PDFS = "een map voor de PDF's"
REPORT = "een bestand voor het GitLab-rapport"
ISSUE = "een bestand met de tekst van het issue"
EVENT = "het JSON-bestand van de gebeurtenis"
FORM_OUT = "een map voor titel.txt en bericht.md"
SUMMARY = "het bestand voor de samenvatting van de job"
CACHE = "een map voor de cache van het drukwerk"
UNWRITABLE = "/sys/zondermuren"  # sysfs: no new entries, whoever asks
NOWHERE = "/proc/zondermuren"  # procfs: no new folders, and no such entry

# Every command, with what it needs besides the wrong path.
COMMANDS = {
    "check": [],
    "codeowners": [],
    "uit-formulier": ["--tekst", "{tmp}/issue.md"],
    "velden": [],
    "vertalingen": [],
    "botsingen": [],
    "drukwerk": [],
}


def invalid(flag: str, what: str, expected: str, found: str, hint: str = "") -> str:
    return f"Fout: ongeldige waarde voor {flag}: {what} (verwacht {expected}; gevonden {found})" + (
        f" — {hint}" if hint else ""
    )


@pytest.fixture
def tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A valid Huis in tmp/huis, a file tmp/bestand.txt, an issue text tmp/issue.md (and in Latin-1)."""
    shutil.copytree(FIXTURE, tmp_path / "huis")
    (tmp_path / "bestand.txt").write_text("geen map\n", "utf-8")
    (tmp_path / "issue.md").write_text("### Partner\n\nbib-noorddorp\n", "utf-8")
    (tmp_path / "latin1.md").write_bytes("### Crèche\n".encode("latin-1"))
    monkeypatch.setenv("ZONDERMUREN_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("ZONDERMUREN_TODAY", "2026-11-22")
    for name in ("GITHUB_ACTIONS", "GITLAB_CI", "GITHUB_STEP_SUMMARY"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def _run(argv: list[str], tmp: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main([arg.format(tmp=tmp) for arg in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_refuses_a_huis_folder_that_does_not_exist(command, tmp, capsys):
    code, out, err = _run(["--map", "{tmp}/nergens", command, *COMMANDS[command]], tmp, capsys)
    assert (code, out) == (2, "")
    assert err == invalid("--map", "de map bestaat niet", HUIS, f"niets op '{tmp}/nergens'") + "\n"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_refuses_a_file_as_the_huis_folder(command, tmp, capsys):
    code, out, err = _run(["--map", "{tmp}/bestand.txt", command, *COMMANDS[command]], tmp, capsys)
    assert (code, out) == (2, "")
    assert err == invalid("--map", "geen map", HUIS, f"een bestand: '{tmp}/bestand.txt'") + "\n"


@pytest.mark.parametrize(
    "argv", [["velden"], ["codeowners"], ["drukwerk"], ["uit-formulier", "--tekst", "{tmp}/issue.md"]]
)
def test_every_command_that_writes_in_the_huis_folder_refuses_one_it_cannot_write_in(argv, tmp, capsys, monkeypatch):
    monkeypatch.delenv("ZONDERMUREN_CACHE")  # the print cache in the Huis folder, as by default
    code, out, err = _run(["--map", "/sys", *argv], tmp, capsys)
    assert (code, out) == (2, "")
    assert err == invalid("--map", "hier kan niet geschreven worden", WRITABLE, "'/sys': geen toestemming") + "\n"


Case = tuple[list[str], Callable[[Path], str]]
CASES: dict[str, Case] = {
    "map-is-huis-yml": (
        ["--map", "{tmp}/huis/huis.yml", "check"],
        lambda t: invalid("--map", "geen map", HUIS, f"een bestand: '{t}/huis/huis.yml'", f"bedoelde je '{t}/huis'?"),
    ),
    "gitlab-report-in-a-huis-folder-not-writable": (
        ["--map", "/sys", "check", "--formaat", "gitlab"],
        lambda t: invalid("--map", "hier kan niet geschreven worden", WRITABLE, "'/sys': geen toestemming"),
    ),
    "rapport-is-a-folder": (
        ["--map", "{tmp}/huis", "check", "--formaat", "gitlab", "--rapport", "{tmp}/huis"],
        lambda t: invalid("--rapport", "geen bestand", REPORT, f"een map: '{t}/huis'"),
    ),
    "rapport-behind-a-file": (
        ["--map", "{tmp}/huis", "check", "--rapport", "{tmp}/bestand.txt/rapport.json"],
        lambda t: invalid(
            "--rapport", "het bestand kan niet gemaakt worden", REPORT, f"een bestand in de weg: '{t}/bestand.txt'"
        ),
    ),
    "rapport-not-writable": (
        ["--map", "{tmp}/huis", "check", "--rapport", f"{UNWRITABLE}/rapport.json"],
        lambda t: invalid("--rapport", "hier kan niet geschreven worden", REPORT, f"'{UNWRITABLE}': geen toestemming"),
    ),
    "tekst-missing": (
        ["--map", "{tmp}/huis", "uit-formulier", "--tekst", "{tmp}/nergens.md"],
        lambda t: invalid("--tekst", "het bestand bestaat niet", ISSUE, f"niets op '{t}/nergens.md'"),
    ),
    "tekst-is-a-folder": (
        ["--map", "{tmp}/huis", "uit-formulier", "--tekst", "{tmp}/huis"],
        lambda t: invalid("--tekst", "geen bestand", ISSUE, f"een map: '{t}/huis'"),
    ),
    "tekst-not-utf8": (
        ["--map", "{tmp}/huis", "uit-formulier", "--tekst", "{tmp}/latin1.md"],
        lambda t: invalid("--tekst", "geen tekst", ISSUE + " in UTF-8", f"andere tekens in '{t}/latin1.md'"),
    ),
    "gebeurtenis-missing": (
        ["--map", "{tmp}/huis", "uit-formulier", "--gebeurtenis", "{tmp}/event.json"],
        lambda t: invalid("--gebeurtenis", "het bestand bestaat niet", EVENT, f"niets op '{t}/event.json'"),
    ),
    "gebeurtenis-not-json": (
        ["--map", "{tmp}/huis", "uit-formulier", "--gebeurtenis", "{tmp}/issue.md"],
        lambda t: invalid("--gebeurtenis", "geen JSON", EVENT, f"een fout op regel 1, kolom 1 van '{t}/issue.md'"),
    ),
    "uitvoer-is-a-file": (
        ["--map", "{tmp}/huis", "uit-formulier", "--tekst", "{tmp}/issue.md", "--uitvoer", "{tmp}/bestand.txt"],
        lambda t: invalid("--uitvoer", "geen map", FORM_OUT, f"een bestand: '{t}/bestand.txt'"),
    ),
    "uit-is-a-file": (
        ["--map", "{tmp}/huis", "drukwerk", "--uit", "{tmp}/bestand.txt"],
        lambda t: invalid("--uit", "geen map", PDFS, f"een bestand: '{t}/bestand.txt'"),
    ),
    "uit-behind-a-file": (
        ["--map", "{tmp}/huis", "drukwerk", "--uit", "{tmp}/bestand.txt/pdf"],
        lambda t: invalid("--uit", "de map kan niet gemaakt worden", PDFS, f"een bestand in de weg: '{t}/bestand.txt'"),
    ),
    "uit-not-writable": (
        ["--map", "{tmp}/huis", "drukwerk", "--uit", UNWRITABLE],
        lambda t: invalid("--uit", "hier kan niet geschreven worden", PDFS, f"'{UNWRITABLE}': geen toestemming"),
    ),
    "uit-where-no-folder-can-be": (
        ["--map", "{tmp}/huis", "drukwerk", "--uit", f"{NOWHERE}/pdf"],
        lambda t: invalid(
            "--uit", "hier kan niet geschreven worden", PDFS, f"'{NOWHERE}/pdf': die plaats bestaat niet"
        ),
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_wrong_path_is_one_dutch_line_and_exit_2(case, tmp, capsys):
    argv, expected = CASES[case]
    code, out, err = _run(argv, tmp, capsys)
    assert (code, out) == (2, "")
    assert err == expected(tmp) + "\n"


def test_the_job_summary_of_github_must_be_a_file(tmp, capsys, monkeypatch):
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp / "huis"))
    code, out, err = _run(["--map", "{tmp}/huis", "check", "--formaat", "github"], tmp, capsys)
    assert (code, out) == (2, "")
    assert err == invalid("GITHUB_STEP_SUMMARY", "geen bestand", SUMMARY, f"een map: '{tmp}/huis'") + "\n"


def test_a_shared_print_cache_must_be_a_folder(tmp, capsys, monkeypatch):
    monkeypatch.setenv("ZONDERMUREN_CACHE", str(tmp / "bestand.txt"))
    code, out, err = _run(["--map", "{tmp}/huis", "drukwerk"], tmp, capsys)
    assert (code, out) == (2, "")
    assert err == invalid("ZONDERMUREN_CACHE", "geen map", CACHE, f"een bestand: '{tmp}/bestand.txt'") + "\n"


def test_a_folder_to_write_in_that_does_not_exist_yet_is_made(tmp, capsys):
    argv = ["--map", "{tmp}/huis", "check", "--formaat", "gitlab", "--rapport", "{tmp}/nieuw/rapport.json"]
    code, _, err = _run(argv, tmp, capsys)
    assert (code, err) == (0, "")
    assert (tmp / "nieuw/rapport.json").is_file()


def test_a_file_named_github_in_the_way_of_codeowners(tmp, capsys):
    (tmp / "huis" / ".github").write_text("", "utf-8")
    code, out, err = _run(["--map", "{tmp}/huis", "codeowners"], tmp, capsys)
    assert (code, out) == (2, "")
    expected = "een map .github voor CODEOWNERS"
    assert err == invalid("--map", "geen map", expected, f"een bestand: '{tmp}/huis/.github'") + "\n"
