"""The commands about a Huis's repository itself: `nieuw` (a new Huis from the template) and `bijwerken`
(the template of a newer engine over an existing Huis). The work is `githost.newhuis`'s; here the
options, the question whether to ask, and the Dutch next steps."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from zondermuren.cli.invocation import Invocation, wrong_usage
from zondermuren.githost import newhuis

# The options of `nieuw`, each a question of the template (zondermuren/sjabloon/copier.yml).
_QUESTIONS = (
    ("--naam", "naam", "de naam van het Huis"),
    ("--gemeenten", "gemeenten", "gemeenten met postcodes, zoals 'Nieuwdorp 9990; Oudveld 9991 9992'"),
    ("--email", "email", "het e-mailadres van het Huis"),
    ("--telefoon", "telefoon", "het telefoonnummer van het Huis"),
    ("--kleur-primair", "kleur_primair", "de hoofdkleur, als #rrggbb"),
    ("--kleur-accent", "kleur_accent", "de accentkleur, als #rrggbb"),
    ("--eigenaar", "eigenaar", "je gebruikersnaam of organisatie op de git-host"),
    ("--repository", "repository", "de naam van de repository (standaard de naam van de map)"),
    ("--site-url", "site_url", "het webadres van de site (standaard dat van GitHub of GitLab Pages)"),
)


def new_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("doel", type=Path, metavar="MAP", help="de map van het nieuwe Huis (leeg of nog niet bestaand)")
    for flag, _, help_text in _QUESTIONS:
        parser.add_argument(flag, help=help_text)
    parser.add_argument("--talen", help="talen van de site, gescheiden door komma's, zoals nl,fr,ar (standaard nl)")
    host = parser.add_mutually_exclusive_group()
    host.add_argument("--github", dest="githost", action="store_const", const="github", help="voor GitHub (standaard)")
    host.add_argument("--gitlab", dest="githost", action="store_const", const="gitlab", help="voor GitLab")
    parser.add_argument(
        "--vragen",
        choices=("ja", "nee"),
        help="stel de vragen die niet als optie gegeven zijn (standaard: ja in een terminal, nee anders)",
    )
    parser.add_argument("--zonder-git", action="store_true", help="geen git-repository met een eerste commit maken")
    # For the engine's own tests and for a template from a fork: a git repository of the template and its tag.
    parser.add_argument("--sjabloon", help=argparse.SUPPRESS)
    parser.add_argument("--versie", help=argparse.SUPPRESS)


def update_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--versie", help="de versie (tag) van het sjabloon, zoals v1.1.0 (standaard: de nieuwste)", default=None
    )


def _answers(args: argparse.Namespace) -> dict[str, Any]:
    answers: dict[str, Any] = {key: getattr(args, key) for _, key, _ in _QUESTIONS if getattr(args, key) is not None}
    if args.talen is not None:
        answers["talen"] = [taal.strip() for taal in args.talen.split(",") if taal.strip()]
    if args.githost is not None:
        answers["githost"] = args.githost
    return answers


def new(run: Invocation) -> int:
    args = run.args
    target = args.doel if args.doel.is_absolute() else Path.cwd() / args.doel
    ask = args.vragen == "ja" if args.vragen else sys.stdin.isatty()
    started = time.monotonic()
    try:
        newhuis.create(target, _answers(args), ask=ask, today=run.options.today, source=args.sjabloon, ref=args.versie)
        committed = (
            False
            if args.zonder_git
            else newhuis.git_init(target, "Nieuw Huis, gemaakt met zondermuren nieuw", run.environ)
        )
    except newhuis.NewHuisError as error:
        return wrong_usage(str(error))
    seconds = time.monotonic() - started
    print(f"Klaar: een nieuw Huis in {target} ({seconds:.1f} s).")
    if not committed and not args.zonder_git:
        print("git is niet gevonden: maak zelf een repository (git init, git add -A, git commit).")
    print("Volgende stappen:")
    print(f"  cd {args.doel}")
    print("  make site     # installeert de motor, controleert en bouwt de site in site/")
    print("  make serve    # bekijk de site op http://127.0.0.1:8000/")
    print("Lees daarna README.md: de ene stap met de hand op GitHub of GitLab, en hoe je de site online zet.")
    return 0


def update(run: Invocation) -> int:
    try:
        changed = newhuis.update(run.root, run.environ, ref=run.args.versie)
    except newhuis.NewHuisError as error:
        return wrong_usage(str(error))
    if not changed:
        print("Bijgewerkt: er veranderde niets.")
        return 0
    print(f"Bijgewerkt: {len(changed)} bestanden veranderden (git diff toont hoe):")
    for line in changed:
        print(f"  {line}")
    conflicts = [line[3:] for line in changed if line[:2] in ("UU", "AA")]
    print("Kijk de wijzigingen na, bouw de site (make site) en commit ze.")
    if conflicts:
        print("Let op: waar je zelf iets veranderde, staan beide versies tussen <<<<<<< en >>>>>>>: kies er één.")
    return 0
