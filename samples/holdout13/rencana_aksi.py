"""Rencana Aksi 2026 of the Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan
Perempuan dan Perlindungan Anak Kabupaten Wonosobo: seed 000's bidang 2 and bidang 3, one
table each, printed from HTML by Chromium on A4 PORTRAIT with all 16 columns at 5.6 pt
(Liberation Sans Narrow).

Look: only the tables' outer border and the header's rules (no inner grid, as a Word
table with "outside borders" only); program, kegiatan and sub kegiatan cells merged and
vertically CENTRED over their rows; a running header with the document's title and a
footer "Halaman n dari N" on every page; header and column-number row ``(1) … (16)``
repeated by the browser; marks ``√`` under the band "Jadwal (Triwulan ke-)" over
"1 | 2 | 3 | 4"; each table under a bold caption naming its bidang, sasaran and indicators.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.derive import relocate
from samples.families import Row, rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout13.web import Style
from samples.sample import DocumentTruth
from samples.values import is_mark

AGENCY = ("Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan "
          "Perlindungan Anak")
REGION = "Kabupaten Wonosobo"
HEADING = ("RENCANA AKSI TAHUN 2026", AGENCY.upper(), REGION.upper())
BIDANG = {"2": "Perlindungan Perempuan dan Anak",
          "3": "Pengarusutamaan Gender dan Pemberdayaan Perempuan"}
PRINTED = ("no", "program", "program_indikator", "program_target", "kegiatan",
           "kegiatan_indikator", "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator",
           "sub_kegiatan_target", "aksi", "volume", "tw1", "tw2", "tw3", "tw4")
STYLE = Style(rule="0.6pt solid #000", inner=False, valign="middle",
              running="Rencana Aksi Tahun 2026 - DPPKBPPPA Kabupaten Wonosobo")
HEADER = (
    (Head("No", rowspan=2), Head("Program", rowspan=2),
     Head("Indikator Kinerja Program", rowspan=2), Head("Target", rowspan=2),
     Head("Kegiatan", rowspan=2), Head("Indikator Kinerja Kegiatan", rowspan=2),
     Head("Target", rowspan=2), Head("Sub Kegiatan", rowspan=2),
     Head("Indikator Kinerja Sub Kegiatan", rowspan=2), Head("Target", rowspan=2),
     Head("Uraian Aksi", rowspan=2), Head("Target Volume", rowspan=2),
     Head("Jadwal (Triwulan ke-)", colspan=4)),
    tuple(Head(q) for q in ("1", "2", "3", "4")),
)
WIDTHS = (4.4, 13, 13, 7, 13.5, 13.5, 7, 13.6, 14, 9.2, 14, 9, 4.3, 4.3, 4.3, 4.3)


def _cell(key: str, cell: str) -> str:
    """Seed marks (``v``/``V``) print as ``√``; other cells as curated."""
    if key.startswith("tw") and cell != curated.MERGED:
        return "√" if is_mark(cell) else ""
    return cell


def _section(bidang: str, letter: str) -> tuple[Table, list[Row]]:
    """One bidang's table under its caption, and its truth rows."""
    data = relocate(curated.load(f"ra2025_bidang{bidang}"),
                    {"Kota Probolinggo": REGION, "Kota Layak Anak": "Kabupaten Layak Anak"})
    sasaran = curated.load("ra2025_sasaran").where("bidang", bidang).filled()
    unit = BIDANG[bidang]
    caption = (f"{letter}. BIDANG {unit.upper()}",
               f"Sasaran Strategis : {sasaran[0]['sasaran']}",
               *(f"Indikator Sasaran : {row['indikator']}" for row in sasaran))
    body = tuple(tuple(_cell(k, row[data.column(k)]) for k in PRINTED) for row in data.rows)
    table = Table(HEADER, WIDTHS, "clclllclllclcccc", body, numbers=True, caption=caption)
    return table, rencana_aksi(data, unit, sasaran[0]["sasaran"])


def build() -> Built:
    """The document and its two rencana_aksi tables (one per bidang, in printed order)."""
    first, rows_first = _section("2", "A")
    second, rows_second = _section("3", "B")
    doc = Document("rencana_aksi_wonosobo_2026",
                   Page(210, 297, "Liberation Sans Narrow", 5.6, margin_mm=12,
                        page_numbers="Halaman {n} dari {total}"),
                   HEADING, (first, second),
                   ("Wonosobo, 5 Januari 2026", "KEPALA DINAS", "", "",
                    "Dra. SITI NURJANAH, M.Si.", "Pembina Utama Muda",
                    "NIP. 19700314 199503 2 004"))
    info = DocumentTruth("rencana_aksi", HEADING[0], AGENCY, REGION, None, 2026, 2026)
    return doc, info, (("rencana_aksi", rows_first), ("rencana_aksi", rows_second))
