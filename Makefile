# The two commands: `make demo` and `make test`. Both set up .venv on a fresh machine.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
# Python 3.11+; 3.12 preferred (it can also run the larger en_core_web_md pipeline).
PYTHON ?= $(shell for p in python3.12 $$(ls -d $$HOME/.pyenv/versions/3.12*/bin/python3.12 2>/dev/null) python3.13 python3.11 python3; do \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 && { command -v $$p; break; }; done)
DB ?= newsgraph.duckdb
SEEDS := $(wildcard ../shared/seeds)

.PHONY: demo test install lint bench eval clean

$(BIN)/newsgraph: pyproject.toml
	@test -n "$(PYTHON)" || { echo "newsgraph needs Python 3.11 or newer"; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e ".[dev]"
	@touch $@

install: $(BIN)/newsgraph

demo: install
	$(BIN)/newsgraph --db $(DB) ingest $(wildcard examples) $(SEEDS)
	$(BIN)/newsgraph --db $(DB) stats

test: install
	$(BIN)/ruff check newsgraph tests bench
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

EVAL_TASKS := documents mentions actors places dates events quotes
BENCH_ARGS ?= --docs 100 --scales 1,2,4

# Full evaluation: every task on dev and test (a missing stage prints one line and goes on).
eval: install
	@mkdir -p eval/results
	@for split in dev test; do for task in $(EVAL_TASKS); do \
		$(BIN)/python -m newsgraph.eval.cli $$task --split $$split \
			| tee eval/results/$$task-$$split.txt || true; \
	done; done

# Speed and memory: bare spaCy vs each stage vs the whole pipeline, at 1, 2 and 4 times.
bench: install
	$(BIN)/python -m bench.run $(BENCH_ARGS)

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache
