# One command to run the app, one to pass the tests; both set everything up on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501
# Loopback only unless asked: ADDRESS=0.0.0.0 make run listens on every interface.
ADDRESS ?= 127.0.0.1

.PHONY: run test setup setup-dev warehouse lint bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements-dev.txt requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.runtime $@

setup: $(VENV)/.runtime
setup-dev: $(VENV)/.dev

warehouse: setup
	$(BIN)/python -m etl build

run: warehouse
	$(BIN)/python -m ui.serve --server.address $(ADDRESS) --server.port $(PORT) --server.headless true

lint: setup-dev
	$(BIN)/ruff check .

test: setup-dev
	$(BIN)/python -m etl build
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

bench: setup-dev
	$(BIN)/python -m etl build
	$(BIN)/python bench/run_all.py

# The full load test (30 browser sessions x 10 journeys, one server and nginx + 2 replicas): longer than `make bench`
# may take on 2 cores, so it has a target of its own.
.PHONY: load
load: setup-dev
	$(BIN)/python -m etl build
	$(BIN)/python bench/load.py --sessions 30 --journeys 10 --time-limit 1800

clean:
	rm -rf $(VENV) data/warehouse.duckdb
