"""The layouts of print's products: each draws one typed spec on a drawing-kit Sheet, as PDF bytes.

One module per product, named as its plan in `printing.plans` and registered once in
`printing.registry`; `frame` holds the Huis's band and footer the single-sheet layouts share.
A layout reads only its spec (never the model: an import-linter contract), so the spec names
the PDF in the cache.
"""
