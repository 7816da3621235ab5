"""Renstra 2025–2029 of the Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga
Berencana Kabupaten Bogor: Tabel 4.3 and Tabel 4.4 drawn with reportlab on A4 landscape
(Liberation Serif 7.5 pt, full grid).

Unusual for the corpus: the five year columns "2025 | 2026 | …" sit directly under ONE band
"Target Capaian Kinerja", with a "Satuan" column before the band (targets printed without
their unit, decimals with a comma) and a "Kondisi Akhir" column after it that restates the
2029 target, as the Permendagri 86/2017 Renstra template prints it.

Data: seed Tabel 4.3 / 4.4 (``renstra_t43`` / ``renstra_t44``), the seed's 2020–2024 columns
re-dated 2025–2029 (its 2019 column is not printed); "Kota Layak Anak" → "Kabupaten Layak
Anak".
"""

from __future__ import annotations

import re

from samples import curated
from samples.curated import Curated
from samples.derive import relocate, with_column
from samples.families import Row, renstra_targets
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth

AGENCY = "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana"
HEADING = ("RENCANA STRATEGIS TAHUN 2025-2029", AGENCY.upper(), "KABUPATEN BOGOR")
SEED_YEARS = ("y2020", "y2021", "y2022", "y2023", "y2024")
YEARS = dict(zip(SEED_YEARS, range(2025, 2030), strict=True))
_PERCENT = re.compile(r"^(\d+(?:\.\d+)?)\s*%$")
SATUAN = {"indeks": "Indeks", "kategori": "Predikat", "nilai": "Predikat",
          "persentase": "Persen", "presentase": "Persen"}
"""The Satuan a planner writes for an indicator, by its first word."""


def _target(cell: str) -> str:
    """The unit moves to Satuan: ``85%`` → ``85``, ``48.10 %`` → ``48,10``, ``34.5`` →
    ``34,5`` (decimal comma); qualitative targets stay (``Madya``)."""
    match = _PERCENT.match(cell)
    number = match[1] if match else cell
    return number.replace(".", ",") if number[:1].isdigit() else number


def _data(seed: str) -> Curated:
    """Seed rows re-printed: targets without unit, a Satuan column after the indicator."""
    data = relocate(curated.load(seed), {"Kota Layak Anak": "Kabupaten Layak Anak"})
    rows = tuple(tuple(_target(c) if k in SEED_YEARS else c
                       for k, c in zip(data.columns, row, strict=True)) for row in data.rows)
    data = Curated(data.columns, rows)
    units = [SATUAN[r["indikator"].split()[0].lower()] for r in data.filled()]
    return with_column(data, "satuan", units, at=4)


def _table(seed: str, caption: str) -> tuple[Table, list[Row]]:
    data = _data(seed)
    body = tuple((*(row[data.column(k)] for k in ("no", "tujuan", "sasaran", "indikator",
                                                  "satuan", *SEED_YEARS)),
                  row[data.column("y2024")]) for row in data.rows)
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("Sasaran", rowspan=2),
               Head("Indikator Kinerja", rowspan=2), Head("Satuan", rowspan=2),
               Head("Target Capaian Kinerja", colspan=5), Head("Kondisi Akhir", rowspan=2)),
              tuple(Head(str(y)) for y in YEARS.values()))
    table = Table(header, (3, 20, 22, 26, 7, 6.5, 6.5, 6.5, 6.5, 6.5, 8), "clllccccccc",
                  body, caption=(caption,))
    return table, renstra_targets(data, YEARS)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its two renstra_targets tables, in printed order."""
    t43, rows43 = _table("renstra_t43", "Tabel 4.3 Tujuan dan Sasaran Jangka Menengah "
                                        "Pelayanan Perangkat Daerah")
    t44, rows44 = _table("renstra_t44", "Tabel 4.4 Indikator Kinerja Tujuan dan Sasaran "
                                        "Perangkat Daerah yang Mengacu pada RPJMD")
    doc = Document("renstra_bogor_2025_2029",
                   Page(297, 210, "LiberationSerif", 7.5, margin_mm=16,
                        page_numbers="Renstra 2025-2029 | {n}"),
                   HEADING,
                   ("Tujuan dan sasaran jangka menengah beserta target kinerjanya disajikan "
                    "pada tabel berikut.", t43,
                    "Indikator kinerja tujuan dan sasaran yang mengacu pada RPJMD Kabupaten "
                    "Bogor Tahun 2025-2029 adalah sebagai berikut.", t44),
                   ("Cibinong, 20 Oktober 2025", "KEPALA DINAS", "", "",
                    "Dra. SITI NURHASANAH, M.Si.", "Pembina Utama Muda",
                    "NIP. 19700514 199503 2 002"))
    info = DocumentTruth("renstra", HEADING[0], AGENCY, "Kabupaten Bogor", None, 2025, 2029)
    return doc, info, (("renstra_targets", rows43), ("renstra_targets", rows44))
