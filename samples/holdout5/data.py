"""Seed rows re-homed for this set, plus the arithmetic real plan tables print.

Items come from ``renja2023_kode`` (seed 001's names and indicators with official codes).
Amounts of programs and kegiatan are the sums of their sub kegiatan, as agencies print
them; later years grow the seed amount by a fixed factor, rounded to whole thousands.
"""

from __future__ import annotations

from collections.abc import Callable

from samples import curated

SUB = "sub_kegiatan"


def items(urusan: str) -> list[dict[str, str]]:
    """Program / kegiatan / sub kegiatan rows of one bidang urusan (``"1.06"``, ``"2.08"``)."""
    return [row for row in curated.load("renja2023_kode").filled()
            if row["level"] and row["code"].startswith(f"{urusan}.")]


def grown(amount: int, factor: float) -> int:
    """A later year's pagu: the seed amount × ``factor``, rounded to a thousand rupiah."""
    return round(amount * factor / 1000) * 1000


def rollup(rows: list[dict[str, str]], subs: list[int]) -> list[int]:
    """Pagu per row: ``subs`` gives the sub kegiatan amounts in order; a program or kegiatan
    gets the sum of the sub kegiatan it contains."""
    amounts = iter(subs)
    out = [next(amounts) if r["level"] == SUB else 0 for r in rows]
    for n, row in enumerate(rows):
        if row["level"] == SUB:
            continue
        stop = next((m for m in range(n + 1, len(rows))
                     if rows[m]["level"] in ("program", row["level"])), len(rows))
        out[n] = sum(out[m] for m in range(n + 1, stop) if rows[m]["level"] == SUB)
    return out


def satuan(indikator: str) -> str:
    """The unit a planner writes for a sub kegiatan indicator ("Jumlah Dokumen …")."""
    words = indikator.lower().split()
    for key, unit in (("dokumen", "Dokumen"), ("organisasi", "Lembaga"),
                      ("perangkat", "Perangkat Daerah"), ("layanan", "Layanan"),
                      ("laporan", "Laporan")):
        if key in words[:3]:
            return unit
    return "Orang"


def yearly_rows(urusan: str, years: dict[str, float],
                target: Callable[[str, str, int, bool], str]) -> list[tuple[str, ...]]:
    """Plan rows of ``urusan``'s items for two years, in printed order: (level, code, name,
    indikator, target, pagu, later target, later pagu). A sub kegiatan's pagu is its seed
    amount grown by the year's factor; programs and kegiatan sum their sub kegiatan."""
    rows = items(urusan)
    subs = [int(r["budget"]) for r in rows if r["level"] == SUB]
    first, later = (rollup(rows, [grown(b, f) for b in subs]) for f in years.values())
    return [(item["level"], item["code"], item["name"], item["indikator"],
             target(item["level"], item["indikator"], n, False), str(first[n]),
             target(item["level"], item["indikator"], n, True), str(later[n]))
            for n, item in enumerate(rows)]
