"""Seeded generator of synthetic but realistic Huizen at three sizes; each passes `zondermuren check`.

python -m testkit.huizen.generate --size large --out /tmp/huis-large
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from testkit.huizen import activities
from testkit.huizen.fiches import Fiche, fiche, partner_names
from testkit.huizen.words import LANGUAGES, MUNICIPALITIES
from zondermuren.model import schedule
from zondermuren.model.building import build
from zondermuren.problems import report
from zondermuren.sources import reading

ROOT = Path(__file__).resolve().parents[2]  # the repository: testkit/huizen/generate.py
TODAY = dt.date(2026, 11, 22)
HUIS_LOGO = "assets/huis-van-het-kind.svg"


@dataclass(frozen=True)
class Size:
    name: str
    partners: int
    dates: int  # activity dates (after series expansion) in the coming 12 months


SIZES = {s.name: s for s in (Size("small", 25, 150), Size("large", 250, 2_500), Size("huge", 1_000, 10_000))}


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


def _list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.Node:
    """Short lists of codes on one line (`dagen: [wo]`), as the example fiches write them."""
    flat = all(isinstance(item, str | int | bool) for item in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flat)


_Dumper.add_representer(str, _text)
_Dumper.add_representer(list, _list)


def write_yaml(path: Path, data: dict[str, Any], schema: str) -> None:
    header = f"# yaml-language-server: $schema={schema}\n"
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    path.write_text(header + text, "utf-8")


def settings(size: Size) -> dict[str, Any]:
    """A real Huis's settings: no `demo:` block, the same languages as mkdocs.yml."""
    return {
        "naam": f"Huis van het Kind Benchmark {size.name.capitalize()}",
        "gemeenten": [{"id": key, "naam": name, "postcodes": [code]} for key, name, code in MUNICIPALITIES],
        "contact": {
            "email": "info@huis-benchmark.example.org",
            "telefoon": "09 000 12 34",
            "website": "https://huis.example.org/",
        },
        "kleuren": {"primair": "#1d5e8c", "accent": "#b8412c"},
        "talen": list(LANGUAGES),
        "logo": HUIS_LOGO,
    }


def generate(size: Size, target: Path, seed: int = 2026, today: dt.date = TODAY) -> Path:
    rng = random.Random(f"{seed}-{size.name}")
    if target.exists():
        shutil.rmtree(target)
    (target / "partners").mkdir(parents=True)
    (target / "assets").mkdir()
    shutil.copy2(ROOT / HUIS_LOGO, target / HUIS_LOGO)
    write_yaml(target / "huis.yml", settings(size), "schema/huis.schema.json")
    fiches: list[Fiche] = [fiche(rng, code, name, today) for code, name in partner_names(rng, size.partners)]
    planned: dict[str, list[dict[str, Any]]] = {f.slug: [] for f in fiches}
    for number, (index, kind, wanted) in enumerate(activities.plan(rng, len(fiches), size.dates), start=1):
        owner = fiches[index]
        planned[owner.slug].append(activities.activity(rng, number, owner, fiches, kind, wanted, today))
    for item in fiches:
        folder = target / "partners" / item.slug
        folder.mkdir()
        write_yaml(folder / "fiche.yml", item.data, "../../schema/fiche.schema.json")
        if item.logo:
            (folder / "logo.svg").write_text(item.logo, "utf-8")
        if planned[item.slug]:
            write_yaml(
                folder / "activiteiten.yml",
                {"activiteiten": planned[item.slug]},
                "../../schema/activiteiten.schema.json",
            )
    return target


def count(root: Path, today: dt.date = TODAY) -> dict[str, int]:
    """Check the Huis with the engine (no errors allowed) and count what it holds."""
    found = reading.check(root, today)
    assert not found.errors, f"generated Huis {root} has errors:\n{report(found.errors)}"
    huis = build(found, today)  # what building.load does, without checking a second time
    occurrences = schedule.all_occurrences(huis.activities)
    horizon = today + dt.timedelta(days=activities.HORIZON)
    return {
        "partners": len(huis.partners),
        "activities": len(huis.activities),
        "series": sum(1 for a in huis.activities if a.series),
        "dates_total": len(occurrences),
        "dates_12_months": sum(1 for o in occurrences if today <= o.date <= horizon),
        "warnings": len(found.problems),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    root = generate(SIZES[args.size], args.out, args.seed)
    print(f"{args.size}: {count(root)} in {root}")


if __name__ == "__main__":
    main()
