"""Tests of the first stage: reading YAML, the schema, the checks and their messages, the record of what was published, SVG and Unicode as partners type them."""
