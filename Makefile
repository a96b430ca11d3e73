# ChatTasks developer commands. `make run` and `make test` work on a fresh Debian machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)
DEMO := resources/demo/WhatsApp Chat with Casa & Obra.txt
RUN_DB ?= sqlite:///$(CURDIR)/.run/chattasks.db

.PHONY: install system-deps run test bench eval lint typecheck clean dist dist-smoke screenshots translations

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[gui,test,bench,dist]"
	rm -f $(VENV)/.installed-*
	touch "$(STAMP)"

# Debian packages the browser and GUI tests need; installed only when missing.
system-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v Xvfb >/dev/null 2>&1 || missing="$$missing xvfb"; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

# Starts the desktop app on a local data folder (.run/); the first launch imports the demo chat.
# Without a display (a server, CI) it runs the app's offscreen self-test and prints the tasks.
run: install
	@mkdir -p .run
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$(uname)" = Darwin ]; then \
	  $(BIN)/python -m app --db "$(RUN_DB)" --settings .run/settings.json; \
	else \
	  echo "no display found: running the app offscreen (self-test), then listing its tasks"; \
	  QT_QPA_PLATFORM=offscreen $(BIN)/python -m app --db "$(RUN_DB)" --settings .run/settings.json --self-test && \
	  $(BIN)/chattasks chats --db "$(RUN_DB)" && $(BIN)/chattasks tasks --db "$(RUN_DB)"; \
	fi

test: install system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: install
	$(BIN)/python -m benchmarks.bench_parse
	$(BIN)/python -m benchmarks.bench_import
	$(BIN)/python -m benchmarks.bench_extract
	$(BIN)/python -m benchmarks.bench_live
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.bench_gui
	@if [ -x dist/chattasks/chattasks-app ]; then $(BIN)/python -m benchmarks.bench_dist; \
	 else echo "bench_dist skipped: run make dist first"; fi

screenshots: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m app.screenshots docs/screenshots

# Refresh resources/translations/*.ts from app/ and rebuild the .qm files; lists untranslated text.
translations: install
	$(BIN)/python installers/update_translations.py

eval: install
	$(BIN)/python -m benchmarks.eval_tasks --public
	$(BIN)/python -m benchmarks.eval_dates

# The frozen Linux bundle (dist/chattasks), the one-file app (dist/chattasks-app-VERSION),
# the .deb and the tar.gz.
VERSION = $(shell $(BIN)/python -c 'import importlib.metadata as m; print(m.version("chattasks"))' 2>/dev/null)
dist: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python installers/render_icons.py build/icons
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec
	CHATTASKS_ONEFILE=1 $(BIN)/pyinstaller --noconfirm --log-level WARN --workpath build/onefile build.spec
	installers/linux/build_packages.sh $(VERSION) dist build/icons

# Starts the frozen app offscreen (self-test) and compares the frozen CLI with the source one.
dist-smoke: dist
	CHATTASKS_DIST=dist/chattasks QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/dist

lint: install
	$(BIN)/ruff check engine app tests benchmarks

typecheck: install
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .run .pytest_cache .mypy_cache benchmarks/data
