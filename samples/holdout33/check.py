"""Self-check of the built set: ``python -m samples.holdout33.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF (whole, or broken after a hyphen or slash), every amount as ``1.091.349.000`` (the
Renja's after "Rp"), the title, agency and region words case-insensitively, ``pages``
equals the PDF's page count and no PDF reaches 300 KB. What this set prints differently:

- the Rencana Aksi prints quarter TARGETS, not marks, so holdout10's mark count (which
  looks for one mark character) is replaced: the gridded table is read back with
  pdfplumber's table finder, and for every aksi line, in order over all pages, the quarter
  cells that hold a target must be exactly its truth's true ``tw`` columns;
- the IKU prints "(lanjutan)" once, on page 2 (the hand-made break inside one program).

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pdfplumber

from samples.holdout5.check import report
from samples.holdout10.check import missing_in
from samples.holdout33 import iku, rencana_aksi

HERE = Path(__file__).parent
NO_MARK = "✓"
"""No document here prints a mark character, so the mark count holdout10 checks is 0."""
MARK_COUNT = "true marks in truth"
"""The tail of holdout10's mark-count problem, which the Rencana Aksi replaces."""


def _printed_quarters(pdf: Path) -> list[tuple[bool, ...]]:
    """Which quarter cells of each aksi line print a target, read from the ruled grid (a
    merged header cell reads as ``None``; the header's own cells start with "TW")."""
    out = []
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            for table in page.extract_tables():
                for row in table:
                    quarters = row[-4:]
                    if None in quarters or any((c or "").startswith("TW") for c in quarters):
                        continue
                    out.append(tuple(bool(c and c.strip()) for c in quarters))
    return out


def _truth_quarters(stem: str) -> list[tuple[bool, ...]]:
    with (HERE / "truth" / stem / "rencana_aksi.csv").open(encoding="utf-8") as handle:
        return [tuple(r[f"tw{q}"] == "true" for q in range(1, 5))
                for r in csv.DictReader(handle)]


def _quarter_problems(stem: str) -> list[str]:
    printed, truth = _printed_quarters(HERE / "pdf" / f"{stem}.pdf"), _truth_quarters(stem)
    if len(printed) != len(truth):
        return [f"{len(printed)} aksi lines printed, {len(truth)} in truth"]
    return [f"aksi {n}: quarters printed {p}, truth {t}"
            for n, (p, t) in enumerate(zip(printed, truth, strict=True), start=1) if p != t]


def _continuation_problems(stem: str) -> list[str]:
    with pdfplumber.open(HERE / "pdf" / f"{stem}.pdf") as document:
        pages = [n for n, page in enumerate(document.pages, start=1)
                 for _ in range((page.extract_text() or "").count(iku.CONTINUED.strip()))]
    return [] if pages == [2] else [f"(lanjutan) printed on pages {pages}, expected [2]"]


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    problems = missing_in(HERE, stem, NO_MARK)
    if stem == rencana_aksi.build()[0].name:
        return [p for p in problems if not p.endswith(MARK_COUNT)] + _quarter_problems(stem)
    if stem == iku.build()[0].name:
        return problems + _continuation_problems(stem)
    return problems


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
