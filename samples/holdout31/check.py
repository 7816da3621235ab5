"""Self-check of the built set: ``python -m samples.holdout31.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF (whole, or broken after a hyphen or slash), every amount as ``1.091.349.000``, the
title, agency and region words case-insensitively, ``pages`` equals the PDF's page count,
every true quarter mark is one printed ``√`` and no PDF reaches 300 KB.

A revised plan prints two or three amounts per item, so "the amount is printed" proves
little. This set also checks what its judgements rest on: each year's truth pagu are
exactly the amounts printed in the column that holds the revised plan ("Setelah
Perubahan", "Rp Menjadi", or the year's only Rp), apart from a JUMLAH row's total; every
"Bertambah/(Berkurang)" cell of the Renja is printed; every Rencana Aksi line the revision
dropped is printed with "Dihapus" and is in no truth row, every added one with "Ditambah".

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from itertools import accumulate
from pathlib import Path
from types import ModuleType

import pdfplumber

from samples.holdout5.check import report
from samples.holdout6.model import Table
from samples.holdout8.check import printed_words
from samples.holdout10.check import missing_in
from samples.holdout31 import rencana_aksi, renja, renstra

HERE = Path(__file__).parent
AMOUNT = re.compile(r"^\d{1,3}(\.\d{3})+$")
POINTS_PER_MM = 72 / 25.4
PLANS = {"renja": renja, "renstra": renstra}
"""Stem prefix → the module of a plan_items document with revised amounts."""


def _truth(stem: str, table: str) -> list[dict[str, str]]:
    with (HERE / "truth" / stem / f"{table}.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _column_amounts(stem: str, module: ModuleType, column: int) -> Counter[int]:
    """The amounts printed inside one column of the plan table (by the word's centre; the
    table spans the page between its margins in both renderers)."""
    doc = module.build()[0]
    table = next(b for b in doc.blocks if isinstance(b, Table))
    edges = list(accumulate(table.widths, initial=0.0))
    usable = (doc.page.width_mm - 2 * doc.page.margin_mm) * POINTS_PER_MM
    lo, hi = (doc.page.margin_mm * POINTS_PER_MM + usable * edges[c] / edges[-1]
              for c in (column, column + 1))
    with pdfplumber.open(HERE / "pdf" / f"{stem}.pdf") as pdf:
        return Counter(int(w["text"].replace(".", "")) for page in pdf.pages
                       for w in page.extract_words()
                       if AMOUNT.match(w["text"]) and lo < (w["x0"] + w["x1"]) / 2 < hi)


def _plan_problems(stem: str, module: ModuleType) -> list[str]:
    """Each year's truth pagu against the amounts of its revised-plan column."""
    rows = _truth(stem, "plan_items")
    out = []
    for year, column in module.PLAN_COLUMNS.items():
        year_rows = [r for r in rows if r["year"] == str(year)]
        truth = Counter(int(r["budget_idr"]) for r in year_rows)
        total = sum(int(r["budget_idr"]) for r in year_rows if r["level"] == "program")
        printed = _column_amounts(stem, module, column)
        out += [f"{year}: {a} not in column {column + 1}" for a in truth - printed]
        out += [f"{year}: column {column + 1} also prints {a}" for a in printed - truth
                if a != total]
    return out


def _change_problems(words: list[str]) -> list[str]:
    """Every change cell of the Renja as printed (a cut in parentheses)."""
    table = next(b for b in renja.build()[0].blocks if isinstance(b, Table))
    return [f"change {row[-1]} not printed" for row in table.body if row[-1] not in words]


def _aksi_problems(stem: str, words: list[str]) -> list[str]:
    """The Rencana Aksi's Keterangan counts, and no dropped aksi in its truth."""
    aksi = {row["aksi"] for row in _truth(stem, "rencana_aksi")}
    out = [f"dropped aksi in truth: {a}" for a in sorted(rencana_aksi.DROPPED_AKSI & aksi)]
    for note, count in ((rencana_aksi.DROPPED, len(rencana_aksi.DROPPED_AKSI)),
                        (rencana_aksi.ADDED, len(rencana_aksi.NEW_AKSI))):
        if words.count(note) != count:
            out.append(f"{words.count(note)} {note!r} printed, {count} expected")
    return out


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    words = printed_words(HERE / "pdf" / f"{stem}.pdf")
    out = missing_in(HERE, stem, rencana_aksi.MARK)
    kind = stem.split("_")[0]
    if kind in PLANS:
        out += _plan_problems(stem, PLANS[kind])
    if kind == "renja":
        out += _change_problems(words)
    if kind == "rencana":
        out += _aksi_problems(stem, words)
    return out


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
