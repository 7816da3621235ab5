"""Self-check of the built set: ``python -m samples.holdout43.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF (whole, or broken after a hyphen or slash), every amount as ``1.101.743.000``, the
title / agency / region words, ``pages`` equal to the PDF's page count, as many ``√`` as
true quarter marks in the truth (none in the Renstra and Renja), no PDF over 300 KB.

This set's claim is the common case of a table broken across pages with its header
repeated, so it also checks that **every page** prints the document's repeated header word
and its "Halaman n" footer (so a signature pushed alone onto a last page fails the check).

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import sys
from itertools import pairwise
from pathlib import Path

import pdfplumber

from samples.holdout5.check import report
from samples.holdout10.check import missing_in
from samples.holdout43 import rencana_aksi, renja, renstra

HERE = Path(__file__).parent
HEADER_WORD = {m.STEM: m.HEADER_WORD for m in (rencana_aksi, renja, renstra)}
"""Stem → a word of the header its renderer repeats on every page."""


def _every_page(stem: str) -> list[str]:
    """Pages lacking the repeated header word or "Halaman n"."""
    out = []
    with pdfplumber.open(HERE / "pdf" / f"{stem}.pdf") as document:
        pages = [[w["text"] for w in page.extract_words()] for page in document.pages]
    for n, words in enumerate(pages, start=1):
        if ("Halaman", str(n)) not in set(pairwise(words)):
            out.append(f"page {n}: no 'Halaman {n}'")
        if HEADER_WORD[stem] not in words:
            out.append(f"page {n}: no header word {HEADER_WORD[stem]!r}")
    return out


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    return missing_in(HERE, stem, rencana_aksi.MARK) + _every_page(stem)


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
