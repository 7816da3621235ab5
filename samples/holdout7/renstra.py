"""Renstra 2025–2029 of the Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota
Balikpapan: Tabel 4.3 and Tabel 4.4 drawn one below the other on the same F4 PORTRAIT page
with reportlab (full grid, DejaVu Sans Condensed 6 pt).

Unusual for the corpus: a separate "Satuan" column (targets printed without their unit,
decimals with a comma: ``34,5``, ``48,10``), a "Kondisi Kinerja Awal" column whose year
(2024) sits in the same header row as the target years, and target headers "Target Tahun
ke-1" … "ke-5" with the calendar years in the row below. Tabel 4.4 calls its sasaran
"Sasaran Program" and its indicator "Indikator Sasaran".

Data: seed Tabel 4.3 / 4.4 (``renstra_t43`` / ``renstra_t44``); the seed's 2019 column is
the baseline (Kondisi Kinerja Awal 2024) and 2020–2024 become 2025–2029.
"""

from __future__ import annotations

import re

from samples import curated
from samples.curated import Curated
from samples.derive import with_column
from samples.families import Row, renstra_targets
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
HEADING = ("RENCANA STRATEGIS PERANGKAT DAERAH TAHUN 2025-2029", AGENCY.upper(),
           "KOTA BALIKPAPAN")
YEARS = range(2025, 2030)
_PERCENT = re.compile(r"^(\d+(?:\.\d+)?)\s*%$")
SATUAN = (("indeks", "Indeks"), ("kategori", "Predikat"), ("nilai", "Predikat"),
          ("persentase", "%"), ("presentase", "%"))
"""The Satuan a planner writes for an indicator, by its first word."""


def _satuan(indikator: str) -> str:
    first = indikator.split()[0].lower()
    return next(unit for key, unit in SATUAN if first == key)


def _target(cell: str) -> str:
    """Targets without the unit the Satuan column now carries: ``85%`` → ``85``,
    ``48.10 %`` → ``48,10``; decimals with a comma (``34.5`` → ``34,5``)."""
    match = _PERCENT.match(cell)
    number = match[1] if match else cell
    return number.replace(".", ",") if number[:1].isdigit() else number


def _reprint(seed: Curated) -> Curated:
    """Seed rows with re-printed targets and a Satuan column after the indicator."""
    keys = seed.columns[4:]
    rows = tuple(tuple(_target(c) if k in keys else c for k, c in zip(seed.columns, row,
                                                                      strict=True))
                 for row in seed.rows)
    data = Curated(seed.columns, rows)
    units = [_satuan(r["indikator"]) for r in data.filled()]
    return with_column(data, "satuan", units, at=4)


def _table(seed: str, sasaran: str, caption: str) -> tuple[Table, list[Row]]:
    data = _reprint(curated.load(seed))
    keys = data.columns[5:]
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head(sasaran, rowspan=2),
               Head("Indikator Sasaran", rowspan=2), Head("Satuan", rowspan=2),
               Head("Kondisi Kinerja Awal"),
               *(Head(f"Target Tahun ke-{n}") for n in range(1, 6))),
              (Head("2024"), *(Head(str(y)) for y in YEARS)))
    table = Table(header, (3.5, 16, 17, 20, 6.5, 8, *(7.5,) * 5), "clllccccccc",
                  data.rows, caption=(caption,))
    return table, renstra_targets(data, dict(zip(keys[1:], YEARS, strict=True)))


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its two renstra_targets tables, in printed order."""
    t43, rows43 = _table("renstra_t43", "Sasaran",
                         "Tabel 4.3 Tujuan dan Sasaran Jangka Menengah Pelayanan Perangkat "
                         "Daerah")
    t44, rows44 = _table("renstra_t44", "Sasaran Program",
                         "Tabel 4.4 Indikator Kinerja Tujuan dan Sasaran Perangkat Daerah")
    doc = Document("renstra_balikpapan_2025_2029",
                   Page(215, 330, "DejaVuSansCondensed", 6, margin_mm=15,
                        page_numbers="IV - {n}"),
                   HEADING,
                   ("Target kinerja tujuan dan sasaran untuk lima tahun perencanaan disajikan "
                    "pada Tabel 4.3 dan Tabel 4.4 berikut.", t43, t44),
                   ("Balikpapan, 12 Agustus 2025", "KEPALA DINAS", "", "",
                    "Dra. HJ. NURHAYATI SAID, M.Si.", "NIP. 19690827 199403 2 005"))
    info = DocumentTruth("renstra", HEADING[0], AGENCY, "Kota Balikpapan", None, 2025, 2029)
    return doc, info, (("renstra_targets", rows43), ("renstra_targets", rows44))
