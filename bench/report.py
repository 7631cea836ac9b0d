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
        *_kind_rows(result.get("print_kinds", {})),
    ]


def _kind_rows(kinds: dict[str, Result]) -> list[tuple[str, str]]:
    """Print per kind at this size (bench/printkinds.py): drawn items per CPU-second, one worker."""
    return [
        (f"  print {kind}: drawn / cpu s / per cpu s", f"{got['drawn']} / {got['cpu_s']:.1f} / {got['per_cpu_s']:.1f}")
        for kind, got in kinds.items()
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


# The targets (#31), shown beside the figures: (limit, strictly below it or not).
TARGETS = {
    "ratio": (1.10, False),
    "overhead_small_s": (0.5, False),
    "example_site_s": (180.0, True),
    "serve_s": (5.0, True),
    "first_view_kb": (150.0, False),
}


def against(value: float, target: str) -> str:
    """'1.05 (<=1.10 ok)': a figure with its target and whether it meets it."""
    limit, strict = TARGETS[target]
    met = value < limit if strict else value <= limit
    return f"{value:.2f} ({'<' if strict else '<='}{limit:g} {'ok' if met else 'OVER'})"


def _target_token(name: str, value: float, target: str) -> str:
    limit, strict = TARGETS[target]
    met = value < limit if strict else value <= limit
    return f"{name}={value:.2f}({'<' if strict else '<='}{limit:g}:{'ok' if met else 'over'})"


def serve_table(served: dict[str, Result]) -> str:
    """One line per Huis whose `mkdocs serve` was measured: an ordinary save, then the save that fixes an error."""
    if not served:
        return "(serve latency not measured)"
    lines = ["mkdocs serve: save -> updated page (default language), median; builds per save; load"]
    for name, found in served.items():
        shown = ", ".join(f"{s:.1f}" for s in found["latencies_s"])
        lines.append(
            f"  {name}: {against(found['latency_s'], 'serve_s')} s ({shown}); builds per save "
            f"{found['builds_per_save']:.0f} ({found['builds']}); MkDocs rebuild {found['build_s']:.1f} s; "
            f"load {found['loadavg'][0]:.1f}"
        )
        if "fixed_s" in found:
            lines.append(
                f"  {name}: save with an error -> problem list {found['error_shown_s']:.1f} s; "
                f"save that fixes it -> fixed page {against(found['fixed_s'], 'serve_s')} s"
            )
    return "\n".join(lines)


def example_table(example: Result) -> str:
    """The example's cold `make site`, its print per kind and its home page's first view."""
    if not example:
        return "(the example's cold make site not measured: --no-example)"
    made = example["make_site"]
    check, build = made["check"], made["build"]
    lines = [
        "example: cold `make site` (empty print cache): check + mkdocs build --strict",
        f"  wall s {against(made['wall_s'], 'example_site_s')}; cpu s {made['cpu_s']:.1f}"
        f" (check {check['wall_s']:.1f} / cpu {check['cpu_s']:.1f}; build {build['wall_s']:.1f} / cpu"
        f" {build['cpu_s']:.1f}; peak RSS {build['peak_rss_mb']:.0f} MB)",
        f"  print: {made['print_drawn']} drawn, {made['print_reused']} from the cache, {made['print_s']:.1f} s"
        f"; HTML pages {made['site']['html_pages']}"
        + (f"; load {made['loadavg'][0]:.1f} -> {made['loadavg'][1]:.1f}" if "loadavg" in made else ""),
    ]
    lines += kinds_lines(example.get("print_kinds", {}))
    lines += first_view_lines(example.get("first_view", {}))
    return "\n".join(lines)


def kinds_lines(kinds: dict[str, Result], title: str = "example") -> list[str]:
    """Print items per CPU-second, one kind a line (bench/printkinds.py), and their sum."""
    if not kinds:
        return [f"  {title}: print per kind not measured"]
    lines = [f"  {title}: print per kind (1 worker, empty cache): items / drawn / cpu s / per cpu s"]
    width = max(map(len, kinds))
    for kind, got in kinds.items():
        lines.append(
            f"    {kind.ljust(width)}  {got['items']:5d} {got['drawn']:5d} {got['cpu_s']:8.2f} {got['per_cpu_s']:7.1f}"
        )
    drawn, cpu = sum(got["drawn"] for got in kinds.values()), sum(got["cpu_s"] for got in kinds.values())
    lines.append(f"    {'all'.ljust(width)}        {drawn:5d} {cpu:8.2f} {drawn / cpu if cpu else 0:7.1f}")
    return lines


def first_view_lines(views: dict[str, Result]) -> list[str]:
    """Per language: the first view's gzip KB against the target, its requests, and its three largest files."""
    if not views:
        return ["  first view not measured"]
    lines = ["  home page, first view at 375x740, empty cache (gzip -6 of each response, fonts included):"]
    for language, got in views.items():
        largest = ", ".join(f"{r['url']} {r['gzip'] / 1e3:.1f}" for r in got["responses"][:3])
        kinds = ", ".join(f"{kind} {size / 1e3:.1f}" for kind, size in got["by_type_gzip"].items())
        blocked = f"; refused elsewhere: {len(got['blocked'])}" if got["blocked"] else ""
        lines.append(
            f"    {language}: KB {against(got['total_gzip'] / 1e3, 'first_view_kb')} in {got['requests']} responses"
            f" ({kinds}); largest {largest}{blocked}"
        )
    return lines


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


def last_line(
    results: dict[str, Result],
    order: list[str],
    served: dict[str, Result] | None = None,
    example: Result | None = None,
) -> str:
    """One line of every headline figure; those with a target in the issue as `name=value(target:ok|over)`."""
    done = [name for name in order if name in results]
    ratio = _target_token("ratio", results[done[-1]]["ratio"], "ratio") if done else "ratio=na"
    small = f"{results['small']['ours_s']:.1f}" if "small" in results else "na"
    huge = f"{results['huge']['ours_s']:.1f}" if "huge" in results else "na"
    printed = [results[name]["print"]["nochange_drawn"] for name in done if results[name].get("with_print")]
    norebuild = str(max(printed)) if printed else "na"
    overhead = " ".join(
        _target_token("overhead_small_s", results[name]["overhead_s"], "overhead_small_s")
        if name == "small"
        else f"overhead_{name}_s={results[name]['overhead_s']:.2f}"
        for name in done
    )
    latency = " ".join(
        _target_token(f"serve{suffix}_{name}_s", found[key], "serve_s")
        for name, found in (served or {}).items()
        for key, suffix in (("latency_s", ""), ("fixed_s", "_fix"))
        if key in found
    )
    line = f"bench: {ratio} small_s={small} huge_s={huge} norebuild_print={norebuild}"
    return " ".join(part for part in (line, overhead, latency, _example_tokens(example or {})) if part)


def _example_tokens(example: Result) -> str:
    """The example's cold make site and the first view per language, each against its target."""
    tokens = []
    if "make_site" in example:
        tokens.append(_target_token("example_site_s", example["make_site"]["wall_s"], "example_site_s"))
    for language, got in example.get("first_view", {}).items():
        tokens.append(_target_token(f"first_view_{language}_kb", got["total_gzip"] / 1e3, "first_view_kb"))
    kinds = example.get("print_kinds", {})
    if kinds:
        drawn, cpu = sum(got["drawn"] for got in kinds.values()), sum(got["cpu_s"] for got in kinds.values())
        tokens.append(f"example_print_per_cpu_s={drawn / cpu if cpu else 0:.1f}")
    return " ".join(tokens)


def save(path: Path, document: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=1, ensure_ascii=False), "utf-8")
    return path
