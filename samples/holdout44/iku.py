"""IKU 2026 of the Dinas Sosial P3A Kabupaten Kapuas Hulu: "Tabel Keterkaitan Indikator
Kinerja Utama dengan Program dan Kegiatan", the SAKIP sheet agencies publish beside their
Perjanjian Kinerja, drawn with reportlab (``holdout6.draw``: every cell boxed, header and
column numbers repeated on each page, merged cells continuing as empty boxes after a page
break), F4 landscape, **Times New Roman** (→ Liberation Serif) 6.5 pt.

Columns: No | Tujuan | IKU Kabupaten | Sasaran Strategis | Indikator Kinerja Sasaran |
band "Kinerja Sasaran" over Target 2026 | Capaian 2025 | Program | Indikator Program |
Kegiatan / Sub Kegiatan | Indikator Kegiatan / Sub Kegiatan | Anggaran 2026 (Rp); then
``1 … 12``. Tujuan, IKU, sasaran, indicator, target, capaian, program and its indicator
are merged down over the lines they serve; one kegiatan or sub kegiatan per row.

Data: seed 001's ``iku2023`` (all 50 lines) as curated, spellings kept ("Pantli",
"(PMKS) (PMKS)"), "Kota Layak Anak" → "Kabupaten Layak Anak"; seed items packed in one
cell are printed one per row. **Invented**: region, years (seed target → 2026, capaian →
2025), signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.derive import seed
from samples.families import iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout44.agency import AGENCY, REGION, signature
from samples.sample import DocumentTruth
from samples.values import dots

STEM = "iku_kapuas_hulu_2026"
HEADING = ("INDIKATOR KINERJA UTAMA (IKU)", "DAN KETERKAITANNYA DENGAN PROGRAM DAN KEGIATAN",
           "TAHUN 2026", AGENCY.upper(), REGION.upper())
PRINTED = ("no", "tujuan", "iku_kota", "sasaran", "indikator", "target", "capaian", "program",
           "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")
"""Curated keys in printed column order (the seed's ``pack`` note is not printed)."""
HEADER_WORD = "Anggaran"
"""A word of the header drawn again on every page (checked by ``check``)."""


def build() -> Built:
    """The document and its iku_links truth (one row per kegiatan / sub kegiatan line)."""
    data = seed("iku2023", {"Kota Layak Anak": "Kabupaten Layak Anak"})
    keys = [data.column(k) for k in PRINTED]
    money = data.column("anggaran")
    body = tuple(tuple(dots(int(row[k])) if k == money and row[k] else row[k] for k in keys)
                 for row in data.rows)
    heads = ("No", "Tujuan", "IKU Kabupaten", "Sasaran Strategis",
             "Indikator Kinerja Sasaran")
    tail = ("Program", "Indikator Program", "Kegiatan / Sub Kegiatan",
            "Indikator Kegiatan / Sub Kegiatan", "Anggaran 2026 (Rp)")
    header = ((*(Head(t, rowspan=2) for t in heads), Head("Kinerja Sasaran", colspan=2),
               *(Head(t, rowspan=2) for t in tail)),
              (Head("Target 2026"), Head("Capaian 2025")))
    table = Table(header, (3, 10, 10, 12, 13, 6, 6, 11, 13, 18, 22, 9), "cllllccllllr",
                  body, numbers=True)
    doc = Document(STEM, Page(330, 215, "LiberationSerif", 6.5, margin_mm=12,
                              page_numbers="Halaman {n}"),
                   HEADING, (table,), signature("5 Januari 2026"))
    info = DocumentTruth("iku_linkage", " ".join(HEADING[:3]), AGENCY, REGION, None, 2026,
                         2026)
    return doc, info, (("iku_links", iku_links(data)),)
