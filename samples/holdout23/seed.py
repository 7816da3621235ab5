"""Seed 002's Tabel 4.3 / 4.4 rows in the T-C.25 form of this set: a Satuan column, the
seed's first year as Kondisi Awal, the next five as plan years 1–5 and a Kondisi Akhir
that repeats year 5 (as agencies print it). The unit moves into Satuan, so targets print
bare with a decimal comma (``48.10 %`` → ``48,10``), as Indonesian tables do.

**Invented**: the Satuan wording (by the indicator's first word) and the Kondisi Akhir.
"""

from __future__ import annotations

from samples import curated
from samples.curated import Curated

SATUAN = {"Persentase": "%", "Presentase": "%", "Indeks": "Indeks", "Nilai": "Predikat",
          "Kategori": "Kategori"}
"""Satuan by the indicator's first word."""
PLAN = ("t1", "t2", "t3", "t4", "t5")
"""Curated keys of the five plan-year columns."""
COLUMNS = ("no", "tujuan", "sasaran", "indikator", "satuan", "awal", *PLAN, "akhir")


def _bare(raw: str, satuan: str) -> str:
    """A target as printed under its Satuan: no ``%``, decimal comma."""
    text = raw.replace("%", "").strip() if satuan == "%" else raw
    return text.replace(".", ",")


def targets(name: str) -> Curated:
    """The seed table ``name`` (``renstra_t43`` or ``renstra_t44``) in this set's form."""
    seed = curated.load(name)
    rows = []
    for row in seed.rows:
        cell = dict(zip(seed.columns, row, strict=True))
        satuan = SATUAN[cell["indikator"].split()[0]]
        years = [_bare(cell[f"y{y}"], satuan) for y in range(2019, 2025)]
        rows.append((cell["no"], cell["tujuan"], cell["sasaran"], cell["indikator"], satuan,
                     *years, years[-1]))
    return Curated(COLUMNS, tuple(rows))


def plan_years(first: int) -> dict[str, int]:
    """Plan-year keys → calendar years of a period starting in ``first``."""
    return {key: first + n for n, key in enumerate(PLAN)}

