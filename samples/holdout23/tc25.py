"""(a) Renstra 2025–2029 of the Dinas Sosial Kota Bukittinggi, drawn with reportlab
(``holdout6.draw``): form T-C.25 "Tujuan dan Sasaran Jangka Menengah Pelayanan Perangkat
Daerah", A4 landscape, Liberation Serif 7.5 pt, full grid, column-number row.

No | Tujuan | Sasaran | Indikator Tujuan/Sasaran | Satuan | Kondisi Awal (2024) | band
"Target Kinerja Tujuan/Sasaran pada Tahun" over 2025 … 2029 | Kondisi Akhir (2029).
Rows: seed 002's Tabel 4.4 (``seed.targets``). Kondisi Awal is a baseline and Kondisi
Akhir repeats the 2029 target: neither gives truth rows.
"""

from __future__ import annotations

from samples.blind import Built
from samples.families import renstra_targets
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout23.seed import plan_years, targets
from samples.sample import DocumentTruth

FIRST = 2025
PAGE = Page(297, 210, "LiberationSerif", 7.5, margin_mm=15, page_numbers="Halaman {n}")
HEADING = ("RENCANA STRATEGIS PERANGKAT DAERAH", "DINAS SOSIAL KOTA BUKITTINGGI",
           "TAHUN 2025-2029")


def _table(body: tuple[tuple[str, ...], ...]) -> Table:
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("Sasaran", rowspan=2),
               Head("Indikator Tujuan/Sasaran", rowspan=2), Head("Satuan", rowspan=2),
               Head("Kondisi Awal (2024)", rowspan=2),
               Head("Target Kinerja Tujuan/Sasaran pada Tahun", colspan=5),
               Head("Kondisi Akhir (2029)", rowspan=2)),
              tuple(Head(str(FIRST + n)) for n in range(5)))
    return Table(header, (3, 16, 18, 20, 6, 7, *(6,) * 5, 7), "clll" + "c" * 8, body,
                 numbers=True,
                 caption=("Tabel T-C.25",
                          "Tujuan dan Sasaran Jangka Menengah Pelayanan Perangkat Daerah"))


def build() -> Built:
    """The document and its renstra_targets table."""
    data = targets("renstra_t44")
    intro = ("Tujuan dan sasaran jangka menengah Dinas Sosial Kota Bukittinggi beserta "
             "indikator dan target kinerjanya untuk periode 2025-2029 disajikan sebagai "
             "berikut.")
    doc = Document("renstra_tc25_bukittinggi_2025_2029", PAGE, HEADING,
                   (intro, _table(data.rows)),
                   ("Bukittinggi, 20 Juni 2025", "KEPALA DINAS SOSIAL", "KOTA BUKITTINGGI",
                    "", "", "Drs. HENDRI ZULKARNAIN, M.Si.", "Pembina Utama Muda",
                    "NIP. 19690312 199503 1 004"))
    info = DocumentTruth("renstra", " ".join(HEADING), "Dinas Sosial", "Kota Bukittinggi",
                         None, 2025, 2029)
    return doc, info, (("renstra_targets", renstra_targets(data, plan_years(FIRST))),)
