"""IKU linkage table 2026 of the DP3A Kabupaten Rejang Lebong, a web page printed by headless
Chromium (``web.render_bottom``), A4 landscape, DejaVu Sans 5.5 pt.

One row per kegiatan / sub kegiatan line: the kegiatan, its indicator and its pagu sit in
that row. Tujuan, its IKU, sasaran, indicator, target, capaian, program and the program's
indicator are merged down over their lines with the text at the BOTTOM of the merge (a
reader sees a program's name beside its last sub kegiatan, not its first). A merge that
runs over a page break is a fragmented cell to Chromium, which prints its text at the TOP
of its first page (tujuan / sasaran on page 1, a program continued on the next page).
Amounts bare (``783.242.000``) under "Pagu (Rp)"; no column-number row; "Halaman n".

Data: seed 001's ``iku2023`` as curated, one item per row (the seed's packed cells
unpacked), spellings kept ("Pantli", "Pengarustamaan"). It is re-homed to this agency
unchanged; **invented**: the years (seed target → 2026, capaian → 2025).
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.families import iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout27.agency import AGENCY, HEADING, REGION, SIGN
from samples.sample import DocumentTruth
from samples.values import dots

TITLE = "TABEL KETERKAITAN INDIKATOR KINERJA UTAMA DENGAN PROGRAM, KEGIATAN DAN SUB KEGIATAN"
KEYS = ("no", "tujuan", "iku_kota", "sasaran", "indikator", "target", "capaian", "program",
        "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")
HEADS = ("No", "Tujuan", "Indikator Tujuan", "Sasaran", "Indikator Sasaran", "Target 2026",
         "Capaian 2025", "Program", "Indikator Program", "Kegiatan / Sub Kegiatan",
         "Indikator Kegiatan / Sub Kegiatan", "Pagu (Rp)")


def _cell(key: str, cell: str) -> str:
    if key == "anggaran" and cell not in ("", curated.MERGED):
        return dots(int(cell))
    return cell


def build() -> Built:
    """The document and its iku_links truth (one row per kegiatan / sub kegiatan line)."""
    data = curated.load("iku2023")
    body = tuple(tuple(_cell(k, row[data.column(k)]) for k in KEYS) for row in data.rows)
    table = Table((tuple(Head(h) for h in HEADS),),
                  (4.5, 13, 12, 13, 14, 8.5, 8.5, 15.5, 14, 16, 15.5, 9.5), "cllllccllllr", body)
    doc = Document("iku_rejanglebong_2026",
                   Page(297, 210, "DejaVuSans", 5.5, margin_mm=10, page_numbers="Halaman {n}"),
                   (TITLE, "TAHUN 2026", *HEADING), (table,),
                   ("Curup, 9 Februari 2026", *SIGN))
    info = DocumentTruth("iku_linkage", TITLE, AGENCY, REGION, None, 2026, 2026)
    return doc, info, (("iku_links", iku_links(data)),)
