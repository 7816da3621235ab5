"""Rencana Aksi 2027, Bidang Rehabilitasi dan Perlindungan Sosial of the Dinas Sosial
Kabupaten Gianyar: seed 000's bidang 1 printed from HTML by Chromium on A4 landscape
(Liberation Sans 7 pt) as an ordinary fully ruled grid.

The common SAKIP look with this set's wording: "Indikator Program" / "Indikator
Kegiatan" / "Indikator Sub Kegiatan", three "Target" columns told apart by position,
"Uraian Rencana Aksi", "Vol." and the band "Jadwal Pelaksanaan" over "TW I … TW IV"; marks
``√``; program / kegiatan / sub kegiatan cells merged (the browser splits a merge at a page
break and leaves the continuation box empty); header repeated by the browser.
"""

from __future__ import annotations

from samples import curated
from samples.derive import relocate
from samples.families import Row, rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import is_mark

UNIT = "Rehabilitasi dan Perlindungan Sosial"
AGENCY = "Dinas Sosial"
REGION = "Kabupaten Gianyar"
HEADING = ("RENCANA AKSI PENCAPAIAN KINERJA TAHUN 2027", f"BIDANG {UNIT.upper()}",
           AGENCY.upper(), REGION.upper())
PRINTED = ("no", "program", "program_indikator", "program_target", "kegiatan",
           "kegiatan_indikator", "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator",
           "sub_kegiatan_target", "aksi", "volume", "tw1", "tw2", "tw3", "tw4")


def _cell(key: str, cell: str) -> str:
    """Seed marks (``v``/``V``) print as ``√``; other cells as curated."""
    if key.startswith("tw") and cell != "^":
        return "√" if is_mark(cell) else ""
    return cell


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its rencana_aksi truth (one row per aksi)."""
    data = relocate(curated.load("ra2025_bidang1"), {"Kota Probolinggo": REGION})
    sasaran = curated.load("ra2025_sasaran").where("bidang", "1").filled()
    body = tuple(tuple(_cell(k, row[data.column(k)]) for k in PRINTED) for row in data.rows)
    header = (
        (Head("No", rowspan=2), Head("Program", rowspan=2),
         Head("Indikator Program", rowspan=2), Head("Target", rowspan=2),
         Head("Kegiatan", rowspan=2), Head("Indikator Kegiatan", rowspan=2),
         Head("Target", rowspan=2), Head("Sub Kegiatan", rowspan=2),
         Head("Indikator Sub Kegiatan", rowspan=2), Head("Target", rowspan=2),
         Head("Uraian Rencana Aksi", rowspan=2), Head("Vol.", rowspan=2),
         Head("Jadwal Pelaksanaan", colspan=4)),
        tuple(Head(f"TW {q}") for q in ("I", "II", "III", "IV")),
    )
    table = Table(header, (3.4, 9.5, 12, 5.6, 11.5, 12.5, 5.6, 10.5, 12, 5.6, 12.5, 6, 3.6, 3.6,
                           3.6, 3.6), "clllllllllllcccc", body, numbers=True)
    lines = (f"Sasaran Strategis : {sasaran[0]['sasaran']}",
             f"Indikator Kinerja Sasaran : {sasaran[0]['indikator']}")
    doc = Document("rencana_aksi_gianyar_2027",
                   Page(297, 210, "LiberationSans", 7, margin_mm=10,
                        page_numbers="- {n} -"),
                   HEADING, (*lines, table),
                   ("Gianyar, 6 Januari 2027", "Kepala Bidang Rehabilitasi dan",
                    "Perlindungan Sosial", "", "", "I WAYAN SUDARSANA, S.Sos., M.Si.",
                    "Penata Tingkat I", "NIP. 19790314 200501 1 008"))
    truth = rencana_aksi(data, UNIT, sasaran[0]["sasaran"])
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, REGION, UNIT,
                         2027, 2027)
    return doc, info, (("rencana_aksi", truth),)
