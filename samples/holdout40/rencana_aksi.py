"""Rencana Aksi 2027 of the Bidang Perlindungan Hak Perempuan dan Perlindungan Khusus Anak,
Dinas Sosial, P3A Kota Tebing Tinggi, printed by headless Chromium (``web``: rows allowed
to break across pages, running page header), F4 landscape, Liberation Serif 6 pt.

24 columns: No | Program | Indikator Program | Target | Kegiatan | Indikator Kegiatan |
Target | Sub Kegiatan | Indikator Sub Kegiatan | Target | Rencana Aksi | Volume, then
"Jadwal Pelaksanaan" over a **"Bulan" band over twelve month columns numbered in Roman
numerals I … XII** (an Indonesian office's way of writing months, and a trap: I–IV are
also how quarters are headed). Marks are **``x``**, spread over months by
``holdout34.schedule.months`` (routine aksi every month, others one month of each planned
quarter: holdout34's ``_flags`` and column lists, reused, so the same aksi are marked
as in holdout34 and only heads and mark differ; the check reads them too). No
column-number row. Program / kegiatan / sub kegiatan cells merged. Rows may break
across pages (``break-inside: auto``); in this build Chromium kept every aksi row whole
and split the merged program / kegiatan / sub kegiatan cells at each page break instead.

Data: seed 000's bidang 2 (``ra2025_bidang2``) as curated (spellings kept), "Kota
Probolinggo" → "Kota Tebing Tinggi"; sasaran and its two indicators from
``ra2025_sasaran`` bidang 2. **Invented**: region, bidang name, year, month spread,
signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.derive import relocate
from samples.families import rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout34.rencana_aksi import HEADS, PRINTED, TW
from samples.holdout34.rencana_aksi import _flags as month_flags
from samples.holdout34.schedule import quarters
from samples.holdout40.agency import AGENCY, PLACE, REGION
from samples.sample import DocumentTruth

STEM = "rencana_aksi_tebingtinggi_2027"
UNIT = "Perlindungan Hak Perempuan dan Perlindungan Khusus Anak"
MARK = "x"
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
"""The month column heads, January to December."""
HEADING = ("RENCANA AKSI TAHUN 2027", f"BIDANG {UNIT.upper()}", AGENCY.upper(),
           REGION.upper())


def seed() -> curated.Curated:
    """The seed rows in this city's wording."""
    return relocate(curated.load("ra2025_bidang2"), {"Kota Probolinggo": REGION})


def build() -> Built:
    """The document and its rencana_aksi truth (one row per aksi; tw1–tw4 are the quarters
    of the printed months)."""
    data = seed()
    flags = month_flags(data)
    body = tuple((*(r[data.column(k)] for k in PRINTED), *(MARK if f else "" for f in row))
                 for r, row in zip(data.rows, flags, strict=True))
    sasaran = curated.load("ra2025_sasaran").where("bidang", "2").filled()
    header = ((*(Head(t, rowspan=3) for t in HEADS), Head("Jadwal Pelaksanaan", colspan=12)),
              (Head("Bulan", colspan=12),),
              tuple(Head(m) for m in ROMAN))
    table = Table(header, (8, 22, 20, 11, 20, 20, 11, 21, 21, 14, 30, 14, *(8.15,) * 12),
                  "clclllclllcc" + "c" * 12, body)
    lines = (f"Sasaran Strategis : {sasaran[0]['sasaran']}", "Indikator Kinerja Sasaran :",
             *(f"{n}. {row['indikator']}" for n, row in enumerate(sasaran, start=1)))
    doc = Document(STEM, Page(330, 215, "LiberationSerif", 6, margin_mm=10,
                              page_numbers="Halaman {n}"),
                   HEADING, (*lines, table),
                   (f"{PLACE}, 11 Januari 2027",
                    "Kepala Bidang Perlindungan Hak Perempuan", "dan Perlindungan Khusus Anak",
                    "", "", "RAHMAWATI NASUTION, S.Sos., M.Si.", "Penata Tingkat I",
                    "NIP. 19820917 200604 2 009"))
    truth = [row | dict(zip(TW, quarters(f), strict=True))
             for row, f in zip(rencana_aksi(data, UNIT, sasaran[0]["sasaran"]), flags,
                               strict=True)]
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, REGION, UNIT,
                         2027, 2027)
    return doc, info, (("rencana_aksi", truth),)
