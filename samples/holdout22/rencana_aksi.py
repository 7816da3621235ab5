"""Rencana Aksi 2026, Bidang Rehabilitasi Sosial of the Dinas Sosial Kabupaten Toba, drawn
with reportlab (``paper``, fully ruled grid), Liberation Sans 5.5 pt, whose pages turn:
page 1 is F4 **portrait** (title block, sasaran lines, the table's first rows), every
later page F4 **landscape** with the header and ``1 … 16`` repeated and the table keeping
its column widths (it does not widen to the landscape page).

The 16 SAKIP columns: No, program / kegiatan / sub kegiatan with indikator and target,
"Rencana Aksi", "Volume", "Target Pelaksanaan" over "TW I … TW IV", marks ``√``.
Program / kegiatan / sub kegiatan cells merged down their rows.

Data: seed 000's bidang 1 (``ra2025_bidang1``) as curated, sasaran from
``ra2025_sasaran``. **Invented**: region, year 2026, signatory.
"""

from __future__ import annotations

from samples import curated
from samples.derive import relocate
from samples.families import Row, rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import is_mark

UNIT = "Rehabilitasi Sosial"
AGENCY = "Dinas Sosial"
REGION = "Kabupaten Toba"
HEADING = ("RENCANA AKSI TAHUN 2026", f"BIDANG {UNIT.upper()}", AGENCY.upper(),
           REGION.upper())
FONT, SIZE = "LiberationSans", 5.5
LATER = Page(330, 215, FONT, SIZE, margin_mm=10, page_numbers="Hal. {n}")
"""The landscape geometry of every page after the portrait title page."""
PRINTED = ("no", "program", "program_indikator", "program_target", "kegiatan",
           "kegiatan_indikator", "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator",
           "sub_kegiatan_target", "aksi", "volume")


def _row(raw: tuple[str, ...], columns: tuple[str, ...]) -> tuple[str, ...]:
    cell = dict(zip(columns, raw, strict=True))
    return (*(cell[k] for k in PRINTED),
            *("√" if is_mark(cell[f"tw{q}"]) else "" for q in range(1, 5)))


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its rencana_aksi truth (one row per aksi)."""
    data = relocate(curated.load("ra2025_bidang1"), {"Kota Probolinggo": REGION})
    sasaran = curated.load("ra2025_sasaran").where("bidang", "1").filled()[0]
    body = tuple(_row(raw, data.columns) for raw in data.rows)
    single = (("No", "Program", "Indikator Program", "Target", "Kegiatan",
               "Indikator Kegiatan", "Target", "Sub Kegiatan", "Indikator Sub Kegiatan",
               "Target", "Rencana Aksi", "Volume"))
    header = ((*(Head(t, rowspan=2) for t in single), Head("Target Pelaksanaan", colspan=4)),
              tuple(Head(f"TW {q}") for q in ("I", "II", "III", "IV")))
    table = Table(header, (3.5, 10, 12, 5, 11, 12, 5, 11, 12, 6, 12, 6, 4, 4, 4, 4),
                  "clllllllllllcccc", body, numbers=True)
    lines = (f"Sasaran Strategis : {sasaran['sasaran']}",
             f"Indikator Kinerja : {sasaran['indikator']}")
    doc = Document("rencana_aksi_toba_2026",
                   Page(215, 330, FONT, SIZE, margin_mm=10, page_numbers="Hal. {n}"),
                   HEADING, (*lines, table),
                   ("Balige, 6 Januari 2026", "Kepala Bidang Rehabilitasi Sosial", "", "",
                    "MARULAM SIAHAAN, S.Sos.", "Penata Tingkat I",
                    "NIP. 19790512 200502 1 003"))
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, REGION, UNIT,
                         2026, 2026)
    return doc, info, (("rencana_aksi", rencana_aksi(data, UNIT, sasaran["sasaran"])),)
