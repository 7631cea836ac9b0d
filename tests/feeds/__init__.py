"""Tests of the iCalendar feeds and JSON-LD, read back as calendar apps read them."""
