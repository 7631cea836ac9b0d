"""The drawing kit: print-ready PDF pages and the pictures made from them, for print and the site.

`formats` (paper, trim, bleed, the office margin), `sheet` + `textbox` (a page, text that fits its
box, QR codes), `bidi` (a line of mixed scripts in a browser's order), `typefaces` + `fonts/`
(which vendored font a text needs), `pictures` (logos, read offline), `imposition` (booklet fold
order), `inks` (the colours every drawing uses), `raster` (PDF pages to PNG) and `cache` (one content-addressed cache for PDFs and PNGs alike: a file is
named by the key of what it shows, drawn at most once, in worker processes).

A drawing is made from a spec: plain data (texts, colours, logo files, addresses) that says all it
shows (`content`). The kit knows nothing of a Huis: print's products and the site's cards plan
their specs from the model, and an import-linter contract keeps the model out of the kit.
"""
