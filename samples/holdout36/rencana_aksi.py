"""Rencana Aksi 2026, Bidang Perlindungan Perempuan dan Pemenuhan Hak Anak of the Dinas
Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Banjarnegara, printed by headless
Chromium (``holdout26.web``: hairline grid, ``<thead>`` repeated on each page), A4
landscape, Liberation Sans 6.4 pt.

The schedule is **one column "Waktu Pelaksanaan"** holding month names typed by the
planner ("Januari - Maret", "April, Oktober", ``schedule.waktu``) instead of four TW mark
columns. Program / kegiatan / sub kegiatan cells with their indicators and targets are
row-spanning merges; "Rencana Aksi | Volume | Waktu Pelaksanaan" one per aksi. Header of
one row plus ``1 … 13``; "Sasaran Strategis" and "Indikator Sasaran" lines above.

Data: seed 000's bidang 2 (``ra2025_bidang2``) as curated (spellings kept), sasaran from
``ra2025_sasaran`` bidang 2. **Invented**: region, agency, bidang name, year, the month
wording of the marks, signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.families import rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout36.schedule import waktu
from samples.sample import DocumentTruth
from samples.values import is_mark

STEM = "rencana_aksi_banjarnegara_2026"
AGENCY = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kabupaten Banjarnegara"
UNIT = "Perlindungan Perempuan dan Pemenuhan Hak Anak"
HEADING = ("RENCANA AKSI TAHUN 2026", f"BIDANG {UNIT.upper()}", AGENCY.upper(),
           REGION.upper())
HEADS = ("No", "Program", "Indikator Program", "Target", "Kegiatan", "Indikator Kegiatan",
         "Target", "Sub Kegiatan", "Indikator Sub Kegiatan", "Target", "Rencana Aksi",
         "Volume", "Waktu Pelaksanaan")


def schedule_cells(data: curated.Curated) -> list[str]:
    """The printed Waktu Pelaksanaan cell of every body row (shared with the check)."""
    tw = [data.column(f"tw{q}") for q in range(1, 5)]
    return [waktu(tuple(is_mark(row[i]) for i in tw), n) for n, row in enumerate(data.rows)]


def build() -> Built:
    """The document and its rencana_aksi truth (one row per aksi)."""
    data = curated.load("ra2025_bidang2")
    sasaran = curated.load("ra2025_sasaran").where("bidang", "2").filled()[0]
    body = tuple((*row[:12], cell) for row, cell in zip(data.rows, schedule_cells(data),
                                                         strict=True))
    header = (tuple(Head(t) for t in HEADS),)
    table = Table(header, (3, 10, 11, 5.5, 11, 11, 5.5, 11, 11, 6.5, 13, 6.5, 9),
                  "cllclllllclcc", body, numbers=True)
    lines = (f"Sasaran Strategis : {sasaran['sasaran']}",
             f"Indikator Sasaran : {sasaran['indikator']}")
    doc = Document(STEM, Page(297, 210, "LiberationSans", 6.4, margin_mm=12,
                              page_numbers="Halaman {n}"),
                   HEADING, (*lines, table),
                   ("Banjarnegara, 5 Januari 2026", "Kepala Bidang Perlindungan Perempuan",
                    "dan Pemenuhan Hak Anak", "", "", "SITI NURHAYATI, S.H., M.H.",
                    "Penata Tingkat I", "NIP. 19811123 200604 2 007"))
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, REGION, UNIT,
                         2026, 2026)
    return doc, info, (("rencana_aksi", rencana_aksi(data, UNIT, sasaran["sasaran"])),)
