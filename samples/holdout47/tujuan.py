"""Renstra 2025–2029 of the Dinas Sosial Kabupaten Buleleng, chapter IV "Tabel 4.1 Tujuan,
Sasaran, Indikator dan Target Kinerja Tujuan dan Sasaran Jangka Menengah Pelayanan Perangkat
Daerah" (the T-C.25 form of Permendagri 86/2017), printed by headless Chromium
(``holdout26.web``: black hairline grid, cells vertically centred, header and ``1 … 12``
repeated by the browser on every page, "Halaman n" footer), A4 landscape, **DejaVu Sans**
7.5 pt.

Columns: No | Tujuan | Sasaran | Indikator Kinerja Tujuan / Sasaran | Satuan | Kondisi
Kinerja pada Awal Periode Renstra (2024) | band "Target Kinerja pada Tahun" over 2025 …
2029 | Kondisi Kinerja pada Akhir Periode Renstra (2029); No, Tujuan and Sasaran merged over
their indicators; targets bare under the Satuan (``3,50``, ``BB``).

Data: the social-protection tujuan of seed 002's Tabel 4.4 (``renstra_t44``) in holdout23's
Satuan form (``holdout23.seed.targets``: seed 2019 → Kondisi Awal 2024, 2020–2024 →
2025–2029, Kondisi Akhir = the last year); the seed's gender tujuan is left out (a Dinas
Sosial without P3A plans none). **Invented**: tujuan 2 and 3 (``INVENTED``), the prose,
signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import MERGED, Curated
from samples.families import renstra_targets
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout23.seed import COLUMNS, plan_years, targets
from samples.holdout45.column_numbers import number_row
from samples.holdout47.agency import AGENCY, REGION, signature
from samples.sample import DocumentTruth

STEM = "renstra_tujuan_buleleng_2025_2029"
HEADING = ("RENCANA STRATEGIS (RENSTRA)", "TAHUN 2025-2029", AGENCY.upper(), REGION.upper())
YEARS = plan_years(2025)
HEADER_WORD = "Kondisi"
"""A word of the header the browser repeats on every page (checked by ``check``)."""
SEED_TUJUAN = "1"
"""The seed's tujuan a Dinas Sosial keeps (the other is the P3A's)."""
PSKS = "Meningkatnya Kemandirian dan Peran Serta Potensi Sumber Kesejahteraan Sosial"
TATA_KELOLA = "Meningkatnya Akuntabilitas Kinerja dan Kualitas Pelayanan Publik Dinas Sosial"
INVENTED = (
    ("2", PSKS, "Meningkatnya peran Potensi dan Sumber Kesejahteraan Sosial (PSKS) dalam "
     "penyelenggaraan kesejahteraan sosial",
     "Persentase PSKS yang aktif dalam penyelenggaraan kesejahteraan sosial", "%",
     "52,40", "55,00", "58,00", "61,00", "64,00", "67,00", "67,00"),
    (MERGED, MERGED, MERGED, "Persentase Lembaga Kesejahteraan Sosial (LKS) yang "
     "terakreditasi", "%", "20", "25", "30", "35", "40", "45", "45"),
    (MERGED, MERGED, "Meningkatnya kemandirian keluarga miskin penerima bantuan sosial",
     "Persentase Keluarga Penerima Manfaat (KPM) yang graduasi mandiri", "%",
     "3,15", "3,50", "4,00", "4,50", "5,00", "5,50", "5,50"),
    (MERGED, MERGED, MERGED, "Jumlah Kelompok Usaha Bersama (KUBE) yang berkembang",
     "Kelompok", "12", "15", "18", "21", "24", "27", "27"),
    ("3", TATA_KELOLA, "Meningkatnya kualitas tata kelola dan pelayanan perangkat daerah",
     "Nilai Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) Perangkat Daerah",
     "Predikat", "B", "BB", "BB", "BB", "A", "A", "A"),
    (MERGED, MERGED, MERGED, "Indeks Kepuasan Masyarakat (IKM) terhadap layanan Dinas Sosial",
     "Indeks", "81,25", "82,00", "82,75", "83,50", "84,25", "85,00", "85,00"),
    (MERGED, MERGED, MERGED, "Persentase data Pemerlu Pelayanan Kesejahteraan Sosial (PPKS) "
     "yang dimutakhirkan", "%", "72", "76", "80", "85", "90", "95", "95"),
)
"""Tujuan 2 and 3, in ``holdout23.seed.COLUMNS`` order."""
PROSE = (
    "Tujuan dan sasaran jangka menengah Dinas Sosial Kabupaten Buleleng merupakan penjabaran "
    "visi dan misi Bupati dan Wakil Bupati Buleleng serta sasaran RPJMD Kabupaten Buleleng "
    "Tahun 2025-2029 yang menjadi tanggung jawab urusan sosial.",
    "Rumusan tujuan, sasaran, indikator kinerja serta target kinerja tujuan dan sasaran "
    "Dinas Sosial Kabupaten Buleleng tahun 2025-2029 disajikan pada tabel berikut.",
)


def data() -> Curated:
    """The printed rows: the seed's first tujuan, then the invented two."""
    seed = targets("renstra_t44")
    kept, tujuan = [], ""
    for row in seed.rows:
        tujuan = row[0] if row[0] != MERGED else tujuan
        if tujuan == SEED_TUJUAN:
            kept.append(row)
    return Curated(COLUMNS, (*kept, *INVENTED))


def build() -> Built:
    """The document and its renstra_targets truth (one row per indicator per plan year;
    Kondisi Awal and Kondisi Akhir give none)."""
    rows = data()
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("Sasaran", rowspan=2),
               Head("Indikator Kinerja Tujuan / Sasaran", rowspan=2),
               Head("Satuan", rowspan=2),
               Head("Kondisi Kinerja pada Awal Periode Renstra (2024)", rowspan=2),
               Head("Target Kinerja pada Tahun", colspan=5),
               Head("Kondisi Kinerja pada Akhir Periode Renstra (2029)", rowspan=2)),
              tuple(Head(str(y)) for y in YEARS.values()), number_row(12))
    table = Table(header, (7, 22, 24, 30, 15, 13, *(9,) * 5, 13), "clllcc" + "c" * 6,
                  rows.rows, caption=("Tabel 4.1 Tujuan, Sasaran, Indikator dan Target "
                                      "Kinerja Tujuan dan Sasaran Jangka Menengah Pelayanan "
                                      "Perangkat Daerah",))
    doc = Document(STEM, Page(297, 210, "DejaVuSans", 7.5, margin_mm=15,
                              page_numbers="Halaman {n}"),
                   HEADING, ("BAB IV", "TUJUAN DAN SASARAN", *PROSE, table),
                   signature("14 Maret 2025"))
    info = DocumentTruth("renstra", " ".join(HEADING[:2]), AGENCY, REGION, None, 2025, 2029)
    return doc, info, (("renstra_targets", renstra_targets(rows, YEARS)),)
