# PactDesk: every target bootstraps .venv from pyproject.toml by itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench clean venv translations journey

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

# Refresh the .ts sources from the code (then translate them with pyside6-linguist). English needs only the
# plural forms of the strings counted with %n ("1 meeting", "2 meetings").
GUI_SOURCES = $(shell find src/pactdesk/gui -name '*.py' | sort)
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $(GUI_SOURCES) -ts resources/translations/pactdesk_pt.ts
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly $(GUI_SOURCES) -ts resources/translations/pactdesk_en.ts

run: $(STAMP) $(QM)
	$(BIN)/pactdesk $(ARGS)

test: $(STAMP) $(QM)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The secretary's loop in the real window, English then Portuguese, with a screenshot per step in $(JOURNEY_DIR).
# Under a real X server (Xvfb, when installed: apt-get install xvfb), else Qt's offscreen platform.
JOURNEY_DIR ?= build/journey
journey: $(STAMP) $(QM)
	rm -rf $(JOURNEY_DIR)
	@if command -v xvfb-run >/dev/null 2>&1; then \
		echo "journey: under Xvfb"; \
		PACTDESK_JOURNEY_SHOTS=$(abspath $(JOURNEY_DIR)) QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1200x24" \
			$(BIN)/python -m pytest -q -p no:cacheprovider tests/gui/test_journey.py; \
	else \
		echo "journey: no Xvfb here (apt-get install xvfb), so Qt's offscreen platform"; \
		PACTDESK_JOURNEY_SHOTS=$(abspath $(JOURNEY_DIR)) QT_QPA_PLATFORM=offscreen \
			$(BIN)/python -m pytest -q -p no:cacheprovider tests/gui/test_journey.py; \
	fi
	@echo "journey: screenshots in $(JOURNEY_DIR)/en and $(JOURNEY_DIR)/pt"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks db
	$(BIN)/ruff format --check src tests benchmarks db
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks db
	$(BIN)/ruff check --fix src tests benchmarks db

bench: $(STAMP)
	$(BIN)/python -m benchmarks $(ARGS)
	$(BIN)/python -m benchmarks.team_copy $(ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
