"""Tests of the model built from the sources: dates and series, statuses, months, clashes."""
