"""IKU linkage 2026 of the Dinas Sosial Kota Sawahlunto as a *searchable scan*: every page
is a scanned image (200 dpi grey JPEG, light toner and sensor defects, no skew: scanner
software deskews before it runs OCR) with an invisible word-by-word text layer (render
mode 3, Helvetica stretched to each word's width) over the printed words; the rules exist
only in the image.

Drawn first as a fully ruled reportlab grid on A4 landscape (DejaVu Sans 6 pt, header and
column numbers repeated on every page); the text layer is written from the same drawing
calls, so it holds exactly the printed text. Seed 001's rows, one item per row, amounts
``Rp 783.242.000``; kegiatan lines print no amount.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from samples import curated
from samples.blind import Built
from samples.common import SPAN_UP
from samples.derive import relocate
from samples.families import iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout18 import producers
from samples.holdout18.canvases import ScanCanvas
from samples.sample import DocumentTruth
from samples.scanned_holdout.profiles import Profile
from samples.values import dots

AGENCY = "Dinas Sosial"
REGION = "Kota Sawahlunto"
HEADING = ("TABEL KETERKAITAN IKU DENGAN PROGRAM, KEGIATAN DAN SUB KEGIATAN",
           "TAHUN ANGGARAN 2026", "DINAS SOSIAL KOTA SAWAHLUNTO")
PRINTED = ("no", "tujuan", "iku_kota", "sasaran", "indikator", "target", "capaian",
           "program", "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")
STEM = "iku_sawahlunto_2026"
SCAN = Profile("holdout18", STEM, 200, False, 62, 0.0, stroke_mm=0.04, specks=0.15,
               light=0.08)


def _cell(key: str, cell: str) -> str:
    """Amounts print as ``Rp 783.242.000``; other cells as curated."""
    if key == "anggaran" and cell not in ("", SPAN_UP):
        return f"Rp {dots(int(cell))}"
    return cell


def build() -> Built:
    """The document and its iku_links truth."""
    data = relocate(curated.load("iku2023"), {"Kota Probolinggo": REGION})
    body = tuple(tuple(_cell(k, row[data.column(k)]) for k in PRINTED) for row in data.rows)
    header = (tuple(Head(t) for t in (
        "No", "Tujuan RPJMD", "IKU Kota", "Sasaran Strategis", "Indikator Kinerja",
        "Target 2026", "Realisasi 2025", "Program", "Indikator Program",
        "Kegiatan / Sub Kegiatan", "Indikator Kegiatan / Sub Kegiatan", "Pagu (Rp)")),)
    table = Table(header, (2.8, 9, 8, 9, 9.5, 5.4, 5.6, 10.5, 11, 15, 16, 8.2),
                  "cllllccllllr", body, numbers=True)
    doc = Document(STEM, Page(297, 210, "DejaVuSans", 6, margin_mm=11,
                              page_numbers="Halaman {n}"),
                   HEADING, (table,),
                   ("Sawahlunto, 14 Januari 2026", "KEPALA DINAS SOSIAL",
                    "KOTA SAWAHLUNTO", "", "", "YULIANIS SUTAN MUDO, S.Sos., M.M.",
                    "Pembina Tingkat I", "NIP. 19730817 199803 2 005"))
    info = DocumentTruth("iku_linkage", " ".join(HEADING[:2]), AGENCY, REGION, None,
                         2026, 2026)
    return doc, info, (("iku_links", iku_links(data)),)


def write(doc: Document, path: Path) -> int:
    """Every page scanned, with the invisible text layer."""
    factory = partial(ScanCanvas, scans=producers.scans(doc, SCAN), text_layer=True)
    return producers.print_with(doc, path, factory)
