# accounts — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
PIP    := $(BIN)/python -m pip

.PHONY: run test lint format install install-dev migrate schema docs screenshots clean graphiql-assets browser balancer oidc-provider bench mutate mutate-policy mutate-factors mutate-challenges mutate-passkeys mutate-accounts mutate-registration mutate-transport mutate-assurance mutate-external mutate-providers mutate-admin mutate-integration mutation-map web

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
	./scripts/ensure-package.sh /usr/bin/chromium chromium "the browser tests"

balancer:
	./scripts/ensure-package.sh /usr/sbin/nginx nginx "the scale-out test"

# The OpenID provider the external sign-in tests start (node oidc-provider, tests/oidc).
oidc-provider: tests/oidc/node_modules/.package-lock.json

tests/oidc/node_modules/.package-lock.json: tests/oidc/package.json tests/oidc/package-lock.json
	cd tests/oidc && npm ci --no-audit --no-fund

test: install-dev browser balancer oidc-provider
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check service tests migrations scripts bench clients
	$(BIN)/ruff format --check service tests migrations scripts bench clients
	$(BIN)/mypy service
	$(BIN)/lint-imports

format: install-dev
	$(BIN)/ruff check --fix service tests migrations
	$(BIN)/ruff format service tests migrations

schema: install
	$(BIN)/accounts export-schema > schema.graphql
	$(BIN)/accounts export-schema --admin > schema.admin.graphql

# docs/configuration.md is written from the settings in service/config/ (a test compares them).
docs: install
	$(BIN)/python -m service.config.reference > docs/configuration.md

# The screenshots in docs/screenshots/: every page of the web app at 1280 and 390 px, taken by the
# page tests in Chromium against a real server.
screenshots: install-dev browser
	ACCOUNTS_SCREENSHOTS_DIR=docs/screenshots $(BIN)/python -m pytest -q -p no:cacheprovider \
		tests/web/test_pages.py -k every_page

bench: install-dev
	@command -v wrk >/dev/null || { echo "installing wrk (Debian package)"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	$(BIN)/python -m bench.run $(BENCH_ARGS)

# Mutation testing of the security-critical modules ([tool.mutmut] in pyproject.toml lists them
# and the tests that run); SQLite only, one migrated database copied per test session.
MUTATE_GROUP ?= core
mutate: install-dev oidc-provider
	rm -rf mutants
	globs=$$($(BIN)/python -m tests.mutation_tests globs $(MUTATE_GROUP)) || exit 1; \
	ACCOUNTS_MUTATION_GROUP=$(MUTATE_GROUP) ACCOUNTS_TEST_BACKENDS=sqlite \
		ACCOUNTS_TEST_SQLITE_TEMPLATE=$(CURDIR)/mutants/.template.db \
		$(BIN)/mutmut run --max-children $(or $(MUTATE_JOBS),$(shell nproc)) $$globs \
		> mutants.log 2>&1 || { tail -n 40 mutants.log; exit 1; }
	$(BIN)/python scripts/mutation_report.py --group $(MUTATE_GROUP)

# Passwords and their hashing, the budgets and their stores, the request policy.
mutate-policy:
	$(MAKE) mutate MUTATE_GROUP=policy

# The second factor: TOTP, recovery codes, setup.
mutate-factors:
	$(MAKE) mutate MUTATE_GROUP=factors

# The second factor at sign-in: challenges, codes, completion.
mutate-challenges:
	$(MAKE) mutate MUTATE_GROUP=challenges

# Passkeys.
mutate-passkeys:
	$(MAKE) mutate MUTATE_GROUP=passkeys

# The email lifecycle and the account itself.
mutate-accounts:
	$(MAKE) mutate MUTATE_GROUP=accounts

# Registration, which every test goes through.
mutate-registration:
	$(MAKE) mutate MUTATE_GROUP=registration

# The transport: client addresses, body limits, the request's caller, credentials, cookie rules.
mutate-transport:
	$(MAKE) mutate MUTATE_GROUP=transport

# Assurance and step-up: privileged operations, re-authentication, ceilings, breached passwords.
mutate-assurance:
	$(MAKE) mutate MUTATE_GROUP=assurance

# The ways in besides a password and a passkey: sign-in by email code, and with an external
# identity provider (its callback, sign-in, account creation, linking).
mutate-external:
	$(MAKE) mutate MUTATE_GROUP=external

# The external identity providers themselves: flows, the provider client, GitHub.
mutate-providers:
	$(MAKE) mutate MUTATE_GROUP=providers

# The admin API: staff, keys, the rules and actions on accounts, the audit log.
mutate-admin:
	$(MAKE) mutate MUTATE_GROUP=admin

# What other services trust: the gateway check, access tokens and their keys.
mutate-integration:
	$(MAKE) mutate MUTATE_GROUP=integration

# Which test files judge each mutated module, from one coverage run of the in-process suite
# (tests/mutation_map.json and [tool.mutmut]'s test selection): rerun when tests move.
mutation-map: install-dev
	$(BIN)/python scripts/mutation_map.py

# The account web app (clients/web): install the locked packages, generate the typed documents
# from schema.graphql, type-check, build, and replace the committed copy that the service serves
# at /account/, and its documents' manifests (service/graphql/documents/*-web.json: the
# production build sends documents by id). The build is reproducible; a test fails when the
# committed copy is stale.
WEB_SERVED := service/static/web
web:
	cd clients/web && npm ci --no-audit --no-fund && npm run build
	rm -rf $(WEB_SERVED)
	cp -r clients/web/dist $(WEB_SERVED)
	cp clients/web/src/gql/persisted-documents.json service/graphql/documents/users-web.json
	cp clients/web/src/admin/gql/persisted-documents.json service/graphql/documents/admin-web.json

graphiql-assets: install
	$(BIN)/python scripts/graphiql_assets.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache mutants mutants.log
