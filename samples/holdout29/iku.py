"""IKU linkage 2027 of the Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak
Kabupaten Polewali Mandar, printed by headless Chromium in the ``DARK`` look (navy header
band, white bold text, cells parted by thin white rules over a pale-blue body — no dark
line anywhere), F4 landscape, DejaVu Sans 5.8 pt.

"Matriks Keterkaitan IKU dengan Program dan Kegiatan": one row per kegiatan / sub kegiatan
line. Tujuan, its IKU, sasaran, indicator, target, realisasi, program and the program's
indicator are real row-spanning cells (text at the top), split by the browser at page
breaks. Band "Kinerja Sasaran" over "Target 2027 | Realisasi 2026" (target first, as the
seed prints it); money ``783.242.000,00`` under "Anggaran 2027 (Rp)", kegiatan lines
without amount; no column-number row; page number alone, bottom centre.

Data: seed 001's ``iku2023`` as curated, one item per row, spellings kept ("Pantli").
**Invented**: region, years (seed target → 2027, capaian → 2026), signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.curated import MERGED
from samples.families import iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout29.web import DARK
from samples.sample import DocumentTruth
from samples.values import dots_cents

LOOK = DARK
AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kabupaten Polewali Mandar"
TITLE = "MATRIKS KETERKAITAN INDIKATOR KINERJA UTAMA (IKU) DENGAN PROGRAM DAN KEGIATAN"
KEYS = ("no", "tujuan", "iku_kota", "sasaran", "indikator", "target", "capaian", "program",
        "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")
PLAIN = ("No", "Tujuan RPJMD", "Indikator Tujuan (IKU Kabupaten)", "Sasaran Strategis",
         "Indikator Kinerja Sasaran")
AFTER = ("Program", "Indikator Kinerja Program", "Kegiatan / Sub Kegiatan",
         "Indikator Kinerja Kegiatan / Sub Kegiatan", "Anggaran 2027 (Rp)")


def _cell(key: str, cell: str) -> str:
    if key == "anggaran" and cell not in ("", MERGED):
        return dots_cents(int(cell))
    return cell


def build() -> Built:
    """The document and its iku_links truth (one row per kegiatan / sub kegiatan line)."""
    data = curated.load("iku2023")
    body = tuple(tuple(_cell(k, row[data.column(k)]) for k in KEYS) for row in data.rows)
    header = ((*(Head(t, rowspan=2) for t in PLAIN), Head("Kinerja Sasaran", colspan=2),
               *(Head(t, rowspan=2) for t in AFTER)),
              (Head("Target 2027"), Head("Realisasi 2026")))
    table = Table(header, (3.5, 11, 11, 12, 13, 6.5, 6.5, 12, 14, 16, 16, 10),
                  "cllllccllllr", body)
    doc = Document("iku_polewalimandar_2027",
                   Page(330, 215, "DejaVuSans", 5.8, margin_mm=11, page_numbers="{n}"),
                   (TITLE, "TAHUN 2027", AGENCY.upper(), REGION.upper()), (table,),
                   ("Polewali, 14 Januari 2027", "KEPALA DINAS", "", "",
                    "Hj. ST. HAJRAH MUHAMMADIYAH, S.Sos., M.AP.", "Pembina Tingkat I",
                    "NIP. 19740608 199803 2 010"))
    info = DocumentTruth("iku_linkage", TITLE, AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("iku_links", iku_links(data)),)
