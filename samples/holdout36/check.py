"""Self-check of the built set: ``python -m samples.holdout36.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF (whole, or broken after a hyphen or slash), every amount as ``1.091.349.000``, the
title, agency and region words, ``pages`` equals the PDF's page count, no PDF reaches
300 KB. Two rules change for this set:

- the Renstra types some amounts without separators (``Rp 1250000000``): an amount also
  counts when its bare digits are printed;
- the Rencana Aksi prints no marks but month names: instead of holdout10's mark count,
  every word of every "Waktu Pelaksanaan" cell must be printed and every truth row's
  tw1–tw4 must be what its cell says (``schedule.quarters``).

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from samples import curated
from samples.holdout5.check import report
from samples.holdout8.check import printed_words
from samples.holdout10.check import missing_in
from samples.holdout36 import rencana_aksi
from samples.holdout36.schedule import quarters

HERE = Path(__file__).parent
NO_MARK = "√"
"""No document prints a mark; holdout10's count is replaced by ``_schedule``."""
MARK_COUNT = "true marks in truth"


def _bare(problem: str, words: set[str]) -> bool:
    """An amount problem whose value is printed as bare digits (``1250000000``)."""
    _, column, value = problem.split(":", 2)
    return column.endswith("_idr") and value in words


def _schedule(stem: str, words: set[str]) -> list[str]:
    """The Waktu Pelaksanaan rules of the Rencana Aksi."""
    cells = rencana_aksi.schedule_cells(curated.load("ra2025_bidang2"))
    with (HERE / "truth" / stem / "rencana_aksi.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    out = [f"waktu word not printed: {w}" for cell in cells
           for w in cell.replace(",", " ").split() if w not in words]
    for n, (row, cell) in enumerate(zip(rows, cells, strict=True), start=1):
        truth = tuple(row[f"tw{q}"] == "true" for q in range(1, 5))
        if truth != quarters(cell):
            out.append(f"row {n}: truth quarters {truth} but cell {cell!r}")
    return out


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    words = set(printed_words(HERE / "pdf" / f"{stem}.pdf"))
    problems = [p for p in missing_in(HERE, stem, NO_MARK)
                if not (p.count(":") >= 2 and _bare(p, words))]
    if stem == rencana_aksi.STEM:
        return [p for p in problems if not p.endswith(MARK_COUNT)] + _schedule(stem, words)
    return problems


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
