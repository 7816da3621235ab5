"""Rencana Aksi 2025, Bidang Rehabilitasi Sosial of Dinas Sosial Kabupaten Sleman: seed 000's
bidang 1 in a table with NO ruling lines at all (zebra-shaded rows, whitespace and
alignment only), A4 landscape, DejaVu Serif Condensed, marks printed ``✓``.

The sasaran is printed as two text lines above the table (no block table), the quarter
columns sit under one "Jadwal Pelaksanaan (Triwulan)" band, and no column-number row is
printed. Merged cells print once; a merge continuing on the next page prints nothing.
"""

from __future__ import annotations

from samples import curated
from samples.families import Row, rencana_aksi
from samples.holdout5.model import Document, Grid, Head, Page
from samples.sample import DocumentTruth

HEADING = ("RENCANA AKSI TAHUN 2025", "BIDANG REHABILITASI SOSIAL",
           "DINAS SOSIAL KABUPATEN SLEMAN")
UNIT = "Rehabilitasi Sosial"
PRINTED = ("no", "program", "program_indikator", "program_target", "kegiatan",
           "kegiatan_indikator", "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator",
           "sub_kegiatan_target", "aksi", "volume", "tw1", "tw2", "tw3", "tw4")


def _mark(cell: str) -> str:
    """Seed marks (``v``/``V``) print as check marks; covered and blank cells stay."""
    return "✓" if cell in ("v", "V") else cell


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its rencana_aksi truth (one row per aksi)."""
    data = curated.load("ra2025_bidang1")
    block = curated.load("ra2025_sasaran").where("bidang", "1").filled()[0]
    body = tuple(tuple(_mark(row[data.column(k)]) for k in PRINTED) for row in data.rows)
    header = (
        (Head("No", rowspan=2), Head("Program", rowspan=2),
         Head("Indikator Kinerja Program", rowspan=2), Head("Target", rowspan=2),
         Head("Kegiatan", rowspan=2), Head("Indikator Kinerja Kegiatan", rowspan=2),
         Head("Target", rowspan=2), Head("Sub Kegiatan", rowspan=2),
         Head("Indikator Kinerja Sub Kegiatan", rowspan=2), Head("Target", rowspan=2),
         Head("Rencana Aksi", rowspan=2), Head("Volume", rowspan=2),
         Head("Jadwal Pelaksanaan (Triwulan)", colspan=4)),
        (Head("I"), Head("II"), Head("III"), Head("IV")),
    )
    grid = Grid(header, (3, 9, 11, 4.6, 10, 12, 4.6, 11.5, 13, 5.4, 13, 5.6, 3, 3, 3, 3),
                "clllllllllllcccc", body, rules="none")
    lines = (f"Sasaran Strategis : {block['sasaran']}",
             f"Indikator Sasaran : {block['indikator']} (Target TW IV: {block['tw4']})")
    doc = Document("rencana_aksi_sleman_2025",
                   Page(297, 210, "DejaVuSerifCondensed", 6, margin_mm=11,
                        page_numbers="- {n} -"),
                   HEADING, (*lines, grid),
                   ("Sleman, 2 Januari 2025", "Kepala Bidang Rehabilitasi Sosial", "",
                    "SRI HARTATI, S.Sos., M.Si.", "NIP. 19740812 199803 2 004"))
    truth = rencana_aksi(data, UNIT, block["sasaran"])
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), "Dinas Sosial",
                         "Kabupaten Sleman", UNIT, 2025, 2025)
    return doc, info, (("rencana_aksi", truth),)
