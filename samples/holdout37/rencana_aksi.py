"""Rencana Aksi 2027, Bidang Rehabilitasi Sosial of the Dinas Sosial, P3A Kota Bima, drawn
with reportlab (``holdout6.draw``, full grid), F4 landscape, **Liberation Serif** 6 pt.

Seventeen columns: the 16 SAKIP columns, with the quarter band headed **"Target Kinerja
Fisik per Triwulan (%)"** over I … IV, then **"Penanggung Jawab"** (the seksi head, merged
over the sub kegiatan's aksi). What no earlier set printed: the quarter cells hold **the
share of the aksi's yearly work done in that quarter as a bare number** — ``100`` (one
quarter), ``50`` / ``50``, ``33,33`` / ``33,33`` / ``33,34``, ``25`` ×4 — and a quarter with
nothing planned prints **``-``**, not a blank. No tick anywhere.

Data: seed 000's bidang 1 (``ra2025_bidang1``) as curated (spellings kept), sasaran from
``ra2025_sasaran`` bidang 1; the seed's marks decide which quarters hold a share.
**Invented**: region, year, the shares, the Penanggung Jawab, signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.curated import MERGED
from samples.derive import relocate
from samples.families import rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout37.agency import AGENCY, REGION
from samples.holdout37.lookup import by_word
from samples.sample import DocumentTruth
from samples.values import is_mark

UNIT = "Rehabilitasi Sosial"
NONE = "-"
"""What a quarter with nothing planned prints."""
HEADING = ("RENCANA AKSI TAHUN 2027", f"BIDANG {UNIT.upper()}", AGENCY.upper(), REGION.upper())
SHARES = {1: ("100",), 2: ("50", "50"), 3: ("33,33", "33,33", "33,34"),
          4: ("25", "25", "25", "25")}
"""How the year's work is split over the planned quarters (percent, summing to 100)."""
SEKSI = (("bencana", "Kepala Seksi Perlindungan Sosial Korban Bencana Alam dan Sosial"),
         ("disabilitas", "Kepala Seksi Rehabilitasi Sosial Penyandang Disabilitas"),
         ("miskin", "Kepala Seksi Jaminan Sosial Keluarga"))
"""A word of the sub kegiatan's name → the seksi answerable for it."""
OTHER = "Kepala Seksi Rehabilitasi Sosial Anak dan Lanjut Usia"


def quarter_cells(marks: tuple[bool, ...]) -> tuple[str, ...]:
    """The printed quarter cells: the planned quarters' shares in order, ``-`` elsewhere."""
    shares = iter(SHARES.get(sum(marks), ()))
    return tuple(next(shares) if mark else NONE for mark in marks)


def _printed(row: tuple[str, ...], columns: tuple[str, ...], sub: str) -> tuple[str, ...]:
    cell = dict(zip(columns, row, strict=True))
    marks = tuple(is_mark(cell[f"tw{q}"]) for q in range(1, 5))
    owner = MERGED if cell["sub_kegiatan"] == MERGED else by_word(sub, SEKSI, OTHER)
    return (*row[:columns.index("tw1")], *quarter_cells(marks), owner)


def build() -> Built:
    """The document and its rencana_aksi truth (one row per aksi)."""
    data = relocate(curated.load("ra2025_bidang1"), {"Kota Probolinggo": REGION})
    sasaran = curated.load("ra2025_sasaran").where("bidang", "1").filled()[0]
    body = tuple(_printed(raw, data.columns, filled["sub_kegiatan"])
                 for raw, filled in zip(data.rows, data.filled(), strict=True))
    plain = ("No", "Program", "Indikator Kinerja Program", "Target", "Kegiatan",
             "Indikator Kinerja Kegiatan", "Target", "Sub Kegiatan",
             "Indikator Kinerja Sub Kegiatan", "Target", "Rencana Aksi", "Volume")
    header = ((*(Head(t, rowspan=2) for t in plain),
               Head("Target Kinerja Fisik per Triwulan (%)", colspan=4),
               Head("Penanggung Jawab", rowspan=2)),
              (Head("I"), Head("II"), Head("III"), Head("IV")))
    table = Table(header, (3, 10, 11, 4.5, 11, 11, 4.5, 10, 11, 5, 11, 5, 4, 4, 4, 4, 9),
                  "cllcllcllclcccccl", body, numbers=True)
    lines = (f"Sasaran Strategis : {sasaran['sasaran']}",
             f"Indikator Kinerja : {sasaran['indikator']}")
    doc = Document("rencana_aksi_bima_2027",
                   Page(330, 215, "LiberationSerif", 6, margin_mm=11,
                        page_numbers="Halaman {n}"),
                   HEADING, (*lines, table),
                   ("Bima, 11 Januari 2027", f"Kepala Bidang {UNIT}", "", "",
                    "MUHAMMAD SYAHRIR, S.Sos., M.M.", "Penata Tingkat I",
                    "NIP. 19820905 200801 1 007"))
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, REGION, UNIT,
                         2027, 2027)
    return doc, info, (("rencana_aksi", rencana_aksi(data, UNIT, sasaran["sasaran"])),)
