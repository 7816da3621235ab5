"""Self-check of the built set: ``python -m samples.holdout27.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF, every amount as ``783.242.000``, the title, agency and region words, ``pages`` equals
the PDF's page count, no PDF reaches 300 KB. The quarter marks of this set are the digit
``1``, which also prints as a row number, a volume and a page number, so they are counted
only inside the quarter columns: a ``1`` lying under the span of the "Jan-Mar" …
"Okt-Des" headers of its page. Their number must equal the truth's true marks.

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pdfplumber

from samples.holdout5.check import report
from samples.holdout10.check import missing_in
from samples.holdout27.rencana_aksi import MARK, QUARTERS

HERE = Path(__file__).parent
GENERIC_MARKS = " true marks in truth"
"""Ending of ``missing_in``'s whole-page mark count, replaced here by the column count."""


def _true_marks(stem: str) -> int:
    table = HERE / "truth" / stem / "rencana_aksi.csv"
    if not table.exists():
        return 0
    with table.open(encoding="utf-8") as handle:
        return sum(row[f"tw{q}"] == "true" for row in csv.DictReader(handle) for q in range(1, 5))


def _printed_marks(pdf: Path) -> int:
    """Marks printed inside the quarter columns (between the first and last quarter header)."""
    count = 0
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            words = page.extract_words()
            heads = [w for w in words if w["text"] in QUARTERS]
            if len(heads) != len(QUARTERS):
                continue
            left = min(w["x0"] for w in heads) - 2
            right = max(w["x1"] for w in heads) + 2
            below = max(w["bottom"] for w in heads)
            count += sum(w["text"] == MARK and left <= w["x0"] and w["x1"] <= right
                         and w["top"] > below for w in words)
    return count


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    out = [m for m in missing_in(HERE, stem, MARK) if not m.endswith(GENERIC_MARKS)]
    printed, true = _printed_marks(HERE / "pdf" / f"{stem}.pdf"), _true_marks(stem)
    return out + ([] if printed == true else [f"{printed} marks printed, {true} true marks"])


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
