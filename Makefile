# The few commands a person types. Each bootstraps uv and the locked environment itself.
SHELL := /bin/bash
# uv on PATH if there is one, else the copy `pip install uv` puts beside python3.
UV := $(shell command -v uv 2>/dev/null)
ifeq ($(UV),)
UV := python3 -m uv
endif

.PHONY: bootstrap setup demo test lint format bench chaos diagrams clean

bootstrap:
	@$(UV) --version >/dev/null 2>&1 || python3 -m pip install --quiet --disable-pip-version-check uv

setup: bootstrap
	@$(UV) sync --frozen --quiet

demo: setup
	@$(UV) run --frozen orbiter demo

# Two pytest processes side by side: the distributed package's tests in one, the other folders
# of pyproject.toml's testpaths in the other. The tests mostly wait on servers and subprocesses,
# so on two cores this takes about half the time of one process (`uv run --frozen pytest`
# still runs everything in one). The distributed half's output is printed when both are done.
test: setup
	@log=$$(mktemp); \
	$(UV) run --frozen pytest packages/orbiter-distributed/tests >"$$log" 2>&1 & half=$$!; \
	echo "packages/orbiter-distributed/tests runs alongside; its output follows this half's"; \
	$(UV) run --frozen pytest --ignore-glob='packages/orbiter-distributed/tests/*'; rest=$$?; \
	wait $$half; distributed=$$?; \
	echo "== packages/orbiter-distributed/tests"; cat "$$log"; rm -f "$$log"; \
	echo "exit codes: other folders $$rest, distributed $$distributed"; \
	exit $$(( rest || distributed ))

lint: setup
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .
	$(UV) run --frozen mypy packages/orbiter-core/src packages/orbiter-providers/src packages/orbiter-distributed/src packages/orbiter-cli/src

format: setup
	$(UV) run --frozen ruff format .
	$(UV) run --frozen ruff check --fix .

bench: setup
	$(UV) run --frozen python benchmarks/run_all.py

chaos: setup
	$(UV) run --frozen pytest -m slow tests/test_chaos.py -s

# The architecture pictures in docs/img, from docs/diagrams/*.dot (needs Graphviz: apt-get install graphviz).
diagrams:
	for f in docs/diagrams/*.dot; do dot -Tpng -Gdpi=110 "$$f" -o "docs/img/architecture-$$(basename "$$f" .dot).png"; done

clean:
	rm -rf .venv dist build .pytest_cache .mypy_cache .ruff_cache
