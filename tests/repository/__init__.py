"""Tests of the repository itself: the engine's layout and doors, the wheel, the git host's files."""
