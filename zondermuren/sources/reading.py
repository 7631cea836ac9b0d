"""Reading a Huis from disk: huis.yml, partners/<slug>/fiche.yml and activiteiten.yml.

Every file is read and checked before anything is built, so one run reports every problem in
every file; warnings never block. Building the model from what was read is the next stage's
work (`model.building.load`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from zondermuren import i18n, urls
from zondermuren.problems import Level, Problem, suggestion
from zondermuren.sources.checks import branding, clusters, drawings, entries, identities, pages, paths, text, when
from zondermuren.sources.checks import pictograms as pictogram_files
from zondermuren.sources.checks.dataformat import problems as format_problems
from zondermuren.sources.checks.owners import warnings as codeowners_warnings
from zondermuren.sources.checks.readability import problems as language_warnings
from zondermuren.sources.checks.when import MAX_SERIES_DATES, rule_of
from zondermuren.sources.demo import demo_shift
from zondermuren.sources.parsing.documents import Document, read
from zondermuren.sources.record import former, gitlog, history
from zondermuren.sources.region import FOLDER as REGION_FOLDER
from zondermuren.sources.region import Intake, Shared, take_in
from zondermuren.sources.schema import hints, schemas
from zondermuren.sources.schema.validation import validate
from zondermuren.vocabulary import Vocabularies

SETTINGS = "huis.yml"
FICHE = "fiche.yml"
ACTIVITIES = "activiteiten.yml"
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_KNOWN_SUFFIXES = {".svg", ".png", ".jpg", ".jpeg", ".webp", ".md"}


__all__ = [
    "MAX_SERIES_DATES",
    "Sources",
    "check",
    "rule_of",
]  # the limit and the rule, as the model and the reference use them


@dataclass
class Sources:
    """Everything read from one Huis folder, valid or not."""

    root: Path
    settings: Document | None = None
    vocab: Vocabularies = field(default_factory=Vocabularies.default)
    fiches: dict[str, Document] = field(default_factory=dict)
    unreadable: set[str] = field(default_factory=set)  # partner folders whose fiche could not be read
    activities: dict[str, Document] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    published: history.Published = field(default_factory=history.Published)  # what the site had (git)
    refused: frozenset[Path] = frozenset()  # links refused by `paths` (each reported once, there)
    shared: dict[str, Shared] = field(default_factory=dict)  # partners taken in from a regional pool (`region`)
    folders: dict[str, Path] = field(default_factory=dict)  # their folders in the copy, partners/_regio/<pool>/

    def folder(self, slug: str) -> Path:
        """A partner's folder: its own under partners/, or a shared partner's in the pool's copy."""
        return self.folders.get(slug) or self.root / "partners" / slug

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level is Level.ERROR]

    @property
    def municipalities(self) -> list[str]:
        return [m["id"] for m in self.settings.data["gemeenten"]] if self.settings else []

    @property
    def languages(self) -> list[str]:
        return list(self.settings.data["talen"]) if self.settings else ["nl"]

    @property
    def text_languages(self) -> list[str]:
        """Languages a text may be given in: the site's, and every language the kit ships texts for.

        A fiche may carry a translation the site does not publish (yet), e.g. one fiche used by
        several Huizen, or a Huis that drops a language: that is kept, never an error.
        """
        return self.languages + [lang for lang in i18n.available(self.root) if lang not in self.languages]


