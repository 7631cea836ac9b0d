"""Finishing touches on the built site, after every language is built.

- One sitemap per language (`/fr/sitemap.xml`): Material's language switcher asks for it, and
  search engines find each language's pages. Pages marked noindex (activities that are over)
  leave every sitemap.
- The root 404.html in the default language, and each other language's under its prefix: every
  language build writes the root one, so the last language's (Arabic) was left for everyone.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

_SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def language_sitemaps(site_dir: Path, site_url: str, languages: list[str], default: str, noindex: set[str]) -> None:
    """Drop noindex pages from the root sitemap and write one sitemap per other language."""
    root = site_dir / "sitemap.xml"
    if not root.is_file():
        return
    for prefix, uri in _SITEMAP_NS.items():
        ElementTree.register_namespace("" if prefix == "sm" else prefix, uri)
    tree = ElementTree.parse(root)
    urlset = tree.getroot()
    base = site_url.rstrip("/") + "/"
    hidden = {base + path for path in noindex} | {
        f"{base}{lang}/{path}" for path in noindex for lang in languages if lang != default
    }
    for url in list(urlset):
        if url.findtext("sm:loc", namespaces=_SITEMAP_NS) in hidden:
            urlset.remove(url)
    tree.write(root, encoding="utf-8", xml_declaration=True)
    for lang in languages:
        if lang == default:
            continue
        subset = ElementTree.Element(urlset.tag)
        for url in urlset:
            loc = url.findtext("sm:loc", namespaces=_SITEMAP_NS)
            assert loc is not None  # MkDocs writes a <loc> in every <url>
            if loc.startswith(f"{base}{lang}/"):
                subset.append(url)
        (site_dir / lang).mkdir(parents=True, exist_ok=True)
        ElementTree.ElementTree(subset).write(site_dir / lang / "sitemap.xml", encoding="utf-8", xml_declaration=True)


def not_found_pages(site_dir: Path, pages: dict[str, str], default: str) -> None:
    """Write each language's 404 page: the default language's at the root, where hosts look for it
    (GitHub Pages, GitLab Pages), the others' at /<lang>/404.html. Their links are absolute (MkDocs
    builds error pages with the site's path as base), so they work from either place."""
    for language, page in pages.items():
        target = site_dir / ("404.html" if language == default else f"{language}/404.html")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, "utf-8")


_LINK = re.compile(r'(\shref=")([^"#?:]*)([?#][^"]*)?"')


def _to_file(url: str) -> str:
    """'../partners/x/' -> '../partners/x/index.html'; '..' -> '../index.html'; other links unchanged."""
    if url.startswith("/") or url.startswith("//"):
        return url
    if url == "" or url.endswith("/"):
        return url + "index.html" if url else url
    if set(url.replace("/", "")) == {"."}:  # '.', '..', '../..'
        return url + "/index.html"
    return url


def folder_links(site_dir: Path) -> int:
    """Make the built site work when opened as a folder (file://): a link to a folder names its index.html.

    Browsers show a folder's listing, not its index.html, on file:// addresses; the preview a
    partner downloads from a pull request is opened that way. Returns the number of pages changed.
    """
    changed = 0
    for page in site_dir.rglob("*.html"):
        text = page.read_text("utf-8")
        fixed = _LINK.sub(lambda m: f'{m.group(1)}{_to_file(m.group(2))}{m.group(3) or ""}"', text)
        if fixed != text:
            page.write_text(fixed, "utf-8")
            changed += 1
    return changed
