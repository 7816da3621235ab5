"""Rencana Aksi Kinerja 2026 of the Bidang Kesetaraan Gender dan Pemberdayaan Perempuan,
DP3A Kota Tomohon: the Excel sheet a bidang attaches to its Perjanjian Kinerja, printed by
LibreOffice Calc (``holdout11.calcgrid``: every cell boxed, header rows repeated on each
page, merged cells kept whole by manual page breaks, "Halaman n" footer), F4 landscape,
**Arial** (→ Liberation Sans) 6.5 pt.

The 16 columns in their usual order: No | Program | Indikator Kinerja Program | Target |
Kegiatan | Indikator Kinerja Kegiatan | Target | Sub Kegiatan | Indikator Kinerja Sub
Kegiatan | Target | Rencana Aksi | Volume | band "Target Triwulan" over TW I … TW IV; then
``1 … 16`` (``column_numbers``). Marks are the lower-case ``v`` Excel users type.
"Sasaran Strategis :" and "Indikator Kinerja :" lines above the table.

Data: seed 000's bidang 3 (``ra2025_bidang3``) as curated (spellings kept), with its sasaran
and indicator (``ra2025_sasaran`` bidang 3). **Invented**: region, bidang name, year,
signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.derive import relocate
from samples.families import rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout45.agency import AGENCY, REGION
from samples.holdout45.column_numbers import number_row
from samples.sample import DocumentTruth
from samples.values import is_mark

STEM = "rencana_aksi_tomohon_2026"
UNIT = "Kesetaraan Gender dan Pemberdayaan Perempuan"
MARK = "v"
HEADING = ("RENCANA AKSI KINERJA", "TAHUN 2026", f"BIDANG {UNIT.upper()}", AGENCY.upper(),
           REGION.upper())
HEADER_WORD = "Triwulan"
"""A word of the header Calc repeats on every page (checked by ``check``)."""
SIGN = ("Tomohon, 5 Januari 2026", "Kepala Bidang Kesetaraan Gender",
        "dan Pemberdayaan Perempuan", "", "", "JOYCE M. WOWOR, S.E., M.Si.", "Penata Tingkat I",
        "NIP. 19800917 200604 2 011")


def build() -> Built:
    """The document and its rencana_aksi truth (one row per aksi)."""
    data = relocate(curated.load("ra2025_bidang3"), {"Kota Probolinggo": REGION})
    sasaran = curated.load("ra2025_sasaran").where("bidang", "3").filled()[0]
    quarters = {data.column(f"tw{q}") for q in range(1, 5)}
    body = tuple(tuple(MARK if c in quarters and is_mark(cell) else cell
                       for c, cell in enumerate(raw)) for raw in data.rows)
    labels = ("No", "Program", "Indikator Kinerja Program", "Target", "Kegiatan",
              "Indikator Kinerja Kegiatan", "Target", "Sub Kegiatan",
              "Indikator Kinerja Sub Kegiatan", "Target", "Rencana Aksi", "Volume")
    header = ((*(Head(t, rowspan=2) for t in labels), Head("Target Triwulan", colspan=4)),
              tuple(Head(f"TW {q}") for q in ("I", "II", "III", "IV")), number_row(16))
    table = Table(header, (2.5, 11, 12, 4.5, 12, 12, 4.5, 12, 13, 5.5, 13, 5.5, 3, 3, 3, 3),
                  "cllcllcllclccccc", body)
    lines = (f"Sasaran Strategis : {sasaran['sasaran']}",
             f"Indikator Kinerja : {sasaran['indikator']}")
    doc = Document(STEM, Page(330, 215, "Arial", 6.5, margin_mm=12,
                              page_numbers="Halaman {n}"), HEADING, (*lines, table), SIGN)
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:3]), AGENCY, REGION, UNIT,
                         2026, 2026)
    return doc, info, (("rencana_aksi", rencana_aksi(data, UNIT, sasaran["sasaran"])),)
