"""Which engine this is: its version, where it is published, and the format of a Huis's files it reads.

The one place these live: pyproject.toml reads VERSION (`[tool.setuptools.dynamic]`), `zondermuren
--version` prints it, the check compares a Huis's `formaat:` with FORMAT, and the template of a new Huis
pins the engine and its reusable workflows with them.
"""

from __future__ import annotations

# Semantic versioning: a major version when a Huis must change something, a minor one for what a Huis
# gets without doing anything, a patch for fixes. Every version has its entry in CHANGELOG.md.
VERSION = "1.0.0"

# The GitHub repository (owner/name) of the engine: releases, reusable workflows, the copier template.
ENGINE_REPOSITORY = "huis-zonder-muren/zondermuren"

# The format of a Huis's files (`formaat:` in huis.yml): raised by one, with a step in
# `zondermuren.sources.migration`, when a Huis's files must be migrated (a renamed or reshaped field).
FORMAT = 1

# The engine repository's commit of this release: the template of a new Huis pins the reusable workflows
# (`uses: <ENGINE_REPOSITORY>/.github/workflows/huis-….yml@<sha> # v<VERSION>`) to it. Empty in the source
# tree; the release workflow (.github/workflows/uitgave.yml, `.ci/uitgave versie`) writes the tag's commit
# here before it builds the wheel. Keep it one line in this form: that step rewrites it.
ENGINE_COMMIT = ""
