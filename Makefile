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
	$(BIN)/python -m samples.holdout2.build
	$(BIN)/python -m samples.holdout3.build
	$(BIN)/python -m samples.holdout4.build
	$(BIN)/python -m samples.holdout5.build
	$(BIN)/python -m samples.holdout6.build
	$(BIN)/python -m samples.holdout7.build
	$(BIN)/python -m samples.holdout8.build
	$(BIN)/python -m samples.holdout9.build
	$(BIN)/python -m samples.holdout10.build
	$(BIN)/python -m samples.holdout11.build
	$(BIN)/python -m samples.holdout12.build
	$(BIN)/python -m samples.holdout13.build
	$(BIN)/python -m samples.holdout14.build
	$(BIN)/python -m samples.holdout15.build
	$(BIN)/python -m samples.holdout16.build
	$(BIN)/python -m samples.holdout17.build
	$(BIN)/python -m samples.holdout18.build
	$(BIN)/python -m samples.holdout19.build
	$(BIN)/python -m samples.holdout20.build
	$(BIN)/python -m samples.holdout21.build
	$(BIN)/python -m samples.holdout22.build
	$(BIN)/python -m samples.holdout23.build
	$(BIN)/python -m samples.holdout24.build
	$(BIN)/python -m samples.holdout25.build
	$(BIN)/python -m samples.holdout26.build
	$(BIN)/python -m samples.holdout27.build
	$(BIN)/python -m samples.holdout28.build
	$(BIN)/python -m samples.holdout29.build
	$(BIN)/python -m samples.holdout30.build
	$(BIN)/python -m samples.holdout31.build
	$(BIN)/python -m samples.holdout32.build
	$(BIN)/python -m samples.holdout33.build
	$(BIN)/python -m samples.scanned_holdout.build
	$(BIN)/python -m samples.scanned_holdout2.build

lint: $(STAMP)  ## ruff
	$(BIN)/ruff check .

clean:  ## remove the virtualenv and outputs
	rm -rf $(VENV) $(OUT)
