"""Helpers the tests and the benchmark share, so that neither imports the other.

`sitebuild` builds a Huis into a temporary folder as `make site` does; `serving` drives a real
`mkdocs serve`; `huizen` writes synthetic Huizen (sizes for the benchmark, the clash pile-up).
Not part of the engine's wheel (pyproject.toml packages `zondermuren*` only).
"""
