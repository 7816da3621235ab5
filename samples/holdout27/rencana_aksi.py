"""Rencana Aksi 2026 of the Bidang Pengarusutamaan Gender dan Pemberdayaan Perempuan of the
DP3A Kabupaten Rejang Lebong, typed on one Excel sheet and printed by LibreOffice Calc fit
to width (``holdout14.sheet``) on F4 landscape, Arial 8 pt.

The schedule is typed the way a spreadsheet user plans by quarter: the band "Jadwal
Pelaksanaan" over columns headed by the quarter's months, "Jan-Mar | Apr-Jun | Jul-Sep |
Okt-Des", and a scheduled quarter holds the NUMBER ``1`` (typed as a number, blank when
not scheduled). Program / kegiatan / sub kegiatan merged down over their aksi; column
numbers ``1 … 16``; the sasaran and its indicator as two lines above the table.

Data: seed 000's bidang 3 (``ra2025_bidang3``) as curated, spellings kept ("Presentase",
"Peningkata"); sasaran from ``ra2025_sasaran``. **Invented**: the year, the bidang name,
the ``1`` marks (each seed ``v`` prints as ``1``).
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.families import rencana_aksi
from samples.holdout6.model import Head
from samples.holdout14.sheet import Book, Grid, Sheet
from samples.holdout27.agency import AGENCY, HEADING, REGION, SIGN
from samples.sample import DocumentTruth
from samples.values import is_mark

UNIT = "Pengarusutamaan Gender dan Pemberdayaan Perempuan"
MARK = "1"
QUARTERS = ("Jan-Mar", "Apr-Jun", "Jul-Sep", "Okt-Des")
TITLE = "RENCANA AKSI TAHUN 2026"
KEYS = ("no", "program", "program_indikator", "program_target", "kegiatan",
        "kegiatan_indikator", "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator",
        "sub_kegiatan_target", "aksi", "volume", "tw1", "tw2", "tw3", "tw4")
WIDTHS = (3.6, 16, 18, 6.5, 17, 18, 6.5, 17, 18, 8, 20, 8.5, 7.5, 7.5, 7.5, 7.5)
HEADER = (
    (Head("No", rowspan=2), Head("Program", rowspan=2),
     Head("Indikator Program", rowspan=2), Head("Target", rowspan=2),
     Head("Kegiatan", rowspan=2), Head("Indikator Kegiatan", rowspan=2),
     Head("Target", rowspan=2), Head("Sub Kegiatan", rowspan=2),
     Head("Indikator Sub Kegiatan", rowspan=2), Head("Target", rowspan=2),
     Head("Rencana Aksi", rowspan=2), Head("Volume", rowspan=2),
     Head("Jadwal Pelaksanaan", colspan=4)),
    tuple(Head(q) for q in QUARTERS),
)


def _cell(key: str, cell: str) -> str:
    """Seed marks print as the number this staff member types for a scheduled quarter."""
    if key.startswith("tw") and cell != curated.MERGED:
        return MARK if is_mark(cell) else ""
    return cell


def build() -> Built:
    """The sheet and its rencana_aksi truth (one row per aksi)."""
    data = curated.load("ra2025_bidang3")
    sasaran = curated.load("ra2025_sasaran").where("bidang", "3").filled()[0]
    body = tuple(tuple(_cell(k, row[data.column(k)]) for k in KEYS) for row in data.rows)
    grid = Grid(HEADER, body, ("",) * 12 + ("0",) * 4, numbers=True)
    sheet = Sheet("RA 2026", WIDTHS, "cllcllcllcll" + "c" * 4,
                  (f"Sasaran Strategis : {sasaran['sasaran']}",
                   f"Indikator Kinerja : {sasaran['indikator']}", grid),
                  heading=(TITLE, f"BIDANG {UNIT.upper()}", *HEADING),
                  sign=("Curup, 12 Januari 2026", *SIGN), repeat=2)
    book = Book("rencana_aksi_rejanglebong_2026", (sheet,), paper=14, size=8,
                header_fill="FCE4D6", header_text="000000", footer="Halaman &P")
    info = DocumentTruth("rencana_aksi", TITLE, AGENCY, REGION, UNIT, 2026, 2026)
    return book, info, (("rencana_aksi", rencana_aksi(data, UNIT, sasaran["sasaran"])),)
