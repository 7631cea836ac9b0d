"""The commands about the sources and the git host: `check`, `codeowners`, `uit-formulier`, `velden`."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from dataclasses import dataclass
from pathlib import Path

from zondermuren import build
from zondermuren.cli import paths
from zondermuren.cli.invocation import Invocation, problems
from zondermuren.githost import codeowners as owners
from zondermuren.githost import intake, publishing, reports
from zondermuren.githost import reference as field_reference
from zondermuren.options import Options
from zondermuren.problems import Level, Problem, report

GITLAB_REPORT = Path("gl-code-quality-report.json")
CODEOWNERS = owners.FILE
FORMS = ("tekst", "github", "gitlab")


@dataclass(frozen=True)
class Host:
    """What the git host's runner tells a command through its environment (read by `main`)."""

    step_summary: Path | None = None  # GITHUB_STEP_SUMMARY
    report: Path | None = None  # --rapport for the GitLab report


def check_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--formaat",
        choices=FORMS,
        help="tekst: alleen de lijst; github: ook meldingen bij de regels en de samenvatting van de job; "
        "gitlab: ook een Code Quality-rapport (standaard github als GITHUB_ACTIONS gezet is, gitlab als "
        "GITLAB_CI gezet is, anders tekst)",
    )
    parser.add_argument(
        "--publicatie", action="store_true", help="voor het online zetten: ook fout als site_url nog het voorbeeld is"
    )
    parser.add_argument(
        "--rapport", type=Path, metavar="BESTAND", help=f"waar het GitLab-rapport komt (standaard {GITLAB_REPORT})"
    )


def check(run: Invocation) -> int:
    summary = run.environ.get("GITHUB_STEP_SUMMARY")
    host = Host(Path(summary) if summary else None, run.args.rapport)
    form = paths.form(run.args, run.environ)
    return check_huis(run.root, run.options, form, host, run.args.publicatie, run.address)


def check_huis(
    root: Path,
    options: Options,
    form: str = "tekst",
    host: Host | None = None,
    publish: bool = False,
    address: Problem | None = None,
) -> int:
    """Check the Huis; `form` github/gitlab also writes the problems as the git host shows them.

    `publish`: also refuse what must not go online (the example's web address). `address`: what is
    wrong with mkdocs.yml's site_url (options.checked_site_url), listed with the other problems."""
    host = host or Host()
    checked = build.check(root, options)
    found = checked.problems + ([address] if address else [])
    if publish and not address and (wrong := publishing.example_address(root, options.site_url)):
        found.append(wrong)
    # A stale CODEOWNERS is one of the sources' warnings (every form); a missing one, only on the git host.
    if checked.readable and form != "tekst" and not checked.errors:
        if (stale := owners.stale(checked.sources, root)) and stale.file not in {p.file for p in found}:
            found.append(dataclasses.replace(stale, level=Level.WARNING))
    found += checked.clashes
    errors = [p for p in found if p.level is Level.ERROR]
    if found:
        print(report(found), file=sys.stderr if errors else sys.stdout)
    if errors:
        done = "De bronbestanden bevatten fouten; er is niets gebouwd."
    else:
        done = f"In orde: {checked.partners} partners, {checked.activities} activiteiten."
    if form == "github":
        for line in reports.github(found):
            print(line)
        if host.step_summary:
            with open(host.step_summary, "a", encoding="utf-8") as summary:
                summary.write(reports.summary(found, done))
    elif form == "gitlab":
        target = host.report or root / GITLAB_REPORT
        target.write_text(reports.gitlab(found), "utf-8")
    print(done, file=sys.stderr if errors else sys.stdout)
    return 1 if errors else 0


def codeowners_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--controleer", action="store_true", help=f"schrijf niets; fout (1) als {CODEOWNERS} verouderd is"
    )


def codeowners(run: Invocation) -> int:
    checked = build.check(run.root, run.options, with_clashes=False)
    if not checked.readable or checked.errors:
        problems(checked.problems)
        print("Eerst de fouten oplossen; CODEOWNERS is niet gemaakt.", file=sys.stderr)
        return 1
    if missing := owners.missing_coordinators(checked.sources):
        problems(missing)
        return 1
    if run.args.controleer:
        if stale := owners.stale(checked.sources, run.root):
            problems([stale])
            return 1
        print(f"In orde: {CODEOWNERS} klopt met de fiches.")
        return 0
    target = run.root / CODEOWNERS
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(owners.render(checked.sources), "utf-8")
    print(f"geschreven: {CODEOWNERS}")
    return 0


def from_form_arguments(parser: argparse.ArgumentParser) -> None:
    body = parser.add_mutually_exclusive_group(required=True)
    body.add_argument("--tekst", type=Path, metavar="BESTAND", help="bestand met de tekst van het issue (Markdown)")
    body.add_argument(
        "--gebeurtenis", type=Path, metavar="BESTAND", help="het JSON-bestand van de gebeurtenis (GITHUB_EVENT_PATH)"
    )
    parser.add_argument(
        "--uitvoer", type=Path, metavar="MAP", help="map voor titel.txt en bericht.md (voor de pull request)"
    )


def from_form(run: Invocation) -> int:
    number = author = None
    if run.args.gebeurtenis is not None:  # on the git host: only the partner's beheerders (intake.process)
        body, number = intake.body_of(run.args.gebeurtenis)
        author = intake.author_of(run.args.gebeurtenis)
    else:
        body = run.args.tekst.read_text("utf-8")
    outcome = intake.process(run.root, body, run.options.today, number, author=author)
    for line in outcome.lines:
        print(line, file=sys.stderr if outcome.code in (1, intake.NOT_ALLOWED) else sys.stdout)
    if (out := run.args.uitvoer) is not None:
        out.mkdir(parents=True, exist_ok=True)
        (out / "titel.txt").write_text(outcome.title + "\n", "utf-8")
        (out / "bericht.md").write_text(outcome.message, "utf-8")
    return outcome.code


def reference(run: Invocation) -> int:
    checked = build.check(run.root, run.options, with_clashes=False)
    if not checked.readable:
        problems(checked.problems)
        return 1
    for path in field_reference.write(checked.sources, run.root):
        print(f"geschreven: {path.relative_to(run.root)}")
    return 0
