# Two commands for a newcomer (see README):
#   make demo   set everything up and check the sample article offline
#   make test   set everything up and run the whole test suite (what CI runs)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test setup bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/factcheck run --offline --format text --no-exit fixtures/articles/ctv-belarus-kyrgyzstan-2025-ru.txt

test: $(STAMP)
	$(BIN)/ruff check --quiet factcheck sources tests scripts benchmarks
	$(BIN)/python -m pytest --block-network -q

bench: $(STAMP)
	for b in benchmarks/*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info
