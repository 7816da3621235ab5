"""The arithmetic and print style of a mid-year plan revision, shared by the Renja
Perubahan and the Renstra Perubahan so both revise amounts the same deterministic way.

A revision is what the APBD Perubahan does to a plan: most lines keep their pagu, some grow,
some shrink. Agencies print the difference in a "Bertambah/(Berkurang)" column with a cut in
parentheses and no change as ``-`` (accounting style), which is exactly what an extractor
must not read as a plan amount.
"""

from __future__ import annotations

from samples.holdout5.data import grown
from samples.values import dots

FACTORS = (1.00, 1.12, 1.00, 0.85, 1.05, 1.00, 0.92, 1.25, 1.00, 0.70)
"""Revision factor per line, cycled: unchanged lines are the most common, cuts reach 30 %
(a refocusing) and additions 25 %."""


def revised(amount: int, n: int) -> int:
    """The pagu after revision of line ``n`` (whole thousands, like the seed amounts)."""
    return grown(amount, FACTORS[n % len(FACTORS)])


def change(before: int, after: int) -> str:
    """The "Bertambah/(Berkurang)" cell: ``12.500.000``, ``(12.500.000)`` or ``-``."""
    delta = after - before
    if not delta:
        return "-"
    return dots(delta) if delta > 0 else f"({dots(-delta)})"
