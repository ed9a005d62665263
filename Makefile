# PactDesk: every target bootstraps .venv from pyproject.toml by itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench clean venv translations journey wheel dist

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

# The wheel (translations compiled inside it by hatch_build.py), for `pipx install dist/pactdesk-*.whl`.
wheel: $(STAMP)
	$(BIN)/python -m pip wheel --no-deps --disable-pip-version-check -q -w dist .
	@ls dist/pactdesk-*.whl

# The bundle that runs without Python (packaging/pactdesk.spec) in dist/PactDesk/, and on Linux its tarball with
# install.sh and the desktop files (packaging/linux/), then the bundle's own selftest in a clean environment.
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' src/pactdesk/__init__.py)
TARBALL_DIR = build/tarball/PactDesk-$(VERSION)-linux-x86_64
dist: $(STAMP)
	$(BIN)/pyinstaller packaging/pactdesk.spec --noconfirm --distpath dist --workpath build/pyinstaller --log-level WARN
	rm -rf $(TARBALL_DIR) && mkdir -p $(TARBALL_DIR)
	cp -a dist/PactDesk $(TARBALL_DIR)/PactDesk
	install -Dm644 packaging/linux/io.github.pactdesk.PactDesk.desktop \
		$(TARBALL_DIR)/PactDesk/share/applications/io.github.pactdesk.PactDesk.desktop
	install -Dm644 packaging/linux/io.github.pactdesk.PactDesk.metainfo.xml \
		$(TARBALL_DIR)/PactDesk/share/metainfo/io.github.pactdesk.PactDesk.metainfo.xml
	mkdir -p $(TARBALL_DIR)/PactDesk/share/icons && cp -a packaging/linux/icons/hicolor $(TARBALL_DIR)/PactDesk/share/icons/
	install -m755 packaging/linux/install.sh $(TARBALL_DIR)/install.sh
	tar -C build/tarball -czf dist/PactDesk-$(VERSION)-linux-x86_64.tar.gz PactDesk-$(VERSION)-linux-x86_64
	rm -rf build/selftest-home && mkdir -p build/selftest-home
	env -i HOME=$(abspath build/selftest-home) PATH=/usr/bin:/bin LANG=C.UTF-8 dist/PactDesk/pactdesk selftest
	@du -sh dist/PactDesk dist/PactDesk-$(VERSION)-linux-x86_64.tar.gz

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
