"""The arithmetic of an evaluation table (Permendagri 86 T-C.29 style): a year's
realisation spread over the four triwulan and the "Tingkat Capaian (%)" of a realisation
against its target. The spread is invented but deterministic, and it always adds up to
the total the seed prints, as a real evaluation table does."""

from __future__ import annotations

import re

SHARES = (0.18, 0.24, 0.27)
"""Rupiah realised in triwulan I-III as shares of the year; triwulan IV takes the rest."""


def spread_rupiah(total: int) -> tuple[int, int, int, int]:
    """Four quarterly amounts, whole rupiah, summing to ``total``."""
    first = [round(total * share) for share in SHARES]
    return (*first, total - sum(first))  # type: ignore[return-value]


def leading(raw: str) -> int | None:
    """The whole number a kinerja cell starts with ("12 bulan" → 12), if any."""
    match = re.match(r"\d+", raw)
    return int(match.group()) if match else None


def spread_count(raw: str) -> tuple[str, str, str, str]:
    """Quarterly kinerja of a counted output: equal parts, the remainder in triwulan IV;
    blank when the realisation is not a count."""
    total = leading(raw)
    if total is None:
        return ("", "", "", "")
    part = total // 4
    return (str(part), str(part), str(part), str(total - 3 * part))


def percent(done: float | None, planned: float | None) -> str:
    """Tingkat capaian as printed: two decimals after a comma ("94,18"); blank without a
    plan."""
    if not done or not planned:
        return ""
    return f"{100 * done / planned:.2f}".replace(".", ",")
