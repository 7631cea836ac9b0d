"""Guards for promises the README and the guide make, each of which could break without another test noticing.

- publishing refuses the example's `site_url` (QR codes and feeds would lead to the example's
  domain, on paper, for as long as the posters hang), and the publishing jobs go through that check;
- every publishing job checks out the whole history (`fetch-depth: 0`, `GIT_DEPTH: "0"`): without
  it every SEQUENCE is 0 and phones never see a cancelled date;
- a brand colour too light for text is replaced by its darker shade in the site's CSS and in print;
- `inschrijven_via: www.…` becomes an https:// link on the activity's page (not a `tel:` link);
- a right-to-left language Material has no partial for (Pashto) builds with `lang` and `dir="rtl"`;
- the "Nieuwe activiteit" issue form can say a whole day, several days, and through the nights.

Each test was seen failing once with the promise broken (the note of issue 23 says how).
"""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from PIL import Image

from testkit import sitebuild
from testkit.sitebuild import DAY, FIXTURES, ROOT
from zondermuren import build, cli, colours, urls
from zondermuren.drawing import raster
from zondermuren.githost import intake
from zondermuren.model import building
from zondermuren.options import DEFAULT_SITE_URL, Options
from zondermuren.printing import registry
from zondermuren.printing.plans.common import huis_spec
from zondermuren.site import pages

MINIMAL = FIXTURES / "minimal"
WORKFLOWS = ROOT / ".github" / "workflows"
GITLAB = ROOT / "gitlab" / "huis.yml"  # the jobs every Huis includes; .gitlab-ci.yml includes it here
MAKEFILE = ROOT / "Makefile"
NEW_ACTIVITY_FORM = ROOT / ".github" / "ISSUE_TEMPLATE" / "nieuwe-activiteit.yml"
OWN_URL = "https://huis.testdorp.be/"
LIGHT = "#8ecae6"  # a light blue: 1.8:1 on white


def _minimal(tmp_path: Path) -> Path:
    root = tmp_path / "huis"
    shutil.copytree(MINIMAL, root)
    return root


