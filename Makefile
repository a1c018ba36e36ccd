# IPT Desktop: `make run` opens the app, `make test` runs the whole suite headless.
# Both create .venv on first use and reinstall only when pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SEED   := build/library
CONTENT := $(shell find resources/content -name '*.md' 2>/dev/null) resources/taxonomy.yaml resources/taxonomy_labels.yaml $(wildcard db/content/*.sql) \
           $(wildcard ipt_desktop/core/search/*.py)

.PHONY: run test lint bench bench-quick library bundle clean check-content bytecode

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The bundled library, prebuilt into a content DB and search index so a first launch does no indexing.
$(SEED)/content.db: $(STAMP) $(CONTENT) build/build_library.py
	$(BIN)/python build/build_library.py $(SEED)

library: $(SEED)/content.db

# Byte-code for our modules, as an installed app has it (the interpreter may be told not to write it itself).
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q ipt_desktop benchmarks >/dev/null

run: $(STAMP) library bytecode
	$(BIN)/ipt-desktop

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# ruff with the rules in pyproject.toml: no findings, and the code as the formatter writes it.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# All benchmarks in one run, side by side with SQLite FTS5 and a bare Qt window; prints one JSON object.
bench: $(STAMP) library bytecode
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run_all

bench-quick: $(STAMP) library bytecode
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run_all --quick

check-content: $(STAMP)
	$(BIN)/python -m ipt_desktop.core.content.check resources/content

clean:
	rm -rf $(SEED) build/work dist .pytest_cache

# One-folder PyInstaller bundle in dist/ipt-desktop (work files in build/work); skipped when up to date.
.PHONY: bundle-smoke
bundle: $(STAMP) library
	PYTHON=$(BIN)/python build/build_bundle.sh

# Builds the bundle (timed) unless up to date, then checks it; prints JSON with cold-start figures.
bundle-smoke: $(STAMP) library
	PYTHON=$(BIN)/python build/smoke_bundle.sh
