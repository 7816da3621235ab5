"""Rencana Aksi 2026, Bidang Rehabilitasi Sosial of the Dinas Sosial Kabupaten Tanah Laut,
drawn with reportlab (``holdout6.draw``, fully ruled grid), A4 **portrait**, DejaVu Sans Condensed
5.8 pt: sixteen narrow columns, so long names wrap to four to six lines and the table runs
over several pages with the header repeated and merged program / kegiatan cells carried
across the breaks.

Header of two levels — bands "Program", "Kegiatan", "Sub Kegiatan" each over "Uraian |
Indikator | Target", and "Jadwal Pelaksanaan (Triwulan)" over "I … IV" — then the
column-number row ``1 … 16``. Quarter marks print as ``✓``.

Data: seed 000's bidang 1 (``ra2025_bidang1``) as curated, sasaran from
``ra2025_sasaran``. **Invented**: region, year, signatory.
"""

from __future__ import annotations

from samples import curated
from samples.derive import relocate
from samples.families import Row, rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout25.agency import AGENCY, REGION
from samples.sample import DocumentTruth
from samples.values import is_mark

UNIT = "Rehabilitasi Sosial"
MARK = "✓"
HEADING = ("RENCANA AKSI TAHUN 2026", f"BIDANG {UNIT.upper()}", AGENCY.upper(),
           REGION.upper())
PRINTED = ("no", "program", "program_indikator", "program_target", "kegiatan",
           "kegiatan_indikator", "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator",
           "sub_kegiatan_target", "aksi", "volume")


def _row(raw: tuple[str, ...], columns: tuple[str, ...]) -> tuple[str, ...]:
    cell = dict(zip(columns, raw, strict=True))
    return (*(cell[k] for k in PRINTED),
            *(MARK if is_mark(cell[f"tw{q}"]) else "" for q in range(1, 5)))


def _band(name: str) -> Head:
    return Head(name, colspan=3)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its rencana_aksi truth (one row per aksi)."""
    data = relocate(curated.load("ra2025_bidang1"), {"Kota Probolinggo": REGION})
    sasaran = curated.load("ra2025_sasaran").where("bidang", "1").filled()[0]
    body = tuple(_row(raw, data.columns) for raw in data.rows)
    trio = (Head("Uraian"), Head("Indikator"), Head("Target"))
    header = ((Head("No", rowspan=2), _band("Program"), _band("Kegiatan"),
               _band("Sub Kegiatan"), Head("Rencana Aksi", rowspan=2),
               Head("Vol.", rowspan=2), Head("Jadwal Pelaksanaan (Triwulan)", colspan=4)),
              (*trio, *trio, *trio, Head("I"), Head("II"), Head("III"), Head("IV")))
    table = Table(header, (3, 9, 10, 6.5, 11.5, 10, 6.5, 10, 10, 6.5, 10, 6, 2.8, 2.8, 2.8, 2.8),
                  "cllclllllclccccc", body, numbers=True)
    lines = (f"Sasaran Strategis : {sasaran['sasaran']}",
             f"Indikator Kinerja : {sasaran['indikator']}")
    doc = Document("rencana_aksi_tanahlaut_2026",
                   Page(210, 297, "DejaVuSansCondensed", 5.8, margin_mm=12,
                        page_numbers="- {n} -"),
                   HEADING, (*lines, table),
                   ("Pelaihari, 5 Januari 2026", "Kepala Bidang Rehabilitasi Sosial", "", "",
                    "H. MUHAMMAD RIDWAN, S.Sos., M.AP.", "Pembina",
                    "NIP. 19780912 200501 1 007"))
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, REGION, UNIT,
                         2026, 2026)
    return doc, info, (("rencana_aksi", rencana_aksi(data, UNIT, sasaran["sasaran"])),)
