"""Self-check of the built set: ``python -m samples.holdout40.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF (whole, or broken after a hyphen or slash), every amount as ``1.164.106.000`` or
``1.164.106.000,00`` (the Renja's ``Rp.`` is a word of its own), the title / agency /
region words, ``pages`` equal to the PDF's page count, no PDF over 300 KB. What this set
prints differently:

- the Rencana Aksi marks MONTHS, not quarters: holdout10's one-mark-per-true-quarter count
  is replaced by: as many ``x`` printed as month cells marked, every truth row's tw1–tw4
  the quarters of its printed months, and the twelve Roman month heads printed on every
  page (the header the browser repeats);
- every page of every document carries its table header (repeated by the renderer) and its
  page number, except a closing page holding only the signature (the Rencana Aksi's); the
  Rencana Aksi's running header (its first heading line) is on every page;
- a document without quarter marks must print no ``√`` (the IKU's Formulasi prints
  ``x 100%``, so ``x`` is counted only in the Rencana Aksi).

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import csv
import sys
from itertools import pairwise
from pathlib import Path

import pdfplumber

from samples.holdout5.check import report
from samples.holdout10.check import missing_in
from samples.holdout34.schedule import quarters
from samples.holdout40 import iku, rencana_aksi, renja

HERE = Path(__file__).parent
MARK_COUNT = "true marks in truth"
"""The end of holdout10's quarter-mark message, replaced here by the month rules."""
HEADER_WORD = {renja.STEM: "Catatan", rencana_aksi.STEM: "Bulan", iku.STEM: "Formulasi"}
"""A header word each page of the document must print (the repeated table header)."""
PAGE_LABEL = {renja.STEM: "Halaman", rencana_aksi.STEM: "Halaman", iku.STEM: "Hal."}
NO_MARK = "√"
"""The mark the documents without a schedule are checked not to print."""


def _pages(stem: str) -> list[list[str]]:
    """The words of each page."""
    with pdfplumber.open(HERE / "pdf" / f"{stem}.pdf") as document:
        return [[w["text"] for w in page.extract_words()] for page in document.pages]


def _every_page(stem: str, pages: list[list[str]]) -> list[str]:
    """Pages lacking the repeated header word or the page label with its number."""
    out = []
    for n, words in enumerate(pages, start=1):
        label = PAGE_LABEL[stem]
        if not any(a == label and b == str(n) for a, b in pairwise(words)):
            out.append(f"page {n}: no '{label} {n}'")
        if stem == rencana_aksi.STEM and rencana_aksi.HEADING[0] not in " ".join(words):
            out.append(f"page {n}: no running header")
        if n == len(pages) and "NIP." in words and HEADER_WORD[stem] not in words:
            continue  # the signature alone on the closing page
        if HEADER_WORD[stem] not in words:
            out.append(f"page {n}: no header word {HEADER_WORD[stem]!r}")
        if stem == rencana_aksi.STEM and not set(rencana_aksi.ROMAN) <= set(words):
            out.append(f"page {n}: month heads I … XII not all printed")
    return out


def _months(words: list[str]) -> list[str]:
    """The Rencana Aksi's month rules (see the module docstring)."""
    flags = rencana_aksi.month_flags(rencana_aksi.seed())
    marked = sum(map(sum, flags))
    out = []
    if words.count(rencana_aksi.MARK) != marked:
        out.append(f"{words.count(rencana_aksi.MARK)} marks printed, {marked} months marked")
    path = HERE / "truth" / rencana_aksi.STEM / "rencana_aksi.csv"
    with path.open(encoding="utf-8") as handle:
        for n, (row, months) in enumerate(zip(csv.DictReader(handle), flags, strict=True)):
            said = tuple(row[f"tw{q}"] == "true" for q in range(1, 5))
            if said != quarters(months):
                out.append(f"row {n + 1}: truth quarters {said}, printed months {months}")
    return out


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    pages = _pages(stem)
    if stem != rencana_aksi.STEM:
        return missing_in(HERE, stem, NO_MARK) + _every_page(stem, pages)
    problems = missing_in(HERE, stem, rencana_aksi.MARK) + _every_page(stem, pages)
    words = [w for page in pages for w in page]
    return [p for p in problems if not p.endswith(MARK_COUNT)] + _months(words)


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
