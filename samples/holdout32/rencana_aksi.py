"""Rencana Aksi 2026, Bidang Pemberdayaan Perempuan of the Dinas Pengendalian Penduduk,
Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Ketapang
(Kalimantan Barat), printed by headless Chromium (``web.GRID_SPLIT``: hairline grid,
merged program / kegiatan / sub kegiatan cells as real row spans cut at page breaks) on
A4 landscape, Liberation Sans 5.8 pt.

The schedule band is **"Jadwal Pelaksanaan (Akhir Bulan)" over "Maret | Juni | September
| Desember"**: the quarters are named by the month each one ends, never "TW" or "I … IV".
Marks ``√``; "Sasaran Strategis :" / "Indikator Kinerja :" / "Target :" lines above the
table; no column-number row; page number bottom centre.

Data: seed 000's bidang 3 (``ra2025_bidang3``) as curated (spellings kept), sasaran from
``ra2025_sasaran`` bidang 3. **Invented**: region, agency name, year, signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.families import rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout32.web import GRID_SPLIT
from samples.sample import DocumentTruth
from samples.values import is_mark

LOOK = GRID_SPLIT
MONEY = None
"""No amounts in this table."""
MARK = "√"
AGENCY = ("Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan "
          "Perlindungan Anak")
REGION = "Kabupaten Ketapang"
UNIT = "Pemberdayaan Perempuan"
HEADING = ("RENCANA AKSI TAHUN 2026", f"BIDANG {UNIT.upper()}", AGENCY.upper(),
           REGION.upper())
MONTHS = ("Maret", "Juni", "September", "Desember")
SAYS = MONTHS
"""Printed words the table's meaning hangs on (the self-check looks for them)."""
HEADS = ("No", "Program", "Indikator Kinerja Program", "Target", "Kegiatan",
         "Indikator Kinerja Kegiatan", "Target", "Sub Kegiatan",
         "Indikator Kinerja Sub Kegiatan", "Target", "Rencana Aksi", "Volume")


def build() -> Built:
    """The document and its rencana_aksi truth (one row per aksi)."""
    data = curated.load("ra2025_bidang3")
    schedule = [key.startswith("tw") for key in data.columns]
    body = tuple(tuple((MARK if is_mark(cell) else "") if quarter else cell
                       for quarter, cell in zip(schedule, row, strict=True))
                 for row in data.rows)
    sasaran = curated.load("ra2025_sasaran").where("bidang", "3").filled()[0]
    header = ((*(Head(t, rowspan=2) for t in HEADS),
               Head("Jadwal Pelaksanaan (Akhir Bulan)", colspan=4)),
              tuple(Head(m) for m in MONTHS))
    table = Table(header, (4, 11, 10.5, 6, 11, 11, 6, 11, 11, 8.5, 11, 7, 5.5, 5, 8, 7.5),
                  "clllllllllllcccc", body)
    lines = (f"Sasaran Strategis : {sasaran['sasaran']}",
             f"Indikator Kinerja : {sasaran['indikator']}", f"Target : {sasaran['tw4']}")
    doc = Document("rencana_aksi_ketapang_2026",
                   Page(297, 210, "LiberationSans", 5.8, margin_mm=12, page_numbers="{n}"),
                   HEADING, (*lines, table),
                   ("Ketapang, 8 Januari 2026", "Kepala Bidang Pemberdayaan Perempuan", "",
                    "", "YULIANA MARSELA, S.E., M.M.", "Penata Tingkat I",
                    "NIP. 19830604 200903 2 011"))
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, REGION, UNIT,
                         2026, 2026)
    return doc, info, (("rencana_aksi", rencana_aksi(data, UNIT, sasaran["sasaran"])),)
