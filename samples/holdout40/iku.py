"""Indikator Kinerja Utama (IKU) Perangkat Daerah 2025-2029 of the Dinas Sosial, P3A Kota
Tebing Tinggi, drawn with reportlab (``holdout6.draw``, full grid), A4 landscape, DejaVu
Sans 6 pt.

Columns: No | Tujuan | Sasaran Strategis | Indikator Kinerja Utama | **Alasan** |
**Formulasi** | **Penanggung Jawab** | band **"Target Tahun"** over 2025 … 2029; then
``1 … 12``. Tujuan and No are merged over their indicators, sasaran merged where one
sasaran has two indicators; a tujuan's own indicator has a blank sasaran cell. Alasan and
Formulasi are prose full of figures and percent signs (``x 100%``) that are no targets.

Data: seed 002's Tabel 4.3 (``renstra_t43``) as curated: indicators with their seed
spellings ("Presentase PMKS") and targets printed as the seed prints them (``85%``,
``48.10 %``, ``68.00``, ``34.5``, ``Madya``); seed years 2020-2024 are plan years 2025-2029
(2019, the seed's base year, is not printed). **Invented**: Alasan, Formulasi, Penanggung
Jawab, period, signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.curated import Curated
from samples.families import renstra_targets
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout40.agency import AGENCY, REGION, signature
from samples.sample import DocumentTruth

STEM = "iku_tebingtinggi_2025_2029"
HEADING = ("INDIKATOR KINERJA UTAMA (IKU) PERANGKAT DAERAH", "TAHUN 2025-2029",
           AGENCY.upper(), REGION.upper())
YEARS = {f"y{seed}": seed + 5 for seed in range(2020, 2025)}
"""Seed year columns → the plan years they are printed under."""
EXPLAINED = (
    ("Mengukur beban PMKS yang masih harus ditangani Pemerintah Kota; makin kecil makin "
     "baik", "(Jumlah PMKS / Jumlah penduduk) x 100%", "Sekretaris Dinas"),
    ("Menunjukkan keberhasilan pemenuhan kebutuhan dasar PMKS melalui rehabilitasi dan "
     "jaminan sosial", "(Jumlah PMKS yang terpenuhi kebutuhan dasarnya / Jumlah PMKS) "
     "x 100%", "Kepala Bidang Rehabilitasi Sosial"),
    ("Indikator RPJMD untuk peran aktif perempuan dalam kehidupan ekonomi dan politik",
     "Indeks komposit keterlibatan perempuan di parlemen, tenaga profesional dan "
     "sumbangan pendapatan (rilis BPS)", "Kepala Bidang Pemberdayaan Perempuan"),
    ("Mengukur keterwakilan perempuan dalam pengambilan keputusan",
     "(Jumlah perempuan di eksekutif, legislatif dan swasta / Jumlah seluruh tenaga kerja "
     "pada posisi tersebut) x 100%", "Kepala Bidang Pemberdayaan Perempuan"),
    ("Mengukur keberhasilan pencegahan kekerasan terhadap perempuan dan anak",
     "((Kasus tahun lalu - Kasus tahun berjalan) / Kasus tahun lalu) x 100%",
     "Kepala Bidang Perlindungan Hak Perempuan dan Perlindungan Khusus Anak"),
    ("Predikat nasional pemenuhan hak anak oleh Kementerian PPPA",
     "Hasil evaluasi KLA: Pratama, Madya, Nindya, Utama atau KLA",
     "Kepala Bidang Perlindungan Hak Perempuan dan Perlindungan Khusus Anak"),
)
"""Per seed indicator, in order: (Alasan, Formulasi, Penanggung Jawab); no contract column."""


def _body(data: Curated) -> tuple[tuple[str, ...], ...]:
    """Printed rows: seed cells as curated (``^`` merges kept), the invented prose beside."""
    cell = data.column
    return tuple((raw[cell("no")], raw[cell("tujuan")], raw[cell("sasaran")],
                  raw[cell("indikator")], *explained, *(raw[cell(k)] for k in YEARS))
                 for raw, explained in zip(data.rows, EXPLAINED, strict=True))


def build() -> Built:
    """The document and its renstra_targets truth (one row per indicator per plan year)."""
    data = curated.load("renstra_t43")
    heads = ("No", "Tujuan", "Sasaran Strategis", "Indikator Kinerja Utama", "Alasan",
             "Formulasi", "Penanggung Jawab")
    header = ((*(Head(t, rowspan=2) for t in heads), Head("Target Tahun", colspan=5)),
              tuple(Head(str(y)) for y in YEARS.values()))
    table = Table(header, (6, 26, 28, 30, 34, 38, 26, *(10,) * 5), "c" + "l" * 6 + "c" * 5,
                  _body(data), numbers=True)
    doc = Document(STEM, Page(297, 210, "DejaVuSans", 6, margin_mm=14,
                              page_numbers="Hal. {n}"),
                   HEADING,
                   ("Indikator Kinerja Utama ditetapkan sebagai ukuran keberhasilan Perangkat "
                    "Daerah dalam mencapai tujuan dan sasaran strategis Renstra 2025-2029.",
                    table),
                   signature("2 Mei 2025"))
    info = DocumentTruth("iku_linkage", " ".join(HEADING[:2]), AGENCY, REGION, None, 2025, 2029)
    return doc, info, (("renstra_targets", renstra_targets(data, YEARS)),)
