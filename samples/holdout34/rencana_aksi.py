"""Rencana Aksi 2026, Bidang Rehabilitasi, Perlindungan dan Jaminan Sosial of the Dinas
Sosial Kota Parepare (Sulawesi Selatan), drawn with reportlab (``holdout6.draw``, fully
ruled grid), F4 landscape, Liberation Sans 5.8 pt, 24 columns.

The schedule is **twelve month columns** "Jan … Des" under the band "Jadwal Pelaksanaan
(Bulan)", marked ``v`` (``schedule.months``: routine aksi in every month, the others in
one month of each planned quarter), where every earlier set printed four quarter columns.
Header of two levels, then ``1 … 24``; "Sasaran Strategis :" / "Indikator Sasaran :"
lines; "Hal. n".

Data: seed 000's bidang 1 (``ra2025_bidang1``) as curated (spellings kept), sasaran from
``ra2025_sasaran`` bidang 1. **Invented**: region, bidang name, year, month spread,
signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.derive import relocate
from samples.families import rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout34.schedule import MONTHS, months, quarters
from samples.sample import DocumentTruth
from samples.values import is_mark

STEM = "rencana_aksi_parepare_2026"
AGENCY = "Dinas Sosial"
REGION = "Kota Parepare"
UNIT = "Rehabilitasi, Perlindungan dan Jaminan Sosial"
MARK = "v"
HEADING = ("RENCANA AKSI TAHUN 2026", f"BIDANG {UNIT.upper()}", f"{AGENCY.upper()} "
           f"{REGION.upper()}")
PRINTED = ("no", "program", "program_indikator", "program_target", "kegiatan",
           "kegiatan_indikator", "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator",
           "sub_kegiatan_target", "aksi", "volume")
HEADS = ("No", "Program", "Indikator Program", "Target", "Kegiatan", "Indikator Kegiatan",
         "Target", "Sub Kegiatan", "Indikator Sub Kegiatan", "Target", "Rencana Aksi",
         "Volume")
TW = ("tw1", "tw2", "tw3", "tw4")


def _flags(data: curated.Curated) -> list[tuple[bool, ...]]:
    """The month flags printed on each body row."""
    cols = [data.column(k) for k in TW]
    return [months((is_mark(r[cols[0]]), is_mark(r[cols[1]]), is_mark(r[cols[2]]),
                    is_mark(r[cols[3]])), n) for n, r in enumerate(data.rows)]


def build() -> Built:
    """The document and its rencana_aksi truth (one row per aksi; tw1–tw4 read back from
    the printed months)."""
    data = relocate(curated.load("ra2025_bidang1"), {"Kota Probolinggo": REGION})
    flags = _flags(data)
    body = tuple((*(r[data.column(k)] for k in PRINTED), *(MARK if f else "" for f in row))
                 for r, row in zip(data.rows, flags, strict=True))
    sasaran = curated.load("ra2025_sasaran").where("bidang", "1").filled()[0]
    header = ((*(Head(t, rowspan=2) for t in HEADS),
               Head("Jadwal Pelaksanaan (Bulan)", colspan=12)),
              tuple(Head(m) for m in MONTHS))
    table = Table(header, (2.6, 9, 10, 4.6, 10, 10, 4.6, 10, 11, 5, 11, 5.4, *(2.5,) * 12),
                  "clclllclllcc" + "c" * 12, body, numbers=True)
    lines = (f"Sasaran Strategis : {sasaran['sasaran']}",
             f"Indikator Sasaran : {sasaran['indikator']}")
    doc = Document(STEM, Page(330, 215, "LiberationSans", 5.8, margin_mm=11,
                              page_numbers="Hal. {n}"),
                   HEADING, (*lines, table),
                   ("Parepare, 6 Januari 2026", "Kepala Bidang Rehabilitasi, Perlindungan",
                    "dan Jaminan Sosial", "", "", "ANDI NURHAYATI, S.Sos., M.Si.",
                    "Penata Tingkat I", "NIP. 19790312 200501 2 014"))
    truth = [row | dict(zip(TW, quarters(f), strict=True))
             for row, f in zip(rencana_aksi(data, UNIT, sasaran["sasaran"]), flags,
                               strict=True)]
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, REGION, UNIT,
                         2026, 2026)
    return doc, info, (("rencana_aksi", truth),)
