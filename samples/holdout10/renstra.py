"""Renstra 2026–2030 of the Dinas Sosial Kabupaten Kutai Kartanegara: Tabel 4.3 and Tabel
4.4 printed from HTML by Chromium on A4 landscape (Liberation Serif 8 pt) as fully ruled
grids.

This set's wording of the Permendagri 86/2017 form: "No | Tujuan | Sasaran | Indikator
Tujuan/Sasaran" then the band "Target Capaian Kinerja Perangkat Daerah" over "2026 …
2030" (bare years); targets as the seed prints them (``85%``, ``34.5``, ``Madya``), a
caption above each table, one sentence between them, page numbers "Halaman n".

Data: seed Tabel 4.3 / 4.4 (``renstra_t43`` / ``renstra_t44``), the seed's 2020–2024
columns re-dated 2026–2030 (its 2019 column is not printed); "Kota Probolinggo" →
"Kabupaten Kutai Kartanegara", "Kota Layak Anak" → "Kabupaten Layak Anak".
"""

from __future__ import annotations

from samples import curated
from samples.derive import relocate
from samples.families import Row, renstra_targets
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth

AGENCY = "Dinas Sosial"
REGION = "Kabupaten Kutai Kartanegara"
HEADING = ("RENSTRA PERANGKAT DAERAH PERIODE 2026-2030", AGENCY.upper(), REGION.upper())
SEED_YEARS = ("y2020", "y2021", "y2022", "y2023", "y2024")
YEARS = dict(zip(SEED_YEARS, range(2026, 2031), strict=True))


def _table(seed: str, caption: str, indikator: str) -> tuple[Table, list[Row]]:
    data = relocate(curated.load(seed), {"Kota Probolinggo": REGION,
                                           "Kota Layak Anak": "Kabupaten Layak Anak"})
    body = tuple(tuple(row[data.column(k)] for k in ("no", "tujuan", "sasaran", "indikator",
                                                     *SEED_YEARS)) for row in data.rows)
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("Sasaran", rowspan=2),
               Head(indikator, rowspan=2),
               Head("Target Capaian Kinerja Perangkat Daerah", colspan=5)),
              tuple(Head(str(y)) for y in YEARS.values()))
    table = Table(header, (3, 20, 23, 29, 6.5, 6.5, 6.5, 6.5, 6.5), "clllccccc", body,
                  caption=(caption,))
    return table, renstra_targets(data, YEARS)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its two renstra_targets tables, in printed order."""
    t43, rows43 = _table("renstra_t43", "Tabel 4.3 Tujuan dan Sasaran Jangka Menengah "
                         "Pelayanan Dinas Sosial Kabupaten Kutai Kartanegara",
                         "Indikator Tujuan/Sasaran")
    t44, rows44 = _table("renstra_t44", "Tabel 4.4 Indikator Kinerja Dinas Sosial yang "
                         "Mengacu pada Tujuan dan Sasaran RPJMD",
                         "Indikator Kinerja Utama")
    doc = Document("renstra_kukar_2026_2030",
                   Page(297, 210, "LiberationSerif", 8, margin_mm=12,
                        page_numbers="Halaman {n}"),
                   HEADING,
                   ("Tujuan dan sasaran jangka menengah beserta indikator dan target "
                    "kinerjanya untuk periode 2026-2030 adalah sebagai berikut.", t43,
                    "Adapun indikator kinerja yang mengacu pada tujuan dan sasaran RPJMD "
                    "disajikan dalam tabel di bawah ini.", t44),
                   ("Tenggarong, 3 Maret 2026", "KEPALA DINAS SOSIAL",
                    "KABUPATEN KUTAI KARTANEGARA", "", "", "Dr. H. ANDI SYAHRIR, M.Si.",
                    "Pembina Utama Muda", "NIP. 19700521 199503 1 002"))
    info = DocumentTruth("renstra", HEADING[0], AGENCY, REGION, None, 2026, 2030)
    return doc, info, (("renstra_targets", rows43), ("renstra_targets", rows44))
