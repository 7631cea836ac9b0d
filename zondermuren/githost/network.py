"""A network of Huizen (`netwerk.yml`, docs/netwerk.md): read and checked, and the git host's matrix files.

`zondermuren netwerk` (cli/network.py) checks and builds every Huis of the file on this machine; the
files written here spread the same work over the git host's runners, one job per Huis: a GitHub Actions
workflow with a matrix and a GitLab `parallel:matrix` job. Every value that reaches those files is checked
against a narrow pattern first (a slug, a relative path, owner/name, a git ref) and written as a quoted
string, so a netwerk.yml can never put a shell line or an expression into a workflow.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from zondermuren.problems import Level, Problem, quoted, suggestion
from zondermuren.sources.parsing.documents import Document, parse

FILE = "netwerk.yml"
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_REPOSITORY = re.compile(r"^[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)+$")
_REF = re.compile(r"^[A-Za-z0-9._/-]+$")
_PATH = re.compile(r"^[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*/?$")
DEFAULT_PARALLEL = 20  # GitHub's free plan runs 20 jobs at once; a bigger plan may say more
MAX_JOBS = 200  # GitLab's limit on the jobs of one parallel:matrix (GitHub's is 256)
# The actions, pinned as this repository's own workflows pin them (.github/workflows/huis-controle.yml;
# tests/githost/test_network.py keeps them equal).
CHECKOUT = "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1"
SETUP_PYTHON = "actions/setup-python@5fda3b95a4ea91299a34e894583c3862153e4b97 # v7.0.0"
UPLOAD = "actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0"
_TOP = ("naam", "titel", "tegelijk", "huizen", "pools")
_HUIS = ("naam", "map", "repository", "versie")
_POOL = ("naam", "map", "repository", "versie")


@dataclass(frozen=True)
class Member:
    """A Huis of the network, or a pool: a folder of the network's repository, or a repository at a version."""

    name: str
    folder: str  # relative to netwerk.yml: the folder itself, or where the repository is checked out
    repository: str = ""  # owner/name on the git host ("" for a folder of the network's repository)
    version: str = ""  # a tag, branch or commit of `repository`


@dataclass(frozen=True)
class Network:
    name: str
    title: str
    parallel: int
    huizen: tuple[Member, ...]
    pools: tuple[Member, ...]

    @property
    def workflow(self) -> str:
        """The GitHub workflow's path, relative to netwerk.yml's folder (the root of the network's repository)."""
        return f".github/workflows/netwerk-{self.name}.yml"

    @property
    def gitlab(self) -> str:
        return f"netwerk-{self.name}.gitlab-ci.yml"


def read(path: Path) -> tuple[Network | None, list[Problem]]:
    """The network of `path`, or None and every problem of the file (Dutch, with its line)."""
    shown = path.name
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError:
        return None, [Problem(shown, 1, 1, "", "geen tekst (verwacht YAML in UTF-8, gevonden andere tekens)")]
    document, problems = parse(text, shown)
    if document is None:
        return None, problems
    data = document.data
    if not isinstance(data, dict):
        return None, [
            document.problem((), f"verwacht een lijst van velden (naam, huizen, ...), gevonden {quoted(data)}")
        ]
    problems += _unknown(document, (), data, _TOP)
    name = data.get("naam")
    if not (isinstance(name, str) and SLUG.match(name)):
        expected = "een code in kleine letters, cijfers en streepjes, zoals regio-oost"
        problems.append(document.problem(("naam",), f"verwacht {expected}, gevonden {quoted(name)}"))
    title = data.get("titel", name)
    if not (isinstance(title, str) and 0 < len(title) <= 80 and title.isprintable()):
        expected = "een naam op één regel, hoogstens 80 tekens"
        shown = "een tekst met een regeleinde of een stuurteken" if isinstance(title, str) and title else quoted(title)
        problems.append(document.problem(("titel",), f"verwacht {expected}, gevonden {shown}"))
    parallel = data.get("tegelijk", DEFAULT_PARALLEL)
    if isinstance(parallel, bool) or not isinstance(parallel, int) or not 1 <= parallel <= 256:
        problems.append(
            document.problem(("tegelijk",), f"verwacht een getal van 1 tot 256, gevonden {quoted(parallel)}")
        )
    huizen = _members(document, "huizen", data.get("huizen"), _HUIS, problems)
    if "huizen" in data and not huizen and not any(p.field.startswith("huizen") for p in problems):
        problems.append(document.problem(("huizen",), "verwacht minstens één Huis, gevonden geen"))
    elif "huizen" not in data:
        problems.append(document.problem((), "het veld huizen ontbreekt (verwacht de lijst van de Huizen)"))
    if len(huizen) > MAX_JOBS:
        problems.append(
            document.problem(
                ("huizen",),
                f"te veel Huizen (verwacht hoogstens {MAX_JOBS}, gevonden {len(huizen)})",
                "verdeel ze over twee netwerken",
            )
        )
    pools = _members(document, "pools", data.get("pools", []), _POOL, problems)
    if any(p.level is Level.ERROR for p in problems):
        return None, problems
    return Network(str(name), str(title), int(parallel), tuple(huizen), tuple(pools)), problems


