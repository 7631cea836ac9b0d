"""The MkDocs adapter: MkDocs' events (`events`) and the live preview's watcher and error site (`serve`).

MkDocs loads `hooks/zondermuren_hook.py` by its path in mkdocs.yml; that file only hands the
events on to `adapter.events`, so the adapter travels with the installed package. The adapter
runs the engine through its door, `zondermuren.build`, with `options`, `problems` and `i18n`
(import-linter's contract "adapter-door" in pyproject.toml), and is the only part of the package
that imports MkDocs.
"""
