"""Tests of print: products, the drawing kit, the print cache, read back as a print shop and a phone read them."""
