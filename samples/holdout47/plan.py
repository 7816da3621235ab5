"""The plan both Renstra program table (T-C.27) and the Renja evaluation (T-C.29) print:
the Dinas Sosial's items of urusan 1.06 with a target and a pagu for 2024 (the year before
the Renstra, its "kondisi awal") and each plan year 2025–2029. The evaluation of 2025 reads
its target and pagu from the Renstra's 2025 column and its "Tahun 2029" column from the
Renstra's last year, so the agency's two documents agree, as they do when a Renja is drafted
from its Renstra.

Items and seed amounts: ``holdout5.data.items`` (seed 001's 1.06 names, indicators and
codes, printed as the seed prints them: ``1.06.04.02.01``). Targets and growth are invented.
"""

from __future__ import annotations

from samples.families import PROGRAM, SUB
from samples.holdout5.data import grown, items, rollup, satuan
from samples.holdout45.plan import Item

URUSAN = "1.06"
BASELINE = 2024
FACTOR = {2024: 0.97, 2025: 1.03, 2026: 1.07, 2027: 1.12, 2028: 1.16, 2029: 1.21}
"""Year → a sub kegiatan's pagu as a multiple of its seed amount (2024: what was spent)."""
YEARS = tuple(y for y in FACTOR if y > BASELINE)
"""The Renstra's five plan years."""


def goal(level: str, indikator: str, n: int, year: int) -> str:
    """Target of the ``n``-th item in ``year``: programs a percentage with one decimal
    rising 2,5 points a year; kegiatan a whole percentage rising 4 points to 100% at the
    end; sub kegiatan a count in the indicator's unit rising by 5 a year."""
    step = year - BASELINE
    if level == PROGRAM:
        return f"{56 + 3 * (n % 4) + 2.5 * step:.1f}%".replace(".", ",")
    if level == SUB:
        return f"{10 * (1 + n % 5) + 5 * step} {satuan(indikator)}"
    return f"{min(100, 80 + 4 * step)}%"


def plan() -> list[Item]:
    """Every 1.06 item in printed order with its targets and pagu for 2024–2029."""
    rows = items(URUSAN)
    seed = [int(r["budget"]) for r in rows if r["level"] == SUB]
    amounts = {year: rollup(rows, [grown(b, f) for b in seed]) for year, f in FACTOR.items()}
    return [Item(r["level"], r["code"], r["name"], r["indikator"],
                 {year: goal(r["level"], r["indikator"], n, year) for year in FACTOR},
                 {year: amounts[year][n] for year in FACTOR})
            for n, r in enumerate(rows)]


def total(plan_items: list[Item], year: int) -> int:
    """The urusan's pagu in ``year``: the sum of its programs."""
    return sum(i.pagu[year] for i in plan_items if i.level == PROGRAM)
