"""Self-check of the built set: ``python -m samples.holdout8.check``.

Reads each PDF's words with pdfplumber and verifies that every word of every truth text
cell is printed in that PDF (whole, or broken after its hyphen: Calc breaks
``Anak-anak`` there), every amount in one of this set's print styles, and that each
Rencana Aksi prints as many ``√`` as its truth has true quarter marks — i.e. the truth
says what the page shows. It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pdfplumber

from samples.holdout5.check import NOT_PRINTED, SKIPPED, _printed, report
from samples.values import dots

HERE = Path(__file__).parent
TICK = "√"


def money_styles(value: int) -> set[str]:
    """``1.250.000.000,-`` (Renja) and ``1.250.000.000`` after ``Rp`` (IKU)."""
    return {dots(value), f"{dots(value)},-"}


def printed_words(pdf: Path) -> list[str]:
    with pdfplumber.open(pdf) as document:
        return [w["text"] for page in document.pages for w in page.extract_words()]


def missing(stem: str) -> list[str]:
    """Truth words of ``stem`` not found in its PDF (empty when the truth matches)."""
    printed = printed_words(HERE / "pdf" / f"{stem}.pdf")
    words = set(printed)
    out, ticks = [], 0
    for table in sorted((HERE / "truth" / stem).glob("*.csv")):
        if table.name == "documents.csv":
            continue
        with table.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                for column, value in row.items():
                    if column.startswith("tw"):
                        ticks += value == "true"
                    elif column.endswith("_idr") and value:
                        if not money_styles(int(value)) & words:
                            out.append(f"{table.name}:{column}:{value}")
                    elif not (column in SKIPPED or column.endswith(NOT_PRINTED)):
                        out += [f"{table.name}:{column}:{w}" for w in value.split()
                                if not _printed(w, words)]
    if ticks and printed.count(TICK) != ticks:
        out.append(f"{printed.count(TICK)} ticks printed, {ticks} true marks in truth")
    return out


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
