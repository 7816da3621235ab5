"""Rencana Aksi 2027, Bidang Pemberdayaan Sosial of the Dinas Sosial Kota Cilegon: seed
000's bidang 4 typed into a spreadsheet and printed by LibreOffice Calc on F4 landscape
(Arial → Liberation Sans 7 pt) with a full cell grid.

This set's wording: "Program / Kegiatan / Sub Kegiatan" each followed by "Indikator
Kinerja" and "Target", then "Rencana Aksi", "Volume / Satuan" and the band "Target
Pelaksanaan Triwulan" over "I … IV"; marks typed ``v`` (as Excel users do); program /
kegiatan / sub kegiatan cells merged, header rows repeated by Calc.
"""

from __future__ import annotations

from samples import curated
from samples.derive import relocate
from samples.families import Row, rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import is_mark

UNIT = "Pemberdayaan Sosial"
AGENCY = "Dinas Sosial"
REGION = "Kota Cilegon"
HEADING = ("RENCANA AKSI TAHUN ANGGARAN 2027", f"BIDANG {UNIT.upper()}",
           f"{AGENCY.upper()} {REGION.upper()}")
PRINTED = ("no", "program", "program_indikator", "program_target", "kegiatan",
           "kegiatan_indikator", "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator",
           "sub_kegiatan_target", "aksi", "volume", "tw1", "tw2", "tw3", "tw4")


def _cell(key: str, cell: str) -> str:
    """Seed marks (``v``/``V``) print as a lower-case ``v``; other cells as curated."""
    if key.startswith("tw") and cell != "^":
        return "v" if is_mark(cell) else ""
    return cell


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its rencana_aksi truth (one row per aksi)."""
    data = relocate(curated.load("ra2025_bidang4"), {"Kota Probolinggo": REGION})
    sasaran = curated.load("ra2025_sasaran").where("bidang", "4").filled()
    body = tuple(tuple(_cell(k, row[data.column(k)]) for k in PRINTED) for row in data.rows)
    header = (
        (Head("No.", rowspan=2), Head("Program", rowspan=2),
         Head("Indikator Kinerja Program", rowspan=2), Head("Target", rowspan=2),
         Head("Kegiatan", rowspan=2), Head("Indikator Kinerja Kegiatan", rowspan=2),
         Head("Target", rowspan=2), Head("Sub Kegiatan", rowspan=2),
         Head("Indikator Kinerja Sub Kegiatan", rowspan=2), Head("Target", rowspan=2),
         Head("Rencana Aksi", rowspan=2), Head("Volume / Satuan", rowspan=2),
         Head("Target Pelaksanaan Triwulan", colspan=4)),
        tuple(Head(q) for q in ("I", "II", "III", "IV")),
    )
    table = Table(header, (3, 12.5, 12, 5, 12, 12.5, 5, 12, 12.5, 5.4, 11, 6.5, 3, 3, 3, 3),
                  "clllllclllcccccc", body)
    lines = (f"Sasaran Strategis : {sasaran[0]['sasaran']}",
             f"Indikator Sasaran : {sasaran[0]['indikator']}")
    doc = Document("rencana_aksi_cilegon_2027",
                   Page(330, 215, "Arial", 7, margin_mm=10, page_numbers="Halaman {n}"),
                   HEADING, (*lines, table),
                   ("Cilegon, 8 Januari 2027", "Kepala Bidang Pemberdayaan Sosial", "", "",
                    "AHMAD SYARIFUDIN, S.Sos., M.Si.", "Penata Tingkat I",
                    "NIP. 19800912 200604 1 011"))
    truth = rencana_aksi(data, UNIT, sasaran[0]["sasaran"])
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, REGION, UNIT,
                         2027, 2027)
    return doc, info, (("rencana_aksi", truth),)
