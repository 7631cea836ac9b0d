"""Stage 3, machine-readable outputs: iCalendar feeds and schema.org JSON-LD."""
