"""Step 1 of reading: YAML files into plain data with the line and column of every value."""
