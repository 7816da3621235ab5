"""IKU linkage 2026 of the Dinas Sosial Kabupaten Banjar printed from HTML by Chromium on
F4 landscape (Liberation Serif 7 pt) as an ordinary fully ruled grid over several pages.

The common SAKIP "Tabel Keterkaitan" look: Tujuan, IKU, Sasaran, Indikator and Program
cells merged over all their kegiatan / sub kegiatan rows (the browser splits a merge at a
page break and leaves the continuation box empty), "Realisasi 2025" before "Target 2026"
under one band "Kinerja Utama", the money column "Pagu (Rp)" printed ``783.242.000``, and
the header repeated by the browser. Seed 001's rows, one item per row; kegiatan lines
print no amount.
"""

from __future__ import annotations

from samples import curated
from samples.common import SPAN_UP
from samples.derive import relocate
from samples.families import Row, iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Sosial"
REGION = "Kabupaten Banjar"
HEADING = ("TABEL KETERKAITAN INDIKATOR KINERJA UTAMA (IKU) DENGAN PROGRAM, KEGIATAN DAN "
           "SUB KEGIATAN TAHUN 2026", AGENCY.upper(), REGION.upper())
PRINTED = ("no", "tujuan", "iku_kota", "sasaran", "indikator", "capaian", "target",
           "program", "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its iku_links truth."""
    data = relocate(curated.load("iku2023"), {"Kota Probolinggo": REGION,
                                              "Kota Layak Anak": "Kabupaten Layak Anak"})
    body = tuple(tuple(dots(int(c)) if k == "anggaran" and c not in ("", SPAN_UP) else c
                       for k, c in ((k, row[data.column(k)]) for k in PRINTED))
                 for row in data.rows)
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2),
               Head("Indikator Tujuan (IKU Kabupaten)", rowspan=2),
               Head("Sasaran Strategis", rowspan=2), Head("Indikator Kinerja Utama", rowspan=2),
               Head("Kinerja Utama", colspan=2), Head("Program", rowspan=2),
               Head("Indikator Kinerja Program (Outcome)", rowspan=2),
               Head("Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Indikator Kinerja Kegiatan / Sub Kegiatan (Output)", rowspan=2),
               Head("Pagu (Rp)", rowspan=2)),
              (Head("Realisasi 2025"), Head("Target 2026")))
    table = Table(header, (2.6, 9.5, 8, 9.5, 9, 5.4, 5, 11.5, 10, 16.5, 17, 7.5),
                  "clllllcllllr", body)
    doc = Document("iku_banjar_2026",
                   Page(330, 215, "LiberationSerif", 7, margin_mm=10,
                        page_numbers="Halaman {n}"),
                   HEADING, (table,),
                   ("Martapura, 12 Januari 2026", "KEPALA DINAS SOSIAL", "KABUPATEN BANJAR",
                    "", "", "H. MUHAMMAD SYARIFUDDIN, S.Sos., M.AP.", "Pembina Tingkat I",
                    "NIP. 19720905 199303 1 006"))
    info = DocumentTruth("iku_linkage", HEADING[0], AGENCY, REGION, None, 2026, 2026)
    return doc, info, (("iku_links", iku_links(data)),)
