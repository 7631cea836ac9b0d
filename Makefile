# Huis zonder muren. `make site` builds the example Huis; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve check test lint bench clean system-deps

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

## make serve: live preview on 127.0.0.1:8000 (rebuilds when a fiche or page changes)
serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

check: $(STAMP)
	$(BIN)/zondermuren check

## system-deps: Debian's chromium (browser tests), poppler and zbar (print tests), Java (the Nu HTML
## checker), then axe-core and vnu-jar from npm (package.json)
system-deps:
	@if command -v apt-get >/dev/null 2>&1 && ! (command -v chromium && command -v pdftoppm && command -v zbarimg && command -v java) >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils zbar-tools default-jre-headless >/dev/null; \
	fi
	@(test -f node_modules/axe-core/axe.min.js && test -f node_modules/vnu-jar/build/dist/vnu.jar) || npm install --no-audit --no-fund --silent

## make test: the lint first (style, layering, types), everything the tests need, then the whole suite
test: lint system-deps
	$(BIN)/pytest -q -n 2

## make bench: synthetic Huizen (small, large, huge) built by us and by plain MkDocs; not part of `make test`.
## Options: make bench BENCH_ARGS="--sizes small,large --runs 3 --huge-runs 1" (or "--profile large")
bench: $(STAMP)
	$(BIN)/python -m bench.run $(BENCH_ARGS)

## make lint: ruff (style), the layering contract of the engine (pyproject.toml), mypy (types)
lint: $(STAMP)
	$(BIN)/ruff check zondermuren hooks tests bench
	$(BIN)/ruff format --check zondermuren hooks tests bench
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy

## make clean: the built site, the caches and every generated page (your own pages stay)
clean:
	@if [ -f content/.zondermuren-pages ]; then (cd content && xargs rm -f < .zondermuren-pages); fi
	find content -type d -empty -delete
	rm -rf site .cache content/.zondermuren-pages
