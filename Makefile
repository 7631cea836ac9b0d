# Huis zonder muren. `make site` builds the example Huis; `make test` runs every test.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP ?= $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve check test test-fast lint bench bench-netwerk clean system-deps install preview publish uitdatabank form regio keepalive print codeowners properdocs guide dist github-release template-repo

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

## make site: install, check and build the example Huis into site/
site: $(STAMP)
	$(BIN)/zondermuren check
	$(BIN)/mkdocs build --strict
	@echo ""
	@echo "Klaar: de site staat in site/. Bekijk ze met 'make serve' op http://127.0.0.1:8000/"

## make serve: live preview on 127.0.0.1:8000: one build per save, of the changed pages only (--dirty; the hook
## keeps the menu, the search index and removed pages right), errors in the browser, print off unless
## ZONDERMUREN_DRUKWERK=aan; TALEN=nl,ar previews only those languages (README: "The live preview")
serve: $(STAMP)
	$(BIN)/mkdocs serve --dirty --dev-addr 127.0.0.1:8000

## make check: the Dutch problem list; on GitHub Actions / GitLab CI also annotations and reports
check: $(STAMP)
	$(BIN)/zondermuren check

## The git host's workflows run these targets and nothing else (.github/workflows, .gitlab-ci.yml).
install: $(STAMP)

## make preview: the site of a proposal, print off, opening from a folder (file://) in PREVIEW_DIR
PREVIEW_DIR ?= voorbeeld
preview: $(STAMP)
	ZONDERMUREN_DRUKWERK=uit ZONDERMUREN_VOORBEELD=map $(BIN)/mkdocs build --strict --site-dir $(PREVIEW_DIR)

## make publish: check for publication (not the example's site_url) and build into SITE_DIR
SITE_DIR ?= site
publish: $(STAMP)
	$(BIN)/zondermuren check --publicatie
	$(BIN)/mkdocs build --strict --site-dir $(SITE_DIR)

## make uitdatabank: after `make publish`, the record of what was sent to UiTdatabank: fetched from the live site
## (curl, https only; the query defeats a CDN's stale copy) and put into SITE_DIR again, after a send when
## UITDATABANK_CLIENT_ID and UITDATABANK_CLIENT_SECRET are set (README, "UiTdatabank")
UIT_OPGEHAALD ?= .cache/uitdatabank/opgehaald.json
uitdatabank: $(STAMP)
	mkdir -p $(dir $(UIT_OPGEHAALD)) && rm -f $(UIT_OPGEHAALD)
	adres=$$($(BIN)/zondermuren uitdatabank --register-adres) || exit 1; \
	status=$$(curl --silent --show-error --fail --location --proto =https --max-time 60 --retry 2 \
		--output $(UIT_OPGEHAALD) --write-out '%{http_code}' "$$adres?na=$$(date +%s)"); \
	$(BIN)/zondermuren uitdatabank --publiceer $(SITE_DIR) --opgehaald $(UIT_OPGEHAALD) --status "$$status"

## make form: a submitted issue form -> pull request or comment (GitHub Actions only, see .ci/form)
form: $(STAMP)
	BIN=$(BIN) .ci/form

## make regio: the region's pool (cloned into .regio-pool by .github/workflows/huis-regio.yml) taken in at its newest tag, as a pull request
regio: $(STAMP)
	BIN=$(BIN) .ci/regio

## The release workflow (.github/workflows/uitgave.yml) runs these three, on a tag v<version> (README, "Releases").
## make dist: the tag UITGAVE_TAG must be v<VERSION> of zondermuren/release.py, with its CHANGELOG.md entry; the tag's
## commit UITGAVE_COMMIT goes into release.py (ENGINE_COMMIT, what a new Huis pins its workflows to); sdist + wheel
dist: $(STAMP)
	$(PYTHON) .ci/uitgave versie
	rm -rf dist && $(BIN)/uv build --quiet --out-dir dist .

