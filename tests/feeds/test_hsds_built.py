"""The open data on the site: the register links on a partner's page, the page for directory builders,
the export's files and their place in the sitemap.

In-process (the minimal Huis, print off, about a second): the pages the engine writes. Against the
shared example build (`example_site`, no build of its own): what MkDocs published, sitemap included.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from xml.etree import ElementTree

import pytest

from testkit import sitebuild
from tests.sources.test_messages import FICHE, FIXTURE, TODAY, replace
from zondermuren import build, urls
from zondermuren.feeds import hsds_tables
from zondermuren.options import Options
from zondermuren.site import sitemap_files

SITE = "https://huis.example.org/"
SOCIAL = "https://www.desocialekaart.be/vzw/bibliotheek-noorddorp"
PRODUCTS = ("https://productencatalogus-v3.vlaanderen.be/product/1502", "https://productencatalogus.example.org/p/7")
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, build.Prepared]:
    root = tmp_path_factory.mktemp("registers") / "huis"
    shutil.copytree(FIXTURE, root)
    fields = f"sociale_kaart: {SOCIAL}\nipdc: [1502, {PRODUCTS[1]}]\n"
    replace(FICHE, "contact:\n  email: bib@", fields + "contact:\n  email: bib@")(root)
    return root, build.prepare(root, root / "content", Options(TODAY, SITE, with_print=False))


def test_the_partner_page_links_its_registers_in_each_language(prepared):
    root, _ = prepared
    dutch = (root / "content" / f"{urls.partner_page('bib-noorddorp')}.md").read_text("utf-8")
    links = re.findall(r'<a href="([^"]+)" rel="noopener" class="zm-register">([^<]+)</a>', dutch)
    assert links == [
        (SOCIAL, "Ook op De Sociale Kaart"),
        (PRODUCTS[0], "Ook in de lijst van diensten van de overheid (IPDC) (1)"),
        (PRODUCTS[1], "Ook in de lijst van diensten van de overheid (IPDC) (2)"),
    ]
    french = (root / "content" / f"{urls.partner_page('bib-noorddorp')}.fr.md").read_text("utf-8")
    assert f'<a href="{SOCIAL}" rel="noopener" class="zm-register">Aussi sur De Sociale Kaart' in french
    other = (root / "content" / f"{urls.partner_page('cb-zuiddorp')}.md").read_text("utf-8")
    assert "zm-register" not in other  # a partner without register fields shows no such line


def test_the_open_data_page_names_every_file_and_the_licence(prepared):
    root, ready = prepared
    exported = {path for path in ready.files if path.startswith(urls.hsds_folder())}
    tables = {urls.hsds_table(name) for name in [*hsds_tables.table_files(), "datapackage.json"]}
    assert urls.hsds_index() in exported and tables <= exported
    assert len(exported - tables) == 1 + 2  # the index and one file per partner of the minimal Huis
    for language, heading, up in (("nl", "Vaste adressen", "../"), ("ar", "عناوين ثابتة", "../../")):
        page = (root / "content" / urls.page_file(urls.open_data(), language, "nl")).read_text("utf-8")
        assert heading in page
        # Every file of the export is linked from the page's own folder up to the site's root.
        linked = re.findall(r'<a dir="ltr" href="([^"]+)"><code>', page)
        assert sorted(linked) == sorted(up + path for path in [urls.hsds_index(), *tables])
        assert f"<code>{SITE}{urls.hsds_index()}</code>" in page
        assert 'rel="license noopener">https://creativecommons.org/licenses/by/4.0/deed.nl</a>' in page


def test_files_that_are_no_page_join_the_sitemap(tmp_path: Path):
    (tmp_path / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{SITE}</loc></url></urlset>\n",
        "utf-8",
    )
    paths = [urls.hsds_index(), urls.hsds_table("datapackage.json")]
    assert sitemap_files.add(tmp_path, SITE, paths) == 2
    assert sitemap_files.add(tmp_path, SITE, paths) == 0  # once only
    listed = [loc.text for loc in ElementTree.parse(tmp_path / "sitemap.xml").iter(f"{SM}loc")]
    assert listed == [SITE, SITE + paths[0], SITE + paths[1]]


def test_the_built_example_publishes_the_export_and_the_links(example_site: Path):
    index = example_site / urls.hsds_index()
    organizations = sorted((example_site / urls.hsds_organization("x")).parent.glob("*.json"))
    assert index.is_file() and len(organizations) == 31
    assert (example_site / urls.hsds_table("datapackage.json")).is_file()
    listed = {loc.text for loc in ElementTree.parse(example_site / "sitemap.xml").iter(f"{SM}loc")}
    files = {sitebuild.SITE_URL + p.relative_to(example_site).as_posix() for p in [index, *organizations]}
    assert files <= listed
    assert sitebuild.SITE_URL + urls.page_url(urls.open_data(), "nl", "nl") in listed
    page = example_site / urls.page_url(urls.partner_page("sociaal-huis-beekdonk"), "nl", "nl") / "index.html"
    html = page.read_text("utf-8")
    assert 'href="https://desocialekaart.example.org/organisaties/sociaal-huis-beekdonk"' in html
    assert html.count('class="zm-register"') == 3
    open_data = (example_site / urls.page_url(urls.open_data(), "nl", "nl") / "index.html").read_text("utf-8")
    assert "datapackage.json" in open_data and "organizations.json" in open_data
