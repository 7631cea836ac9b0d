"""Step 2 of reading: the JSON Schemas of huis.yml, fiche.yml and activiteiten.yml, validation
in Dutch, and the hints ("bedoelde je ...?") that validation and the checks share."""
