"""Renstra 2025–2029 targets table of the provincial Dinas P3AP2KB, written as a web page by
the SAKIP officer and printed from the browser (``holdout7.web``: headless Chromium, no
rules, vertically centred cells, grey header band repeated by the browser), A4 landscape,
DejaVu Sans 7 pt.

"Tabel 4.2": "No | Tujuan | Sasaran | Indikator Kinerja | Satuan | Kondisi Kinerja Awal
(2024)" and the band "Target Kinerja Tahun" over ``2025 … 2029``; tujuan and sasaran
merged over their indicators; no column-number row; targets bare with a decimal comma
(the unit is in Satuan).

Data: the IDG row is seed 002's Tabel 4.3 (68.00 … 68.45, its 2019 value as Kondisi Awal),
the kekerasan indicator and sasaran wording are seed 000's ``ra2025_sasaran``; every other
tujuan, sasaran, indicator, Satuan and value is **invented** on P3AP2KB themes, with one
seed-style typo ("Presentase").
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import renstra_targets
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout24.agency import AGENCY, HEADING, REGION, SIGN
from samples.sample import DocumentTruth

TITLE = "RENCANA STRATEGIS (RENSTRA) TAHUN 2025-2029"
YEARS = ("2025", "2026", "2027", "2028", "2029")
COLUMNS = ("no", "tujuan", "sasaran", "indikator", "satuan", "awal", *YEARS)
ROWS = (
    ("1", "Meningkatnya Kesetaraan Gender dan Pemberdayaan Perempuan",
     "Meningkatnya Peran Perempuan di Bidang Politik, Ekonomi dan Pengambilan Keputusan",
     "Indeks Pemberdayaan Gender (IDG)", "Indeks",
     "68,00", "68,20", "68,30", "68,35", "68,40", "68,45"),
    ("^", "^", "^", "Indeks Pembangunan Gender (IPG)", "Indeks",
     "86,12", "86,40", "86,70", "87,00", "87,30", "87,60"),
    ("2", "Meningkatnya Perlindungan Perempuan dan Anak",
     "Meningkatnya perlindungan perempuan dan anak serta tumbuh kembang anak",
     "Persentase Kasus Kekerasan Terhadap Perempuan Dan Anak Yang Ditangani Sesuai "
     "Dengan Ketentuan", "%", "88", "90", "92", "94", "96", "100"),
    ("^", "^", "^", "Kabupaten/Kota yang Mencapai Predikat Kabupaten/Kota Layak Anak",
     "Kab/Kota", "2", "2", "3", "3", "4", "5"),
    ("3", "Terkendalinya Pertumbuhan Penduduk dan Meningkatnya Ketahanan Keluarga",
     "Meningkatnya Kesertaan Ber-KB dan Ketahanan Keluarga",
     "Angka Kelahiran Total (TFR)", "Angka", "2,31", "2,28", "2,25", "2,22", "2,19", "2,16"),
    ("^", "^", "^", "Presentase Pemakaian Kontrasepsi Modern (mCPR)", "%",
     "58,4", "59,0", "59,6", "60,2", "60,8", "61,4"),
    ("^", "^", "^", "Indeks Pembangunan Keluarga (iBangga)", "Indeks",
     "57,80", "58,50", "59,20", "59,90", "60,60", "61,30"),
)


def build() -> Built:
    """The document and its renstra_targets truth (one row per indicator × plan year;
    Kondisi Kinerja Awal is a baseline and gives none)."""
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("Sasaran", rowspan=2),
               Head("Indikator Kinerja", rowspan=2), Head("Satuan", rowspan=2),
               Head("Kondisi Kinerja Awal (2024)", rowspan=2),
               Head("Target Kinerja Tahun", colspan=5)),
              tuple(Head(y) for y in YEARS))
    table = Table(header, (3, 17, 17, 20, 6, 7, 5, 5, 5, 5, 5), "clllccccccc", ROWS,
                  caption=("Tabel 4.2",
                           "Tujuan, Sasaran, Indikator dan Target Kinerja Perangkat Daerah"))
    doc = Document("renstra_kaltara_2025_2029",
                   Page(297, 210, "DejaVuSans", 7, margin_mm=14, page_numbers="Hal. {n}"),
                   (TITLE, *HEADING), (table,), ("Tanjung Selor, 3 Maret 2025", *SIGN))
    info = DocumentTruth("renstra", TITLE, AGENCY, REGION, None, 2025, 2029)
    data = Curated(COLUMNS, ROWS)
    return doc, info, (("renstra_targets",
                        renstra_targets(data, {y: int(y) for y in YEARS})),)
