"""Tests of the site's pages: writing, splitting, own pages and the site address, the coordinator's pages, messages of the site build, drawings, former addresses."""
