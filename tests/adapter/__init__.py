"""Tests of the doors into the engine: the MkDocs hook and the live preview, the command line."""