## make github-release: the GitHub release of the tag, its text the CHANGELOG.md entry, dist/ attached (gh, GH_TOKEN)
github-release:
	mkdir -p .cache && $(PYTHON) .ci/uitgave notities .cache/release-notes.md
	gh release create "$$UITGAVE_TAG" --verify-tag --title "zondermuren $$UITGAVE_TAG" --notes-file .cache/release-notes.md dist/*

## make template-repo: huis-sjabloon/ as the next commit and tag of its own repository (SJABLOON_URL, SJABLOON_TOKEN)
template-repo:
	$(PYTHON) .ci/uitgave sjabloon

## make keepalive: GitHub disables a public repository's scheduled workflows after 60 days without
## activity; the nightly run enables its own workflow again through the API (no commit to main).
keepalive:
	gh api --method PUT "repos/$$GITHUB_REPOSITORY/actions/workflows/publiceren.yml/enable"

## make codeowners: rewrite .github/CODEOWNERS from huis.yml and the fiches
## make print: every poster, window sticker and name plate (PDF), through the print cache
print: $(STAMP)
	$(BIN)/zondermuren drukwerk

codeowners: $(STAMP)
	$(BIN)/zondermuren codeowners

## system-deps: Debian's chromium-headless-shell (browser tests; testkit/chromium.py says why not the full
## chromium), poppler and zbar (print tests), Java (the Nu HTML checker), then axe-core and vnu-jar from npm
system-deps:
	@if command -v apt-get >/dev/null 2>&1 && ! (command -v chromium-headless-shell && command -v pdftoppm && command -v zbarimg && command -v java && command -v curl && command -v openssl && command -v git) >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell poppler-utils zbar-tools default-jre-headless curl openssl git >/dev/null; \
	fi
	@(test -f node_modules/axe-core/axe.min.js && test -f node_modules/vnu-jar/build/dist/vnu.jar) || npm install --no-audit --no-fund --silent

## make test: the lint first (style, layering, types), everything the tests need, then the whole suite on
## two workers, the 20 slowest steps last. Tests are ordered cheap first (tests/conftest.py) and the example
## Huis is built in the background meanwhile; --dist loadgroup keeps a module's own build on one worker.
PYTEST_WORKERS ?= 2
## Python keeps compiled modules (and pytest its rewritten test modules) for the next process, even on a
## machine whose environment says not to (PYTHONDONTWRITEBYTECODE=1, an empty value is off): otherwise each
## test worker rewrites every test module again (2.4 of its 4.4 s of collecting), and every build a test
## starts compiles the engine's modules again.
test test-fast: export PYTHONDONTWRITEBYTECODE :=
test: lint system-deps
	$(BIN)/pytest -q -n $(PYTEST_WORKERS) --dist loadgroup --no-loadscope-reorder --durations=20

## make test-fast: what needs no site build, no browser and no seconds of processes or drawing (the markers
## build, browser and slow in pyproject.toml), in under a minute; `make test` runs everything
test-fast: $(STAMP)
	$(BIN)/pytest -q -n $(PYTEST_WORKERS) --dist loadgroup --no-loadscope-reorder -m "not build and not browser and not slow" --durations=10

## make bench: synthetic Huizen (small, large, huge) built by us and by plain MkDocs; the example's cold `make site`,
## its print per kind and its home page's first view; `mkdocs serve` latency; not part of `make test`.
## Options: make bench BENCH_ARGS="--sizes small,large --runs 3 --huge-runs 1" (or "--profile large",
## or "--sizes clash300": 300 partners at one hour, check/botsingen/build against their limits; "--no-example";
## "--sizes '' --serve ''": the example only)
bench: $(STAMP)
	$(BIN)/python -m bench.run $(BENCH_ARGS)

## make bench-netwerk: `zondermuren netwerk --bouwen` at 5 and 10 Huizen x 25 partners (5 shared), print off, once
## each (bench/network.py; docs/netwerk.md); BENCH_ARGS="--huizen 5,10,20 --parallel 2"
bench-netwerk: $(STAMP)
	$(BIN)/python -m bench.network $(BENCH_ARGS)

## make lint: ruff (style), the layering contract of the engine (pyproject.toml), mypy (types)
lint: $(STAMP)
	$(BIN)/ruff check zondermuren hooks tests testkit bench tools
	$(BIN)/ruff format --check zondermuren hooks tests testkit bench tools
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy

## make clean: the built site, the caches and every generated page (your own pages stay)
clean:
	@if [ -f content/.zondermuren-pages ]; then (cd content && xargs rm -f < .zondermuren-pages); fi
	find content -type d -empty -delete
	rm -rf site .cache content/.zondermuren-pages

## make properdocs: build the example with ProperDocs (the continuation of MkDocs 1.x) in its own
## virtualenv, without MkDocs installed, with the same hook, theme and plugins (print off).
PROPERDOCS := .venv-properdocs
$(PROPERDOCS)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(PROPERDOCS)
	$(PROPERDOCS)/bin/pip install --quiet --upgrade pip
	$(PROPERDOCS)/bin/pip install --quiet -c constraints.txt properdocs -e .
	$(PROPERDOCS)/bin/pip uninstall --quiet --yes mkdocs mkdocs-get-deps
	touch $@

properdocs: $(PROPERDOCS)/.installed
	out=$$(mktemp -d) && ZONDERMUREN_DRUKWERK=uit $(PROPERDOCS)/bin/properdocs build -f mkdocs.yml --strict --site-dir "$$out" \
		&& test -f "$$out/partners/de-ballon/index.html" && rm -rf "$$out" && echo "ProperDocs: het voorbeeld bouwt."

## make guide: the partners' guide on the site (content/meewerken.md) from CONTRIBUTING.md; no table of
## contents there: outside the navigation, Material's would point at a menu toggle the page lacks (invalid HTML)
guide:
	{ printf -- '---\ntitle: Meewerken aan de site\nsearch:\n  exclude: true\nhide:\n  - toc\n---\n\n'; cat CONTRIBUTING.md; } > content/meewerken.md
