# The two commands of README.md:  make run   and   make test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Installed: the app and what it needs to run (make run); plus the test tools (make test).
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev

# Debian/Ubuntu packages with the system libraries Qt links to: its Core, Gui, Widgets,
# Svg, Network and DBus, and the X11 (xcb) platform plugin (ldd on libqxcb.so in .venv).
# intervisie_desktop/platform_check.py names the same libraries when one is missing;
# tests/test_platform_check.py keeps both lists in step with what Qt links to.
RUNTIME_DEBS := libglib2.0-0 libegl1 libgl1 libfontconfig1 libfreetype6 libx11-6 \
                libxkbcommon0 libdbus-1-3 libgssapi-krb5-2 libbrotli1 \
                libxcb1 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
                libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 \
                libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 \
                libxcb-xkb1 libxkbcommon-x11-0
# `make test` adds an X server for the test that starts the app on X11, and the tools
# that check the PDF export, the Linux desktop files and the Windows installer script,
# and a screen reader's view of the app (AT-SPI, walked with pyatspi; xdotool types).
TEST_DEBS    := $(RUNTIME_DEBS) xvfb xauth poppler-utils desktop-file-utils appstream nsis \
                at-spi2-core dbus python3-pyatspi xdotool
# Building the Windows app and installer on Linux (make windows), and starting them under Wine.
WINDOWS_DEBS := wine wine64 nsis gcc-mingw-w64-x86-64-win32 xvfb xauth
# Debian's Python makes virtual environments only with python3-venv.
VENV_DEBS    := $(shell $(PYTHON) -c "import ensurepip" >/dev/null 2>&1 || echo python3-venv)

.PHONY: coverage run test check lint typecheck layers translations-check pytest translations \
        bench bundle windows icons sysdeps-run sysdeps-test sysdeps-windows clean

## Set everything up and start the app (pass options with ARGS="--lang en").
run: sysdeps-run $(RUN_STAMP)
	$(BIN)/intervisie-desktop $(ARGS)

## Set everything up and run every check and the whole test suite.
test: sysdeps-test $(DEV_STAMP) check pytest

check: lint typecheck layers translations-check

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(DEV_STAMP)
	$(BIN)/mypy

layers: $(DEV_STAMP)
	$(BIN)/lint-imports

translations-check: $(RUN_STAMP)
	$(BIN)/python -m scripts.translations check

pytest: $(DEV_STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## Coverage per layer, the app's own child processes included (not part of `make test`).
coverage: sysdeps-test $(DEV_STAMP)
	rm -f .coverage .coverage.*
	$(BIN)/python -m coverage run -m pytest -q $(PYTEST_ARGS)
	$(BIN)/python -m coverage combine -q
	$(BIN)/python -m scripts.coverage_layers

## Update the .ts from the source (after adding UI strings), then compile the .qm.
translations: $(RUN_STAMP)
	$(BIN)/python -m scripts.translations update

## Start-up time and memory against a bare Qt window (not part of the tests).
bench: sysdeps-run $(RUN_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

## The Linux bundle: dist/intervisie-desktop/ and dist/intervisie-desktop-<version>-linux-<arch>.tar.gz,
## then start it offscreen with --smoke (see packaging/build-linux.sh; not part of `make test`).
bundle: sysdeps-run $(RUN_STAMP)
	packaging/build-linux.sh

## The Windows app, built on Linux: dist/windows/intervisie-desktop/ (PyInstaller under Wine)
## and dist/intervisie-desktop-<version>-windows-x64-setup.exe (NSIS), both started under
## Wine with --smoke, installed, upgraded and uninstalled (see packaging/windows/build-windows.sh).
windows: sysdeps-windows $(RUN_STAMP)
	packaging/windows/build-windows.sh

## Re-render the bundles' icons (PNG, .ico, .icns) from resources/icons/intervisie-desktop.svg.
icons: $(RUN_STAMP)
	$(BIN)/python packaging/make_icons.py

sysdeps-run:
	@scripts/ensure-system-packages.sh $(RUNTIME_DEBS) $(VENV_DEBS)

sysdeps-test:
	@scripts/ensure-system-packages.sh $(TEST_DEBS) $(VENV_DEBS)

sysdeps-windows:
	@scripts/ensure-system-packages.sh $(WINDOWS_DEBS) $(VENV_DEBS)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $(RUN_STAMP)

$(DEV_STAMP): pyproject.toml $(RUN_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(DEV_STAMP)

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
