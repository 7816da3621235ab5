"""Rencana Aksi dan Realisasi 2025, Bidang Kesetaraan Gender dan Pemberdayaan Perempuan of
the Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Kolaka, drawn with
reportlab (``holdout6.draw``, fully ruled grid), A4 landscape, Liberation Sans 6 pt.

The 16-column SAKIP Rencana Aksi with an evaluation column added after the schedule:
"Target Pelaksanaan" over "TW I … TW IV" (header text turned 90°), marks ``√``, then
"Realisasi s.d. TW IV (%)" per aksi. Program / kegiatan / sub kegiatan cells merged.
"Sasaran Strategis :" and "Indikator Kinerja Sasaran :" lines above the table.

Data: seed 000's bidang 3 (``ra2025_bidang3``) as curated, sasaran from ``ra2025_sasaran``.
**Invented**: region, agency wording, year, the realisasi percentages, signatory.
"""

from __future__ import annotations

from samples import curated
from samples.derive import relocate
from samples.families import Row, rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import is_mark

UNIT = "Kesetaraan Gender dan Pemberdayaan Perempuan"
AGENCY = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kabupaten Kolaka"
HEADING = ("RENCANA AKSI DAN REALISASI KINERJA TAHUN 2025", f"BIDANG {UNIT.upper()}",
           AGENCY.upper(), REGION.upper())
PRINTED = ("no", "program", "program_indikator", "program_target", "kegiatan",
           "kegiatan_indikator", "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator",
           "sub_kegiatan_target", "aksi", "volume")


def _realised(n: int) -> str:
    """Realisasi of aksi ``n`` at year end: most complete, some not."""
    return ("100", "100", "85", "100", "70")[n % 5]


def _row(n: int, raw: tuple[str, ...], columns: tuple[str, ...]) -> tuple[str, ...]:
    cell = dict(zip(columns, raw, strict=True))
    marks = tuple("√" if is_mark(cell[f"tw{q}"]) else "" for q in range(1, 5))
    return (*(cell[k] for k in PRINTED), *marks, _realised(n))


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its rencana_aksi truth (one row per aksi)."""
    data = relocate(curated.load("ra2025_bidang3"), {"Kota Probolinggo": REGION})
    sasaran = curated.load("ra2025_sasaran").where("bidang", "3").filled()[0]
    body = tuple(_row(n, raw, data.columns) for n, raw in enumerate(data.rows))
    header = ((Head("No", rowspan=2), Head("Program", rowspan=2),
               Head("Indikator Program", rowspan=2), Head("Target", rowspan=2),
               Head("Kegiatan", rowspan=2), Head("Indikator Kegiatan", rowspan=2),
               Head("Target", rowspan=2), Head("Sub Kegiatan", rowspan=2),
               Head("Indikator Sub Kegiatan", rowspan=2), Head("Target", rowspan=2),
               Head("Rencana Aksi", rowspan=2), Head("Volume", rowspan=2),
               Head("Target Pelaksanaan", colspan=4),
               Head("Realisasi s.d. TW IV (%)", rowspan=2)),
              tuple(Head(f"TW {q}", rotate=True) for q in ("I", "II", "III", "IV")))
    table = Table(header, (3.5, 11, 13, 5.5, 12, 13, 5.5, 12, 13, 6.5, 12, 6, 3, 3, 3, 3, 7.5),
                  "clllllllllllccccc", body, numbers=True)
    lines = (f"Sasaran Strategis : {sasaran['sasaran']}",
             f"Indikator Kinerja Sasaran : {sasaran['indikator']}")
    doc = Document("rencana_aksi_kolaka_2025",
                   Page(297, 210, "LiberationSans", 6, margin_mm=11,
                        page_numbers="Halaman {n}"),
                   HEADING, (*lines, table),
                   ("Kolaka, 8 Januari 2026", "Kepala Bidang Kesetaraan Gender",
                    "dan Pemberdayaan Perempuan", "", "", "ANDI NURHAYATI, S.Sos., M.Si.",
                    "Penata Tingkat I", "NIP. 19800417 200604 2 011"))
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, REGION, UNIT,
                         2025, 2025)
    return doc, info, (("rencana_aksi", rencana_aksi(data, UNIT, sasaran["sasaran"])),)
