"""Self-check of the built set: ``python -m samples.holdout28.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF, every amount as ``1.425.739.000``, the title, agency and region words, ``pages`` equals
the PDF's page count, the Rencana Aksi prints as many ``V`` as its truth has true marks,
and no PDF reaches 300 KB. This set adds one rule for its plan tables, whose rows carry
several amounts (four sources of funds, five years): a plan item's pagu must be printed on
the line of the item's code **at its place among that line's amounts** (the Renja's
Jumlah, not its APBD part; the Renstra's Rp of that year), so a truth amount taken from the
wrong row or column fails, not only one missing from the page.

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path
from typing import Any

import pdfplumber

from samples.holdout5.check import report
from samples.holdout10.check import missing_in
from samples.holdout28 import renja, renstra
from samples.holdout28.rencana_aksi import MARK
from samples.values import dots

HERE = Path(__file__).parent
SAME_LINE_PT = 2.0
"""How far apart (vertical centres, pt) two words of one printed line may be."""
MONEY = re.compile(r"^\d{1,3}(\.\d{3}){2,}$|^-$")
"""A printed amount (a million or more) or the ``-`` of an unfunded source; targets such as
``9.214`` (one group) are not amounts."""
PLACE = {renja.STEM: {2027: len(renja.SOURCES), 2028: len(renja.SOURCES) + 1},
         renstra.STEM: {y: i for i, y in enumerate(renstra.YEARS)}}
"""Per plan document: a year's pagu is the n-th amount on its item's line (the Renja prints
APBD, DAK, BLUD, Jumlah 2027, then 2028; the Renstra Rp 2025 … 2029, then the total)."""


def _words(pdf: Path) -> list[list[dict[str, Any]]]:
    with pdfplumber.open(pdf) as document:
        return [page.extract_words() for page in document.pages]


def _centre(word: dict[str, Any]) -> float:
    return (word["top"] + word["bottom"]) / 2


def _amounts_beside(pages: list[list[dict[str, Any]]], code: str) -> list[list[str]]:
    """For each place ``code`` is printed, the amounts on its line, left to right."""
    out = []
    for words in pages:
        for word in words:
            if word["text"] == code:
                line = [w for w in words if MONEY.match(w["text"])
                        and abs(_centre(w) - _centre(word)) <= SAME_LINE_PT]
                out.append([w["text"] for w in sorted(line, key=lambda w: w["x0"])])
    return out


def _misplaced(stem: str) -> list[str]:
    """plan_items rows whose pagu is not the right amount on their code's line."""
    table = HERE / "truth" / stem / "plan_items.csv"
    if not table.exists():
        return []
    pages, place = _words(HERE / "pdf" / f"{stem}.pdf"), PLACE[stem]
    out = []
    with table.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            n, amount = place[int(row["year"])], dots(int(row["budget_idr"]))
            if not any(len(line) > n and line[n] == amount
                       for line in _amounts_beside(pages, row["code_raw"])):
                out.append(f"{row['code_raw']} {row['year']}: {amount} not in its place")
    return out


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    return missing_in(HERE, stem, MARK) + _misplaced(stem)


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
