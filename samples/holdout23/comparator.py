"""Targets printed with a comparison sign (``≥ 85%``, ``< 2%``).

The contract's ``target_value`` is "the parsed number"; such a target states one number
unambiguously (the sign says which side of it counts as met), so this set's truth keeps
that number (``≥ 85%`` → 85.0) instead of treating the cell as qualitative. The shared
truth helper (``families.renstra_targets``) has no rule for the sign; this module adds it
on top of its rows.
"""

from __future__ import annotations

from samples.families import Row
from samples.values import parse_quantity

SIGNS = ("≥", "≤", ">", "<")


def compared(rows: list[Row]) -> list[Row]:
    """``rows`` with the number behind a leading comparison sign as ``target_value``."""
    out = []
    for row in rows:
        raw = row["target_raw"]
        if raw.startswith(SIGNS) and row["target_value"] is None:
            value, _ = parse_quantity(raw.lstrip("".join(SIGNS)).strip())
            row = {**row, "target_value": value}
        out.append(row)
    return out
