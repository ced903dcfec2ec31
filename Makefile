# The two commands of README.md:  make run   and   make test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

RUNTIME_DEBS := libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0
TEST_DEBS    := $(RUNTIME_DEBS) xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
                libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0 \
                poppler-utils desktop-file-utils appstream \
                at-spi2-core dbus python3-pyatspi xdotool

.PHONY: run test check lint typecheck layers translations-check pytest translations \
        bench bundle icons sysdeps-run sysdeps-test clean

## Set everything up and start the app (pass options with ARGS="--lang en").
run: sysdeps-run $(STAMP)
	$(BIN)/intervisie-desktop $(ARGS)

## Set everything up and run every check and the whole test suite.
test: sysdeps-test $(STAMP) check pytest

check: lint typecheck layers translations-check

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

layers: $(STAMP)
	$(BIN)/lint-imports

translations-check: $(STAMP)
	$(BIN)/python -m scripts.translations check

pytest: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## Update the .ts from the source (after adding UI strings), then compile the .qm.
translations: $(STAMP)
	$(BIN)/python -m scripts.translations update

## Start-up time and memory against a bare Qt window (not part of the tests).
bench: sysdeps-run $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

## The Linux bundle: dist/intervisie-desktop/ and dist/intervisie-desktop-<version>-linux-<arch>.tar.gz,
## then start it offscreen with --smoke (see packaging/build-linux.sh; not part of `make test`).
bundle: sysdeps-run $(STAMP)
	packaging/build-linux.sh

## Re-render the bundles' icons (PNG, .ico, .icns) from resources/icons/intervisie-desktop.svg.
icons: $(STAMP)
	$(BIN)/python packaging/make_icons.py

sysdeps-run:
	@scripts/ensure-system-packages.sh $(RUNTIME_DEBS)

sysdeps-test:
	@scripts/ensure-system-packages.sh $(TEST_DEBS)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
