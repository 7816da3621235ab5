"""Self-check of the built set: ``python -m samples.holdout45.check``.

holdout10's ``missing_in`` checks that every word of every truth text cell, every amount
(``1.288.054.000``), the title / agency / region words, the page count and one printed ``v``
per true quarter mark (none in the Renstra and Renja) are in the PDF. Its 300 KB size cap
is holdout10's own budget; a Chromium T-C.27 of 18 fully ruled columns draws every cell's
four edges and weighs about 300 KB, so this set applies the project's ceiling for a sample
PDF (1.5 MB) instead.

This set measures the common case of a table running over pages, so each page must also
print its document's repeated header word and its own "Halaman n" footer, and the plan
tables must really run over more than one page.

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pdfplumber

from samples.holdout5.check import report
from samples.holdout10.check import missing_in
from samples.holdout45 import rencana_aksi, renja, renstra

HERE = Path(__file__).parent
MODULES = {m.STEM: m for m in (rencana_aksi, renja, renstra)}
MAX_BYTES = 1_500_000
"""The largest PDF a sample may be."""


def _pages(stem: str) -> list[str]:
    """Pages of ``stem``'s PDF that lack the repeated header or their own page number."""
    with pdfplumber.open(HERE / "pdf" / f"{stem}.pdf") as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
    header = MODULES[stem].HEADER_WORD
    out = [] if len(texts) > 1 else ["one page: no table runs over a page break"]
    for n, text in enumerate(texts, start=1):
        if not re.search(rf"\bHalaman {n}\b", text):
            out.append(f"page {n}: no 'Halaman {n}'")
        if header not in text:
            out.append(f"page {n}: header word {header!r} not repeated")
    return out


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    size = (HERE / "pdf" / f"{stem}.pdf").stat().st_size
    found = [p for p in missing_in(HERE, stem, rencana_aksi.MARK) if p != f"{size} bytes"]
    return found + _pages(stem) + ([f"{size} bytes"] if size >= MAX_BYTES else [])


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