def check(root: Path, today: dt.date, cache_dir: Path | None = None, site_url: str | None = None) -> Sources:
    """Read and check every source file of the Huis at `root`; never raises for bad input.

    `cache_dir` keeps the record of what was published between runs (`history`); `site_url` is the
    address being built for (options.site_url), which says which commits were this Huis's."""
    sources = Sources(root)
    links = paths.links(root)  # before anything is read: a link out of the Huis is never opened
    sources.problems += links.problems
    sources.refused = links.refused
    sources.problems += _read_settings(sources)
    if sources.settings is None:
        return sources  # without settings there are no municipalities or languages to check against
    fiche_schema = schemas.fiche_schema(sources.vocab, sources.municipalities, sources.text_languages)
    activities_schema = schemas.activities_schema(sources.vocab, sources.municipalities, sources.text_languages)
    partners_dir = root / "partners"
    readable = partners_dir.is_dir() and partners_dir not in sources.refused  # a link: reported, never read
    folders = sorted(p for p in partners_dir.iterdir() if p.is_dir() and p.name != REGION_FOLDER) if readable else []
    if not folders and partners_dir not in sources.refused:
        sources.problems.append(
            Problem(
                urls.partner_folder(),
                1,
                1,
                "",
                "geen partners gevonden (verwacht een map per partner in partners/, met een fiche.yml)",
            )
        )
    for folder in folders:
        sources.problems += _read_partner(sources, folder, fiche_schema, activities_schema)
    intake = _take_in(sources, fiche_schema, activities_schema)  # the shared partners of a regional pool
    sources.problems += pages.problems(root, sources.languages, sources.refused)  # the coordinator's own pages
    sources.problems += drawings.problems(root, sources.refused, sources.settings.data.get("logo"))  # other SVGs
    sources.problems += pictogram_files.problems(root, sources.vocab)  # the Huis's own pictogrammen/
    sources.problems += pictogram_files.missing(sources.settings, sources.vocab, root)
    sources.problems += _cross_checks(sources, today)
    sources.published = history.published(root, today, cache_dir, site_url)
    sources.problems += sources.published.problems  # what the walk of the git history passed over
    broken = {p.file for p in sources.problems if p.level is Level.ERROR}
    fiches = {slug: doc for slug, doc in sources.fiches.items() if doc.file not in broken}
    activities = {slug: doc for slug, doc in sources.activities.items() if doc.file not in broken}
    sources.problems += former.problems(fiches, activities, sources.published, today, root)
    # Hard Dutch in the Huis's own partners' texts (a shared partner's is its pool's to rewrite): warnings.
    own = [doc for slug, doc in (*fiches.items(), *activities.items()) if slug not in sources.shared]
    sources.problems += language_warnings(own, root)
    sources.problems = intake.located(sources.problems, sources.settings)
    if not sources.errors:  # what `zondermuren codeowners` would write, only once the sources are right
        local = {slug: doc for slug, doc in sources.fiches.items() if slug not in sources.shared}
        sources.problems += codeowners_warnings(root, sources.settings, local)
    return sources


def _take_in(sources: Sources, fiche_schema: dict, activities_schema: dict) -> Intake:
    """huis.yml's `regio`: the shared partners, from the pool's copy, beside the Huis's own."""
    assert sources.settings is not None
    local = set(sources.fiches) | sources.unreadable
    intake = take_in(sources.root, sources.settings, local, fiche_schema, activities_schema)
    sources.problems += intake.problems
    sources.fiches.update(intake.fiches)
    sources.activities.update(intake.activities)
    sources.unreadable |= intake.unreadable
    sources.shared, sources.folders = intake.shared, intake.folders
    return intake


