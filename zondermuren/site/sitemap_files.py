"""Files that are no page in the sitemap: the open data exports (`feeds.hsds_export`).

MkDocs writes sitemap.xml from its pages only, and has no setting to add other files; a sitemap
may list any address of the site (sitemaps.org), so after the build the export's files are added
to the root sitemap, where a directory builder's crawler or a data portal's harvester finds them.
They are language-neutral, so they stay out of the per-language sitemaps.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from xml.etree import ElementTree

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"


def add(site_dir: Path, site_url: str, paths: Iterable[str]) -> int:
    """Add each site path as a <url> of the root sitemap (once); returns how many were added."""
    root = site_dir / "sitemap.xml"
    if not root.is_file():
        return 0
    ElementTree.register_namespace("", SITEMAP)
    tree = ElementTree.parse(root)
    urlset = tree.getroot()
    listed = {loc.text for loc in urlset.iter(f"{{{SITEMAP}}}loc")}
    base = site_url.rstrip("/") + "/"
    added = 0
    for path in paths:
        address = base + path
        if address in listed:
            continue
        entry = ElementTree.SubElement(urlset, f"{{{SITEMAP}}}url")
        ElementTree.SubElement(entry, f"{{{SITEMAP}}}loc").text = address
        added += 1
    tree.write(root, encoding="utf-8", xml_declaration=True)
    return added
