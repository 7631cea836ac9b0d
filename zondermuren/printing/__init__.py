"""Stage 3b, print: the Huis's print products as print-ready PDFs with QR codes, drawn with the kit.

Each product is a plan (`plans/`: from the model, what is printed, as items with typed specs,
`specs.py`) and a layout (`layouts/`: a spec drawn on a drawing-kit sheet) under one name,
registered once in `registry.py`. `pdfs.py` draws each item once into the kit's cache, `warnings.py`
finds the source of what could not be printed, `previews.py` makes the small pictures of the
PDFs the site shows, and `selection.py` is what `zondermuren drukwerk` chooses.
"""
