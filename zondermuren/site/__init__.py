"""Stage 3a, the site: generated pages, split lists, Jinja templates and the finishing touches."""
