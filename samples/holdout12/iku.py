"""IKU linkage 2027 of the Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota
Pekanbaru, kept in a spreadsheet (Cambria → Caladea 6.5 pt) and printed by LibreOffice Calc
on F4 landscape with a full cell grid (``holdout11.calcgrid``).

This set's wording of the SAKIP "Pohon Kinerja / Cascading" sheet: "IKU Kota" is headed
"Indikator Kinerja Utama (IKU) Kota", the agency's indicator "Indikator Kinerja Sasaran
(IKU Perangkat Daerah)", followed by two columns the contract lacks — "Formulasi / Cara
Pengukuran" and "Sumber Data" — then the band "Kinerja" over "Baseline 2026 | Target
2027"; the amount column "Pagu Anggaran 2027 (Rp)" stands BETWEEN the kegiatan and its
indicator ("Indikator Kinerja Kegiatan / Sub Kegiatan (Output)"); money
``Rp 783.242.000,00``, kegiatan lines without amount. Seed 001's rows, one item per row.

**Invented**: the formula and the data source of each agency indicator (merged like it).
"""

from __future__ import annotations

from samples import curated
from samples.common import SPAN_UP
from samples.families import Row, iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import dots_cents

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Pekanbaru"
HEADING = ("MATRIKS CASCADING INDIKATOR KINERJA UTAMA", "TAHUN ANGGARAN 2027",
           AGENCY.upper(), REGION.upper())
MEASURE = {
    "Persentase Penyandang Masalah Kesejahteraan Sosial (PMKS) yang terpenuhi kebutuhan "
    "dasarnya": ("Jumlah PMKS yang terpenuhi kebutuhan dasarnya dibagi jumlah PMKS "
                 "dikali 100%", "DTKS / SIKS-NG"),
    "Nilai Evaluasi Pengarustamaan Gender": ("Hasil evaluasi APE oleh Kementerian PPPA",
                                             "Kementerian PPPA"),
    "Persentase Kasus Kekerasan terhadap Perempuan dan Anak yang tertangani": (
        "Jumlah kasus yang tertangani dibagi jumlah kasus yang dilaporkan dikali 100%",
        "SIMFONI-PPA"),
    "Kategori Kota Layak": ("Hasil evaluasi KLA oleh Kementerian PPPA", "Kementerian PPPA"),
}
"""Formulasi / Cara Pengukuran and Sumber Data of each agency indicator (invented)."""
BEFORE = ("no", "tujuan", "iku_kota", "sasaran", "indikator")
AFTER = ("capaian", "target", "program", "indikator_program", "kegiatan", "anggaran",
         "indikator_kegiatan")


def _cell(key: str, cell: str) -> str:
    """Amounts print as ``Rp 783.242.000,00``; other cells as curated."""
    if key == "anggaran" and cell not in ("", SPAN_UP):
        return f"Rp {dots_cents(int(cell))}"
    return cell


def _row(data: curated.Curated, row: tuple[str, ...]) -> tuple[str, ...]:
    indikator = row[data.column("indikator")]
    measure = (SPAN_UP, SPAN_UP) if indikator == SPAN_UP else MEASURE[indikator]
    return (*(row[data.column(k)] for k in BEFORE), *measure,
            *(_cell(k, row[data.column(k)]) for k in AFTER))


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its iku_links truth."""
    data = curated.load("iku2023")
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2),
               Head("Indikator Kinerja Utama (IKU) Kota", rowspan=2),
               Head("Sasaran Strategis", rowspan=2),
               Head("Indikator Kinerja Sasaran (IKU Perangkat Daerah)", rowspan=2),
               Head("Formulasi / Cara Pengukuran", rowspan=2),
               Head("Sumber Data", rowspan=2), Head("Kinerja", colspan=2),
               Head("Program", rowspan=2), Head("Indikator Kinerja Program (Outcome)", rowspan=2),
               Head("Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Pagu Anggaran 2027 (Rp)", rowspan=2),
               Head("Indikator Kinerja Kegiatan / Sub Kegiatan (Output)", rowspan=2)),
              (Head("Baseline 2026"), Head("Target 2027")))
    table = Table(header, (5, 21, 18, 20, 22, 22, 16, 12, 11, 25, 24, 32, 23, 34),
                  "cllllllcclllrl", tuple(_row(data, row) for row in data.rows))
    doc = Document("iku_pekanbaru_2027",
                   Page(330, 215, "Cambria", 6.5, margin_mm=10, page_numbers="Hal. {n}"),
                   HEADING, (table,),
                   ("Pekanbaru, 20 Januari 2027", "KEPALA DINAS SOSIAL, PEMBERDAYAAN",
                    "PEREMPUAN DAN PERLINDUNGAN ANAK", "KOTA PEKANBARU", "", "",
                    "Dr. H. FAHRURRAZI ZULKARNAIN, S.Sos., M.Si.", "Pembina Utama Muda",
                    "NIP. 19740316 199903 1 004"))
    info = DocumentTruth("iku_linkage", " ".join(HEADING[:2]), AGENCY, REGION, None,
                         2027, 2027)
    return doc, info, (("iku_links", iku_links(data)),)
