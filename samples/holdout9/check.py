"""Self-check of the built set: ``python -m samples.holdout9.check``.

Reads each PDF with pdfplumber and verifies that every word of every truth text cell is
printed in it (whole, or broken after a hyphen or slash), every amount as this set prints it
(``783.242.000``), that the Rencana Aksi prints as many ``√`` as its truth has true
quarter marks, that ``documents.csv`` gives the PDF's real page count, and that no PDF
reaches 300 KB — i.e. the truth says what the page shows. It does not run the extractor
(this set must stay blind to it).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from samples.holdout5.check import NOT_PRINTED, SKIPPED, report
from samples.holdout8.check import TICK, printed_words
from samples.truth import page_count
from samples.values import dots

HERE = Path(__file__).parent
MAX_BYTES = 300_000
_BREAK = re.compile(r"(?<=[-/])")
"""Where a renderer may break a word at a line end: after a hyphen or a slash (Chromium
and Writer print ``Kabupaten/`` / ``Kota``)."""


def _printed(word: str, words: set[str]) -> bool:
    """A word is printed whole, or in two pieces broken after one of its hyphens/slashes."""
    if word in words:
        return True
    cuts = [m.start() for m in _BREAK.finditer(word) if 0 < m.start() < len(word)]
    return any(word[:i] in words and word[i:] in words for i in cuts)


def _cell_problems(name: str, row: dict[str, str], words: set[str]) -> list[str]:
    """The words / amount of one truth row that the page does not print."""
    out = []
    for column, value in row.items():
        if column.startswith("tw") or column in SKIPPED or not value:
            continue
        if column.endswith("_idr"):
            if dots(int(value)) not in words:
                out.append(f"{name}:{column}:{value}")
        elif not column.endswith(NOT_PRINTED):
            out += [f"{name}:{column}:{w}" for w in value.split() if not _printed(w, words)]
    return out


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    pdf = HERE / "pdf" / f"{stem}.pdf"
    printed = printed_words(pdf)
    words = set(printed)
    out, ticks = [], 0
    for table in sorted((HERE / "truth" / stem).glob("*.csv")):
        with table.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if table.name == "documents.csv":
                    if int(row["pages"]) != page_count(pdf):
                        out.append(f"pages {row['pages']} != {page_count(pdf)}")
                    continue
                ticks += sum(row[f"tw{q}"] == "true" for q in range(1, 5) if f"tw{q}" in row)
                out += _cell_problems(table.name, row, words)
    if printed.count(TICK) != ticks:
        out.append(f"{printed.count(TICK)} ticks printed, {ticks} true marks in truth")
    if pdf.stat().st_size >= MAX_BYTES:
        out.append(f"{pdf.stat().st_size} bytes")
    return out


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
