"""Stage 1, read and check: huis.yml, fiches and activities from disk, with every problem located.

`reading.check` is the entry point; behind it the steps, each a package that imports only the
ones below it (the `sources` contract in pyproject.toml):

- `parsing`: YAML into plain data that remembers where every value stood, with PyYAML's errors in Dutch;
- `schema`: the JSON Schemas of the three file kinds and validation with messages a partner can act on;
- `checks`: what a schema cannot express (dates, references between files, logos, paths, pages);
- `record`: the second input, the git record of what was published (SEQUENCE, former ids);
- `demo`: the example's date shift, which the check and the model both apply.

Beside `reading`, `migration` (`zondermuren migreer`) writes the same files: from the data format
they are in (`checks.dataformat`) to the engine's, round trip, comments kept.
"""
