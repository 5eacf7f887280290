# Two commands on a fresh machine with Python 3.11+ and pip:
#   make run   install everything, migrate, load the demo organization, serve
#              http://demo.localhost:8000 with a django-q2 worker (Ctrl-C or SIGTERM stops
#              the server, the worker and the embedded PostgreSQL)
#   make test  install everything and run the whole test suite with its checks
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

# Dependencies: requirements.txt and requirements-dev.txt are the hand-edited inputs (lower bounds);
# requirements.lock and requirements-dev.lock are generated from them by `make lock` (exact versions
# and hashes) and are what gets installed. See README "Dependencies".
LOCK := CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
	--no-emit-find-links $(LOCK_ARGS)

.PHONY: run test lint install bench lock

run: $(VENV)/.installed
	$(BIN)/python manage.py migrate_schemas
	$(BIN)/python manage.py demo
	$(BIN)/python manage.py dev

test: $(VENV)/.installed lint
	$(BIN)/pytest -n 2 --dist loadfile

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/python manage.py makemigrations --check --dry-run

install: $(VENV)/.installed

$(VENV)/.installed: requirements-dev.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.lock
	touch $@

# Re-resolve after editing requirements*.txt. The dev lock is resolved first and the runtime lock is
# constrained by it, so both name the same version of every package they share.
# Upgrade one package: make lock LOCK_ARGS="--upgrade-package django"; everything: LOCK_ARGS=--upgrade
lock: $(VENV)/.installed
	$(LOCK) --output-file requirements-dev.lock requirements-dev.txt
	$(LOCK) --constraint requirements-dev.lock --output-file requirements.lock requirements.txt

bench: $(VENV)/.installed
	$(BIN)/python -m benchmarks
