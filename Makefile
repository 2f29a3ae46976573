# One command runner for Alliance Graph. Every target installs what it needs first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: help install lock browser run serve test test-fast lint bench stop clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)  ## virtual environment, Python packages and the local Neo4j build
	$(BIN)/alliance db build

lock:  ## re-pin every dependency to the newest allowed version (a deliberate upgrade)
	rm -rf /tmp/alliance-lock && $(PYTHON) -m venv /tmp/alliance-lock
	/tmp/alliance-lock/bin/pip install --quiet -e '.[dev]'
	(head -2 requirements.lock; /tmp/alliance-lock/bin/pip freeze --exclude-editable) > requirements.lock.new
	mv requirements.lock.new requirements.lock

browser:  ## the system Chromium the browser tests drive (Debian package; CI runs as root)
	command -v chromium >/dev/null || (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium)

run: install  ## start the local Neo4j, load the bundled data, print it, serve API and views on :8000
	$(BIN)/alliance run --serve

test: install browser  ## every test, against a real Neo4j that the tests start
	$(BIN)/pytest

test-fast: install  ## the pure tests only (no Neo4j, no browser)
	$(BIN)/pytest tests/unit

lint: install  ## ruff on everything, mypy on graph/ ingest/ api/
	$(BIN)/ruff check graph ingest api viz cli tests benchmarks scripts
	$(BIN)/mypy graph ingest api

bench: install  ## benchmarks (print figures with a baseline measured in the same run)
	$(BIN)/python benchmarks/load.py
	$(BIN)/python benchmarks/analytics.py --sizes 1,10
	$(BIN)/python benchmarks/views.py
	$(BIN)/python benchmarks/iati.py
	$(BIN)/python benchmarks/api.py
	$(BIN)/python benchmarks/ingest_eval.py

stop:  ## stop the local Neo4j
	$(BIN)/alliance db stop

clean: stop  ## remove the local Neo4j store and the build
	rm -rf neo4j-embedded/target  # the store itself: alliance db reset
