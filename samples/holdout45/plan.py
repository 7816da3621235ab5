"""The plan both the Renstra and the Renja print: the DP3A items of urusan 2.08 with one
target and one pagu per year. The Renja 2026 copies the Renstra's 2026 and 2027 columns, as
a Renja drafted from its Renstra does, so the two documents of one agency agree.

Items and amounts: ``holdout5.data`` (seed 001's names, indicators and official codes; sub
kegiatan pagu = seed × the year's factor in whole thousands, programs and kegiatan the sums
of their sub kegiatan). Targets are invented here.
"""

from __future__ import annotations

from dataclasses import dataclass

from samples.families import PROGRAM, SUB
from samples.holdout5.data import grown, items, rollup, satuan
from samples.values import canonical_code

URUSAN = ("2.08", "URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK")
GROWTH = {2025: 1.00, 2026: 1.05, 2027: 1.09, 2028: 1.14, 2029: 1.18}
"""Plan year → sub kegiatan pagu as a multiple of the seed amount."""
BASELINE = 2024
"""The Renstra's "tahun awal perencanaan" (its Data Capaian column)."""


@dataclass(frozen=True)
class Item:
    """One program / kegiatan / sub kegiatan line with its target and pagu per plan year."""

    level: str
    code: str
    name: str
    indikator: str
    targets: dict[int, str]
    pagu: dict[int, int]


def target(level: str, indikator: str, n: int, year: int) -> str:
    """Target of the ``n``-th item in ``year``: programs a percentage with two decimals
    rising 2,25 points a year; kegiatan a whole percentage rising 5 points to 100%; sub
    kegiatan a count in the indicator's unit rising by 4 a year."""
    step = year - BASELINE
    if level == PROGRAM:
        return f"{60 + 3 * (n % 4) + 2.25 * step:.2f}%".replace(".", ",")
    if level == SUB:
        return f"{6 + 2 * (n % 7) + 4 * step} {satuan(indikator)}"
    return f"{min(100, 75 + 5 * step)}%"


def plan() -> list[Item]:
    """Every 2.08 item in printed order with its plan-year targets and pagu."""
    rows = items(URUSAN[0])
    seed = [int(r["budget"]) for r in rows if r["level"] == SUB]
    pagu = {y: rollup(rows, [grown(b, f) for b in seed]) for y, f in GROWTH.items()}
    return [Item(r["level"], canonical_code(r["code"]) or r["code"], r["name"], r["indikator"],
                 {y: target(r["level"], r["indikator"], n, y) for y in (BASELINE, *GROWTH)},
                 {y: pagu[y][n] for y in GROWTH})
            for n, r in enumerate(rows)]
