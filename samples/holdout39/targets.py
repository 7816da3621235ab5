"""The invented performance targets of this set's plan items, one rule for the Renstra and
the Renja so that the Renja's 2026 and 2027 targets are the Renstra's (a Renja is drawn
from its Renstra; a reader comparing both documents finds the same figures)."""

from __future__ import annotations

from samples.families import PROGRAM, SUB
from samples.holdout5.data import satuan

FIRST_YEAR = 2025
"""Year 0 of the Renstra period 2025-2029; ``year`` -1 is the Kondisi Awal (2024)."""


def target(level: str, indikator: str, n: int, year: int) -> str:
    """Target of item ``n`` in plan year ``year`` (0 = 2025): programs a percentage with a
    decimal comma rising one point a year, kegiatan a percentage rising two, sub kegiatan a
    count in the indicator's own unit rising by three."""
    if level == PROGRAM:
        return f"{68 + 3 * (n % 5) + year},5%"
    if level == SUB:
        return f"{12 + 8 * (n % 6) + 3 * year} {satuan(indikator)}"
    return f"{90 + 2 * year}%"


def renja_target(level: str, indikator: str, n: int, later: bool) -> str:
    """``target`` in the signature ``holdout5.data.yearly_rows`` asks for: the Renja year
    2026 or, ``later``, its Prakiraan Maju year 2027."""
    return target(level, indikator, n, (2027 if later else 2026) - FIRST_YEAR)
