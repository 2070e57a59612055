# One entry point for people and CI. `make run` and `make test` are the quick start.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
SKYTALLY := $(VENV)/bin/skytally
SHARED ?= ../shared
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-dev lint typecheck score bench clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e '.[all]'
	touch $@

$(VENV)/.installed-dev: pyproject.toml
	python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e '.[dev]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## The main job: ingest the bundled sample (and REFERENCE=…/missile_attacks_daily.csv, with the
## missiles_and_uavs.csv beside it when present) into ./skytally.db and serve the dashboard.
REFERENCE ?=
run: install
	$(SKYTALLY) ingest --db skytally.db skytally/data/sample/reports.jsonl
	$(if $(REFERENCE),$(SKYTALLY) import-reference --db skytally.db "$(REFERENCE)")
	$(SKYTALLY) serve --db skytally.db --host $(HOST) --port $(PORT)

## Lint, type-check and run every test.
test: install-dev
	$(VENV)/bin/ruff check skytally tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/pytest $(PYTEST_ARGS)

## The development-set score (needs ../shared/eval).
score: install
	$(SKYTALLY) extract --format jsonl $(SHARED)/eval/dev/docs.jsonl > $(VENV)/dev-pred.jsonl
	$(PY) $(SHARED)/eval/score.py $(SHARED)/eval/dev/gold.jsonl $(VENV)/dev-pred.jsonl
	$(SKYTALLY) extract --format jsonl $(SHARED)/eval/dev-uk/docs.jsonl > $(VENV)/dev-uk-pred.jsonl
	$(PY) $(SHARED)/eval/score.py $(SHARED)/eval/dev-uk/gold.jsonl $(VENV)/dev-uk-pred.jsonl

## Every benchmark under bench/, each printing its table (BENCH=bench/extract.py for one).
BENCH ?= bench/*.py
bench: install-dev
	for b in $(BENCH); do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache skytally.db*
