"""Self-check of the built set: ``python -m samples.holdout7.check``.

Reads each PDF's words with pdfplumber and verifies that every word of every truth text
cell is printed in that PDF, and every amount in one of this set's print styles — i.e. the
truth says what the page shows. Quarter marks are filled cells in the Calc document (no
character), so they are not word-checked. It does not run the extractor (this set must
stay blind to it)."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from samples.holdout5.check import NOT_PRINTED, SKIPPED, printed_words, report
from samples.values import dots, dots_cents

HERE = Path(__file__).parent


def money_styles(value: int) -> set[str]:
    """``1.250.000.000`` (Renja) and ``1.250.000.000,00`` after ``Rp.`` (IKU)."""
    return {dots(value), dots_cents(value)}


def missing(stem: str) -> list[str]:
    """Truth words of ``stem`` not found in its PDF (empty when the truth matches)."""
    words = printed_words(HERE / "pdf" / f"{stem}.pdf")
    out = []
    for table in sorted((HERE / "truth" / stem).glob("*.csv")):
        if table.name == "documents.csv":
            continue
        with table.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                for column, value in row.items():
                    if column.endswith("_idr") and value:
                        if not money_styles(int(value)) & words:
                            out.append(f"{table.name}:{column}:{value}")
                    elif not (column in SKIPPED or column.endswith(NOT_PRINTED)
                              or column.startswith("tw")):
                        out += [f"{table.name}:{column}:{w}" for w in value.split()
                                if w not in words]
    return out


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
