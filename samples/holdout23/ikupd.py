"""(d) Renstra 2025–2029 of the Dinas Sosial Kabupaten Kotawaringin Barat, printed by
headless Chromium (``web``): "Tabel 5.1 Indikator Kinerja Utama Perangkat Daerah" — No |
Sasaran | Indikator Kinerja Utama | Formula | Satuan | Target 2025 … 2029 | Sumber Data.
Sasaran merged over its indicators (vertically centred); Formula and Sumber Data are
long prose columns in no contract column. F4 portrait, DejaVu Sans 7 pt.

It maps to ``renstra_targets`` (an indicator × year target table of a Renstra, as
holdout3's Kediri "Indikator Kinerja Utama Perangkat Daerah"): no Tujuan column, so
``tujuan`` is null; ``sasaran`` filled down. It is no ``iku_links`` table: it has no
program or kegiatan (``iku_links.kegiatan`` is required).

**Invented**: indicators (seed 002's themes), formulas, values (one ``-``: data not yet
published), Sumber Data.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import MERGED, Curated
from samples.families import renstra_targets
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout23.comparator import compared
from samples.sample import DocumentTruth

YEARS = tuple(range(2025, 2030))
PAGE = Page(215, 330, "DejaVuSans", 7, margin_mm=13, page_numbers="Halaman {n}")
HEADING = ("RENCANA STRATEGIS PERANGKAT DAERAH", "DINAS SOSIAL",
           "KABUPATEN KOTAWARINGIN BARAT", "PERIODE 2025-2029")
S1 = "Meningkatnya Kualitas Hidup Penyandang Masalah Kesejahteraan Sosial (PMKS)"
S2 = "Meningkatnya Kesiapsiagaan Masyarakat terhadap Bencana Sosial"
S3 = "Meningkatnya Kemandirian Keluarga Miskin dan Peran Potensi Sumber Kesejahteraan Sosial"
S4 = "Meningkatnya Akuntabilitas Kinerja Dinas Sosial"
ROWS = (
    ("1", S1, "Persentase PMKS yang terpenuhi kebutuhan dasarnya",
     "(Jumlah PMKS yang terpenuhi kebutuhan dasarnya / Jumlah PMKS) x 100%", "%",
     "86,50", "87,00", "87,50", "88,00", "88,50",
     "Bidang Rehabilitasi Sosial; Data Terpadu Kesejahteraan Sosial"),
    (MERGED, MERGED, "Persentase Penyandang Disabilitas Terlantar yang mendapat rehabilitasi",
     "(Jumlah Penyandang Disabilitas yang direhabilitasi / Jumlah Penyandang Disabilitas "
     "Terlantar) x 100%", "%", "-", "60", "65", "70", "75", "Laporan Bidang Rehabilitasi Sosial"),
    (MERGED, MERGED, "Rata-rata Lama Penanganan Pengaduan Masalah Sosial",
     "Jumlah hari penanganan seluruh pengaduan / Jumlah pengaduan", "Hari",
     "7", "6", "5", "5", "4", "Aplikasi Pengaduan SIKS NG"),
    ("2", S2, "Persentase Korban Bencana yang mendapat bantuan sosial pada masa tanggap darurat",
     "(Jumlah korban bencana yang dibantu / Jumlah korban bencana) x 100%", "%",
     "100", "100", "100", "100", "100", "Laporan Tagana dan BPBD"),
    (MERGED, MERGED, "Jumlah Kampung Siaga Bencana yang aktif",
     "Jumlah KSB yang memiliki tim dan rencana kontinjensi", "Kampung",
     "4", "6", "8", "10", "12", "Bidang Perlindungan dan Jaminan Sosial"),
    ("3", S3, "Persentase Keluarga Penerima Manfaat PKH yang graduasi mandiri",
     "(Jumlah KPM graduasi mandiri / Jumlah KPM PKH) x 100%", "%",
     "2,5", "3", "3,5", "4", "5", "Laporan Pendamping PKH"),
    (MERGED, MERGED, "Jumlah Potensi dan Sumber Kesejahteraan Sosial (PSKS) yang aktif",
     "Jumlah LKS, Karang Taruna dan PSM yang aktif", "Lembaga",
     "45", "48", "52", "55", "60", "Bidang Pemberdayaan Sosial"),
    (MERGED, MERGED, "Persentase Fakir Miskin yang mendapat bantuan stimulan usaha",
     "(Jumlah fakir miskin penerima bantuan usaha / Jumlah fakir miskin produktif) x 100%",
     "%", "12,25", "13,50", "14,75", "16", "17,25", "Bidang Pemberdayaan Sosial"),
    ("4", S4, "Nilai Hasil Evaluasi SAKIP Perangkat Daerah",
     "Nilai hasil evaluasi Inspektorat atas implementasi SAKIP", "Predikat",
     "B", "BB", "BB", "BB", "A", "Laporan Hasil Evaluasi Inspektorat"),
    (MERGED, MERGED, "Indeks Kepuasan Masyarakat terhadap Pelayanan Dinas Sosial",
     "Rata-rata tertimbang nilai unsur pelayanan x 25", "Nilai",
     "82,15", "83", "84", "85", "86", "Survei Kepuasan Masyarakat"),
)
COLUMNS = ("no", "sasaran", "indikator", "formula", "satuan", *(str(y) for y in YEARS),
           "sumber")


def _table() -> Table:
    header = ((Head("No", rowspan=2), Head("Sasaran", rowspan=2),
               Head("Indikator Kinerja Utama", rowspan=2), Head("Formula", rowspan=2),
               Head("Satuan", rowspan=2), Head("Target", colspan=5),
               Head("Sumber Data", rowspan=2)),
              tuple(Head(str(y)) for y in YEARS))
    return Table(header, (5, 16, 17, 16, 10.5, *(6.5,) * 5, 15), "clllc" + "c" * 5 + "l", ROWS,
                 caption=("Tabel 5.1", "Indikator Kinerja Utama Perangkat Daerah"))


def build() -> Built:
    """The document and its renstra_targets table."""
    data = Curated(COLUMNS, ROWS)
    intro = ("Indikator Kinerja Utama (IKU) Dinas Sosial menjadi ukuran keberhasilan "
             "pencapaian sasaran strategis selama periode Renstra 2025-2029.")
    doc = Document("renstra_iku_kotawaringinbarat_2025_2029", PAGE, HEADING,
                   (intro, _table()),
                   ("Pangkalan Bun, 15 Juli 2025", "KEPALA DINAS SOSIAL", "", "",
                    "H. MUHAMMAD RIDUAN, S.Sos., M.AP.", "Pembina Utama Muda",
                    "NIP. 19700405 199203 1 007"))
    info = DocumentTruth("renstra", " ".join(HEADING), "Dinas Sosial",
                         "Kabupaten Kotawaringin Barat", None, 2025, 2029)
    rows = compared(renstra_targets(data, {str(y): y for y in YEARS}))
    return doc, info, (("renstra_targets", rows),)
