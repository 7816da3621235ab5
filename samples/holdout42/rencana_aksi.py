"""Rencana Aksi 2027, Bidang Pemberdayaan Sosial of the Dinas Sosial Kota Kotamobagu, printed
by headless Chromium in this set's Excel look (``web``), F4 landscape, Liberation Sans
Narrow 6 pt, 25 columns.

What is new here: the schedule is a band **"Jadwal Pelaksanaan (Bulan)" over twelve month
columns** (Jan … Des) in which a planned month is a **cell filled green with no
character** (holdout3 filled quarter cells; earlier month schedules printed characters).
A monthly aksi (``12 Bulan``) fills all three months of each planned quarter, any other
aksi only the quarter's middle month, so a planned quarter shows one or three filled
months. The volume is split into Volume (``2``) and Satuan (``Kegiatan``).

Data: seed 000's bidang 4 (``ra2025_bidang4``) as curated (spellings kept, "Kota
Probolinggo" → "Kota Kotamobagu"), sasaran from ``ra2025_sasaran`` bidang 4; which
quarters are planned = the seed's marks. **Invented**: region, year, the months filled
(``months``), signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.derive import relocate
from samples.families import rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout42.agency import AGENCY, REGION, signature
from samples.holdout42.narrow import FACE
from samples.holdout42.web import SHADE
from samples.sample import DocumentTruth
from samples.values import is_mark

STEM = "rencana_aksi_kotamobagu_2027"
UNIT = "Pemberdayaan Sosial"
HEADING = ("RENCANA AKSI", "TAHUN 2027", f"BIDANG {UNIT.upper()}", AGENCY.upper(),
           REGION.upper())
MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
MONTHLY = "bulan"
"""The volume unit of an aksi done every month of a planned quarter."""
TEXT = ("no", "program", "program_indikator", "program_target", "kegiatan",
        "kegiatan_indikator", "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator",
        "sub_kegiatan_target", "aksi")
"""Curated keys printed as they are, in printed order (then Volume, Satuan, 12 months)."""


def months(quarters: list[bool], unit: str) -> list[bool]:
    """Filled months of an aksi: every month of a planned quarter for a monthly aksi, else
    the quarter's middle month (the check counts fills with this rule too)."""
    every = unit.lower() == MONTHLY
    return [planned and (every or m == 1) for planned in quarters for m in range(3)]


def _row(cell: dict[str, str]) -> tuple[str, ...]:
    number, _, unit = cell["volume"].partition(" ")
    quarters = [is_mark(cell[f"tw{q}"]) for q in range(1, 5)]
    schedule = (SHADE if filled else "" for filled in months(quarters, unit))
    return (*(cell[k] for k in TEXT), number, unit, *schedule)


def build() -> Built:
    """The document and its rencana_aksi truth (one row per aksi; a quarter is true when
    any of its months is filled)."""
    data = relocate(curated.load("ra2025_bidang4"), {"Kota Probolinggo": REGION})
    sasaran = curated.load("ra2025_sasaran").where("bidang", "4").filled()[0]
    index = {k: data.column(k) for k in (*TEXT, "volume", "tw1", "tw2", "tw3", "tw4")}
    body = tuple(_row({k: raw[i] for k, i in index.items()}) for raw in data.rows)
    plain = tuple(Head(t, rowspan=2) for t in (
        "No", "Program", "Indikator Program", "Target", "Kegiatan", "Indikator Kegiatan",
        "Target", "Sub Kegiatan", "Indikator Sub Kegiatan", "Target", "Rencana Aksi",
        "Volume", "Satuan"))
    header = ((*plain, Head("Jadwal Pelaksanaan (Bulan)", colspan=12)),
              tuple(Head(m) for m in MONTHS))
    table = Table(header, (18, 72, 58, 28, 62, 60, 28, 64, 62, 34, 66, 31, 36, *(21,) * 12),
                  "cllcllcllclcc" + "c" * 12, body)
    lines = (f"Sasaran Strategis : {sasaran['sasaran']}",
             f"Indikator Kinerja Sasaran : {sasaran['indikator']}")
    doc = Document(STEM, Page(330, 215, FACE, 6, margin_mm=10, page_numbers="Halaman {n}"),
                   HEADING, (*lines, table),
                   signature("4 Januari 2027", f"Kepala Bidang {UNIT}",
                             ("RIZAL P. MAMONTO, S.STP., M.AP.", "Penata Tingkat I",
                              "19840219 200312 1 002")))
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:3]), AGENCY, REGION, UNIT,
                         2027, 2027)
    return doc, info, (("rencana_aksi", rencana_aksi(data, UNIT, sasaran["sasaran"])),)
