"""Self-check of the built set: ``python -m samples.holdout6.check``.

Reads each PDF's words with pdfplumber and verifies that every word of every truth text
cell is printed in that PDF — i.e. the truth says what the page shows. ``code_raw`` of the
Renja is printed in five code columns, so its printed parts are checked instead of the
joined code. It does not run the extractor (this set must stay blind to it)."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from samples.holdout5.check import NOT_PRINTED, SKIPPED, printed_words, report
from samples.holdout6.renja import code_parts
from samples.values import dots

HERE = Path(__file__).parent


def _words(column: str, value: str) -> list[str]:
    """The printed words a truth cell stands for."""
    if column == "code_raw" and value:
        return [part for part in code_parts(value) if part]
    return value.split()


def money_styles(value: int) -> set[str]:
    """The ways this set prints an amount: ``783.242.000``, ``Rp783.242.000`` and, under a
    "(Rp. 000)" header, ``783.242``."""
    return {dots(value), f"Rp{dots(value)}", dots(value // 1000)}


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
                        continue
                    if (column in SKIPPED or column.endswith(NOT_PRINTED)
                            or column.startswith("tw")):
                        continue
                    out += [f"{table.name}:{column}:{w}" for w in _words(column, value)
                            if w not in words]
    return out


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
