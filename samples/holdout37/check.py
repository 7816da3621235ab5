"""Self-check of the built set: ``python -m samples.holdout37.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF (whole, or broken after a hyphen or slash), every amount as ``1.091.349.000``, the
title, agency and region words case-insensitively, ``pages`` equals the PDF's page count and
no PDF reaches 300 KB. What this set prints differently:

- the Rencana Aksi prints quarter SHARES (``25``, ``33,33``, ``100``) and ``-``, never a
  mark, so holdout10's mark count is replaced: the ruled grid is read back with
  pdfplumber's table finder and, for every aksi line in order over all pages, the quarter
  cells holding a share must be exactly its truth's true ``tw`` columns, and the shares of
  a line must add up to 100.

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pdfplumber

from samples.holdout5.check import report
from samples.holdout10.check import missing_in
from samples.holdout33.check import MARK_COUNT, NO_MARK
from samples.holdout37 import rencana_aksi
from samples.values import parse_number

HERE = Path(__file__).parent
CELLS = frozenset({rencana_aksi.NONE} | {s for shares in rencana_aksi.SHARES.values()
                                         for s in shares})
"""Every text a quarter cell can print; a row whose four quarter cells are not all of these
is a header or column-number row."""


def _printed_quarters(pdf: Path) -> list[tuple[str, ...]]:
    """The four quarter cells of each aksi line (the columns before Penanggung Jawab)."""
    with pdfplumber.open(pdf) as document:
        return [quarters for page in document.pages for table in page.extract_tables()
                for row in table if set(quarters := tuple(row[-5:-1])) <= CELLS]


def _quarter_problems(stem: str) -> list[str]:
    with (HERE / "truth" / stem / "rencana_aksi.csv").open(encoding="utf-8") as handle:
        truth = [tuple(r[f"tw{q}"] == "true" for q in range(1, 5))
                 for r in csv.DictReader(handle)]
    printed = _printed_quarters(HERE / "pdf" / f"{stem}.pdf")
    if len(printed) != len(truth):
        return [f"{len(printed)} aksi lines printed, {len(truth)} in truth"]
    out = []
    for n, (cells, marks) in enumerate(zip(printed, truth, strict=True), start=1):
        planned = tuple(c != rencana_aksi.NONE for c in cells)
        total = sum(parse_number(c) for c in cells if c != rencana_aksi.NONE)
        if planned != marks or (any(marks) and abs(total - 100) > 1e-6):
            out.append(f"aksi {n}: quarters printed {cells}, truth {marks}")
    return out


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    problems = missing_in(HERE, stem, NO_MARK)
    if stem == rencana_aksi.build()[0].name:
        return [p for p in problems if not p.endswith(MARK_COUNT)] + _quarter_problems(stem)
    return problems


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
