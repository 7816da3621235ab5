"""IKU linkage 2026 of the Dinas Sosial Kota Pagar Alam, drawn with reportlab
(``stacked``: ``holdout6.draw``'s full grid with typed line breaks), F4 landscape,
Liberation Sans 6 pt.

"Tabel Keterkaitan IKU dengan Program dan Kegiatan": the sasaran's indicator and its
target are **stacked in one merged cell** ("Persentase …", line break, "Target: 89%"), no
Target column; "Capaian 2025" beside it. Kegiatan lines print plain, the sub kegiatan
under them as **bullets** ("• Penyediaan Permakanan") with their amounts
(``783.242.000``) under "Anggaran 2026 (Rp)". Tujuan, IKU, sasaran, program and the
program's indicator are row-spanning merges. "Hal. n" bottom centre.

Data: seed 001's ``iku2023`` as curated, one item per row, spellings kept ("Pantli").
**Invented**: region, years (seed target → 2026, capaian → 2025), signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.curated import MERGED
from samples.families import iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Sosial"
REGION = "Kota Pagar Alam"
TITLE = "TABEL KETERKAITAN INDIKATOR KINERJA UTAMA DENGAN PROGRAM DAN KEGIATAN"
BULLET = "•"
HEADS = ("No", "Tujuan RPJMD", "IKU Kota", "Sasaran Strategis",
         "Indikator Kinerja Sasaran / Target 2026", "Capaian 2025", "Program",
         "Indikator Program", "Kegiatan / Sub Kegiatan", "Indikator Kegiatan / Sub Kegiatan",
         "Anggaran 2026 (Rp)")


def _printed(row: dict[str, str], raw: tuple[str, ...], column: dict[str, int]
             ) -> tuple[str, ...]:
    """One body row: indicator and target stacked, a sub kegiatan (it has an amount)
    bulleted, amounts in dots."""
    def cell(key: str) -> str:
        return raw[column[key]]

    stacked = (MERGED if cell("indikator") == MERGED
               else f"{row['indikator']}\nTarget: {row['target']}")
    amount = row["anggaran"]
    kegiatan = f"{BULLET} {row['kegiatan']}" if amount else row["kegiatan"]
    return (cell("no"), cell("tujuan"), cell("iku_kota"), cell("sasaran"), stacked,
            cell("capaian"), cell("program"), cell("indikator_program"), kegiatan,
            row["indikator_kegiatan"], dots(int(amount)) if amount else "")


def build() -> Built:
    """The document and its iku_links truth (one row per kegiatan / sub kegiatan line,
    the bullet not part of the name)."""
    data = curated.load("iku2023")
    column = {key: data.column(key) for key in data.columns}
    body = tuple(_printed(row, raw, column)
                 for row, raw in zip(data.filled(), data.rows, strict=True))
    table = Table((tuple(Head(t) for t in HEADS),),
                  (3, 10, 9, 11, 14, 6, 10, 12, 15, 15, 8.5), "cllllcllllr", body,
                  numbers=True)
    doc = Document("iku_pagaralam_2026",
                   Page(330, 215, "LiberationSans", 6, margin_mm=11, page_numbers="Hal. {n}"),
                   (TITLE, "DINAS SOSIAL KOTA PAGAR ALAM", "TAHUN 2026"), (table,),
                   ("Pagar Alam, 20 Januari 2026", "Kepala Dinas Sosial", "Kota Pagar Alam",
                    "", "", "H. ZULKARNAIN EFFENDI, S.Sos., M.M.", "Pembina Tingkat I",
                    "NIP. 19730912 199803 1 006"))
    info = DocumentTruth("iku_linkage", TITLE, AGENCY, REGION, None, 2026, 2026)
    return doc, info, (("iku_links", iku_links(data)),)
