"""Renstra 2025–2029 of the Dinas Sosial, P3A Kota Pangkalpinang, "Tabel T-C.29 Tujuan,
Sasaran, Indikator dan Target Kinerja", printed by headless Chromium (``web``), A4
landscape, DejaVu Serif Condensed 8 pt.

Columns: No | Tujuan | Sasaran | Indikator Tujuan / Sasaran | Kondisi Awal (2024) | the band
**"Target Kinerja Tahun ke-"** over **bare ordinals 1 … 5** (the years are only in the title
and the band's meaning: year 1 = 2025) | **Kondisi Akhir** (the target of year 5, printed
again). No column-number row: a ``1 … 11`` row would repeat the ordinals.

Data: seed 002's Tabel 4.4 (``renstra_t44``) as curated (spellings kept). The seed's 2019
prints as Kondisi Awal, its 2020–2024 as years 1–5. **Invented**: region, period,
signatory.
"""

from __future__ import annotations

from samples import curated
from samples.derive import relocate
from samples.families import Row, renstra_targets
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout38.agency import AGENCY, HEAD, HEAD_RANK, PLACE, REGION
from samples.sample import DocumentTruth

HEADING = ("RENCANA STRATEGIS PERANGKAT DAERAH TAHUN 2025-2029", AGENCY.upper(),
           REGION.upper())
YEARS = {f"y{2020 + n}": 2025 + n for n in range(5)}
"""Curated year column → the plan year its ordinal column (1 … 5) stands for."""


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its renstra_targets truth (one row per indicator × plan year;
    Kondisi Awal and Kondisi Akhir give none)."""
    data = relocate(curated.load("renstra_t44"), {"Kota Probolinggo": REGION})
    keys = ("no", "tujuan", "sasaran", "indikator", "y2019", *YEARS, "y2024")
    body = tuple(tuple(row[data.column(k)] for k in keys) for row in data.rows)
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("Sasaran", rowspan=2),
               Head("Indikator Tujuan / Sasaran", rowspan=2),
               Head("Kondisi Awal (2024)", rowspan=2),
               Head("Target Kinerja Tahun ke-", colspan=5),
               Head("Kondisi Akhir", rowspan=2)),
              tuple(Head(str(n)) for n in range(1, 6)))
    table = Table(header, (4, 17, 19, 24, 8, 6, 6, 6, 6, 6, 8), "clllccccccc", body,
                  caption=("Tabel T-C.29 Tujuan, Sasaran, Indikator dan Target Kinerja "
                           "Perangkat Daerah Tahun 2025-2029",))
    doc = Document("renstra_pangkalpinang_2025_2029",
                   Page(297, 210, "DejaVuSerif", 8, margin_mm=15,
                        page_numbers="Halaman {n}"),
                   HEADING,
                   ("Tahun ke-1 sampai dengan tahun ke-5 pada tabel berikut adalah tahun 2025 "
                    "sampai dengan tahun 2029; kondisi akhir adalah target kinerja pada "
                    "akhir periode Renstra.", table),
                   (f"{PLACE}, 20 Maret 2025", "Kepala Dinas Sosial, Pemberdayaan Perempuan",
                    "dan Perlindungan Anak Kota Pangkalpinang", "", HEAD, *HEAD_RANK))
    info = DocumentTruth("renstra", HEADING[0], AGENCY, REGION, None, 2025, 2029)
    return doc, info, (("renstra_targets", renstra_targets(data, YEARS)),)
