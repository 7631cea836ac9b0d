"""The plain-text table, the JSON file and the final `bench:` line."""

from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Any

Result = dict[str, Any]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _per_1000(seconds: float, pages: int) -> str:
    return f"{seconds / pages * 1000:.2f}" if pages else "n.a."


def _timing(result: Result, key: str) -> str:
    runs = result["timings"][key]
    wall = median([t["wall_s"] for t in runs])
    cpu = median([t["cpu_s"] for t in runs])
    return f"{wall:.1f} (cpu {cpu:.1f})"


def _peak(result: Result, key: str) -> str:
    return f"{max(t['peak_rss_mb'] for t in result['timings'][key]):.0f}"


def rows(result: Result) -> list[tuple[str, str]]:
    counts, ours, base = result["counts"], result["site_ours"], result["site_baseline"]
    ours_s, base_s = result["ours_s"], result["baseline_s"]
    return [
        ("partners / activities / series", f"{counts['partners']} / {counts['activities']} / {counts['series']}"),
        ("dates: next 12 months / all", f"{counts['dates_12_months']} / {counts['dates_total']}"),
        ("runs (median of)", str(len(result["timings"]["ours_full"]))),
        ("ours: full build s (cpu s)", _timing(result, "ours_full")),
        ("baseline: full build s (cpu s)", _timing(result, "baseline_full")),
        ("ratio ours/baseline wall (cpu)", f"{result['ratio']:.2f} ({result['ratio_cpu']:.2f})"),
        (
            "engine overhead ours - baseline s (cpu s)",
            f"{result.get('overhead_s', float('nan')):.2f} ({result.get('overhead_cpu_s', float('nan')):.2f})",
        ),
        ("validate only (zondermuren check) s", _timing(result, "check")),
        ("rebuild, nothing changed s", _timing(result, "ours_nochange")),
        ("  .md pages rewritten (nothing changed)", str(result["rewritten"]["nochange"])),
        ("rebuild, one fiche changed s", _timing(result, "ours_fiche")),
        ("  .md pages rewritten (one fiche)", str(result["rewritten"]["fiche"])),
        ("peak RSS MB ours / baseline", f"{_peak(result, 'ours_full')} / {_peak(result, 'baseline_full')}"),
        ("HTML pages ours / baseline", f"{ours['html_pages']} / {base['html_pages']}"),
        ("HTML bytes/page mean ours / baseline", f"{ours['html_mean_bytes']} / {base['html_mean_bytes']}"),
        ("HTML bytes/page max ours / baseline", f"{ours['html_max_bytes']} / {base['html_max_bytes']}"),
        ("  largest page (ours)", str(ours.get("html_max_page", "?"))),
        ("site MB ours / baseline", f"{ours['site_bytes'] / 1e6:.1f} / {base['site_bytes'] / 1e6:.1f}"),
        (
            "search index gz KB ours / baseline",
            f"{ours['search_gzip_bytes'] / 1e3:.0f} ({ours['search_indexes']} files)"
            f" / {base['search_gzip_bytes'] / 1e3:.0f} ({base['search_indexes']} files)",
        ),
        ("  largest index, one language, gz KB (ours)", f"{ours.get('search_gzip_max_bytes', 0) / 1e3:.0f}"),
        (
            "s per 1000 pages ours / baseline",
            f"{_per_1000(ours_s, ours['html_pages'])} / {_per_1000(base_s, base['html_pages'])}",
        ),
        *_search_rows(result.get("search", {})),
        *_print_rows(result),
    ]


def _search_rows(search: dict[str, Any]) -> list[tuple[str, str]]:
    """The search's lines (bench/search.py): per language the gz KB of a first query with the UI, and on page load."""
    if not search:
        return [("search (not measured)", "-")]
    lines = []
    for language in ("nl", "ar"):
        if language in search:
            got = search[language]
            lines.append(
                (
                    f"search {language}: first query gz KB (files, results) / on page load",
                    f"{got['query_gz'] / 1e3:.0f} ({got['query_files']}, {got['results']}) / {got['page_load_gz']}",
                )
            )
    lines.append(("search: Pagefind indexing s (pages)", f"{search['index_s']:.1f} ({search['indexed_pages']})"))
    return lines


def _print_rows(result: Result) -> list[tuple[str, str]]:
    if not result.get("with_print"):
        return [("print (not measured at this size)", "site only")]
    figures = result["print"]
    return [
        ("ours: cold build, every print item s", _timing(result, "ours_cold")),
        ("  print items / drawn per s (2 workers)", f"{figures['items']:.0f} / {figures['items_per_s']:.1f}"),
        ("  print s in the cold build", f"{figures['cold_print_s']:.1f}"),
        (
            "print items drawn: warm / no change / fiche",
            f"{figures['warm_drawn']} / {figures['nochange_drawn']} / {figures['fiche_drawn']}",
        ),
        ("print items redrawn after a preview", str(result.get("print_after_preview_drawn", "n.a."))),
    ]


def serve_table(served: dict[str, Result]) -> str:
    """One line per Huis whose `mkdocs serve` was measured."""
    if not served:
        return "(serve latency not measured)"
    lines = ["mkdocs serve: save -> updated page (default language), median; builds per save; load"]
    for name, found in served.items():
        shown = ", ".join(f"{s:.1f}" for s in found["latencies_s"])
        lines.append(
            f"  {name}: {found['latency_s']:.1f} s ({shown}); builds per save {found['builds_per_save']:.0f} "
            f"({found['builds']}); MkDocs rebuild {found['build_s']:.1f} s; load {found['loadavg'][0]:.1f}"
        )
    return "\n".join(lines)


def table(results: dict[str, Result]) -> str:
    if not results:
        return "(no size was built)"
    names = list(results)
    per_size = {name: dict(rows(results[name])) for name in names}
    # Print rows exist only at the sizes built with print: every label, in order, "-" where missing.
    labels = list(dict.fromkeys(label for name in names for label, _ in rows(results[name])))
    per_size = {name: {label: per_size[name].get(label, "-") for label in labels} for name in names}
    width = max(map(len, labels), default=10) + 2
    columns = [max(len(name), *(len(per_size[name][label]) for label in labels)) + 2 for name in names]
    lines = ["".ljust(width) + "".join(name.ljust(c) for name, c in zip(names, columns, strict=True))]
    for label in labels:
        lines.append(
            label.ljust(width) + "".join(per_size[n][label].ljust(c) for n, c in zip(names, columns, strict=True))
        )
    return "\n".join(line.rstrip() for line in lines)


def last_line(results: dict[str, Result], order: list[str], served: dict[str, Result] | None = None) -> str:
    done = [name for name in order if name in results]
    ratio = f"{results[done[-1]]['ratio']:.2f}" if done else "na"
    small = f"{results['small']['ours_s']:.1f}" if "small" in results else "na"
    huge = f"{results['huge']['ours_s']:.1f}" if "huge" in results else "na"
    printed = [results[name]["print"]["nochange_drawn"] for name in done if results[name].get("with_print")]
    norebuild = str(max(printed)) if printed else "na"
    overhead = " ".join(f"overhead_{name}_s={results[name]['overhead_s']:.2f}" for name in done)
    latency = " ".join(f"serve_{name}_s={found['latency_s']:.1f}" for name, found in (served or {}).items())
    line = f"bench: ratio={ratio} small_s={small} huge_s={huge} norebuild_print={norebuild}"
    return " ".join(part for part in (line, overhead, latency) if part)


def save(path: Path, document: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=1, ensure_ascii=False), "utf-8")
    return path
