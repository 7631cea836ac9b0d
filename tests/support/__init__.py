"""Helpers of the tests only (the ones the benchmark shares are in testkit/ at the repository root)."""