def _unknown(
    document: Document, at: tuple[str | int, ...], data: dict[str, Any], known: tuple[str, ...]
) -> list[Problem]:
    return [
        document.problem(
            (*at, key),
            f"onbekend veld (verwacht een van {', '.join(known)}, gevonden '{key}')",
            suggestion(key, known),
            key=True,
        )
        for key in data
        if key not in known
    ]


def _members(
    document: Document, field: str, items: Any, known: tuple[str, ...], problems: list[Problem]
) -> list[Member]:
    if items is None:
        return []
    if not isinstance(items, list):
        problems.append(
            document.problem((field,), f"verwacht een lijst (elk item begint met -), gevonden {quoted(items)}")
        )
        return []
    found: list[Member] = []
    for index, item in enumerate(items):
        at = (field, index)
        if not isinstance(item, dict):
            problems.append(
                document.problem(at, f"verwacht velden (map, of repository en versie), gevonden {quoted(item)}")
            )
            continue
        problems.extend(_unknown(document, at, item, known))
        member = _member(document, at, item, problems)
        if member is None:
            continue
        if any(other.name == member.name for other in found):
            problems.append(
                document.problem(
                    (*at, "naam"),
                    f"deze naam staat al in {field} (verwacht een naam per item, gevonden '{member.name}' twee keer)",
                )
            )
        found.append(member)
    return found


def _text(
    document: Document,
    at: tuple[str | int, ...],
    value: Any,
    pattern: re.Pattern[str],
    expected: str,
    problems: list[Problem],
) -> str:
    if isinstance(value, str) and pattern.match(value) and not {".", ".."} & set(value.split("/")):
        return value
    problems.append(document.problem(at, f"verwacht {expected}, gevonden {quoted(value)}"))
    return ""


def _member(
    document: Document, at: tuple[str | int, ...], item: dict[str, Any], problems: list[Problem]
) -> Member | None:
    before = len(problems)
    repository = version = ""
    if "repository" in item:
        repository = _text(
            document,
            (*at, "repository"),
            item["repository"],
            _REPOSITORY,
            "owner/naam van een git-repository",
            problems,
        )
        version = _text(
            document, (*at, "versie"), item.get("versie"), _REF, "een tag, tak of commit (versie)", problems
        )
    elif "map" not in item:
        problems.append(
            document.problem(
                at, "verwacht map (een map naast netwerk.yml), of repository en versie; gevonden geen van beide"
            )
        )
        return None
    default_name = PurePosixPath(str(item.get("map") or repository)).name.lower()
    name = item.get("naam", default_name)
    name = _text(document, (*at, "naam"), name, SLUG, "een code in kleine letters, cijfers en streepjes", problems)
    expected = "een map naast netwerk.yml (bijvoorbeeld huizen/noord, zonder . of .. en zonder / vooraan)"
    folder = item.get("map", f"{at[0]}/{name}")
    folder = _text(document, (*at, "map"), folder, _PATH, expected, problems).rstrip("/")
    return None if len(problems) > before else Member(name, folder, repository, version)


def _q(value: str) -> str:
    """A YAML string, quoted (JSON's double-quoted strings are YAML's)."""
    return json.dumps(value, ensure_ascii=False)


def github_workflow(network: Network) -> str:
    """`.github/workflows/netwerk-<naam>.yml`: one job per Huis on GitHub's runners (docs/netwerk.md)."""
    rows = []
    for huis in network.huizen:
        rows.append(
            f"          - huis: {_q(huis.name)}\n"
            f"            map: {_q(huis.folder)}\n"
            f"            repository: {_q(huis.repository)}\n"
            f"            versie: {_q(huis.version)}"
        )
    matrix = "\n".join(rows)
    return f"""# Gemaakt door `zondermuren netwerk {FILE}`: pas netwerk.yml aan, niet dit bestand.
# Elk Huis van het netwerk {network.name} in een eigen job: controleren en bouwen (zonder drukwerk).
# Een Huis uit een andere repository wordt eerst uitgecheckt in zijn map, met zijn hele geschiedenis.
name: Netwerk {network.name}
on:
  pull_request:
  push:
    branches: [main]
  schedule:
    - cron: "30 3 * * *"
  workflow_dispatch:

permissions:
  contents: read

# A new push cancels the run of the one before (the scheduled run has a group of its own: github.ref)
concurrency:
  group: netwerk-{network.name}-${{{{ github.event.pull_request.number || github.ref }}}}
  cancel-in-progress: true

jobs:
  huis:
    name: Huis ${{{{ matrix.huis }}}}
    runs-on: ubuntu-24.04
    timeout-minutes: 30
    strategy:
      fail-fast: false
      max-parallel: {network.parallel}
      matrix:
        include:
{matrix}
    env:
      TZ: Europe/Brussels
      NO_MKDOCS_2_WARNING: "1"
      HUIS: ${{{{ matrix.huis }}}}
    steps:
      - uses: {CHECKOUT}
        with:
          persist-credentials: false
      - name: Huis uitchecken
        if: matrix.repository != ''
        uses: {CHECKOUT}
        with:
          repository: ${{{{ matrix.repository }}}}
          ref: ${{{{ matrix.versie }}}}
          path: ${{{{ matrix.map }}}}
          fetch-depth: 0  # the feeds' SEQUENCE is read from the Huis's history
          persist-credentials: false
      - uses: {SETUP_PYTHON}
        with:
          python-version: "3.11"
          cache: pip
          cache-dependency-path: requirements.txt
      - name: Installeren
        run: pip install -r requirements.txt
      - name: Controleren en bouwen
        run: zondermuren netwerk {FILE} --huis "$HUIS" --bouwen --werkmap werk
      - name: Site bewaren
        if: always()
        uses: {UPLOAD}
        with:
          name: site-${{{{ matrix.huis }}}}
          path: werk/${{{{ matrix.huis }}}}/site/
          if-no-files-found: ignore
          retention-days: 7
"""


