"""(b) Renstra 2026–2030 of the Dinas Pemberdayaan Perempuan dan Perlindungan Anak
Kabupaten Pesisir Selatan, drawn with reportlab (``holdout6.draw``): the T-C.25 form with
the plan years headed **"Tahun ke-1" … "Tahun ke-5"** and a note line above the table
saying which calendar years they are (2026 … 2030). F4 landscape, Liberation Sans 6.8 pt,
no column-number row, the Tabel caption on one line.

Rows: seed 002's Tabel 4.3 (``seed.targets``). "Kondisi Awal (2025)" is a baseline and
"Kondisi Akhir Periode Renstra" repeats Tahun ke-5: neither gives truth rows. ``year`` is
the calendar year the note gives (Tahun ke-1 → 2026), as in holdout7.
"""

from __future__ import annotations

from samples.blind import Built
from samples.families import renstra_targets
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout23.seed import plan_years, targets
from samples.sample import DocumentTruth

FIRST = 2026
AGENCY = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
PAGE = Page(330, 215, "LiberationSans", 6.8, margin_mm=14, page_numbers="- {n} -")
HEADING = ("RENCANA STRATEGIS (RENSTRA) TAHUN 2026-2030",
           "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
           "KABUPATEN PESISIR SELATAN")


def _table(body: tuple[tuple[str, ...], ...]) -> Table:
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("Sasaran", rowspan=2),
               Head("Indikator Kinerja", rowspan=2), Head("Satuan", rowspan=2),
               Head("Kondisi Awal (2025)", rowspan=2),
               Head("Target Kinerja Tujuan/Sasaran", colspan=5),
               Head("Kondisi Akhir Periode Renstra", rowspan=2)),
              tuple(Head(f"Tahun ke-{n}") for n in range(1, 6)))
    return Table(header, (3, 17, 19, 21, 6, 7, *(6,) * 5, 8), "clll" + "c" * 8, body,
                 caption=("Tabel 4.1 Tujuan, Sasaran, Indikator dan Target Kinerja",))


def build() -> Built:
    """The document and its renstra_targets table."""
    data = targets("renstra_t43")
    years = ", ".join(f"Tahun ke-{n + 1} = {FIRST + n}" for n in range(5))
    note = f"Keterangan: {years}."
    doc = Document("renstra_tahunke_pesisirselatan_2026_2030", PAGE, HEADING,
                   (note, _table(data.rows)),
                   ("Painan, 8 Juli 2026", "KEPALA DINAS PEMBERDAYAAN PEREMPUAN",
                    "DAN PERLINDUNGAN ANAK", "", "", "Hj. YULIASNI, S.H., M.M.",
                    "Pembina Tingkat I", "NIP. 19740921 200003 2 002"))
    info = DocumentTruth("renstra", " ".join(HEADING), AGENCY, "Kabupaten Pesisir Selatan",
                         None, 2026, 2030)
    return doc, info, (("renstra_targets", renstra_targets(data, plan_years(FIRST))),)
