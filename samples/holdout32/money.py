"""The scaled money styles this set prints. The scale itself is never in the column
header: the caption or a note says "Satuan: Rp juta" / "(dalam ribuan rupiah)", so the
cells are bare numbers whose size is only right once that note is read."""

from __future__ import annotations

from samples.values import dots, ribu

RIBUAN = ribu
"""Thousands of rupiah, ``1.091.349`` for Rp 1.091.349.000 (amounts here are whole
thousands, so no decimal part is printed)."""


def juta(value: int) -> str:
    """Millions of rupiah with two decimals, as Renstra funding tables print them:
    984180000 → ``984,18``. Two decimals never read as a thousands group (three would:
    ``984,180``), and the amount must be exact at that precision, since truth keeps rupiah."""
    if value % 10_000:
        raise ValueError(f"{value} is not exact in millions with two decimals")
    whole, frac = divmod(value, 1_000_000)
    return f"{dots(whole)},{frac // 10_000:02d}"
