"""Stage 2, the model: the checked sources as plain objects, their dates and their series."""
