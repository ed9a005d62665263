# PactDesk: every target bootstraps .venv from pyproject.toml by itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench clean venv translations

TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "PactDesk needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip==26.3
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code (then translate them with pyside6-linguist).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate src/pactdesk/gui/*.py -ts $(TS)

run: $(STAMP) $(QM)
	$(BIN)/pactdesk $(ARGS)

test: $(STAMP) $(QM)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks db
	$(BIN)/ruff format --check src tests benchmarks db
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks db
	$(BIN)/ruff check --fix src tests benchmarks db

bench: $(STAMP)
	$(BIN)/python -m benchmarks $(ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
