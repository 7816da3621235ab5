"""IKU linkage 2027 of the Dinas Sosial Kota Palu printed from HTML by Chromium on F4
landscape (Liberation Sans 6.5 pt) as an ordinary fully ruled grid over several pages.

This set's wording of the SAKIP "Cascading" table: "Tujuan | Indikator Tujuan (IKU Kota) |
Sasaran Strategis | Indikator Sasaran" then the band "Target Kinerja" over "Kondisi Awal
(2026) | 2027", "Program | Indikator Program | Kegiatan / Sub Kegiatan | Indikator
Keluaran" and "Pagu Anggaran"; amounts ``Rp. 783.242.000`` right-aligned; Tujuan … Program
cells merged over their rows (the browser splits a merge at a page break), header repeated
by the browser. Seed 001's rows, one item per row; kegiatan lines print no amount.
"""

from __future__ import annotations

from samples import curated
from samples.common import SPAN_UP
from samples.derive import relocate
from samples.families import Row, iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Sosial"
REGION = "Kota Palu"
HEADING = ("CASCADING INDIKATOR KINERJA UTAMA (IKU) KE PROGRAM, KEGIATAN DAN SUB KEGIATAN",
           "TAHUN 2027", "DINAS SOSIAL KOTA PALU")
PRINTED = ("no", "tujuan", "iku_kota", "sasaran", "indikator", "capaian", "target",
           "program", "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")


def _cell(key: str, cell: str) -> str:
    """Amounts print as ``Rp. 783.242.000``; other cells as curated."""
    if key == "anggaran" and cell not in ("", SPAN_UP):
        return f"Rp. {dots(int(cell))}"
    return cell


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its iku_links truth."""
    data = relocate(curated.load("iku2023"), {"Kota Probolinggo": REGION})
    body = tuple(tuple(_cell(k, row[data.column(k)]) for k in PRINTED) for row in data.rows)
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2),
               Head("Indikator Tujuan (IKU Kota)", rowspan=2),
               Head("Sasaran Strategis", rowspan=2), Head("Indikator Sasaran", rowspan=2),
               Head("Target Kinerja", colspan=2), Head("Program", rowspan=2),
               Head("Indikator Program", rowspan=2),
               Head("Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Indikator Keluaran", rowspan=2), Head("Pagu Anggaran", rowspan=2)),
              (Head("Kondisi Awal (2026)"), Head("2027")))
    table = Table(header, (3.4, 9.5, 8.5, 9.5, 9, 5.6, 4.6, 10, 10, 15.5, 16, 8.8),
                  "clllllcllllr", body)
    doc = Document("iku_palu_2027",
                   Page(330, 215, "LiberationSans", 6.5, margin_mm=10,
                        page_numbers="Halaman {n}"),
                   HEADING, (table,),
                   ("Palu, 14 Januari 2027", "KEPALA DINAS SOSIAL KOTA PALU", "", "",
                    "Drs. MOH. RIZAL LAMASITUDJU, M.Si.", "Pembina Tingkat I",
                    "NIP. 19720611 199803 1 006"))
    info = DocumentTruth("iku_linkage", " ".join(HEADING[:2]), AGENCY, REGION, None,
                         2027, 2027)
    return doc, info, (("iku_links", iku_links(data)),)
