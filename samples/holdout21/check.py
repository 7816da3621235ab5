"""Self-check of the built set: ``python -m samples.holdout21.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF, every amount (planned and realised) is printed as ``1.283.419.000``, the title,
agency and region words case-insensitively, ``pages`` equals the PDF's page count, every
true quarter mark is one printed ``√`` and no PDF reaches 300 KB. Rule added for this set:
every realisation the truth records is printed on the same text line as its item's
planned amount, so a realisation cannot have slipped to another row.

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pdfplumber

from samples.holdout5.check import report
from samples.holdout8.check import TICK
from samples.holdout10.check import missing_in
from samples.values import dots

HERE = Path(__file__).parent


def _lines(pdf: Path) -> list[str]:
    with pdfplumber.open(pdf) as doc:
        return [line for page in doc.pages for line in (page.extract_text() or "").split("\n")]


def _paired(stem: str) -> list[str]:
    """Realised amounts not printed on a line with their planned amount."""
    path = HERE / "truth" / stem / "plan_items.csv"
    if not path.exists():
        return []
    lines = _lines(HERE / "pdf" / f"{stem}.pdf")
    with path.open(encoding="utf-8") as handle:
        pairs = [(dots(int(r["budget_idr"])), dots(int(r["realized_budget_idr"])))
                 for r in csv.DictReader(handle) if r["realized_budget_idr"]]
    return [f"pair:{plan}/{done}" for plan, done in pairs
            if not any(f" {plan} " in f" {line} " and f" {done} " in f" {line} "
                       for line in lines)]


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    return missing_in(HERE, stem, TICK) + _paired(stem)


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
