"""Step 3 of reading: checks that a schema cannot express, on documents that passed it or not.

Dates and hours (`when`, `statuses`), references between files and languages (`entries`), ids
(`identities`), clusters of partner types, colours and logos (`branding`), other drawings, text
as partners type it, paths inside the Huis, the coordinator's own pages (`pages`, `page_html`),
and CODEOWNERS as the sources make it (`owners`).
"""
