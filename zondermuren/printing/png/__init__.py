"""Pictures made from print: previews of the PDFs and the pages' Open Graph cards (PNG).

A subpackage of its own: the PDFs' cache key covers the code of `printing/*.py` (render.py), so
a change here redraws the pictures (raster.version) and never the 800 PDFs of a Huis.
"""
