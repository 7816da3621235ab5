"""Self-check of the built set: ``python -m samples.holdout15.check``.

holdout10's rules (``missing_in``: every word of every truth text cell printed in its PDF,
whole or broken after a hyphen or slash; every amount printed as ``783.242.000`` /
``783.242.000,00``; title, agency and region words case-insensitively; ``pages`` equal to
the PDF's page count; under 300 KB), with what this set prints differently:

- the Rencana Aksi's quarter marks are ``X`` in its first table and ``✓`` in its second:
  each table's true marks are counted against its own mark;
- the Renstra prints pagu in thousands under "Rp (000)": its amounts count when
  ``dots(rupiah // 1000)`` is printed;
- the ``unit`` of every Rencana Aksi row is printed (in capitals) in its unit's heading.

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from samples.holdout5.check import report
from samples.holdout8.check import printed_words
from samples.holdout10.check import missing_in
from samples.values import dots

HERE = Path(__file__).parent
MARKS = {"rencana_aksi_ntb_2021": {"1": "X", "2": "✓"}}
"""The quarter mark each Rencana Aksi table prints, by ``table_seq``."""
THOUSANDS = frozenset({"renstra_lampungselatan_2016_2021"})
"""Documents whose pagu is printed in thousands of rupiah."""
UNCHECKED_MARK = "√"
"""``missing_in`` counts one mark per document; its count is replaced by ``table_marks``."""


def truth_rows(root: Path, stem: str, table: str) -> list[dict[str, str]]:
    """The truth rows of one contract table of ``stem`` in a set's folder ``root``."""
    path = root / "truth" / stem / f"{table}.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def table_marks(root: Path, stem: str, marks: dict[str, str], printed: list[str]
                ) -> list[str]:
    """Each table's true quarter marks against the count of its own mark in the PDF, for
    a document whose tables tick with different marks (``marks``: table_seq → mark)."""
    out = []
    for mark in set(marks.values()):
        true = sum(row[f"tw{q}"] == "true" for row in truth_rows(root, stem, "rencana_aksi")
                   for q in range(1, 5) if marks[row["table_seq"]] == mark)
        if printed.count(mark) != true:
            out.append(f"{printed.count(mark)} {mark} printed, {true} true marks in truth")
    return out


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    printed = printed_words(HERE / "pdf" / f"{stem}.pdf")
    words = set(printed)
    upper = {w.upper() for w in words}
    out = []
    for problem in missing_in(HERE, stem, UNCHECKED_MARK):
        column, _, value = problem.partition(":")[2].partition(":")
        if problem.endswith("true marks in truth"):
            continue  # counted per table by ``table_marks``
        if (stem in THOUSANDS and column.endswith("_idr") and int(value) % 1000 == 0
                and dots(int(value) // 1000) in words):
            continue
        out.append(problem)
    out += [f"unit:{w}" for row in truth_rows(HERE, stem, "rencana_aksi")
            for w in row["unit"].split() if w.upper() not in upper]
    return out + table_marks(HERE, stem, MARKS.get(stem, {}), printed)


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