def _read_settings(sources: Sources) -> list[Problem]:
    path = sources.root / SETTINGS
    if not path.is_file():
        message = f"{SETTINGS} ontbreekt (verwacht de instellingen van het Huis in {path})"
        return [_file_problem(SETTINGS, message, "kopieer huis.yml van het voorbeeld")]
    doc, problems = read(path, sources.root)
    if doc is None:
        return problems
    if doc.data is None:
        return problems + [_empty(doc.file)]
    if wrong_format := format_problems(doc):  # first, and alone: a Huis in another format stops the check
        return problems + wrong_format
    problems += text.tidy(doc)
    problems += validate(doc, schemas.huis_schema(sources.vocab))
    if problems:
        return problems
    sources.settings = doc
    sources.vocab = sources.vocab.with_overrides(doc.data.get("woordenlijsten", {}))
    problems += clusters.problems(doc, sources.vocab)
    problems += entries.languages(doc, ("talen",), doc.data["talen"])
    for index, line in enumerate(doc.data.get("hulplijnen", [])):  # the languages spoken on a help line
        problems += entries.languages(doc, ("hulplijnen", index, "talen"), line.get("talen", []))
    problems += _missing_catalogues(doc, sources.root)
    if doc.data["talen"][0] != "nl":
        message = f"de eerste taal is de standaardtaal (verwacht 'nl', gevonden '{doc.data['talen'][0]}')"
        problems.append(doc.problem(("talen", 0), message, "zet nl vooraan"))
    seen: set[str] = set()
    for index, municipality in enumerate(doc.data["gemeenten"]):
        if municipality["id"] in seen:
            message = f"dubbele gemeentecode (verwacht een unieke code, gevonden '{municipality['id']}' twee keer)"
            problems.append(doc.problem(("gemeenten", index, "id"), message))
        seen.add(municipality["id"])
    problems += paths.reserved_codes(doc)  # codes that would take the address of an overview page
    for name, message, hint in branding.contrast_problems(doc.data.get("kleuren", {})):
        problems.append(doc.problem(("kleuren", name), message, hint, warn=True))
    if "logo" in doc.data and sources.root / doc.data["logo"] not in sources.refused:
        problems += branding.huis_logo(doc, sources.root, doc.data["logo"])
    return problems


def _missing_catalogues(doc: Document, root: Path) -> list[Problem]:
    """A site language without UI texts: its pages are built with Dutch buttons, and we say so."""
    found = []
    for index, language in enumerate(doc.data["talen"]):
        if language not in i18n.available(root):
            found.append(
                doc.problem(
                    ("talen", index),
                    f"geen vertaling van de knoppen en titels voor '{language}' (verwacht locales/{language}.yml, "
                    "gevonden geen): de pagina's worden gebouwd met Nederlandse knoppen",
                    f"kopieer zondermuren/locales/en.yml naar locales/{language}.yml en vertaal de teksten",
                    warn=True,
                )
            )
    return found


def _file_problem(file: str, message: str, hint: str = "") -> Problem:
    """A problem with a whole file or folder: shown at its first line."""
    return Problem(file, 1, 1, "", message, hint)


def _empty(file: str) -> Problem:
    return _file_problem(file, "het bestand is leeg (verwacht velden zoals in het voorbeeld)")


def _slug(name: str) -> str:
    """The folder name partners probably meant: 'Crèche Zonneschijn' -> 'creche-zonneschijn'."""
    return hints.slug(name)


