# kgbuilder: `make demo` builds the seed graph, `make test` runs the whole suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint browser bench-carb bench-throughput bench-newskg bench-gap clean

CARB := ../shared/benchmarks/carb
REPEAT ?= 1  # make bench-throughput REPEAT=3: the one-process pair three times

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -q -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/kgbuilder build seeds/ --aliases seeds/aliases.csv --out out/

# Debian's chromium for the real-browser tests; nothing downloads a browser of its own.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1; then \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    ($$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null) \
	      || echo "note: could not install Debian chromium; browser tests will be skipped"; \
	  else echo "note: no apt-get; browser tests will be skipped unless chromium is on PATH"; fi; }

lint: $(VENV)/.installed-test
	$(BIN)/ruff check kgbuilder graph extractors exports tests bench docs

test: $(VENV)/.installed-test browser lint
	$(BIN)/pytest -q

# Open IE quality on the CaRB dev split (read in place, never copied), with baselines.
bench-carb: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python bench/carb.py $(CARB)/dev.txt --out out/carb/kgbuilder.tsv \
	  --gold $(CARB)/gold/dev.tsv --baselines

# The news knowledge-graph gold (dev split, read in place): entities, facts, relation types.
NEWSKG := ../shared/benchmarks/newskg
bench-newskg: $(VENV)/.installed
	$(BIN)/kgbuilder build $(NEWSKG)/articles.jsonl --out out/newskg --quiet
	$(BIN)/python $(NEWSKG)/score.py out/newskg $(NEWSKG)/gold

# Pronoun resolution on GAP (dev split, official scorer).
GAP := ../shared/benchmarks/gap
bench-gap: $(VENV)/.installed
	$(BIN)/python bench/gap.py $(GAP)/gap-development.tsv --out out/gap/dev.tsv
	$(BIN)/python $(GAP)/score.py --gold_tsv $(GAP)/gap-development.tsv --system_tsv out/gap/dev.tsv

# Speed against bare spaCy on the BBC corpus (read in place, never copied).
bench-throughput: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[bench,dask]'
	$(BIN)/python bench/throughput.py ../shared/corpora/bbc_news/articles.jsonl --repeat $(REPEAT)

clean:
	rm -rf out build *.egg-info .pytest_cache
