"""Rencana Aksi 2026, Bidang Pemberdayaan Sosial of the Dinas Sosial Kota Ambon, drawn with
reportlab (``holdout6.draw``, fully ruled grid), F4 landscape, Liberation Sans 6.4 pt.

The columns are typed with the sub kegiatan's target **after** its indicator and the aksi's
volume right beside it, **before** the aksi: "… Sub Kegiatan | Indikator Sub Kegiatan |
Target | Volume/Satuan | Rencana Aksi | Triwulan I … IV". All three targets are headed
simply "Target" (no band says whose), so a reader must tell the sub kegiatan's target
(merged over its aksi) from the aksi's volume (one per row) by position alone. Header of
two levels (only "Triwulan" is a band), then ``1 … 16``. Marks print as ``√``.

Data: seed 000's bidang 4 (``ra2025_bidang4``) as curated, sasaran from
``ra2025_sasaran``. **Invented**: region, bidang name, year, signatory.
"""

from __future__ import annotations

from samples import curated
from samples.derive import relocate
from samples.families import Row, rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout26.agency import AGENCY, REGION
from samples.sample import DocumentTruth
from samples.values import is_mark

UNIT = "Pemberdayaan Sosial"
MARK = "√"
HEADING = ("RENCANA AKSI TAHUN 2026", f"BIDANG {UNIT.upper()}", AGENCY.upper(),
           REGION.upper())
PRINTED = ("no", "program", "program_indikator", "program_target", "kegiatan",
           "kegiatan_indikator", "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator",
           "sub_kegiatan_target", "volume", "aksi")
"""Curated keys in printed order: volume before aksi."""


def _row(raw: tuple[str, ...], columns: tuple[str, ...]) -> tuple[str, ...]:
    cell = dict(zip(columns, raw, strict=True))
    return (*(cell[k] for k in PRINTED),
            *(MARK if is_mark(cell[f"tw{q}"]) else "" for q in range(1, 5)))


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its rencana_aksi truth (one row per aksi)."""
    data = relocate(curated.load("ra2025_bidang4"), {"Kota Probolinggo": REGION})
    sasaran = curated.load("ra2025_sasaran").where("bidang", "4").filled()[0]
    body = tuple(_row(raw, data.columns) for raw in data.rows)
    plain = ("No", "Program", "Indikator Program", "Target", "Kegiatan", "Indikator Kegiatan",
             "Target", "Sub Kegiatan", "Indikator Sub Kegiatan", "Target", "Volume/Satuan",
             "Rencana Aksi")
    header = ((*(Head(t, rowspan=2) for t in plain), Head("Triwulan", colspan=4)),
              (Head("I"), Head("II"), Head("III"), Head("IV")))
    table = Table(header, (3, 11, 11, 5.5, 11, 11, 5.5, 11, 11, 6, 7, 11, 3, 3, 3, 3),
                  "cllclllllcclcccc", body, numbers=True)
    lines = (f"Sasaran Strategis : {sasaran['sasaran']}",
             f"Indikator Sasaran : {sasaran['indikator']}")
    doc = Document("rencana_aksi_ambon_2026",
                   Page(330, 215, "LiberationSans", 6.4, margin_mm=12,
                        page_numbers="Hal. {n}"),
                   HEADING, (*lines, table),
                   ("Ambon, 8 Januari 2026", "Kepala Bidang Pemberdayaan Sosial", "", "",
                    "MARTHA S. PATTIASINA, S.Sos.", "Penata Tingkat I",
                    "NIP. 19800415 200604 2 011"))
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, REGION, UNIT,
                         2026, 2026)
    return doc, info, (("rencana_aksi", rencana_aksi(data, UNIT, sasaran["sasaran"])),)
