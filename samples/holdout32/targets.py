"""The invented performance targets of this set's two plan tables (Renstra and Renja), so
both documents grade their items the same way."""

from __future__ import annotations

from samples.families import PROGRAM, SUB
from samples.holdout5.data import satuan


def target(level: str, indikator: str, n: int, step: int) -> str:
    """Item ``n``'s target ``step`` years into the plan: a program a percentage rising two
    points a year (every second one with a half point), a kegiatan full delivery, a sub
    kegiatan a count in its indicator's unit, a few more each year."""
    if level == PROGRAM:
        return f"{72 + n % 6 + 2 * step}{',5' if n % 2 else ''}%"
    if level == SUB:
        return f"{10 + 5 * (n % 7) + 2 * step} {satuan(indikator)}"
    return "100%"
