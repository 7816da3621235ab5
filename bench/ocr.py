"""OCR-path figures on the scanned samples (``python -m bench.ocr [--engine NAME]``).

Each scanned page is compared with its digital twin's page as the digital path reads it:
the share of the twin's non-empty cell texts that the OCR path returns exactly (after
whitespace is collapsed), overall and per field type, plus seconds per page for the whole
OCR path and for the bare engine reading the same rendered page (no grid, no
preparation) — the speed budget is 2× the bare engine.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import pdfplumber

from rencana.extract.digital import extract_page_tables
from rencana.extract.ocr.engines import get_engine
from rencana.extract.ocr.render import render_page
from rencana.extract.ocr.tables import ocr_page
from rencana.records import RawTable

ROOT = Path(__file__).resolve().parents[1]
DIGITAL = ROOT / "samples" / "pdf"
SCANNED = ROOT / "samples" / "scanned"

_MONEY = re.compile(r"^(Rp\.? ?)?\d{1,3}(\.\d{3})+(,\d+)?$")
_NUMBER = re.compile(r"^[\d.,]+ ?(%|[A-Za-z]+)?$")
_MARK = re.compile(r"^[vV√✓✔xX]$")


def field_type(text: str) -> str:
    """Rough field type of a truth cell, for per-type accuracy."""
    if _MONEY.match(text):
        return "money"
    if _MARK.match(text):
        return "mark"
    if _NUMBER.match(text):
        return "number"
    return "name"


def _norm(text: str) -> str:
    return " ".join(text.split())


def cell_texts(tables: Iterable[RawTable]) -> list[str]:
    """Non-empty anchor-cell texts of tables, whitespace collapsed."""
    return [_norm(c.text) for t in tables for c in t.cells if _norm(c.text)]


@dataclass
class Score:
    """Matched / total truth cells per field type, and timings."""

    hits: Counter = field(default_factory=Counter)
    totals: Counter = field(default_factory=Counter)
    seconds: list[float] = field(default_factory=list)
    bare_seconds: list[float] = field(default_factory=list)
    misses: list[tuple[str, str]] = field(default_factory=list)

    def add_page(self, truth: list[str], got: list[str]) -> None:
        pool = Counter(got)
        for text in truth:
            kind = field_type(text)
            self.totals[kind] += 1
            if pool[text] > 0:
                pool[text] -= 1
                self.hits[kind] += 1
            else:
                self.misses.append((kind, text))

    def rate(self, kind: str | None = None) -> float:
        hits = sum(self.hits.values()) if kind is None else self.hits[kind]
        total = sum(self.totals.values()) if kind is None else self.totals[kind]
        return hits / total if total else float("nan")


def bare_engine_seconds(engine, pdf: Path, page_number: int) -> float:
    """Time for the engine alone to read the rendered page (grayscale, as rendered)."""
    image, _ = render_page(pdf, page_number)
    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    start = time.perf_counter()
    engine.read_words(gray)
    return time.perf_counter() - start


def score_dpi(dpi: int, engine, limit: int | None) -> Score:
    """Score every scanned sample at ``dpi`` against its digital twin."""
    score = Score()
    for scanned in sorted((SCANNED / str(dpi)).glob("*.pdf")):
        with pdfplumber.open(DIGITAL / scanned.name) as twin:
            truths = [cell_texts(extract_page_tables(p, i).tables)
                      for i, p in enumerate(twin.pages, 1)]
        for number, truth in enumerate(truths[:limit], 1):
            start = time.perf_counter()
            tables = ocr_page(scanned, number, engine).tables
            score.seconds.append(time.perf_counter() - start)
            score.bare_seconds.append(bare_engine_seconds(engine, scanned, number))
            score.add_page(truth, cell_texts(tables))
    return score


def main(argv: list[str] | None = None) -> None:
    """Print cell-text accuracy and seconds/page per dpi."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", default="tesseract")
    parser.add_argument("--dpi", type=int, nargs="*", default=[300, 200])
    parser.add_argument("--pages", type=int, default=None, help="first N pages per sample")
    parser.add_argument("--misses", type=int, default=0, help="print N missed cells")
    args = parser.parse_args(argv)
    engine = get_engine(args.engine)
    print(f"OCR path, engine {engine.name}: cell-text accuracy vs the digital twin")
    for dpi in args.dpi:
        s = score_dpi(dpi, engine, args.pages)
        kinds = " ".join(f"{k} {s.rate(k):.3f}/{s.totals[k]}" for k in sorted(s.totals))
        pages = len(s.seconds)
        print(
            f"  {dpi} dpi: cells {s.rate():.3f} ({kinds}); {pages} pages, "
            f"{sum(s.seconds) / pages:.2f} s/page, bare engine {sum(s.bare_seconds) / pages:.2f}"
        )
        for kind, text in s.misses[: args.misses]:
            print(f"    missed {kind}: {text!r}")


if __name__ == "__main__":
    main()
