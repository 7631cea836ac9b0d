"""`make bench`'s report of the figures issue #31 asks for: the example's cold make site, print per kind,
the first view and the serve latency of a fixing save, each beside the issue's target.

Pure functions on made-up figures (no build, no browser): the bench itself takes an hour.
"""

from __future__ import annotations

from bench import firstview, printkinds, report

SERVED = {
    "example": {
        "latency_s": 3.21,
        "latencies_s": [3.0, 3.21, 4.5],
        "builds_per_save": 1.0,
        "builds": [1, 1, 1],
        "build_s": 2.5,
        "loadavg": (1.5, 1.0, 0.5),
        "error_shown_s": 1.25,
        "fixed_s": 6.5,
    }
}


def _response(url: str, kind: str, gzip: int) -> dict[str, object]:
    return {"url": url, "status": 200, "type": kind, "bytes": gzip * 3, "gzip": gzip}


EXAMPLE = {
    "make_site": {
        "check": {"wall_s": 2.0, "cpu_s": 1.5, "peak_rss_mb": 90.0, "returncode": 0},
        "build": {"wall_s": 150.25, "cpu_s": 260.0, "peak_rss_mb": 512.4, "returncode": 0},
        "wall_s": 152.25,
        "cpu_s": 261.5,
        "print_drawn": 400,
        "print_reused": 0,
        "print_s": 120.0,
        "site": {"html_pages": 321},
        "loadavg": [1.5, 2.25],
    },
    "print_kinds": {
        "affiche": printkinds.figure(10, 10, 2.0, 0.1),
        "maandoverzicht": printkinds.figure(0, 0, 0.0),
        "kaarten": printkinds.figure(30, 30, 1.0),
    },
    "first_view": {
        "nl": firstview.summary([_response("/", "document", 9000), _response("/assets/a.woff2", "font", 30000)], []),
        "ar": firstview.summary(
            [_response("/ar/", "document", 10000), _response("/assets/b.woff2", "font", 145000)],
            ["https://elders.example/x.js"],
        ),
    },
}


def test_a_figure_stands_beside_its_target_and_says_whether_it_meets_it():
    assert report.against(1.10, "ratio") == "1.10 (<=1.1 ok)"
    assert report.against(1.11, "ratio") == "1.11 (<=1.1 OVER)"
    assert report.against(180.0, "example_site_s") == "180.00 (<180 OVER)"  # strictly below three minutes
    assert report.against(179.5, "example_site_s") == "179.50 (<180 ok)"


def test_the_first_view_sums_every_response_largest_first():
    found = EXAMPLE["first_view"]["ar"]
    assert [r["url"] for r in found["responses"]] == ["/assets/b.woff2", "/ar/"]
    assert (found["total_gzip"], found["total_bytes"], found["requests"]) == (155000, 465000, 2)
    assert found["by_type_gzip"] == {"font": 145000, "document": 10000}
    assert found["blocked"] == ["https://elders.example/x.js"]
    assert firstview.gzip_size(b"a" * 10_000) < 100


def test_a_kind_without_cpu_time_has_no_rate():
    assert printkinds.figure(0, 0, 0.0) == {"items": 0, "drawn": 0, "cpu_s": 0.0, "warm_cpu_s": 0.0, "per_cpu_s": 0.0}
    assert printkinds.figure(10, 8, 2.0, 0.25)["per_cpu_s"] == 4.0


def test_the_example_table_shows_make_site_print_per_kind_and_the_first_view():
    assert report.example_table(EXAMPLE) == "\n".join(
        [
            "example: cold `make site` (empty print cache): check + mkdocs build --strict",
            "  wall s 152.25 (<180 ok); cpu s 261.5 (check 2.0 / cpu 1.5; build 150.2 / cpu 260.0; peak RSS 512 MB)",
            "  print: 400 drawn, 0 from the cache, 120.0 s; HTML pages 321; load 1.5 -> 2.2",
            "  example: print per kind (1 worker, empty cache): items / drawn / cpu s / per cpu s",
            "    affiche            10    10     2.00     5.0",
            "    maandoverzicht      0     0     0.00     0.0",
            "    kaarten            30    30     1.00    30.0",
            "    all                      40     3.00    13.3",
            "  home page, first view at 375x740, empty cache (gzip -6 of each response, fonts included):",
            "    nl: KB 39.00 (<=150 ok) in 2 responses (font 30.0, document 9.0); largest /assets/a.woff2 30.0, / 9.0",
            "    ar: KB 155.00 (<=150 OVER) in 2 responses (font 145.0, document 10.0); largest /assets/b.woff2 145.0,"
            " /ar/ 10.0; refused elsewhere: 1",
        ]
    )
    assert report.example_table({}) == "(the example's cold make site not measured: --no-example)"


def test_the_serve_table_shows_the_save_that_fixes_an_error():
    assert report.serve_table(SERVED) == "\n".join(
        [
            "mkdocs serve: save -> updated page (default language), median; builds per save; load",
            "  example: 3.21 (<5 ok) s (3.0, 3.2, 4.5); builds per save 1 ([1, 1, 1]); MkDocs rebuild 2.5 s; load 1.5",
            "  example: save with an error -> problem list 1.2 s; save that fixes it -> fixed page 6.50 (<5 OVER) s",
        ]
    )


def test_the_last_line_has_every_headline_figure_with_its_target():
    small = {"ratio": 1.08, "ours_s": 4.5, "overhead_s": 0.61, "with_print": True, "print": {"nochange_drawn": 0}}
    line = report.last_line({"small": small}, ["small", "large", "huge"], SERVED, EXAMPLE)
    assert line == (
        "bench: ratio=1.08(<=1.1:ok) small_s=4.5 huge_s=na norebuild_print=0 overhead_small_s=0.61(<=0.5:over)"
        " serve_example_s=3.21(<5:ok) serve_fix_example_s=6.50(<5:over) example_site_s=152.25(<180:ok)"
        " first_view_nl_kb=39.00(<=150:ok) first_view_ar_kb=155.00(<=150:over) example_print_per_cpu_s=13.3"
    )
    assert report.last_line({}, ["small"]) == "bench: ratio=na small_s=na huge_s=na norebuild_print=na"
