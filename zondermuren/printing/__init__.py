"""Stage 3b, print: activity posters, window stickers and name plates as print-ready PDFs with QR codes.

items.py decides what is printed (plain data), designs.py draws it on a sheet.py page, and
render.py draws each item once and keeps it in a cache named by its content.
"""
