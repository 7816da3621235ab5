"""IKU linkage 2027 of the Dinas Sosial Kota Tarakan drawn with reportlab on F4 landscape
(Liberation Serif 7 pt) as an ordinary fully ruled grid over several pages.

The SAKIP "Matriks Keterkaitan" look with this set's wording: Tujuan, IKU, Sasaran,
Indikator and Program cells merged over all their kegiatan / sub kegiatan rows (a merge
running over a page break continues as an empty box), "Capaian 2026" before "Target 2027"
under the band "Kinerja", the money column "Anggaran (Rp)" printed ``Rp 783.242.000``,
the header and column-number row repeated on every page. Seed 001's rows, one item per
row; kegiatan lines print no amount.
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
REGION = "Kota Tarakan"
HEADING = ("MATRIKS KETERKAITAN INDIKATOR KINERJA UTAMA (IKU) DENGAN PROGRAM, KEGIATAN DAN "
           "SUB KEGIATAN", "TAHUN ANGGARAN 2027", "DINAS SOSIAL KOTA TARAKAN")
PRINTED = ("no", "tujuan", "iku_kota", "sasaran", "indikator", "capaian", "target",
           "program", "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")


def _cell(key: str, cell: str) -> str:
    """Amounts print as ``Rp 783.242.000``; other cells as curated."""
    if key == "anggaran" and cell not in ("", SPAN_UP):
        return f"Rp {dots(int(cell))}"
    return cell


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its iku_links truth."""
    data = relocate(curated.load("iku2023"), {"Kota Probolinggo": REGION})
    body = tuple(tuple(_cell(k, row[data.column(k)]) for k in PRINTED) for row in data.rows)
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2),
               Head("IKU Kota", rowspan=2),
               Head("Sasaran", rowspan=2), Head("Indikator Sasaran", rowspan=2),
               Head("Kinerja", colspan=2), Head("Program", rowspan=2),
               Head("Indikator Program", rowspan=2),
               Head("Kegiatan/Sub Kegiatan", rowspan=2),
               Head("Indikator Kegiatan/Sub Kegiatan", rowspan=2),
               Head("Anggaran (Rp)", rowspan=2)),
              (Head("Capaian 2026"), Head("Target 2027")))
    table = Table(header, (2.6, 8.5, 7.5, 8.5, 8.5, 5.2, 5, 10, 10, 18, 18.5, 8),
                  "clllllcllllr", body, numbers=True)
    doc = Document("iku_tarakan_2027",
                   Page(330, 215, "LiberationSerif", 7, margin_mm=10,
                        page_numbers="Hal. {n}"),
                   HEADING, (table,),
                   ("Tarakan, 11 Januari 2027", "Plt. KEPALA DINAS SOSIAL", "KOTA TARAKAN",
                    "", "", "HJ. RAHMAWATI DAENG PASSAU, S.E., M.M.", "Pembina",
                    "NIP. 19760223 200212 2 004"))
    info = DocumentTruth("iku_linkage", " ".join(HEADING[:2]), AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("iku_links", iku_links(data)),)
