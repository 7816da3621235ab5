"""Self-check of the built set: ``python -m samples.holdout44.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF (whole, or broken after a hyphen or slash), every amount as ``1.101.743.000``, the
title / agency / region words, ``pages`` equal to the PDF's page count, no schedule mark
(none of these forms has one). Its 300 KB size rule is replaced by the brief's 1.5 MB:
the nine-page T-C.29 printed by Chromium weighs about 0.5 MB.

All three tables run over a page break with their header repeated, which is the case this
set measures, so every page must also print the header word of its document's table and
its own "Halaman n" footer (a signature pushed alone onto a last page fails).

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pdfplumber

from samples.holdout5.check import report
from samples.holdout10.check import missing_in
from samples.holdout44 import evaluasi, iku, renstra

HERE = Path(__file__).parent
MODULES = {m.STEM: m for m in (evaluasi, iku, renstra)}
MAX_BYTES = 1_500_000
"""The brief's ceiling on a PDF's size."""


def _pages(stem: str) -> list[str]:
    """Pages that lack the table's repeated header word or their own page number."""
    word = MODULES[stem].HEADER_WORD
    with pdfplumber.open(HERE / "pdf" / f"{stem}.pdf") as document:
        # Chromium centres each header cell vertically, so the lines of neighbouring cells
        # sit 3.75 pt apart; pdfplumber's default 3 pt tolerance would interleave them.
        texts = [page.extract_text(y_tolerance=1) or "" for page in document.pages]
    return [f"page {n}: no {word!r} or 'Halaman {n}'"
            for n, text in enumerate(texts, start=1)
            if word not in text or f"Halaman {n}" not in text]


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches);
    holdout10's own size limit is replaced by ``MAX_BYTES``."""
    size = (HERE / "pdf" / f"{stem}.pdf").stat().st_size
    found = [p for p in missing_in(HERE, stem, "√") if p != f"{size} bytes"]
    return found + _pages(stem) + ([f"{size} bytes"] if size >= MAX_BYTES else [])


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
