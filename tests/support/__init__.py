"""Helpers of the tests only: the bad-input corpus (`corpus_cases` and one `corpus_<area>` per area),
the SVG attacks, Chromium answering built sites (`browsing`) and the builds many tests share, made in
the background (`background`). What the benchmark uses too is in testkit/ at the repository root."""
