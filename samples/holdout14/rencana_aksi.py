"""Rencana Aksi 2027 of the Dinas Sosial Kota Tegal, Bidang Rehabilitasi Sosial: seed
000's bidang 1 typed on ONE Excel sheet and printed by LibreOffice Calc "fit to width" on
Folio (F4) landscape, so Arial 7 pt comes out at about 5.5 pt.

Look: dark blue header band with white bold text, repeated on every page; a column-number
row ``(1) … (16)``; a narrow empty spacer column before the quarter block (borderless);
program / kegiatan / sub kegiatan cells merged down over their aksi; marks typed ``V``
under "Jadwal Pelaksanaan" over "I | II | III | IV"; the sasaran and its indicator as two
lines of text above the table; "Halaman n dari N".
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.derive import relocate
from samples.families import rencana_aksi
from samples.holdout6.model import Head
from samples.holdout14.sheet import Book, Grid, Sheet
from samples.sample import DocumentTruth
from samples.values import is_mark

AGENCY = "Dinas Sosial"
REGION = "Kota Tegal"
UNIT = "Rehabilitasi Sosial"
HEADING = ("RENCANA AKSI KINERJA TAHUN 2027", "BIDANG REHABILITASI SOSIAL",
           "DINAS SOSIAL KOTA TEGAL")
KEYS = ("no", "program", "program_indikator", "program_target", "kegiatan",
        "kegiatan_indikator", "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator",
        "sub_kegiatan_target", "aksi", "volume", "", "tw1", "tw2", "tw3", "tw4")
"""Printed columns in order; ``""`` is the spacer column."""
GAP = KEYS.index("")
WIDTHS = (3.6, 18, 22, 6.5, 20, 22, 6.5, 20, 22, 8, 22, 8, 1.2, 3.6, 3.6, 3.6, 3.6)
HEADER = (
    (Head("No.", rowspan=2), Head("Nama Program", rowspan=2),
     Head("Indikator Program (Outcome)", rowspan=2), Head("Target 2027", rowspan=2),
     Head("Nama Kegiatan", rowspan=2), Head("Indikator Kegiatan (Output)", rowspan=2),
     Head("Target 2027", rowspan=2), Head("Nama Sub Kegiatan", rowspan=2),
     Head("Indikator Sub Kegiatan", rowspan=2), Head("Target 2027", rowspan=2),
     Head("Rincian Aksi", rowspan=2), Head("Volume", rowspan=2), Head("", rowspan=2),
     Head("Jadwal Pelaksanaan", colspan=4)),
    tuple(Head(q) for q in ("I", "II", "III", "IV")),
)


def _cell(key: str, cell: str) -> str:
    """Seed marks (``v``/``V``) are typed ``V``; the spacer column stays empty."""
    if not key:
        return ""
    if key.startswith("tw") and cell != curated.MERGED:
        return "V" if is_mark(cell) else ""
    return cell


def build() -> Built:
    """The sheet and its rencana_aksi truth."""
    data = relocate(curated.load("ra2025_bidang1"), {"Kota Probolinggo": REGION})
    sasaran = curated.load("ra2025_sasaran").where("bidang", "1").filled()[0]
    body = tuple(tuple(_cell(k, row[data.column(k)] if k else "") for k in KEYS)
                 for row in data.rows)
    grid = Grid(HEADER, body, ("",) * len(KEYS), numbers=True)
    sheet = Sheet("Renaksi 2027", WIDTHS, "cllcllcllllll" + "c" * 4,
                  (f"Sasaran Strategis : {sasaran['sasaran']}",
                   f"Indikator Kinerja : {sasaran['indikator']} (Target {sasaran['tw4']})",
                   grid),
                  heading=HEADING,
                  sign=("Tegal, 4 Januari 2027", "KEPALA DINAS SOSIAL KOTA TEGAL", "", "",
                        "Drs. MOCHAMAD SOLEH", "Pembina Tingkat I",
                        "NIP. 19710512 199803 1 006"),
                  repeat=2, gaps=frozenset({GAP}))
    book = Book("rencana_aksi_tegal_2027", (sheet,), paper=14, size=7)
    info = DocumentTruth("rencana_aksi", HEADING[0], AGENCY, REGION, UNIT, 2027, 2027)
    return book, info, (("rencana_aksi", rencana_aksi(data, UNIT, sasaran["sasaran"])),)
