"""Rencana Aksi 2027, Bidang Rehabilitasi Sosial of the Dinas Sosial Kabupaten Muna, drawn
with reportlab (``holdout6.draw``: every cell boxed, header and column numbers repeated on
each page, merged program / kegiatan / sub kegiatan cells continuing as empty boxes after a
page break), F4 landscape, **Arial** (→ Liberation Sans) 6.3 pt: the SAKIP sheet most
agencies attach to their Perjanjian Kinerja.

The 16 columns in their usual order and wording: No | Program | Indikator Kinerja Program
(Outcome) | Target | Kegiatan | Indikator Kinerja Kegiatan (Output) | Target | Sub Kegiatan
| Indikator Kinerja Sub Kegiatan | Target | Rencana Aksi | Volume | band "Jadwal
Pelaksanaan (Triwulan)" over I … IV; then ``1 … 16``. Marks ``√``. "Sasaran Strategis :" and
"Indikator Kinerja Sasaran :" lines above the table.

Data: seed 000's bidang 1 (``ra2025_bidang1``) as curated (spellings kept), "Kota
Probolinggo" → "Kabupaten Muna" in any cell; sasaran and indicator from ``ra2025_sasaran``
bidang 1. **Invented**: region, bidang name, year, signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.derive import relocate
from samples.families import rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout43.agency import AGENCY, REGION
from samples.sample import DocumentTruth
from samples.values import is_mark

STEM = "rencana_aksi_muna_2027"
UNIT = "Rehabilitasi Sosial"
MARK = "√"
HEADING = ("RENCANA AKSI", "TAHUN 2027", f"BIDANG {UNIT.upper()}", AGENCY.upper(),
           REGION.upper())
HEADER_WORD = "Pelaksanaan"
"""A word of the header drawn again on every page (checked by ``check``)."""
SIGN = ("Raha, 6 Januari 2027", "Kepala Bidang Rehabilitasi Sosial", "", "",
        "WA ODE NURHAYATI, S.Sos., M.AP.", "Penata Tingkat I",
        "NIP. 19790321 200501 2 009")


def build() -> Built:
    """The document and its rencana_aksi truth (one row per aksi)."""
    data = relocate(curated.load("ra2025_bidang1"), {"Kota Probolinggo": REGION})
    sasaran = curated.load("ra2025_sasaran").where("bidang", "1").filled()[0]
    marks = tuple(data.column(f"tw{q}") for q in range(1, 5))
    body = tuple(tuple(MARK if c in marks and is_mark(cell) else cell
                       for c, cell in enumerate(raw)) for raw in data.rows)
    plain = ("No", "Program", "Indikator Kinerja Program (Outcome)", "Target", "Kegiatan",
             "Indikator Kinerja Kegiatan (Output)", "Target", "Sub Kegiatan",
             "Indikator Kinerja Sub Kegiatan", "Target", "Rencana Aksi", "Volume")
    header = ((*(Head(t, rowspan=2) for t in plain),
               Head("Jadwal Pelaksanaan (Triwulan)", colspan=4)),
              (Head("I"), Head("II"), Head("III"), Head("IV")))
    table = Table(header, (3, 11, 12, 5, 12, 12, 5, 11, 12, 6, 13, 6, 3.5, 3.5, 3.5, 3.5),
                  "cllcllcllclccccc", body, numbers=True)
    lines = (f"Sasaran Strategis : {sasaran['sasaran']}",
             f"Indikator Kinerja Sasaran : {sasaran['indikator']}")
    doc = Document(STEM, Page(330, 215, "LiberationSans", 6.3, margin_mm=12,
                              page_numbers="Halaman {n}"),
                   HEADING, (*lines, table), SIGN)
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:3]), AGENCY, REGION, UNIT,
                         2027, 2027)
    return doc, info, (("rencana_aksi", rencana_aksi(data, UNIT, sasaran["sasaran"])),)
