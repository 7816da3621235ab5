"""Rencana Aksi 2027, Bidang Perlindungan Perempuan dan Pemenuhan Hak Anak of the Dinas
Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Ende (Nusa Tenggara Timur),
printed by headless Chromium (``holdout26.web``: black hairline grid, cells vertically
centred, header repeated), F4 landscape, Liberation Sans 6.6 pt, then SCANNED in the
office scanner's **black-and-white mode**: 300 dpi, 1 bit per pixel (CCITT G4, no grey),
pages turned up to 0.5°, made searchable by way (a): **Tesseract's own PDF renderer**.

Sixteen columns: No, program / kegiatan / sub kegiatan each with indicator and target
(row-spanning boxes over their aksi), Rencana Aksi, Volume, and "Target Pelaksanaan
Triwulan" over I … IV, then ``1 … 16``. Marks print ``V``. Above the table the sasaran
block: "Sasaran Strategis :", the two indicators numbered, "Target Tahun 2027 :".

Data: seed 000's bidang 2 (``ra2025_bidang2``) as curated (spellings kept: "Persentasae";
"Kota Probolinggo" in an aksi becomes "Kabupaten Ende"),
sasaran and indicators from ``ra2025_sasaran`` bidang 2 ("Kota Layak Anak" printed
"Kabupaten Layak Anak"). **Invented**: region, year,
signatory, the indicators' numbering.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.derive import relocate
from samples.families import rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout26.web import render
from samples.holdout30.scanner import Scanner
from samples.sample import DocumentTruth
from samples.scan import Degradation
from samples.values import is_mark

STEM = "rencana_aksi_ende_2027"
PRINT = render
SCANNER = Scanner(300, 0.5, True, Degradation(max_skew_deg=0.0, blur_sigma_mm=0.04,
                                              noise_sigma=3.0, speck_density=0.00003,
                                              toner_floor=0.75),
                  "tesseract")
MARK = "V"
AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kabupaten Ende"
UNIT = "Perlindungan Perempuan dan Pemenuhan Hak Anak"
HEADING = ("RENCANA AKSI TAHUN 2027", f"BIDANG {UNIT.upper()}", AGENCY.upper(),
           REGION.upper())
HEADS = ("No", "Program", "Indikator Kinerja Program", "Target", "Kegiatan",
         "Indikator Kinerja Kegiatan", "Target", "Sub Kegiatan",
         "Indikator Kinerja Sub Kegiatan", "Target", "Rencana Aksi", "Volume")


def _printed(row: tuple[str, ...], columns: tuple[str, ...]) -> tuple[str, ...]:
    """One body row as curated (``^`` spans), a seed mark printed ``V``."""
    return tuple((MARK if is_mark(cell) else "") if key.startswith("tw") else cell
                 for key, cell in zip(columns, row, strict=True))


def build() -> Built:
    """The document and its rencana_aksi truth (one row per aksi)."""
    data = relocate(curated.load("ra2025_bidang2"), {"Kota Probolinggo": REGION})
    sasaran = relocate(curated.load("ra2025_sasaran"), {"Kota Layak": "Kabupaten Layak"}
                       ).where("bidang", "2").filled()
    header = ((*(Head(t, rowspan=2) for t in HEADS),
               Head("Target Pelaksanaan Triwulan", colspan=4)),
              (Head("I"), Head("II"), Head("III"), Head("IV")),
              tuple(Head(str(n)) for n in range(1, 17)))
    table = Table(header, (3.4, 10, 10.5, 5.5, 10.5, 11, 5.5, 10.5, 11.5, 7, 12.5, 7.5, 3, 3, 3, 3),
                  "clllllllllllcccc", tuple(_printed(r, data.columns) for r in data.rows))
    lines = (f"Sasaran Strategis : {sasaran[0]['sasaran']}",
             *(f"Indikator Kinerja {n} : {s['indikator']}"
               for n, s in enumerate(sasaran, start=1)),
             f"Target Tahun 2027 : {sasaran[0]['tw4']}")
    doc = Document(STEM, Page(330, 215, "LiberationSans", 6.6, margin_mm=12,
                              page_numbers="Hal. {n}"),
                   HEADING, (*lines, table),
                   ("Ende, 7 Januari 2027", "Kepala Bidang Perlindungan Perempuan",
                    "dan Pemenuhan Hak Anak", "", "", "MARIA GORETI WANGGE, S.H.",
                    "Penata Tingkat I", "NIP. 19810922 200604 2 013"))
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, REGION, UNIT,
                         2027, 2027)
    return doc, info, (("rencana_aksi", rencana_aksi(data, UNIT, sasaran[0]["sasaran"])),)
