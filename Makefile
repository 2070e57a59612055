# One entry point for people and CI. `make run` and `make test` are the quick start.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
SKYTALLY := $(VENV)/bin/skytally
SHARED ?= ../shared
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-dev compile lint typecheck score bench clean

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

## The extractor's grammar modules compiled to C in place with mypyc (same code, ~15 % faster;
## see setup.py). Redone when a source changes; if it cannot be built, the Python sources run.
## SKYTALLY_PURE=1 runs the sources anyway.
COMPILED := build/.extract-compiled
COMPILE_TOOLS := 'setuptools>=77' 'mypy>=1.10' types-tqdm  # mypyc type-checks what the extractor imports
$(COMPILED): $(wildcard skytally/extract/*.py) setup.py | $(VENV)/.installed
	@mkdir -p build
	@echo "compiling the extractor with mypyc (about a minute)"
	@$(PIP) install -q $(COMPILE_TOOLS) \
	  && SKYTALLY_COMPILE=1 $(PY) setup.py -q build_ext --inplace -j 2 >build/compile.log 2>&1 \
	  && touch $@ \
	  || { echo "could not compile the extractor (build/compile.log); the Python sources will run"; \
	       rm -f skytally/extract/*$$($(PY) -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))'); }
compile: $(COMPILED)

## The main job: ingest the bundled sample (and REFERENCE=…/missile_attacks_daily.csv, with the
## missiles_and_uavs.csv beside it when present) into ./skytally.db and serve the dashboard.
REFERENCE ?=
run: install compile
	$(SKYTALLY) ingest --db skytally.db skytally/data/sample/reports.jsonl
	$(if $(REFERENCE),$(SKYTALLY) import-reference --db skytally.db "$(REFERENCE)")
	$(SKYTALLY) serve --db skytally.db --host $(HOST) --port $(PORT)

## Lint, type-check and run every test.
test: install-dev compile
	$(VENV)/bin/ruff check skytally tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/pytest $(PYTEST_ARGS)

## The development-set score (needs ../shared/eval).
score: install compile
	$(SKYTALLY) extract --format jsonl $(SHARED)/eval/dev/docs.jsonl > $(VENV)/dev-pred.jsonl
	$(PY) $(SHARED)/eval/score.py $(SHARED)/eval/dev/gold.jsonl $(VENV)/dev-pred.jsonl
	$(SKYTALLY) extract --format jsonl $(SHARED)/eval/dev-uk/docs.jsonl > $(VENV)/dev-uk-pred.jsonl
	$(PY) $(SHARED)/eval/score.py $(SHARED)/eval/dev-uk/gold.jsonl $(VENV)/dev-uk-pred.jsonl

## Every benchmark under bench/, each printing its table (BENCH=bench/extract.py for one).
BENCH ?= bench/*.py
bench: install-dev compile
	for b in $(BENCH); do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) build skytally/extract/*.so skytally/extract/compiled_sources.json .pytest_cache .mypy_cache .ruff_cache skytally.db*
