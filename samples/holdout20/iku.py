"""Cascading IKU 2027 of the Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak
Kabupaten Tabanan, the "Cascading Kinerja" page of an e-SAKIP web app printed by Chromium
(``web``): F4 landscape, Liberation Sans 5.6 pt, thin grey borders, zebra rows, the
browser's date / title / URL / ``n/N`` in the margins.

The app's wording: "No | Tujuan RPJMD | IKU Kabupaten | Sasaran Strategis PD | IKU
Perangkat Daerah", the band "Kinerja" over "Realisasi 2026 | Target 2027" (the baseline
BEFORE the target), "Program | Indikator Kinerja Program | Kegiatan / Sub Kegiatan |
Indikator Kinerja Kegiatan / Sub Kegiatan | Anggaran (Rp)", and a last column "Aksi" left
empty (the app's detail / edit buttons print nothing). Money ``Rp 783.242.000``; kegiatan
lines print no amount.

Data: seed 001's rows, one item per row (``iku2023``) (it names no region).
**Invented**: region, year, layout, signatory.
"""

from __future__ import annotations

from samples import curated
from samples.common import SPAN_UP
from samples.families import Row, iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout20.web import Browser
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kabupaten Tabanan"
HEADING = ("CASCADING KINERJA PERANGKAT DAERAH TAHUN 2027", AGENCY.upper(), REGION.upper())
BROWSER = Browser("20/01/27, 13.05", "e-SAKIP Kabupaten Tabanan - Cascading Kinerja",
                  "https://esakip.tabanankab.go.id/cascading/opd/cetak?tahun=2027",
                  zebra=True)
COLUMNS = ("no", "tujuan", "iku_kota", "sasaran", "indikator", "capaian", "target", "program",
           "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")


def _cell(key: str, cell: str) -> str:
    """Amounts print as ``Rp 783.242.000``; other cells as curated."""
    if key == "anggaran" and cell not in ("", SPAN_UP):
        return f"Rp {dots(int(cell))}"
    return cell


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its iku_links truth."""
    data = curated.load("iku2023")
    two = {"rowspan": 2}
    header = ((Head("No", **two), Head("Tujuan RPJMD", **two), Head("IKU Kabupaten", **two),
               Head("Sasaran Strategis PD", **two), Head("IKU Perangkat Daerah", **two),
               Head("Kinerja", colspan=2), Head("Program", **two),
               Head("Indikator Kinerja Program", **two),
               Head("Kegiatan / Sub Kegiatan", **two),
               Head("Indikator Kinerja Kegiatan / Sub Kegiatan", **two),
               Head("Anggaran (Rp)", **two), Head("Aksi", **two)),
              (Head("Realisasi 2026"), Head("Target 2027")))
    body = tuple((*(_cell(k, row[data.column(k)]) for k in COLUMNS), "") for row in data.rows)
    table = Table(header, (7, 20, 17, 22, 24, 13, 11, 22, 24, 30, 32, 17, 9),
                  "cllllccllllrc", body)
    doc = Document("iku_tabanan_2027", Page(330, 215, "LiberationSans", 5.6, margin_mm=10),
                   HEADING, (table,),
                   ("Tabanan, 20 Januari 2027", "KEPALA DINAS SOSIAL, PEMBERDAYAAN",
                    "PEREMPUAN DAN PERLINDUNGAN ANAK", "KABUPATEN TABANAN", "", "",
                    "I GUSTI AYU PUTU SRIWAHYUNI, S.Sos., M.AP.", "Pembina Utama Muda",
                    "NIP. 19720514 199803 2 006"))
    info = DocumentTruth("iku_linkage", HEADING[0], AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("iku_links", iku_links(data)),)
