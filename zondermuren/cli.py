"""`zondermuren`: check a Huis, make its print material, and regenerate the schema and field reference.

Exit codes: 0 clean (warnings allowed), 1 errors in the sources, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from zondermuren import build, cli_paths
from zondermuren import options as build_options
from zondermuren.model import building, clashes
from zondermuren.model.huis import Huis
from zondermuren.printing import items, selection
from zondermuren.printing.png import cards, previews
from zondermuren.problems import Level, Problem, SourceError, report
from zondermuren.site import pages, translations
from zondermuren.sources import reading, reference
from zondermuren.workflow import codeowners, intake, publishing, reports


def _check(
    root: Path,
    options: build_options.Options,
    form: str = "tekst",
    host: Host | None = None,
    publish: bool = False,
    address: Problem | None = None,
) -> int:
    """Check the Huis; `form` github/gitlab also writes the problems as the git host shows them.

    `publish`: also refuse what must not go online (the example's web address). `address`: what is
    wrong with mkdocs.yml's site_url (options.checked_site_url), listed with the other problems."""
    host = host or Host()
    found = reading.check(root, options.today)
    problems = list(found.problems) + ([address] if address else [])
    if publish and not address and (wrong := publishing.example_address(root, options.site_url)):
        problems.append(wrong)
    if found.settings is not None and form != "tekst" and not found.errors:
        if stale := codeowners.stale(found, root):
            problems.append(dataclasses.replace(stale, level=Level.WARNING))
    if found.settings is not None and not found.errors:
        # Clashes need the model (dates expanded, moved dates placed): only sources without errors have one.
        problems += clashes.warnings(building.build(found, options.today))
    errors = [p for p in problems if p.level is Level.ERROR]
    if problems:
        print(report(problems), file=sys.stderr if errors else sys.stdout)
    if errors:
        done = "De bronbestanden bevatten fouten; er is niets gebouwd."
    else:
        partners = len(found.fiches)
        activities = sum(len(doc.data["activiteiten"]) for doc in found.activities.values())
        done = f"In orde: {partners} partners, {activities} activiteiten."
    if form == "github":
        for line in reports.github(problems):
            print(line)
        if host.step_summary:
            with open(host.step_summary, "a", encoding="utf-8") as summary:
                summary.write(reports.summary(problems, done))
    elif form == "gitlab":
        target = host.report or root / GITLAB_REPORT
        target.write_text(reports.gitlab(problems), "utf-8")
    print(done, file=sys.stderr if errors else sys.stdout)
    return 1 if errors else 0


GITLAB_REPORT = Path("gl-code-quality-report.json")


@dataclass(frozen=True)
class Host:
    """What the git host's runner tells a command through its environment (read in `main`)."""

    step_summary: Path | None = None  # GITHUB_STEP_SUMMARY
    report: Path | None = None  # --rapport for the GitLab report


def _from_form(
    root: Path, options: build_options.Options, text: Path | None, event: Path | None, out: Path | None
) -> int:
    number = None
    if event is not None:
        body, number = intake.body_of(event)
    else:
        assert text is not None
        body = text.read_text("utf-8")
    outcome = intake.process(root, body, options.today, number)
    for line in outcome.lines:
        print(line, file=sys.stderr if outcome.code == 1 else sys.stdout)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        (out / "titel.txt").write_text(outcome.title + "\n", "utf-8")
        (out / "bericht.md").write_text(outcome.message, "utf-8")
    return outcome.code


def _codeowners(root: Path, options: build_options.Options, verify: bool) -> int:
    found = reading.check(root, options.today)
    if found.settings is None or found.errors:
        print(report(found.problems), file=sys.stderr)
        print("Eerst de fouten oplossen; CODEOWNERS is niet gemaakt.", file=sys.stderr)
        return 1
    if missing := codeowners.missing_coordinators(found):
        print(report(missing), file=sys.stderr)
        return 1
    if verify:
        if stale := codeowners.stale(found, root):
            print(report([stale]), file=sys.stderr)
            return 1
        print(f"In orde: {codeowners.FILE} klopt met de fiches.")
        return 0
    target = root / codeowners.FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(codeowners.render(found), "utf-8")
    print(f"geschreven: {codeowners.FILE}")
    return 0


def _write_reference(root: Path, options: build_options.Options) -> int:
    found = reading.check(root, options.today)
    if found.settings is None:
        print(report(found.problems), file=sys.stderr)
        return 1
    for path in reference.write(found, root):
        print(f"geschreven: {path.relative_to(root)}")
    return 0


def _loaded(root: Path, options: build_options.Options) -> Huis | None:
    """The checked Huis, or None after printing its problems (the command then exits 1)."""
    try:
        return building.load(root, options.today)[0]
    except SourceError as error:
        print(report(error.problems), file=sys.stderr)
        return None


def _translations(root: Path, options: build_options.Options) -> int:
    if (huis := _loaded(root, options)) is None:
        return 1
    docs_dir = root / "content"
    generated = pages.generated_files(docs_dir)
    print(translations.as_text(translations.gaps(huis, docs_dir, generated), huis))
    return 0


def _clashes(root: Path, options: build_options.Options) -> int:
    """Every clash of the coming months, by month, for the coordinator (warnings: always exit 0 when checked)."""
    if (huis := _loaded(root, options)) is None:
        return 1
    print(clashes.as_text(huis))
    return 0


def _options(root: Path, publish: bool) -> tuple[build_options.Options, Problem | None]:
    """The options, and what is wrong with mkdocs.yml's site_url (a problem of the Huis's files).

    Raises OptionError for a wrong environment variable (the command then exits 2)."""
    address = build_options.configured_site_url(root / "mkdocs.yml", os.environ)
    try:
        return build_options.from_environment(address, publish=publish), None
    except build_options.SiteAddressError as error:
        if error.problem is None:
            raise
        return build_options.from_environment(None), error.problem


def _print(root: Path, folder: Path | None, options: build_options.Options, choice: selection.Choice) -> int:
    """Draw the chosen print items (all by default) into the cache; with `folder`, copy them there.

    Everything: the previews and the Open Graph cards too, so the cache a build restores is complete.
    A choice never prunes the cache: the other items stay in it."""
    try:
        huis, _ = building.load(root, options.today)
    except SourceError as error:
        print(report(error.problems), file=sys.stderr)
        return 1
    plan = items.plan(huis, options.site_url)
    try:
        chosen = selection.select(plan, huis, choice)
    except selection.ChoiceError as error:
        print(f"Fout: {error}", file=sys.stderr)
        return 2
    if not choice.everything:  # a cache that is never pruned (options.shared_cache)
        options = dataclasses.replace(options, cache_dir=options.print_cache(root).parent)
    drawn, seconds = _draw_with_progress(root, chosen, options)
    printed, warnings = build.publish_prints(root, huis, chosen, options)
    if warnings:
        print(report(warnings), file=sys.stderr)
    if folder is not None:
        for path, source in printed.files.items():
            target = folder / path.removeprefix("drukwerk/")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    drawn += len(printed.drawn)
    seconds += printed.seconds
    rate = f", {drawn / seconds:.1f} per seconde" if drawn else ""
    pictures = ""
    if choice.everything:
        made = build.publish_pictures(root, previews.plan(plan), cards.plan(huis, options.site_url), printed, options)
        pictures = f" Voorbeelden {len(made['previews'].drawn)} gemaakt, kaarten {len(made['cards'].drawn)} gemaakt."
    print(
        f"Drukwerk: {len(printed.files)} stuks, {drawn} gemaakt en {len(printed.files) - drawn} uit de cache "
        f"in {seconds:.1f} s{rate}." + (f" Geschreven in {folder}." if folder else "") + pictures
    )
    return 0


def _draw_with_progress(root: Path, chosen: list[items.PrintItem], options: build_options.Options) -> tuple[int, float]:
    """Many items to draw: in batches, with a progress bar (rich) on stderr; returns (drawn, seconds)."""
    cache = options.print_cache(root)
    missing = selection.missing(chosen, cache)
    if len(missing) < selection.PROGRESS_FROM:
        return 0, 0.0  # publish_prints draws them, without a bar
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("drukwerk"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True)) as progress:
        task = progress.add_task("drukwerk", total=len(missing))
        seconds = selection.draw(missing, cache, options.workers, lambda done: progress.advance(task, done))
    return len(missing), seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="zondermuren", description="Huis zonder muren")
    parser.add_argument("--map", type=Path, default=Path("."), help="hoofdmap van het Huis (standaard: hier)")
    commands = parser.add_subparsers(dest="command", required=True)
    checking = commands.add_parser("check", help="controleer huis.yml en alle fiches en activiteiten")
    checking.add_argument(
        "--formaat",
        choices=["tekst", "github", "gitlab"],
        help="tekst: alleen de lijst; github: ook meldingen bij de regels en de samenvatting van de job; "
        "gitlab: ook een Code Quality-rapport (standaard als GITHUB_ACTIONS of GITLAB_CI gezet is)",
    )
    checking.add_argument(
        "--publicatie", action="store_true", help="voor het online zetten: ook fout als site_url nog het voorbeeld is"
    )
    checking.add_argument("--rapport", type=Path, help=f"waar het GitLab-rapport komt (standaard {GITLAB_REPORT})")
    owners = commands.add_parser("codeowners", help=f"maak {codeowners.FILE} uit huis.yml en de beheerders")
    owners.add_argument(
        "--controleer", action="store_true", help=f"schrijf niets; fout (1) als {codeowners.FILE} verouderd is"
    )
    intake_parser = commands.add_parser("uit-formulier", help="maak van een ingevuld formulier (issue) een wijziging")
    body = intake_parser.add_mutually_exclusive_group(required=True)
    body.add_argument("--tekst", type=Path, help="bestand met de tekst van het issue (Markdown)")
    body.add_argument("--gebeurtenis", type=Path, help="het JSON-bestand van de gebeurtenis (GITHUB_EVENT_PATH)")
    intake_parser.add_argument("--uitvoer", type=Path, help="map voor titel.txt en bericht.md (voor de pull request)")
    commands.add_parser("velden", help="maak schema/*.json en docs/velden.md opnieuw")
    commands.add_parser("vertalingen", help="welke teksten missen een vertaling, per taal")
    commands.add_parser(
        "botsingen", help="activiteiten voor dezelfde gezinnen op hetzelfde moment in dezelfde gemeente, per maand"
    )
    printing = commands.add_parser("drukwerk", help="maak affiches, raamstickers en naamborden (PDF)")
    printing.add_argument("--uit", type=Path, help="kopieer de PDF's naar deze map")
    for flag, meta, what in (
        ("--partner", "MAP", "alleen het drukwerk van deze partner (de naam van zijn map onder partners/)"),
        ("--activiteit", "ID", "alleen de affiches van deze activiteit"),
        ("--campagne", "CODE", "alleen het drukwerk van deze campagne en de affiches van haar activiteiten"),
        (
            "--soort",
            "SOORT",
            "alleen deze soort: affiche, raamsticker, raamsticker-binnenkant, naambord, wie-is-wie, ...",
        ),
        ("--variant", "VARIANT", "alleen kantoor (eigen printer) of drukker (drukkerij)"),
        ("--taal", "TAAL", "alleen in deze taal (nl, fr, ...)"),
    ):
        printing.add_argument(flag, metavar=meta, action="append", default=[], help=what + "; mag vaker")
    args = parser.parse_args(argv)
    if wrong_path := cli_paths.wrong(args, os.environ):
        print(f"Fout: {wrong_path}", file=sys.stderr)
        return 2
    root = args.map.resolve()
    try:
        options, address = _options(root, args.command == "check" and args.publicatie)
    except build_options.OptionError as error:
        print(f"Fout: {error}", file=sys.stderr)
        return 2
    if address and args.command == "drukwerk":  # QR codes would lead there
        print(report([address]), file=sys.stderr)
        return 1
    if args.command == "check":
        shape = args.formaat or (
            "github"
            if os.environ.get("GITHUB_ACTIONS") == "true"
            else "gitlab"
            if os.environ.get("GITLAB_CI")
            else "tekst"
        )
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        host = Host(Path(summary) if summary else None, args.rapport)
        return _check(root, options, shape, host, args.publicatie, address)
    if args.command == "codeowners":
        return _codeowners(root, options, args.controleer)
    if args.command == "uit-formulier":
        return _from_form(root, options, args.tekst, args.gebeurtenis, args.uitvoer)
    if args.command == "vertalingen":
        return _translations(root, options)
    if args.command == "botsingen":
        return _clashes(root, options)
    if args.command == "drukwerk":
        choice = selection.Choice(
            tuple(args.partner), tuple(args.activiteit), tuple(args.campagne), tuple(args.soort), tuple(args.variant)
        )
        choice = dataclasses.replace(choice, languages=tuple(args.taal))
        return _print(root, args.uit.resolve() if args.uit else None, options, choice)
    return _write_reference(root, options)


if __name__ == "__main__":
    sys.exit(main())
