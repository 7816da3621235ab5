"""Rencana Aksi 2026, Bidang Pemberdayaan Sosial of the Dinas Sosial Kota Semarang: seed
000's bidang 4 drawn as a fully ruled grid on A4 landscape in Liberation Serif.

Unusual for the corpus: the four quarter columns sit under a "Jadwal Pelaksanaan" band
with their headers turned 90° ("Kuartal I" … "Kuartal IV", read bottom-up), the marks are
printed ``x`` (the contract's true mark), the three target columns are headed "Target",
"Target" and "Target Kinerja", the indicator headers name outcome/output, and the header
and a column-number row repeat on every page.
"""

from __future__ import annotations

from samples import curated
from samples.derive import relocate
from samples.families import Row, rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth

UNIT = "Pemberdayaan Sosial"
HEADING = ("RENCANA AKSI TAHUN 2026", f"BIDANG {UNIT.upper()}", "DINAS SOSIAL KOTA SEMARANG")
PRINTED = ("no", "program", "program_indikator", "program_target", "kegiatan",
           "kegiatan_indikator", "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator",
           "sub_kegiatan_target", "aksi", "volume", "tw1", "tw2", "tw3", "tw4")
MARKS = ("tw1", "tw2", "tw3", "tw4")


def _mark(key: str, cell: str) -> str:
    """Seed marks (``v``) print as ``x``; covered and blank cells stay as they are."""
    return "x" if key in MARKS and cell in ("v", "V") else cell


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its rencana_aksi truth (one row per aksi)."""
    data = relocate(curated.load("ra2025_bidang4"), {"Kota Probolinggo": "Kota Semarang"})
    block = curated.load("ra2025_sasaran").where("bidang", "4").filled()[0]
    body = tuple(tuple(_mark(k, row[data.column(k)]) for k in PRINTED) for row in data.rows)
    header = (
        (Head("No", rowspan=2), Head("Program", rowspan=2),
         Head("Indikator Kinerja Program (Outcome)", rowspan=2), Head("Target", rowspan=2),
         Head("Kegiatan", rowspan=2), Head("Indikator Kinerja Kegiatan (Output)", rowspan=2),
         Head("Target", rowspan=2), Head("Sub Kegiatan", rowspan=2),
         Head("Indikator Kinerja Sub Kegiatan", rowspan=2), Head("Target Kinerja", rowspan=2),
         Head("Rencana Aksi", rowspan=2), Head("Volume", rowspan=2),
         Head("Jadwal Pelaksanaan", colspan=4)),
        tuple(Head(f"Kuartal {q}", rotate=True) for q in ("I", "II", "III", "IV")),
    )
    table = Table(header, (3, 13, 12, 5, 11, 12, 5, 12, 12, 6, 13, 6.5, 2.6, 2.6, 2.6, 2.6),
                  "clllllllllllcccc", body, numbers=True)
    lines = (f"Sasaran Strategis : {block['sasaran']}",
             f"Indikator Kinerja Sasaran : {block['indikator']} (target akhir tahun "
             f"{block['tw4']})")
    doc = Document("rencana_aksi_semarang_2026",
                   Page(297, 210, "LiberationSerif", 7, margin_mm=10,
                        page_numbers="Hal. {n}"),
                   HEADING, (*lines, table),
                   ("Semarang, 5 Januari 2026", "Kepala Bidang Pemberdayaan Sosial", "",
                    "BAMBANG SETYO NUGROHO, S.Sos., M.M.", "NIP. 19760314 200212 1 006"))
    truth = rencana_aksi(data, UNIT, block["sasaran"])
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), "Dinas Sosial",
                         "Kota Semarang", UNIT, 2026, 2026)
    return doc, info, (("rencana_aksi", truth),)
