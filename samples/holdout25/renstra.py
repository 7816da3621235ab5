"""Renstra 2026–2030 of the Dinas Sosial Kabupaten Tanah Laut, Tabel 4.3 "Tujuan dan
Sasaran Jangka Menengah", printed by headless Chromium (``web``), A4 portrait, Liberation
Sans 5.2 pt: narrow Tujuan / Sasaran columns (merged cells, text at the top) and a
header of two levels — "Target Kinerja Tujuan / Sasaran pada Tahun" over 2026 … 2030 —
with "Kondisi Awal (2025)" before the plan years.

Data: seed 002's Tabel 4.3 (``renstra_t43``) as curated. The seed's first year (2019)
prints as Kondisi Awal, its 2020–2024 as 2026–2030. **Invented**: region, period,
signatory.
"""

from __future__ import annotations

from samples import curated
from samples.derive import relocate
from samples.families import Row, renstra_targets
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout25.agency import AGENCY, HEAD, REGION
from samples.sample import DocumentTruth

HEADING = ("RENCANA STRATEGIS (RENSTRA) TAHUN 2026-2030", AGENCY.upper(), REGION.upper())
YEARS = {f"y{2020 + n}": 2026 + n for n in range(5)}
"""Curated year column → the plan year it prints under."""


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its renstra_targets truth (one row per indicator × plan year)."""
    data = relocate(curated.load("renstra_t43"), {"Kota Probolinggo": REGION})
    keys = ("no", "tujuan", "sasaran", "indikator", "y2019", *YEARS)
    body = tuple(tuple(row[data.column(k)] for k in keys) for row in data.rows)
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("Sasaran", rowspan=2),
               Head("Indikator Tujuan / Sasaran", rowspan=2),
               Head("Kondisi Awal (2025)", rowspan=2),
               Head("Target Kinerja Tujuan / Sasaran pada Tahun", colspan=5)),
              tuple(Head(str(y)) for y in YEARS.values()))
    table = Table(header, (5, 14, 16, 18, 8, 6.5, 6.5, 6.5, 6.5, 6.5), "clllcccccc", body,
                  caption=("Tabel 4.3", "Tujuan dan Sasaran Jangka Menengah Pelayanan "
                           "Perangkat Daerah"))
    doc = Document("renstra_tanahlaut_2026_2030",
                   Page(210, 297, "LiberationSans", 5.2, margin_mm=14,
                        page_numbers="Hal. {n}"),
                   HEADING,
                   ("Tujuan dan sasaran jangka menengah Dinas Sosial beserta indikator dan "
                    "target kinerjanya disajikan pada tabel berikut.", table),
                   ("Pelaihari, 12 Mei 2026", "Kepala Dinas", "",
                    HEAD, "Pembina Utama Muda",
                    "NIP. 19710304 199303 2 006"))
    info = DocumentTruth("renstra", " ".join(HEADING[:1]), AGENCY, REGION, None, 2026, 2030)
    return doc, info, (("renstra_targets", renstra_targets(data, YEARS)),)
