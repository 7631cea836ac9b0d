"""Where a Huis keeps its sources: the folder names of its repository (not the site's page paths,
which zondermuren/urls.py makes, even where a name is the same)."""

from __future__ import annotations

PARTNERS = "partners"  # one folder per partner: fiche.yml, activiteiten.yml, its logo
