"""Self-check of the built set: ``python -m samples.holdout5.check``.

Reads each PDF's words with pdfplumber and verifies that every word of every truth text
cell is printed in that PDF — i.e. the truth says what the page shows. It does not run the
extractor (this set must stay blind to it)."""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable
from pathlib import Path

import pdfplumber

HERE = Path(__file__).parent
SKIPPED = frozenset({"table_seq", "level", "code", "year", "pages", "doc_type", "agency", "region",
                     "unit", "year_start", "year_end", "title"})
"""Derived (level, canonical code, year from the header) or title-cased columns, not
printed as is."""
NOT_PRINTED = ("_value", "_idr", "_unit", "_row_no")


def printed_words(pdf: Path) -> set[str]:
    with pdfplumber.open(pdf) as document:
        return {w["text"] for page in document.pages for w in page.extract_words()}


def _printed(word: str, words: set[str]) -> bool:
    """A word is printed whole, or broken after its hyphen at a line end (``Anak-`` /
    ``anak``: Chromium breaks there)."""
    head, _, tail = word.partition("-")
    return word in words or (bool(tail) and f"{head}-" in words and tail in words)


def missing(stem: str) -> list[str]:
    """Truth words of ``stem`` not found in its PDF (empty when the truth matches)."""
    words = printed_words(HERE / "pdf" / f"{stem}.pdf")
    out = []
    for table in sorted((HERE / "truth" / stem).glob("*.csv")):
        if table.name == "documents.csv":
            continue
        with table.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                for column, value in row.items():
                    if (column in SKIPPED or column.endswith(NOT_PRINTED)
                            or column.startswith("tw")):
                        continue
                    out += [f"{table.name}:{column}:{w}" for w in value.split()
                            if not _printed(w, words)]
    return out


def report(truth: Path, missing_words: Callable[[str], list[str]]) -> int:
    """Print each document's result (shared by the later sets' checks); exit status."""
    failures = 0
    for folder in sorted(truth.iterdir()):
        gone = missing_words(folder.name)
        failures += len(gone)
        print(f"{folder.name}: {'ok' if not gone else gone[:5]}")
    return 1 if failures else 0


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
