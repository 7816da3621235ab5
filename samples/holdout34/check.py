"""Self-check of the built set: ``python -m samples.holdout34.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF (whole, or broken after a hyphen or slash), every amount as ``1.122.530.000``, the
title, agency and region words, ``pages`` equals the PDF's page count, no PDF reaches
300 KB. Two rules change for this set:

- the Renja's amounts are looked for in the en-US form it prints (``1,122,530,000``),
  not in holdout10's Indonesian one;
- holdout10 counts one printed mark per true quarter; the Rencana Aksi prints MONTH
  marks, so instead the ``v`` printed must be as many as the month cells the table marks,
  and every truth row's tw1–tw4 must be what its printed months say (a quarter is
  planned when any of its months is marked), and the month names must be printed.

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from samples.holdout5.check import report
from samples.holdout6.model import Table
from samples.holdout8.check import printed_words
from samples.holdout10.check import missing_in
from samples.holdout34 import rencana_aksi, renja
from samples.holdout34.schedule import MONTHS, quarters

HERE = Path(__file__).parent
MARK = rencana_aksi.MARK
MARK_COUNT = "true marks in truth"
"""The end of holdout10's quarter-mark count message, replaced here by the month rules."""


def _truth(stem: str, table: str) -> list[dict[str, str]]:
    with (HERE / "truth" / stem / f"{table}.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _english(stem: str, words: set[str]) -> list[str]:
    """Truth amounts of the en-US Renja not printed as ``1,122,530,000``."""
    return [f"plan_items:budget_idr:{row['budget_idr']} as {renja.money(int(value))}"
            for row in _truth(stem, "plan_items")
            if (value := row["budget_idr"]) and renja.money(int(value)) not in words]


def _months(stem: str, printed: list[str]) -> list[str]:
    """The month-schedule rules of the Rencana Aksi."""
    table = next(b for b in rencana_aksi.build()[0].blocks if isinstance(b, Table))
    flags = [tuple(cell == MARK for cell in row[-len(MONTHS):]) for row in table.body]
    out = [f"month not printed: {m}" for m in MONTHS if m not in printed]
    marked = sum(map(sum, flags))
    if printed.count(MARK) != marked:
        out.append(f"{printed.count(MARK)} marks printed, {marked} month cells marked")
    for n, (row, months) in enumerate(zip(_truth(stem, "rencana_aksi"), flags, strict=True)):
        truth = tuple(row[f"tw{q}"] == "true" for q in range(1, 5))
        if truth != quarters(months):
            out.append(f"row {n + 1}: truth quarters {truth} but months {months}")
    return out


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    printed = printed_words(HERE / "pdf" / f"{stem}.pdf")
    problems = missing_in(HERE, stem, MARK)
    if stem == renja.STEM:
        return ([p for p in problems if not p.split(":")[1].endswith("_idr")]
                + _english(stem, set(printed)))
    if stem == rencana_aksi.STEM:
        return [p for p in problems if not p.endswith(MARK_COUNT)] + _months(stem, printed)
    return problems


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
