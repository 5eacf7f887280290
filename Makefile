# Two commands on a fresh machine with Python 3.11+ and pip:
#   make run   install everything, migrate, load the demo organization, serve
#              http://demo.localhost:8000 with a django-q2 worker (Ctrl-C or SIGTERM stops
#              the server, the worker and the embedded PostgreSQL)
#   make test  install everything and run the whole test suite with its checks
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint install bench

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
	$(BIN)/python manage.py makemigrations --check --dry-run

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

bench: $(VENV)/.installed
	$(BIN)/python -m benchmarks
