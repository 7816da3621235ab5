"""Renstra 2025–2029 of the Dinas Sosial P3A Kabupaten Kapuas Hulu, chapter IV "Tabel 4.1
Tujuan dan Sasaran Jangka Menengah Pelayanan Perangkat Daerah" (the T-C.25 form of
Permendagri 86/2017), typed in Word and printed by LibreOffice Writer (``holdout44.word``:
``holdout40.word``'s Table Grid with rows that never split, grey header rows repeated by
Writer on every page, justified running text, PAGE field footer), A4 landscape, **Arial**
(→ Liberation Sans) 9 pt: the size a chapter table keeps when it is typed in the body of
the Renstra, so it runs onto a second page.

Columns: No | Tujuan | Sasaran | Indikator Tujuan / Sasaran | Satuan | Kondisi Kinerja Awal
(2024) | band "Target Kinerja Tujuan / Sasaran pada Tahun" over 2025 … 2029 | Kondisi
Kinerja pada Akhir Periode Renstra (2029); then ``1 … 12``. No, Tujuan and Sasaran merged
over their indicators; targets bare under the Satuan (``48,25``, ``Madya``).

Data: seed 002's Tabel 4.3 (``renstra_t43``) in holdout23's Satuan form
(``holdout23.seed.targets``: seed 2019 as Kondisi Awal, 2020–2024 as 2025–2029, Kondisi
Akhir = the last year), "Kota Layak Anak" → "Kabupaten Layak Anak". **Invented**: the third
tujuan (``SERVICES``: rehabilitation outside the panti, disaster victims, PSKS and the
regency's Komunitas Adat Terpencil), the two paragraphs, signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import MERGED, Curated
from samples.derive import relocate
from samples.families import renstra_targets
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout23.seed import COLUMNS, plan_years, targets
from samples.holdout44.agency import AGENCY, REGION, signature
from samples.sample import DocumentTruth

STEM = "renstra_kapuas_hulu_2025_2029"
HEADING = ("RENCANA STRATEGIS", "TAHUN 2025-2029", AGENCY.upper(), REGION.upper())
YEARS = plan_years(2025)
HEADER_WORD = "Kondisi"
"""A word of the header Writer repeats on every page (checked by ``check``)."""
TUJUAN = "Meningkatnya Kualitas Pelayanan Sosial bagi Pemerlu Pelayanan Kesejahteraan Sosial"
SERVICES = (
    ("3", TUJUAN, "Meningkatnya pelayanan rehabilitasi dan perlindungan sosial PPKS",
     "Persentase PPKS yang memperoleh rehabilitasi sosial dasar di luar panti", "%",
     "62", "65", "70", "75", "80", "85", "85"),
    (MERGED, MERGED, MERGED,
     "Persentase korban bencana yang memperoleh perlindungan dan jaminan sosial", "%",
     "100", "100", "100", "100", "100", "100", "100"),
    (MERGED, MERGED, "Meningkatnya keberdayaan potensi dan sumber kesejahteraan sosial",
     "Persentase Potensi dan Sumber Kesejahteraan Sosial (PSKS) yang aktif", "%",
     "45,50", "50,00", "55,00", "60,00", "65,00", "70,00", "70,00"),
    (MERGED, MERGED, MERGED, "Jumlah Komunitas Adat Terpencil (KAT) yang diberdayakan",
     "Komunitas", "2", "3", "3", "4", "4", "5", "5"),
)
"""The invented third tujuan, in ``holdout23.seed.COLUMNS`` order."""
PROSE = (
    "Tujuan dan sasaran jangka menengah Dinas Sosial, Pemberdayaan Perempuan dan "
    "Perlindungan Anak Kabupaten Kapuas Hulu dirumuskan berdasarkan hasil identifikasi "
    "permasalahan pelayanan, telaahan visi dan misi Bupati dan Wakil Bupati terpilih serta "
    "sasaran RPJMD Kabupaten Kapuas Hulu Tahun 2025-2029.",
    "Setiap tujuan dan sasaran dilengkapi indikator kinerja yang terukur, kondisi kinerja "
    "pada awal periode, target tahunan dan kondisi kinerja yang hendak dicapai pada akhir "
    "periode Renstra, sebagaimana disajikan pada tabel berikut.",
)


def data() -> Curated:
    """The printed rows: the seed table re-homed, then the invented tujuan."""
    seed = relocate(targets("renstra_t43"), {"Kota Layak Anak": "Kabupaten Layak Anak"})
    return Curated(COLUMNS, (*seed.rows, *SERVICES))


def build() -> Built:
    """The document and its renstra_targets truth (one row per indicator per plan year;
    Kondisi Awal and Kondisi Akhir give none)."""
    rows = data()
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("Sasaran", rowspan=2),
               Head("Indikator Tujuan / Sasaran", rowspan=2), Head("Satuan", rowspan=2),
               Head("Kondisi Kinerja Awal (2024)", rowspan=2),
               Head("Target Kinerja Tujuan / Sasaran pada Tahun", colspan=5),
               Head("Kondisi Kinerja pada Akhir Periode Renstra (2029)", rowspan=2)),
              tuple(Head(str(y)) for y in YEARS.values()))
    table = Table(header, (8, 27, 29, 35, 17, 20, *(11,) * 5, 30), "clllcc" + "c" * 6,
                  rows.rows, numbers=True,
                  caption=("Tabel 4.1", "Tujuan dan Sasaran Jangka Menengah Pelayanan "
                           "Perangkat Daerah"))
    doc = Document(STEM, Page(297, 210, "Arial", 9, margin_mm=20,
                              page_numbers="Halaman {n}"),
                   HEADING, ("BAB IV", "TUJUAN DAN SASARAN", *PROSE, table),
                   signature("17 Maret 2025"))
    info = DocumentTruth("renstra", " ".join(HEADING[:2]), AGENCY, REGION, None, 2025, 2029)
    return doc, info, (("renstra_targets", renstra_targets(rows, YEARS)),)
