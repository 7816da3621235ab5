"""(c) Renstra 2025–2029 of the Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak
Kabupaten Bone Bolango, printed by headless Chromium (``web``): Tabel 4.2 where each
**tujuan and sasaran is one merged, vertically centred cell** over several indicator
rows. Targets in the forms agencies type: ``≥ 85%``, ``< 2%``, ``< 1,8%``, ``75 poin``,
decimals ``3,25``, words (``Baik``, ``Sangat Baik``, ``Madya``) and letter grades (``B``,
``BB``, ``A``). A4 landscape, Liberation Sans 7 pt, no column-number row.

Tujuan and sasaran wording: seed 002's Tabel 4.4. **Invented**: every indicator but the
seed's IDG / kekerasan / Kota Layak Anak ones (re-worded for a kabupaten), every Satuan
and every value. "Kondisi Awal (2024)" is a baseline: no truth rows.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import MERGED, Curated
from samples.families import renstra_targets
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout23.comparator import compared
from samples.sample import DocumentTruth

YEARS = tuple(range(2025, 2030))
AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
PAGE = Page(297, 210, "LiberationSans", 7, margin_mm=14, page_numbers="Hal. {n}")
HEADING = ("RENCANA STRATEGIS TAHUN 2025-2029",
           "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
           "KABUPATEN BONE BOLANGO")
T1 = "Meningkatnya Cakupan Perlindungan Sosial Masyarakat"
T2 = "Meningkatnya Keberdayaan dan Kesetaraan Gender"
ROWS = (
    (T1, "Meningkatnya Kualitas dan Kemampuan Penyandang Masalah Kesejahteraan Sosial (PMKS)",
     "Persentase PMKS yang terpenuhi kebutuhan dasarnya", "%",
     "84%", "≥ 85%", "≥ 86%", "≥ 87%", "≥ 88%", "≥ 90%"),
    (MERGED, MERGED, "Persentase PMKS yang kembali menyandang masalah sosial", "%",
     "2,4%", "< 2%", "< 2%", "< 1,8%", "< 1,6%", "< 1,5%"),
    (MERGED, MERGED, "Nilai Kepuasan Masyarakat terhadap Layanan Rehabilitasi Sosial", "Poin",
     "72 poin", "75 poin", "76 poin", "77 poin", "78 poin", "80 poin"),
    (MERGED, "Meningkatnya Kualitas Tata Kelola Data Kesejahteraan Sosial",
     "Indeks Kualitas Data Terpadu Kesejahteraan Sosial", "Indeks",
     "3,05", "3,25", "3,40", "3,55", "3,70", "3,85"),
    (MERGED, MERGED, "Kategori Pemutakhiran Data Terpadu Kesejahteraan Sosial", "Kategori",
     "Cukup", "Baik", "Baik", "Baik", "Sangat Baik", "Sangat Baik"),
    (T2, "Meningkatnya peran serta perempuan dalam pembangunan",
     "Indeks Pemberdayaan Gender (IDG)", "Indeks",
     "67,85", "68,00", "68,20", "68,35", "68,50", "68,70"),
    (MERGED, MERGED, "Nilai Evaluasi Pelaksanaan Pengarusutamaan Gender", "Predikat",
     "CC", "B", "B", "BB", "BB", "A"),
    (MERGED, "Meningkatnya perlindungan perempuan dan anak serta tumbuh kembang anak",
     "Persentase Kasus Kekerasan terhadap Perempuan dan Anak yang tertangani", "%",
     "100%", "100%", "100%", "100%", "100%", "100%"),
    (MERGED, MERGED, "Predikat Kabupaten Layak Anak", "Predikat",
     "Madya", "Madya", "Nindya", "Nindya", "Utama", "Utama"),
    (MERGED, MERGED, "Persentase Anak yang memiliki Akta Kelahiran", "%",
     "91,5%", "≥ 92%", "≥ 93%", "≥ 94%", "≥ 95%", "≥ 96%"),
)
COLUMNS = ("tujuan", "sasaran", "indikator", "satuan", "awal", *(str(y) for y in YEARS))


def _table() -> Table:
    header = ((Head("Tujuan", rowspan=2), Head("Sasaran", rowspan=2),
               Head("Indikator Kinerja Tujuan / Sasaran", rowspan=2),
               Head("Satuan", rowspan=2), Head("Kondisi Awal (2024)", rowspan=2),
               Head("Target Kinerja", colspan=5)),
              tuple(Head(str(y)) for y in YEARS))
    return Table(header, (18, 20, 24, 7, 8, *(7,) * 5), "cclc" + "c" * 6, ROWS,
                 caption=("Tabel 4.2", "Tujuan, Sasaran dan Indikator Kinerja Jangka "
                                       "Menengah"))


def build() -> Built:
    """The document and its renstra_targets table."""
    data = Curated(COLUMNS, ROWS)
    intro = ("Untuk mengukur ketercapaian tujuan dan sasaran, ditetapkan indikator kinerja "
             "beserta target tahunan selama periode Renstra sebagaimana tabel berikut.")
    doc = Document("renstra_bonebolango_2025_2029", PAGE, HEADING, (intro, _table()),
                   ("Suwawa, 2 Juni 2025", "KEPALA DINAS", "", "", "dr. RAHMAWATI USMAN",
                    "Pembina Tingkat I", "NIP. 19780614 200604 2 011"))
    info = DocumentTruth("renstra", " ".join(HEADING), AGENCY, "Kabupaten Bone Bolango",
                         None, 2025, 2029)
    rows = compared(renstra_targets(data, {str(y): y for y in YEARS}))
    return doc, info, (("renstra_targets", rows),)
