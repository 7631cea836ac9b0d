"""The plans of print's products: from the model, what each product prints, as items with typed specs.

One module per product, named as its layout in `printing.layouts` and registered once in
`printing.registry`; `common` holds what several plans share (the Huis's band, a partner's
fields, plain text from Markdown, hours kept in order in Arabic text).
"""
