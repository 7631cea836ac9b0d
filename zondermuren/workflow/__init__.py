"""The kit on a git host: problems as annotations and reports, issue forms to file changes, CODEOWNERS."""
