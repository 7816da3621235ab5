"""Renstra 2025–2029 tujuan / sasaran targets of the DP3A Kabupaten Rejang Lebong, a web page
printed by headless Chromium (``web.render_middle``), A4 landscape, Liberation Serif 7.5 pt.

"Tabel 4.2": "No | Tujuan | Sasaran | Indikator Tujuan / Sasaran | Kondisi Awal (2024)" and
the band "Target Kinerja" over ``2025 … 2029``; tujuan and sasaran merged (centred) over
their indicators; no Satuan column, so the unit is typed in the target cell — for some
indicators on a SECOND LINE of the cell (``88`` / ``%``, ``4`` / ``Desa``), for others on
one line (``64,40``) or qualitative (``Madya``). No column-number row.

Data: sasaran / indicator wording partly from the seeds (``ra2025_sasaran``: the kekerasan
indicator, "Meningkatnya Peran Serta Perempuan dalam Pembangunan", the Parahita Eka Praya
award); every other tujuan, sasaran, indicator and value is **invented**.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import renstra_targets
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout27.agency import AGENCY, HEADING, REGION, SIGN
from samples.sample import DocumentTruth

TITLE = "RENCANA STRATEGIS (RENSTRA) TAHUN 2025-2029"
YEARS = ("2025", "2026", "2027", "2028", "2029")
COLUMNS = ("no", "tujuan", "sasaran", "indikator", "awal", *YEARS)
T1 = "Meningkatnya Kesetaraan Gender dan Pemberdayaan Perempuan"
T2 = "Meningkatnya Perlindungan Perempuan dan Anak"


def _two(unit: str, *values: str) -> tuple[str, ...]:
    """Target cells typed as the value, a line break, then the unit."""
    return tuple(f"{v}\n{unit}" for v in values)


ROWS = (
    ("1", T1, "Meningkatnya Peran Serta Perempuan dalam Pembangunan",
     "Indeks Pemberdayaan Gender (IDG)",
     "64,15", "64,40", "64,70", "65,00", "65,30", "65,60"),
    ("^", "^", "^", "Indeks Pembangunan Gender (IPG)",
     "89,90", "90,10", "90,30", "90,50", "90,70", "90,90"),
    ("^", "^", "^", "Peringkat Anugerah Parahita Eka Praya",
     "Pratama", "Pratama", "Madya", "Madya", "Utama", "Utama"),
    ("^", "^", "Meningkatnya Kualitas Pengarusutamaan Gender pada Perangkat Daerah",
     "Perangkat Daerah yang Menyusun Anggaran Responsif Gender",
     *_two("OPD", "18", "20", "22", "24", "26", "28")),
    ("2", T2, "Meningkatnya perlindungan perempuan dan anak serta tumbuh kembang anak",
     "Persentase Kasus Kekerasan Terhadap Perempuan Dan Anak Yang Ditangani Sesuai "
     "Dengan Ketentuan", *_two("%", "88", "90", "92", "94", "96", "98")),
    ("^", "^", "^", "Jumlah Desa/Kelurahan Ramah Perempuan dan Peduli Anak",
     *_two("Desa", "4", "8", "12", "16", "20", "24")),
    ("^", "^", "Terwujudnya Kabupaten Layak Anak", "Predikat Kabupaten Layak Anak",
     "Pratama", "Madya", "Madya", "Nindya", "Nindya", "Utama"),
    ("^", "^", "^", "Persentase Anak yang Memiliki Akta Kelahiran",
     *_two("%", "92,40", "93,50", "94,60", "95,70", "96,80", "97,90")),
)


def build() -> Built:
    """The document and its renstra_targets truth (one row per indicator × plan year;
    Kondisi Awal is a baseline and gives none). A two-line cell's truth ``target_raw`` is
    its lines joined by a space (``88 %``)."""
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("Sasaran", rowspan=2),
               Head("Indikator Tujuan / Sasaran", rowspan=2),
               Head("Kondisi Awal (2024)", rowspan=2), Head("Target Kinerja", colspan=5)),
              tuple(Head(y) for y in YEARS))
    table = Table(header, (4, 17, 19, 23, 7, 6, 6, 6, 6, 6), "cllccccccc", ROWS,
                  caption=("Tabel 4.2", "Tujuan, Sasaran, Indikator dan Target Kinerja "
                           "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"))
    doc = Document("renstra_rejanglebong_2025_2029",
                   Page(297, 210, "LiberationSerif", 7.5, margin_mm=15,
                        page_numbers="- {n} -"),
                   (TITLE, *HEADING), (table,), ("Curup, 17 Maret 2025", *SIGN))
    info = DocumentTruth("renstra", TITLE, AGENCY, REGION, None, 2025, 2029)
    joined = tuple(tuple(c.replace("\n", " ") for c in row) for row in ROWS)
    return doc, info, (("renstra_targets",
                        renstra_targets(Curated(COLUMNS, joined), {y: int(y) for y in YEARS})),)
