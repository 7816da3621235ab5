"""Renstra 2025–2029 of the Dinas Sosial Kota Jambi: Tabel 4.3 and Tabel 4.4 printed from
HTML by Chromium on A4 landscape (Liberation Serif 8 pt) as ordinary fully ruled grids.

The common Permendagri 86/2017 look: "No | Tujuan | Sasaran | Indikator Kinerja Tujuan /
Sasaran" then a band "Target Kinerja Tahun ke-" over "Tahun 2025 … Tahun 2029"; targets as
the seed prints them (``85%``, ``34.5``, ``Madya``), a caption above each table, a sentence
of running text between them, page numbers "Hal. n".

Data: seed Tabel 4.3 / 4.4 (``renstra_t43`` / ``renstra_t44``), the seed's 2020–2024
columns re-dated 2025–2029 (its 2019 column is not printed); "Kota Probolinggo" → "Kota
Jambi".
"""

from __future__ import annotations

from samples import curated
from samples.derive import relocate
from samples.families import Row, renstra_targets
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth

AGENCY = "Dinas Sosial"
REGION = "Kota Jambi"
HEADING = ("RENCANA STRATEGIS (RENSTRA) PERANGKAT DAERAH TAHUN 2025-2029", AGENCY.upper(),
           REGION.upper())
SEED_YEARS = ("y2020", "y2021", "y2022", "y2023", "y2024")
YEARS = dict(zip(SEED_YEARS, range(2025, 2030), strict=True))


def _table(seed: str, caption: str, indikator: str) -> tuple[Table, list[Row]]:
    data = relocate(curated.load(seed), {"Kota Probolinggo": REGION})
    body = tuple(tuple(row[data.column(k)] for k in ("no", "tujuan", "sasaran", "indikator",
                                                     *SEED_YEARS)) for row in data.rows)
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("Sasaran", rowspan=2),
               Head(indikator, rowspan=2), Head("Target Kinerja Tahun ke-", colspan=5)),
              tuple(Head(f"Tahun {y}") for y in YEARS.values()))
    table = Table(header, (3, 21, 23, 27, 6.5, 6.5, 6.5, 6.5, 6.5), "clllccccc", body,
                  caption=(caption,))
    return table, renstra_targets(data, YEARS)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its two renstra_targets tables, in printed order."""
    t43, rows43 = _table("renstra_t43", "Tabel 4.3 Tujuan dan Sasaran Jangka Menengah "
                         "Pelayanan Perangkat Daerah", "Indikator Kinerja Tujuan/Sasaran")
    t44, rows44 = _table("renstra_t44", "Tabel 4.4 Indikator Kinerja Perangkat Daerah yang "
                         "Mengacu pada Tujuan dan Sasaran RPJMD",
                         "Indikator Kinerja (Outcome)")
    doc = Document("renstra_jambi_2025_2029",
                   Page(297, 210, "LiberationSerif", 8, margin_mm=11,
                        page_numbers="Hal. {n}"),
                   HEADING,
                   ("Tujuan dan sasaran jangka menengah Dinas Sosial Kota Jambi beserta "
                    "indikator dan target kinerjanya disajikan pada tabel berikut.", t43,
                    "Indikator kinerja yang mengacu pada tujuan dan sasaran RPJMD Kota Jambi "
                    "Tahun 2025-2029 adalah sebagai berikut.", t44),
                   ("Jambi, 14 Juli 2025", "KEPALA DINAS SOSIAL", "KOTA JAMBI", "", "",
                    "Drs. H. M. SYAFRIL, M.Si.", "Pembina Tingkat I",
                    "NIP. 19690812 199203 1 004"))
    info = DocumentTruth("renstra", HEADING[0], AGENCY, REGION, None, 2025, 2029)
    return doc, info, (("renstra_targets", rows43), ("renstra_targets", rows44))
