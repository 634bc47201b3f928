# Two entry points (see README): `make run` and `make test`.
# Both create .venv on first use with the machine's Python 3.11 and install the toolkit into it.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
# One pytest worker per core (pytest-xdist; measured in the README). Tests sharing an expensive
# session fixture carry an xdist_group mark and run in one worker.
PYTEST_ARGS ?= -n auto --dist loadgroup
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test test-deep check interop clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamp files: reinstall only when the package metadata changes.
$(VENV)/.installed: pyproject.toml generated/pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e . -e ./generated
	touch $@

$(VENV)/.installed-test: pyproject.toml generated/pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]' -e ./generated
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/adsapi check
	$(BIN)/adsapi generate
	$(BIN)/adsapi demo

test: $(VENV)/.installed-test
	$(BIN)/adsapi generate --check
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The same suite with the `deep` hypothesis profile: many more examples, for long runs.
test-deep: $(VENV)/.installed-test
	$(BIN)/adsapi generate --check
	HYPOTHESIS_PROFILE=deep $(BIN)/python -m pytest $(PYTEST_ARGS)

check: $(VENV)/.installed
	$(BIN)/adsapi check

# The bundled spec in OpenAPI Generator (Java), Prism and Redocly CLI (Node): installed on first
# use (OpenAPI Generator from PyPI into the user cache, the npm ones into build/interop).
interop: $(VENV)/.installed
	$(BIN)/python -m interop.run

clean:
	rm -rf $(VENV)