def gitlab_ci(network: Network) -> str:
    """`netwerk-<naam>.gitlab-ci.yml`: the same jobs as a GitLab `parallel:matrix` (include it from .gitlab-ci.yml)."""
    rows = []
    for huis in network.huizen:
        rows.append(
            f"      - HUIS: {_q(huis.name)}\n"
            f"        HUIS_MAP: {_q(huis.folder)}\n"
            f"        HUIS_REPOSITORY: {_q(huis.repository)}\n"
            f"        HUIS_VERSIE: {_q(huis.version)}"
        )
    matrix = "\n".join(rows)
    clone = (
        'if [ -n "$HUIS_REPOSITORY" ]; then git clone "$CI_SERVER_URL/$HUIS_REPOSITORY.git" "$HUIS_MAP"'
        ' && git -C "$HUIS_MAP" checkout "$HUIS_VERSIE"; fi'
    )
    return f"""# Gemaakt door `zondermuren netwerk {FILE}`: pas netwerk.yml aan, niet dit bestand.
# In .gitlab-ci.yml van het netwerk:  include: [{{local: /{network.gitlab}}}]
# Elk Huis van het netwerk {network.name} in een eigen job (GitLab laat er hoogstens {MAX_JOBS} toe).
netwerk-{network.name}:
  image: python:3.11-bookworm
  interruptible: true
  variables:
    TZ: Europe/Brussels
    NO_MKDOCS_2_WARNING: "1"
    PIP_CACHE_DIR: $CI_PROJECT_DIR/.cache/pip
  cache:
    - key: pip
      paths: [.cache/pip]
  parallel:
    matrix:
{matrix}
  script:
    - {_q(clone)}
    - pip install -r requirements.txt
    - zondermuren netwerk {FILE} --huis "$HUIS" --bouwen --werkmap werk
  artifacts:
    when: always
    expire_in: 7 days
    paths: [werk/$HUIS/site/]
"""


def write_ci(network: Network, folder: Path) -> list[str]:
    """Write both files beside netwerk.yml; the names of those whose text changed."""
    written = []
    for name, text in ((network.workflow, github_workflow(network)), (network.gitlab, gitlab_ci(network))):
        target = folder / name
        if not target.is_file() or target.read_text("utf-8") != text:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, "utf-8")
            written.append(name)
    return written


def pool_lag(network: Network, folder: Path, huis: Member) -> list[Problem]:
    """A warning when the Huis takes in a pool of the network at another version than the network names
    (its file named from the Huis's folder, as the Huis's own problems are)."""
    versions = {}
    for pool in network.pools:
        if pool.repository:
            versions[pool.name] = (pool.version, f"{FILE}: pools")
            continue
        document, _ = _read_document(folder / pool.folder / "pool.yml")
        if document is not None and isinstance(document.data, dict):
            versions[str(document.data.get("naam", pool.name))] = (
                str(document.data.get("versie", "")),
                f"{pool.folder}/pool.yml",
            )
    settings, _ = _read_document(folder / huis.folder / "huis.yml")
    region = settings.data.get("regio") if settings is not None and isinstance(settings.data, dict) else None
    if not isinstance(region, dict) or str(region.get("pool")) not in versions:
        return []
    wanted, where = versions[str(region["pool"])]
    have = str(region.get("versie", ""))
    if not wanted or have == wanted:
        return []
    line, column = settings.where(("regio", "versie")) if settings else (1, 1)
    message = f"een andere versie van de pool {region['pool']} (verwacht {wanted}, zoals in {where}; gevonden {have})"
    hint = "werk het Huis bij met zondermuren regio bijwerken"
    return [Problem("huis.yml", line, column, "regio.versie", message, hint, Level.WARNING)]


def _read_document(path: Path) -> tuple[Document | None, list[Problem]]:
    try:
        return parse(path.read_text("utf-8"), path.name)
    except (OSError, UnicodeDecodeError):
        return None, []
