"""Huis zonder muren: the engine that turns a Huis van het Kind's sources into a site, feeds and print."""
