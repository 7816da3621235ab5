"""Rencana Aksi 2026, Bidang Perlindungan Perempuan dan Pemenuhan Hak Anak of the Dinas
Sosial, Pemberdayaan Perempuan dan Perlindungan Anak of Kota Tidore Kepulauan, with its
table drawn from *rectangles*: no stroked path at all — every rule is a 0.6 pt filled
rectangle (one per cell edge, written after the page's text) and every cell a filled
background rectangle under its text (pale blue-grey body, grey header), as spreadsheet
exporters write PDFs.

Seed 000's bidang 2 on F4 landscape, DejaVu Sans Condensed 6.4 pt, 16 columns with the
column-number row, merged program / kegiatan / sub kegiatan cells (a merge running over a
page break continues as an empty box), "Indikator …" / "Target" / "Rencana Aksi" /
"Volume" / "Triwulan I … IV" headers, marks printed ``√``.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from samples import curated
from samples.blind import Built
from samples.derive import relocate
from samples.families import rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout18 import producers
from samples.holdout18.canvases import RectRuleCanvas
from samples.sample import DocumentTruth
from samples.values import is_mark

UNIT = "Perlindungan Perempuan dan Pemenuhan Hak Anak"
AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Tidore Kepulauan"
HEADING = ("RENCANA AKSI TAHUN 2026", f"BIDANG {UNIT.upper()}", AGENCY.upper(),
           REGION.upper())
PRINTED = ("no", "program", "program_indikator", "program_target", "kegiatan",
           "kegiatan_indikator", "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator",
           "sub_kegiatan_target", "aksi", "volume", "tw1", "tw2", "tw3", "tw4")
TICK = "√"


def _cell(key: str, cell: str) -> str:
    """Seed marks (``v``/``V``) print as ``√``; other cells as curated."""
    if key.startswith("tw") and cell != "^":
        return TICK if is_mark(cell) else ""
    return cell


def build() -> Built:
    """The document and its rencana_aksi truth (one row per aksi)."""
    data = relocate(curated.load("ra2025_bidang2"), {"Kota Probolinggo": REGION})
    sasaran = curated.load("ra2025_sasaran").where("bidang", "2").filled()
    body = tuple(tuple(_cell(k, row[data.column(k)]) for k in PRINTED) for row in data.rows)
    header = (
        (Head("No", rowspan=2), Head("Program", rowspan=2),
         Head("Indikator Program", rowspan=2), Head("Target", rowspan=2),
         Head("Kegiatan", rowspan=2), Head("Indikator Kegiatan", rowspan=2),
         Head("Target", rowspan=2), Head("Sub Kegiatan", rowspan=2),
         Head("Indikator Sub Kegiatan", rowspan=2), Head("Target", rowspan=2),
         Head("Rencana Aksi", rowspan=2), Head("Volume", rowspan=2),
         Head("Triwulan", colspan=4)),
        tuple(Head(q) for q in ("I", "II", "III", "IV")),
    )
    table = Table(header, (3.2, 10, 12, 5.8, 11, 12.5, 5.8, 11, 12, 5.8, 13, 6, 3.4, 3.4,
                           3.4, 3.4), "clllllllllllcccc", body, numbers=True)
    lines = (f"Sasaran Strategis : {sasaran[0]['sasaran']}",
             f"Indikator Sasaran : {sasaran[0]['indikator']}")
    doc = Document("rencana_aksi_tidore_2026",
                   Page(330, 215, "DejaVuSansCondensed", 6.4, margin_mm=11,
                        page_numbers="- {n} -"),
                   HEADING, (*lines, table),
                   ("Tidore, 8 Januari 2026", "Kepala Bidang Perlindungan Perempuan",
                    "dan Pemenuhan Hak Anak", "", "", "SAFRUDIN HI. ABDULLAH, S.Sos.",
                    "Penata Tingkat I", "NIP. 19800611 200604 1 012"))
    truth = rencana_aksi(data, UNIT, sasaran[0]["sasaran"])
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, REGION, UNIT,
                         2026, 2026)
    return doc, info, (("rencana_aksi", truth),)


def write(doc: Document, path: Path) -> int:
    """Rules and cell backgrounds as filled rectangles."""
    factory = partial(RectRuleCanvas, rule=0.6, tint=(0.93, 0.95, 0.98))
    return producers.print_with(doc, path, factory)
