"""Renstra 2025–2029 of the Dinas Sosial Kabupaten Aceh Besar: Tabel 4.3 and Tabel 4.4 as
Word tables printed by LibreOffice Writer on A4 landscape (Times New Roman → Liberation
Serif 8 pt), rules between rows only (``holdout6.writer``).

This set's wording of the Permendagri 86/2017 form: "No | Tujuan | Sasaran | Indikator
Kinerja" then the band "Target Kinerja Tujuan dan Sasaran pada Tahun" over "2025 … 2029";
targets as the seed prints them (``85%``, ``34.5``, ``Madya``), a caption above each table,
a sentence before each.

Data: seed Tabel 4.3 / 4.4 (``renstra_t43`` / ``renstra_t44``), the seed's 2020–2024
columns re-dated 2025–2029 (its 2019 column is not printed); "Kota Probolinggo" →
"Kabupaten Aceh Besar", "Kota Layak Anak" → "Kabupaten Layak Anak".
"""

from __future__ import annotations

from samples import curated
from samples.derive import relocate
from samples.families import Row, renstra_targets
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth

AGENCY = "Dinas Sosial"
REGION = "Kabupaten Aceh Besar"
HEADING = ("RENCANA STRATEGIS DINAS SOSIAL TAHUN 2025-2029", "PEMERINTAH KABUPATEN ACEH BESAR")
SEED_YEARS = ("y2020", "y2021", "y2022", "y2023", "y2024")
YEARS = dict(zip(SEED_YEARS, range(2025, 2030), strict=True))


def _table(seed: str, caption: str) -> tuple[Table, list[Row]]:
    data = relocate(curated.load(seed), {"Kota Probolinggo": REGION,
                                           "Kota Layak Anak": "Kabupaten Layak Anak"})
    body = tuple(tuple(row[data.column(k)] for k in ("no", "tujuan", "sasaran", "indikator",
                                                     *SEED_YEARS)) for row in data.rows)
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("Sasaran", rowspan=2),
               Head("Indikator Kinerja", rowspan=2),
               Head("Target Kinerja Tujuan dan Sasaran pada Tahun", colspan=5)),
              tuple(Head(str(y)) for y in YEARS.values()))
    table = Table(header, (3, 20, 23, 30, 6.5, 6.5, 6.5, 6.5, 6.5), "clllccccc", body,
                  caption=(caption,))
    return table, renstra_targets(data, YEARS)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its two renstra_targets tables, in printed order."""
    t43, rows43 = _table("renstra_t43", "Tabel 4.3 Tujuan dan Sasaran Jangka Menengah "
                         "Pelayanan Dinas Sosial Kabupaten Aceh Besar")
    t44, rows44 = _table("renstra_t44", "Tabel 4.4 Indikator Kinerja Dinas Sosial Kabupaten "
                         "Aceh Besar yang Mengacu pada Tujuan dan Sasaran RPJMD")
    doc = Document("renstra_acehbesar_2025_2029",
                   Page(297, 210, "Times New Roman", 8, margin_mm=15),
                   HEADING,
                   ("Tujuan dan sasaran jangka menengah Dinas Sosial beserta indikator dan "
                    "target kinerjanya disajikan pada tabel berikut.", t43,
                    "Indikator kinerja Dinas Sosial yang mengacu pada tujuan dan sasaran RPJMD "
                    "ditunjukkan pada tabel di bawah ini.", t44),
                   ("Jantho, 17 Februari 2025", "KEPALA DINAS SOSIAL",
                    "KABUPATEN ACEH BESAR", "", "", "Ir. T. MUHAMMAD FADHIL, M.T.",
                    "Pembina Utama Muda", "NIP. 19690228 199603 1 001"))
    info = DocumentTruth("renstra", HEADING[0], AGENCY, REGION, None, 2025, 2029)
    return doc, info, (("renstra_targets", rows43), ("renstra_targets", rows44))
