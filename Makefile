# Two entry points (see README): `make demo` and `make test`. Both set up .venv themselves.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
NEO4J_HOME ?= .neo4j
export KG_NEO4J_PASSWORD ?= kg-local-password

.PHONY: demo test lint system-deps neo4j-start neo4j-stop clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e ".[dev,hanlp,dask]"
	touch $@ $(VENV)/.installed

## demo: build the graph of the bundled example page and print where the report and view are
demo: $(VENV)/.installed
	$(BIN)/kg build examples --out out --db out/kg.sqlite

## system-deps: Debian's chromium for the browser tests (Java 17 and Maven must be present for Neo4j)
system-deps:
	@command -v chromium >/dev/null && fc-list :lang=zh | grep -q . || \
	  { apt-get update -q && apt-get install -y -q chromium fonts-wqy-zenhei; }
	@command -v java >/dev/null && command -v mvn >/dev/null || { echo "Java 17 and Maven are needed for Neo4j"; exit 1; }

neo4j-start: $(VENV)/.installed-dev
	$(BIN)/kg neo4j start --home $(NEO4J_HOME)

neo4j-stop:
	-$(BIN)/kg neo4j stop --home $(NEO4J_HOME)

## test: install everything, start a local Neo4j, run the whole suite, stop Neo4j
test: system-deps $(VENV)/.installed-dev
	$(BIN)/kg neo4j start --home $(NEO4J_HOME)
	KG_TEST_NEO4J_URI=bolt://127.0.0.1:7687 KG_TEST_NEO4J_HTTP_URI=http://127.0.0.1:7474 \
	  KG_TEST_NEO4J_PASSWORD=$$KG_NEO4J_PASSWORD \
	  $(BIN)/python -m pytest -q -n 2 --dist loadgroup --durations=20; status=$$?; \
	  $(BIN)/kg neo4j stop --home $(NEO4J_HOME); exit $$status

## lint: ruff (rules and formatting) over kg, tests and benchmarks, and mypy over kg ([tool.mypy] in pyproject.toml)
lint: $(VENV)/.installed-dev
	$(BIN)/python -m ruff check kg tests benchmarks
	$(BIN)/python -m ruff format --check kg tests benchmarks
	$(BIN)/python -m mypy

clean:
	rm -rf out artifacts .pytest_cache
