"""Self-check of the built set: ``python -m samples.holdout10.check``.

Reads each PDF with pdfplumber and verifies that every word of every truth text cell is
printed in it (whole, or broken after a hyphen or slash), every amount in one of the styles
this set prints (``783.242.000`` after ``Rp``, ``783.242.000,00``), every word of the title,
agency and region (case-insensitively: printed in capitals), that the Rencana Aksi prints as
many ``√`` as its truth has true quarter marks, that ``documents.csv`` gives the PDF's real
page count, and that no PDF reaches 300 KB — i.e. the truth says what the page shows. It
does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from samples.holdout5.check import NOT_PRINTED, SKIPPED, report
from samples.holdout8.check import TICK, printed_words
from samples.holdout9.check import _printed
from samples.truth import page_count
from samples.values import dots, dots_cents

HERE = Path(__file__).parent
MAX_BYTES = 300_000
HEADLINE = ("title", "agency", "region")
"""documents.csv columns whose words are printed in the title / signature blocks."""


def _cell_problems(name: str, row: dict[str, str], words: set[str]) -> list[str]:
    """The words / amount of one truth row that the page does not print."""
    out = []
    upper = {w.upper() for w in words}
    for column, value in row.items():
        if not value or column.startswith("tw"):
            continue
        if column in HEADLINE:
            out += [f"{name}:{column}:{w}" for w in value.split() if w.upper() not in upper]
        elif column.endswith("_idr"):
            if not {dots(int(value)), dots_cents(int(value))} & words:
                out.append(f"{name}:{column}:{value}")
        elif column not in SKIPPED and not column.endswith(NOT_PRINTED):
            out += [f"{name}:{column}:{w}" for w in value.split() if not _printed(w, words)]
    return out


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    return missing_in(HERE, stem, TICK)


def check_set(folder: Path, mark: str) -> int:
    """Print every document's check of the set in ``folder`` (quarter marks printed as
    ``mark``) and return the exit status: the whole check of the later sets."""
    return report(folder / "truth", lambda stem: missing_in(folder, stem, mark))


def missing_in(folder: Path, stem: str, mark: str) -> list[str]:
    """``missing`` for a set in ``folder`` whose quarter marks print as ``mark`` (shared
    with later sets printing the same amount styles)."""
    pdf = folder / "pdf" / f"{stem}.pdf"
    printed = printed_words(pdf)
    words = set(printed)
    out, marks = [], 0
    for table in sorted((folder / "truth" / stem).glob("*.csv")):
        with table.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if table.name == "documents.csv" and int(row["pages"]) != page_count(pdf):
                    out.append(f"pages {row['pages']} != {page_count(pdf)}")
                marks += sum(row.get(f"tw{q}") == "true" for q in range(1, 5))
                out += _cell_problems(table.name, row, words)
    if printed.count(mark) != marks:
        out.append(f"{printed.count(mark)} marks printed, {marks} true marks in truth")
    if pdf.stat().st_size >= MAX_BYTES:
        out.append(f"{pdf.stat().st_size} bytes")
    return out


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
