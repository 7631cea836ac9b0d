"""Stage 1, read and check: huis.yml, fiches and activities from disk, with every problem located."""