# --- publishing refuses the example's address ------------------------------------------------------------


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("ZONDERMUREN_TODAY", DAY.isoformat())
    for name in ("ZONDERMUREN_SITE_URL", "GITHUB_ACTIONS", "GITLAB_CI", "GITHUB_STEP_SUMMARY"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_publishing_with_the_examples_address_is_refused(tmp_path: Path, clean_environment, capsys) -> None:
    root = _minimal(tmp_path)
    shutil.copy2(ROOT / "mkdocs.yml", root / "mkdocs.yml")  # the template's: site_url is the example's
    lines = (root / "mkdocs.yml").read_text("utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if text.startswith("site_url:"))
    column = lines[line - 1].index(DEFAULT_SITE_URL) + 1
    assert cli.main(["--map", str(root), "check"]) == 0  # checking and previewing may use it
    capsys.readouterr()
    assert cli.main(["--map", str(root), "check", "--publicatie"]) == 1
    assert capsys.readouterr().err == (
        "1 fout gevonden:\n"
        f"  mkdocs.yml:{line}:{column}: site_url: de site heeft nog het webadres van het voorbeeld (verwacht het adres "
        f"van jouw Huis, gevonden '{DEFAULT_SITE_URL}') — zet het GitHub Pages-adres "
        "(https://<gebruiker>.github.io/<repository>/) of je eigen domein in site_url in mkdocs.yml, of in de "
        "variabele ZONDERMUREN_SITE_URL van de workflow; QR-codes en kalenderfeeds wijzen naar dat adres\n"
        "De bronbestanden bevatten fouten; er is niets gebouwd.\n"
    )
    # The same address given by the workflow's variable, without its slash, is the example's too.
    clean_environment.setenv("ZONDERMUREN_SITE_URL", DEFAULT_SITE_URL.rstrip("/"))
    assert cli.main(["--map", str(root), "check", "--publicatie"]) == 1
    assert "de site heeft nog het webadres van het voorbeeld" in capsys.readouterr().err
    clean_environment.setenv("ZONDERMUREN_SITE_URL", OWN_URL)
    assert cli.main(["--map", str(root), "check", "--publicatie"]) == 0


def _recipe(target: str) -> list[str]:
    text = MAKEFILE.read_text("utf-8")
    found = re.search(rf"^{target}:.*\n((?:\t.*\n)+)", text, re.M)
    assert found, f"no target {target} in the Makefile"
    return [line.strip() for line in found.group(1).splitlines()]


def test_make_publish_checks_for_publication_before_it_builds() -> None:
    recipe = _recipe("publish")
    checks = [n for n, line in enumerate(recipe) if line.endswith("zondermuren check --publicatie")]
    builds = [n for n, line in enumerate(recipe) if "mkdocs build" in line]
    assert checks and builds and checks[0] < builds[0], recipe


# --- every publishing job has the whole history ----------------------------------------------------------


def _publishes(commands: list[str]) -> bool:
    """A job that builds the site to put online: `make publish` (the Makefile's) or a bare build."""
    return any("make publish" in command or "mkdocs build" in command for command in commands)


def test_every_publishing_job_checks_out_the_whole_history() -> None:
    publishing = []
    for workflow in sorted(WORKFLOWS.glob("*.yml")):
        for name, job in yaml.safe_load(workflow.read_text("utf-8"))["jobs"].items():
            steps = job.get("steps", [])
            if not _publishes([str(step.get("run", "")) for step in steps]):
                continue
            publishing.append(f"{workflow.name}:{name}")
            checkouts = [s for s in steps if str(s.get("uses", "")).startswith("actions/checkout@")]
            assert checkouts, f"{workflow.name}:{name} has no checkout"
            for step in checkouts:
                depth = (step.get("with") or {}).get("fetch-depth")
                assert str(depth) == "0", f"{workflow.name}:{name}: fetch-depth: 0 (found {depth!r})"
    assert "huis-publiceren.yml:bouwen" in publishing  # the guard looks where publishing happens
    gitlab = yaml.safe_load(GITLAB.read_text("utf-8"))
    common = gitlab.get("variables") or {}
    found = []
    for name, job in gitlab.items():
        if not isinstance(job, dict) or not _publishes([str(line) for line in job.get("script", [])]):
            continue
        found.append(name)
        depth = {**common, **(job.get("variables") or {})}.get("GIT_DEPTH")
        assert depth == "0", f'gitlab/huis.yml:{name}: GIT_DEPTH: "0" (found {depth!r})'
    assert "pages" in found


# --- the darker shade of a light brand colour is used --------------------------------------------------


def _light_huis(tmp_path: Path) -> Path:
    root = _minimal(tmp_path)
    settings = root / "huis.yml"
    text = settings.read_text("utf-8")
    assert 'primair: "#1d5e8c"' in text
    settings.write_text(text.replace('primair: "#1d5e8c"', f'primair: "{LIGHT}"'), "utf-8")
    return root


def test_a_light_brand_colour_gives_its_darker_shade_to_the_sites_css(tmp_path: Path) -> None:
    root = _light_huis(tmp_path)
    dark = colours.darken_until(LIGHT)
    assert dark != LIGHT and colours.contrast(dark, "#ffffff") >= colours.AA_NORMAL
    options = Options(today=DAY, site_url=OWN_URL, with_print=False, cache_dir=tmp_path / "cache")
    prepared = build.prepare(root, root / "content", options)
    css = prepared.files[urls.stylesheet()]
    assert isinstance(css, bytes)
    declarations = dict(re.findall(r"(--[\w-]+): (#[0-9a-f]{6});", css.decode()))
    text_colours = ("--md-primary-fg-color", "--md-typeset-a-color", "--zm-primary", "--md-accent-fg-color")
    assert {name: declarations[name] for name in text_colours} == dict.fromkeys(text_colours, dark)
    assert [name for name, value in declarations.items() if value == LIGHT] == ["--zm-brand"]  # decoration only


def _pixels(png: bytes) -> set[tuple[int, int, int]]:
    with Image.open(io.BytesIO(png)) as picture:
        return {colour for _, colour in picture.convert("RGB").getcolors(maxcolors=1 << 24) or []}


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def test_a_light_brand_colour_prints_in_its_darker_shade(tmp_path: Path) -> None:
    """A poster of a Huis with a light colour: its band is drawn in the darker shade, never the light one."""
    root = _light_huis(tmp_path)
    huis, _ = building.load(root, DAY)
    items = registry.PRODUCTS["posters"].plan(huis, OWN_URL, huis_spec(huis))
    poster = next(i for i in items if (i.size, i.variant, i.language) == ("a4", "kantoor", "nl"))
    seen = _pixels(raster.png(registry.draw(poster.spec), 200))
    assert _rgb(colours.darken_until(LIGHT)) in seen
    assert _rgb(LIGHT) not in seen


# --- www. registration links ------------------------------------------------------------------------------


def test_a_www_registration_address_is_a_web_link_on_the_page(tmp_path: Path) -> None:
    root = _minimal(tmp_path)
    activities = root / "partners" / "bib-noorddorp" / "activiteiten.yml"
    text = activities.read_text("utf-8")
    marker = "    doelgroep:\n      kinderen: [3-6]\n"
    assert text.count(marker) == 1
    activities.write_text(text.replace(marker, marker + "    inschrijven_via: www.voorbeeld.be/inschrijven\n"), "utf-8")
    huis, _ = building.load(root, DAY)
    pages.write_pages(huis, root / "content", OWN_URL)
    page = (root / "content" / urls.page_file(urls.activity_page("voorleesuur"), "nl", "nl")).read_text("utf-8")
    link = '<a href="https://www.voorbeeld.be/inschrijven" rel="noopener">https://www.voorbeeld.be/inschrijven</a>'
    assert link in page
    assert "tel:www" not in page and "tel:" not in page.split(link)[0][-200:]


# --- a right-to-left language without Material's partial ------------------------------------------------


@pytest.mark.build
def test_pashto_builds_right_to_left_end_to_end(tmp_path: Path) -> None:
    """Material has no partial for Pashto (nor for Tigrinya, Somali, Amharic): the adapter's stand-in
    must still give its pages `lang="ps"` and `dir="rtl"`."""
    project = sitebuild.copy_project(tmp_path / "project", MINIMAL)
    settings = project / "huis.yml"
    settings.write_text(settings.read_text("utf-8").replace("talen: [nl, fr, ar]", "talen: [nl, ps]"), "utf-8")
    config = project / "mkdocs.yml"
    languages = re.sub(
        r"        - locale: fr\n.*?(?=\n\S|\n?\Z)",  # to the end of the language list
        "        - locale: ps\n          name: پښتو\n          build: true\n",
        config.read_text("utf-8"),
        flags=re.S,
    )
    assert "locale: ps" in languages
    config.write_text(languages, "utf-8")
    result = sitebuild.mkdocs(project, "--site-dir", str(tmp_path / "site"), with_print=False)
    assert result.returncode == 0, result.stdout + result.stderr
    for page in ("ps/index.html", "ps/partners/bib-noorddorp/index.html"):
        text = (tmp_path / "site" / page).read_text("utf-8")
        html, body = re.search(r"<html[^>]*>", text), re.search(r"<body[^>]*>", text)
        assert html and body, page
        assert 'lang="ps"' in html.group(0), (page, html.group(0))
        assert 'dir="rtl"' in body.group(0) + html.group(0), (page, html.group(0), body.group(0))
    home = (tmp_path / "site" / "index.html").read_text("utf-8")
    assert '<html lang="nl"' in home and 'dir="rtl"' not in home


# --- the "Nieuwe activiteit" form: a whole day, several days, through the nights ---------------------------


def _form_body(form: dict[str, Any], answers: dict[str, str]) -> str:
    """The issue body GitHub makes of the form filled in with `answers` (by field id)."""
    parts = []
    for field in form["body"]:
        if field["type"] == "markdown":
            continue
        label = field["attributes"]["label"]
        if field["type"] == "checkboxes":
            ticked = answers.get(field["id"], "")
            value = "\n".join(
                f"- [{'X' if o['label'] == ticked else ' '}] {o['label']}" for o in field["attributes"]["options"]
            )
        else:
            value = answers.get(field["id"]) or "_No response_"
        parts.append(f"### {label}\n\n{value}")
    return "\n\n".join(parts) + "\n"


def _shape(item: dict[str, Any]) -> tuple[bool, bool, bool, bool]:
    """(one day or several, whole day, with hours, through the nights) of an activity as written."""
    return ("tot_en_met" in item, item.get("hele_dag") is True, "van" in item, item.get("doorlopend") is True)


def test_the_new_activity_form_can_say_a_whole_day_several_days_and_through_the_nights(tmp_path: Path) -> None:
    form = yaml.safe_load(NEW_ACTIVITY_FORM.read_text("utf-8"))
    fields = {f.get("id"): f for f in form["body"]}
    assert {"datum", "tot_en_met", "van", "tot"} <= set(fields)
    choices = [f for f in fields.values() if f["type"] == "dropdown" and f.get("id") not in ("soort", "gratis")]
    base = {
        "partner": "bib-noorddorp",
        "soort": "evenement",
        "datum": "2026-12-16",
        "herhaling": fields["herhaling"]["attributes"]["options"][0],  # once
        "leeftijden": "3 tot 6 jaar",
    }
    shapes = set()
    # Every option of every choice about the date, with and without a last day and hours: what can be said.
    variants = [{}, {"tot_en_met": "2026-12-18"}, {"van": "14:00", "tot": "16:00"}]
    variants.append({"tot_en_met": "2026-12-18", "van": "14:00", "tot": "16:00"})
    variants.append({"tot_en_met": "2026-12-18", "van": "18:00", "tot": "14:00"})
    options = [{}] + [{c["id"]: o} for c in choices if c["id"] != "herhaling" for o in c["attributes"]["options"]]
    for number, (option, variant) in enumerate((o, v) for o in options for v in variants):
        root = tmp_path / f"huis-{number}"
        shutil.copytree(MINIMAL, root)
        shutil.copytree(NEW_ACTIVITY_FORM.parent, root / ".github" / "ISSUE_TEMPLATE")
        answers = {**base, "titel": f"Activiteit {number}", **option, **variant}
        outcome = intake.process(root, _form_body(form, answers), DAY)
        if outcome.code != 0:
            continue
        written = yaml.safe_load((root / "partners" / "bib-noorddorp" / "activiteiten.yml").read_text("utf-8"))
        shapes.add(_shape(written["activiteiten"][-1]))
    assert (False, True, False, False) in shapes, "a whole day (hele_dag: true)"
    assert (True, False, True, False) in shapes, "several days with the same hours (tot_en_met, van, tot)"
    assert (True, True, False, False) in shapes, "several whole days (tot_en_met, hele_dag: true)"
    assert (True, False, True, True) in shapes, "through the nights (tot_en_met, doorlopend: true)"
