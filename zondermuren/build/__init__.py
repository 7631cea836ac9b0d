"""The engine's one door: the pipeline as named stages, each with a typed result.

The command line (`zondermuren.cli`), the MkDocs adapter (`zondermuren.adapter`) and the
benchmark use what `__all__` names and nothing else of the engine (import-linter's `forbidden`
contracts in pyproject.toml hold the CLI and the adapter to it). The stages, in order:

    check(root, options)             -> Checked   read and check the sources, every problem at once
    load(root, options)              -> Loaded    the model of a checked Huis
    prepare(root, docs_dir, options) -> Prepared  pages into docs_dir, feeds, logos, print and pictures
    print_material(...)              -> Printed   the chosen print items (`zondermuren drukwerk`)
    theme(prepared)                  -> Theme     what the theme shows on every page
    finish(site_dir, prepared, ...)               the steps after MkDocs wrote the site

This file is the face; the stages live in `checking` (check, load), `preparing` (prepare),
`printed` (print_material and the print step of prepare) and `finishing` (theme, finish).
Settings come in as `options.Options`, made at the boundary. Kept free of MkDocs imports, so the
engine can outlive the theme layer (Material reaches end of life in 2027; MkDocs 2.0 drops plugins).
"""

from __future__ import annotations

from zondermuren.build.checking import Checked, Loaded, check, clash_report, load, translation_report
from zondermuren.build.finishing import Theme, finish, theme, untranslated
from zondermuren.build.pool import check_pool
from zondermuren.build.preparing import (
    Prepared,
    fingerprint,
    fingerprint_parts,
    prepare,
    published_drawing,
    published_logo,
)
from zondermuren.build.printed import PRINT_KINDS, Printed, Progress, print_material, publish_pictures, publish_prints
from zondermuren.build.uitdatabank import (
    UIT_RECORD,
    UIT_RECORD_ON_SITE,
    UIT_SEND_SECONDS,
    UitExport,
    UitSendError,
    UitSent,
    uitdatabank_export,
    uitdatabank_fetched,
    uitdatabank_place,
    uitdatabank_record_address,
    uitdatabank_send,
    uitdatabank_wanted,
)
from zondermuren.printing.selection import Choice, ChoiceError
from zondermuren.printing.specs import VARIANTS as PRINT_VARIANTS

# What the adapter asks of a page while MkDocs builds it: is it ours (generated_pages: the names in
# docs_dir the engine wrote, GENERATED_LIST: their list, is_generated_page: its marker, OSError when
# unreadable), a generated page's finished HTML (finished_page) and the anchors in it, and a
# hand-written page's front matter, HTML and heading title, allow-listed.
from zondermuren.site.finished import anchor_ids as page_anchors
from zondermuren.site.finished import page_html as finished_page
from zondermuren.site.pages import MANIFEST as GENERATED_LIST
from zondermuren.site.pages import generated_files as generated_pages
from zondermuren.site.pages import is_generated as is_generated_page
from zondermuren.site.sanitise import front_matter
from zondermuren.site.sanitise import html as sanitised
from zondermuren.site.sanitise import title as sanitised_title
from zondermuren.site.searching import SearchError
from zondermuren.sources.migration import Migration, migrate
from zondermuren.sources.pooling import PoolUpdate
from zondermuren.sources.pooling import update as update_pool

__all__ = [
    # the stages, in the pipeline's order, and their results
    "check",
    "Checked",
    "load",
    "Loaded",
    "prepare",
    "Prepared",
    "print_material",
    "Printed",
    "Choice",
    "ChoiceError",
    "Progress",
    "PRINT_KINDS",
    "PRINT_VARIANTS",
    "theme",
    "Theme",
    "finish",
    "SearchError",
    # what the MkDocs adapter asks while MkDocs builds the site
    "fingerprint",
    "fingerprint_parts",
    "generated_pages",
    "is_generated_page",
    "finished_page",
    "page_anchors",
    "GENERATED_LIST",
    "front_matter",
    "sanitised",
    "sanitised_title",
    "untranslated",
    "published_drawing",
    "published_logo",
    # the reports of the command line
    "translation_report",
    "clash_report",
    # the print step of `prepare`, on its own (tests, the benchmark)
    "publish_prints",
    "publish_pictures",
    # `zondermuren uitdatabank`: the activities as UiTdatabank documents, and the optional push
    "uitdatabank_export",
    "uitdatabank_send",
    "UitExport",
    "UitSent",
    "UitSendError",
    "UIT_RECORD",
    # the record kept on the published site: fetched by the publishing run, put back after a send
    "UIT_RECORD_ON_SITE",
    "UIT_SEND_SECONDS",
    "uitdatabank_record_address",
    "uitdatabank_wanted",
    "uitdatabank_fetched",
    "uitdatabank_place",
    # `zondermuren migreer`: a Huis's files to the data format this engine reads
    "migrate",
    "Migration",
    # `zondermuren regio bijwerken`: a regional pool's files copied into the Huis; `regio check`: a pool on its own
    "update_pool",
    "check_pool",
    "PoolUpdate",
]
