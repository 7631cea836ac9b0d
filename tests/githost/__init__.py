"""Tests of the kit on a git host: forms to edits, annotations, CODEOWNERS, the pull-request workflow."""
