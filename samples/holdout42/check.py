"""Self-check of the built set: ``python -m samples.holdout42.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF (whole, or broken after a hyphen or slash), every amount, the title, agency and region
words case-insensitively, ``pages`` equals the PDF's page count, no PDF reaches 300 KB.
What this set prints differently:

- the Renja prints its amounts **in thousands** (``1.112.137`` for 1112137000): such an
  amount counts as printed when its thousands are;
- no document prints a schedule character: the Rencana Aksi fills month cells instead.
  Its quarter count is replaced by a **fill count**: the PDF holds as many rectangles of
  ``web.SHADE_FILL`` as the truth's true quarters give filled months by
  ``rencana_aksi.months`` (three for a ``bulan`` aksi, else one), and no other document
  holds any.

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pdfplumber

from samples.holdout5.check import report
from samples.holdout8.check import printed_words
from samples.holdout10.check import missing_in
from samples.holdout42.rencana_aksi import months
from samples.holdout42.web import SHADE_FILL
from samples.values import ribu

HERE = Path(__file__).parent
NO_MARK = "√"
"""A tick no document of this set prints (so ``missing_in`` expects none)."""
COUNTED = " true marks in truth"
"""The tail of ``missing_in``'s quarter-count problem, replaced by the fill count."""
FILL = tuple(int(SHADE_FILL[i:i + 2], 16) / 255 for i in (1, 3, 5))


def _is_fill(colour: object) -> bool:
    """An RGB colour within rounding of ``FILL`` (greys come as one float, no colour)."""
    return (isinstance(colour, tuple | list) and len(colour) == len(FILL)
            and all(abs(a - b) < 0.01 for a, b in zip(colour, FILL, strict=True)))


def _filled(pdf: Path) -> int:
    """Rectangles painted in the schedule's fill colour."""
    with pdfplumber.open(pdf) as document:
        return sum(_is_fill(rect.get("non_stroking_color"))
                   for page in document.pages for rect in page.rects)


def _expected_fills(stem: str) -> int:
    """Filled months the truth's quarters call for (0 for a document without aksi)."""
    table = HERE / "truth" / stem / "rencana_aksi.csv"
    if not table.exists():
        return 0
    with table.open(encoding="utf-8") as handle:
        return sum(sum(months([row[f"tw{q}"] == "true" for q in range(1, 5)],
                              row["volume_unit"]))
                   for row in csv.DictReader(handle))


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    pdf = HERE / "pdf" / f"{stem}.pdf"
    words = set(printed_words(pdf))
    out = []
    for problem in missing_in(HERE, stem, NO_MARK):
        column, _, value = problem.partition(":")[2].partition(":")
        if problem.endswith(COUNTED):
            continue
        if column.endswith("_idr") and ribu(int(value)) in words:
            continue
        out.append(problem)
    fills, expected = _filled(pdf), _expected_fills(stem)
    if fills != expected:
        out.append(f"{fills} filled month cells, {expected} from the truth's quarters")
    return out


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
