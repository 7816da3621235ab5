# rencana — every target installs what it needs on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    ?= output
SAMPLES := samples/pdf samples/scanned/300

.PHONY: help extract test bench samples holdouts lint system-deps clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

system-deps:  ## Debian packages (tesseract-ocr, tesseract-ocr-ind, poppler-utils) via apt-get when root
	@bash scripts/system_deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $(STAMP)

extract: system-deps $(STAMP)  ## extract the bundled samples (digital and 300 dpi scans) into output/
	$(BIN)/rencana extract $(SAMPLES) --out $(OUT)

test: system-deps $(STAMP)  ## lint and run the test suite
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

bench: system-deps $(STAMP)  ## accuracy and speed figures on the samples
	$(BIN)/python -m bench

samples: system-deps $(STAMP)  ## rebuild the sample PDFs, their ground truth and their scans
	$(BIN)/python -m samples.build
	$(BIN)/python -m samples.scan

holdouts: system-deps $(STAMP)  ## rebuild the holdout sets and their scans (needs chromium and libreoffice)
	@bash scripts/system_deps.sh chromium libreoffice-writer libreoffice-calc
	$(BIN)/python -m samples.build --holdout
	for build in $$(ls samples/holdout*/build.py | sort -V) $$(ls samples/scanned_holdout*/build.py | sort -V); do \
		$(BIN)/python -m $$(dirname $$build | tr / .).build || exit 1; done

lint: $(STAMP)  ## ruff
	$(BIN)/ruff check .

clean:  ## remove the virtualenv and outputs
	rm -rf $(VENV) $(OUT)
