"""Rencana Aksi 2026 of the Bidang Perlindungan Perempuan of the provincial Dinas P3AP2KB,
typed on one Excel sheet by the bidang's staff and printed by LibreOffice Calc fit to
width (``holdout14.sheet``) on F4 landscape, Arial 7 pt.

This staff member words the header their own way: "No | Program | Indikator Kinerja
Program | Target | Kegiatan | Indikator Kinerja Kegiatan | Target | Sub Kegiatan |
Indikator Kinerja Sub Kegiatan | Target | Uraian Rencana Aksi | Target Volume" and the
band "Waktu Pelaksanaan (Triwulan)" over "TW I … TW IV"; **no** column-number row;
program / kegiatan / sub kegiatan merged down over their aksi; marks typed ``√``; the
sasaran and its indicator as two lines above the table.

Data: seed 000's bidang 2 (``ra2025_bidang2``) as curated, spellings kept ("Persentasae",
"Penyusunan Penyusunan"), with a province's wording ("Kabupaten/Kota" → "Provinsi");
sasaran from ``ra2025_sasaran``. **Invented**: the year, the bidang name.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.derive import relocate
from samples.families import rencana_aksi
from samples.holdout6.model import Head
from samples.holdout14.sheet import Book, Grid, Sheet
from samples.holdout24.agency import AGENCY, REGION, SIGN
from samples.sample import DocumentTruth
from samples.values import is_mark

UNIT = "Perlindungan Perempuan"
MARK = "√"
TITLE = "RENCANA AKSI TAHUN 2026"
HEADING = (TITLE, "BIDANG PERLINDUNGAN PEREMPUAN", "DINAS P3AP2KB PROVINSI KALIMANTAN UTARA")
KEYS = ("no", "program", "program_indikator", "program_target", "kegiatan",
        "kegiatan_indikator", "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator",
        "sub_kegiatan_target", "aksi", "volume", "tw1", "tw2", "tw3", "tw4")
WIDTHS = (3.6, 18, 22, 6.5, 20, 22, 6.5, 20, 22, 7, 24, 8, 4.5, 4.5, 4.5, 4.5)
HEADER = (
    (Head("No", rowspan=2), Head("Program", rowspan=2),
     Head("Indikator Kinerja Program", rowspan=2), Head("Target", rowspan=2),
     Head("Kegiatan", rowspan=2), Head("Indikator Kinerja Kegiatan", rowspan=2),
     Head("Target", rowspan=2), Head("Sub Kegiatan", rowspan=2),
     Head("Indikator Kinerja Sub Kegiatan", rowspan=2), Head("Target", rowspan=2),
     Head("Uraian Rencana Aksi", rowspan=2), Head("Target Volume", rowspan=2),
     Head("Waktu Pelaksanaan (Triwulan)", colspan=4)),
    tuple(Head(q) for q in ("TW I", "TW II", "TW III", "TW IV")),
)
PROVINCE = {"Kabupaten/ Kota": "Provinsi", "Kabupaten/Kota": "Provinsi",
            "Kota Probolinggo": REGION}


def _cell(key: str, cell: str) -> str:
    """Seed marks print as this staff member's ``√``."""
    if key.startswith("tw") and cell != curated.MERGED:
        return MARK if is_mark(cell) else ""
    return cell


def build() -> Built:
    """The sheet and its rencana_aksi truth (one row per aksi)."""
    data = relocate(curated.load("ra2025_bidang2"), PROVINCE)
    sasaran = curated.load("ra2025_sasaran").where("bidang", "2").filled()[0]
    body = tuple(tuple(_cell(k, row[data.column(k)]) for k in KEYS) for row in data.rows)
    grid = Grid(HEADER, body, ("",) * len(KEYS))
    sheet = Sheet("RA 2026", WIDTHS, "cllcllcllcll" + "c" * 4,
                  (f"Sasaran Strategis : {sasaran['sasaran']}",
                   f"Indikator Sasaran : {sasaran['indikator']}", grid),
                  heading=HEADING, sign=("Tanjung Selor, 5 Januari 2026", *SIGN), repeat=2)
    book = Book("rencana_aksi_kaltara_2026", (sheet,), paper=14, size=7,
                header_fill="E2EFDA", header_text="000000", footer="Hal &P / &N")
    info = DocumentTruth("rencana_aksi", TITLE, AGENCY, REGION, UNIT, 2026, 2026)
    return book, info, (("rencana_aksi", rencana_aksi(data, UNIT, sasaran["sasaran"])),)