def _read_partner(sources: Sources, folder: Path, fiche_schema: dict, activities_schema: dict) -> list[Problem]:
    shown = folder.relative_to(sources.root).as_posix()
    problems: list[Problem] = []
    if folder in sources.refused:  # a link: `paths` said where it points
        sources.unreadable.add(folder.name)
        return []
    if not _SLUG.match(folder.name):
        fixed = _slug(folder.name)
        problems.append(
            _file_problem(
                shown + "/",
                f"ongeldige mapnaam (verwacht kleine letters, cijfers en koppeltekens, gevonden '{folder.name}')",
                f"bedoelde je '{fixed}'?" if fixed else "gebruik kleine letters, cijfers en koppeltekens",
            )
        )
    problems += paths.reserved_folder(shown + "/", folder.name)
    clash = [slug for slug in sources.fiches if slug.lower() == folder.name.lower()]
    if clash:
        message = f"dubbele partnermap (verwacht een unieke naam, gevonden ook 'partners/{clash[0]}')"
        problems.append(_file_problem(shown + "/", message))
    for extra in sorted(folder.iterdir()):
        if extra.name in (FICHE, ACTIVITIES) or extra.suffix.lower() in _KNOWN_SUFFIXES or extra.name.startswith("."):
            continue
        if extra in sources.refused:
            continue
        known = [FICHE, ACTIVITIES]
        problems.append(
            _file_problem(
                f"{shown}/{extra.name}",
                f"onbekend bestand (verwacht {FICHE}, {ACTIVITIES} of een logo, gevonden '{extra.name}')",
                suggestion(extra.name, known) or "verwijder het of hernoem het",
            )
        )
    if folder / FICHE in sources.refused:  # `paths` said where it points
        sources.unreadable.add(folder.name)
        return problems
    if not (folder / FICHE).is_file():
        sources.unreadable.add(folder.name)  # it still exists for references from other partners
        message, hint = (
            f"fiche ontbreekt (verwacht {shown}/{FICHE})",
            "kopieer een fiche van een andere partner en pas ze aan",
        )
        problems.append(_file_problem(f"{shown}/{FICHE}", message, hint))
        return problems
    for name, target, file_schema in (
        (FICHE, sources.fiches, fiche_schema),
        (ACTIVITIES, sources.activities, activities_schema),
    ):
        path = folder / name
        if not path.is_file() or path in sources.refused:
            continue
        doc, found = read(path, sources.root)
        problems += found
        if doc is not None and doc.data is None:
            problems.append(_empty(doc.file))
        elif doc is not None:
            problems += text.tidy(doc)
            problems += validate(doc, file_schema)
            problems += paths.reserved_codes(doc)
            target[folder.name] = doc
        if name == FICHE and folder.name not in sources.fiches:
            sources.unreadable.add(folder.name)
    return problems


def _cross_checks(sources: Sources, today: dt.date) -> list[Problem]:
    """Checks across files; a file whose shape is wrong is skipped, every other one still checked."""
    broken = {p.file for p in sources.problems if p.level is Level.ERROR}
    problems: list[Problem] = []
    # A partner whose fiche is broken still exists (for references), but its locations are unknown.
    raw_partners = {slug: (None if doc.file in broken else doc.data) for slug, doc in sources.fiches.items()}
    raw_partners.update(dict.fromkeys(sources.unreadable))
    assert sources.settings is not None  # `check` stops before the cross-checks when huis.yml is unusable
    shift = demo_shift(sources.settings.data, today)
    for slug, doc in sources.fiches.items():
        # Run even on a fiche with schema errors: a missing logo must show up in the same run.
        folder = sources.folder(slug)
        problems += _tolerant(entries.fiche(doc, folder, sources.root, today, shift, sources.refused))
    clean_activities = [doc for doc in sources.activities.values() if doc.file not in broken]
    for slug, doc in sources.activities.items():
        if doc.file in broken:
            continue
        for index, item in enumerate(doc.data["activiteiten"]):
            found = list(entries.activity(doc, index, item, slug, raw_partners, today, shift))
            problems += found
            if not any(p.level is Level.ERROR for p in found):
                if "herhaling" in item:
                    problems += when.series_problems(doc, index, item)
                elif item.get("per_datum"):
                    problems += when.named_dates(doc, index, item, when.span_dates(item))
    names = {slug: str(data.get("naam", "")) for slug, data in raw_partners.items() if isinstance(data, dict)}
    clean_fiches = {slug: doc for slug, doc in sources.fiches.items() if doc.file not in broken}
    ages = functools.partial(gitlog.ages, sources.root)  # asked only for the files of a duplicate
    problems += identities.problems(clean_activities, clean_fiches, names, sources.root, ages)
    return problems


def _tolerant(found) -> list[Problem]:
    """Collect problems from a check on data the schema may already have rejected.

    A check that trips over such data (a number where a date belongs) stops quietly: the schema
    error for that value has already been reported, with its line.
    """
    problems: list[Problem] = []
    try:
        for problem in found:
            problems.append(problem)
    except (KeyError, TypeError, ValueError, AttributeError):
        pass
    return problems
