# accounts — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
PIP    := $(BIN)/python -m pip

.PHONY: run test lint format install install-dev migrate schema clean graphiql-assets browser bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(PIP) install --quiet -c constraints.txt -e .
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) install --quiet -c constraints.txt -e ".[dev]"
	@touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

migrate: install
	$(BIN)/accounts migrate

run: migrate
	$(BIN)/accounts serve --host $(HOST) --port $(PORT)

browser:
	./scripts/ensure-browser.sh

test: install-dev browser
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check service tests migrations scripts bench clients
	$(BIN)/ruff format --check service tests migrations scripts bench clients
	$(BIN)/mypy service

format: install-dev
	$(BIN)/ruff check --fix service tests migrations
	$(BIN)/ruff format service tests migrations

schema: install
	$(BIN)/accounts export-schema > schema.graphql

bench: install-dev
	@command -v wrk >/dev/null || { echo "installing wrk (Debian package)"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	$(BIN)/python -m bench.run $(BENCH_ARGS)

graphiql-assets: install
	$(BIN)/python scripts/graphiql_assets.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
