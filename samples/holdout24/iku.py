"""IKU linkage table 2026 of the provincial Dinas P3AP2KB, typed in Word by the SAKIP
staff in A4 PORTRAIT (Arial → Liberation Sans 5.5 pt), printed by LibreOffice Writer with
Word's "Table Grid" (``holdout15.word``).

Eleven columns in a portrait page: "Tujuan | IKU Tujuan | Sasaran Strategis | Indikator
Kinerja Sasaran | Target 2026 | Realisasi 2025 | Program | Indikator Program | Kegiatan /
Sub Kegiatan | Indikator Kegiatan / Sub Kegiatan | Anggaran (Rp)". Tujuan, sasaran,
indicator, target, realisasi, program and its indicator are **vertically merged cells**
exactly as the seed merges them, and Writer splits the tall merges **across pages**
(the merged text prints once, on the page where the merge starts). Column numbers
``(1) … (11)``; amounts bare (``783.242.000``), no "Rp".

Data: seed 001's ``iku2023`` as curated (one item per row; spellings kept: "Pantli",
"Pengarustamaan"). **Invented**: the years (seed target → 2026, capaian → 2025).
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.families import iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout24.agency import AGENCY, HEADING, REGION, SIGN
from samples.sample import DocumentTruth
from samples.values import dots

TITLE = "TABEL KETERKAITAN INDIKATOR KINERJA UTAMA DENGAN PROGRAM DAN KEGIATAN TAHUN 2026"
KEYS = ("tujuan", "iku_kota", "sasaran", "indikator", "target", "capaian", "program",
        "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")


def _cell(key: str, cell: str) -> str:
    if key == "anggaran" and cell not in ("", curated.MERGED):
        return dots(int(cell))
    return cell


def build() -> Built:
    """The document and its iku_links truth (one row per kegiatan / sub kegiatan line)."""
    data = curated.load("iku2023")
    header = (tuple(Head(h) for h in (
        "Tujuan", "IKU Tujuan", "Sasaran Strategis", "Indikator Kinerja Sasaran",
        "Target 2026", "Realisasi 2025", "Program", "Indikator Program",
        "Kegiatan / Sub Kegiatan", "Indikator Kegiatan / Sub Kegiatan", "Anggaran (Rp)")),)
    body = tuple(tuple(_cell(k, row[data.column(k)]) for k in KEYS) for row in data.rows)
    table = Table(header, (20.5, 18.5, 18, 20.5, 10, 11.5, 26, 21.5, 21.5, 20.5, 14), "llllccllllr",
                  body, numbers=True)
    doc = Document("iku_kaltara_2026",
                   Page(210, 297, "Arial", 5.5, margin_mm=10, page_numbers="{n}"),
                   (TITLE, *HEADING), (table,), ("Tanjung Selor, 20 Februari 2026", *SIGN))
    info = DocumentTruth("iku_linkage", TITLE, AGENCY, REGION, None, 2026, 2026)
    return doc, info, (("iku_links", iku_links(data)),)
