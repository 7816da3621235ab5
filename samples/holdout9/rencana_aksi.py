"""Rencana Aksi 2026, Bidang Perlindungan Perempuan dan Anak of the Dinas Pemberdayaan
Perempuan dan Perlindungan Anak Kota Mataram: seed 000's bidang 2 drawn with reportlab on
F4 landscape (Liberation Sans 7 pt) as an ordinary fully ruled grid.

The common SAKIP look: program, kegiatan and sub kegiatan cells merged over their rows
(a merge running over a page break continues as an empty box), the quarter marks ``√``
under "Triwulan I" … "Triwulan IV" (band "Waktu Pelaksanaan"), a column-number row, the
header repeated on every page, sasaran and its two indicators as text lines above.
"""

from __future__ import annotations

from samples import curated
from samples.derive import relocate
from samples.families import Row, rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import is_mark

UNIT = "Perlindungan Perempuan dan Anak"
AGENCY = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Mataram"
HEADING = ("RENCANA AKSI TAHUN 2026", f"BIDANG {UNIT.upper()}", AGENCY.upper(),
           REGION.upper())
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
    data = relocate(curated.load("ra2025_bidang2"), {"Kota Probolinggo": REGION})
    sasaran = curated.load("ra2025_sasaran").where("bidang", "2").filled()
    body = tuple(tuple(_cell(k, row[data.column(k)]) for k in PRINTED) for row in data.rows)
    header = (
        (Head("No", rowspan=2), Head("Program", rowspan=2),
         Head("Indikator Kinerja Program (Outcome)", rowspan=2), Head("Target", rowspan=2),
         Head("Kegiatan", rowspan=2), Head("Indikator Kinerja Kegiatan (Output)", rowspan=2),
         Head("Target", rowspan=2), Head("Sub Kegiatan", rowspan=2),
         Head("Indikator Kinerja Sub Kegiatan", rowspan=2), Head("Target", rowspan=2),
         Head("Rencana Aksi", rowspan=2), Head("Volume", rowspan=2),
         Head("Waktu Pelaksanaan", colspan=4)),
        tuple(Head(f"Triwulan {q}") for q in ("I", "II", "III", "IV")),
    )
    table = Table(header, (3, 11, 12, 5, 11.5, 12, 5, 12, 12, 6, 14, 6.5, 5, 5, 5, 5),
                  "clllllllllllcccc", body, numbers=True)
    lines = (f"Sasaran Strategis : {sasaran[0]['sasaran']}",
             *(f"Indikator Sasaran {n} : {r['indikator']}"
               for n, r in enumerate(sasaran, 1)))
    doc = Document("rencana_aksi_mataram_2026",
                   Page(330, 215, "LiberationSans", 7, margin_mm=10,
                        page_numbers="Halaman {n}"),
                   HEADING, (*lines, table),
                   ("Mataram, 8 Januari 2026", "Kepala Bidang Perlindungan Perempuan dan Anak",
                    "", "", "BAIQ NURUL HIDAYATI, S.Sos., M.AP.", "Penata Tingkat I",
                    "NIP. 19800617 200604 2 011"))
    truth = rencana_aksi(data, UNIT, sasaran[0]["sasaran"])
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, REGION, UNIT,
                         2026, 2026)
    return doc, info, (("rencana_aksi", truth),)
