"""Renstra 2021–2026 T-C.27 of the DP3A Kabupaten Lumajang: "Rencana Program, Kegiatan, Sub
Kegiatan dan Pendanaan" with Target and "Rp (ribu)" for each of 2022–2026, codes in their
own column, an URUSAN heading merged across the row, a JUMLAH row; F4 (Folio), Arial
(→ Liberation Sans) 7 pt, amounts typed as numbers in thousands with two decimals.
"""

from __future__ import annotations

from samples import derive, families
from samples.holdout3 import data
from samples.holdout3.model import FOLIO, Column, Doc, Lines, Look, Sample, Signature, Table
from samples.sample import DocumentTruth

NAME = "renstra_tc27_lumajang_2021_2026"
YEARS = tuple(range(2022, 2027))
RIBU = "[$-421]#,##0.00"  # Indonesian separators whatever Calc's locale: 29.157,50


def _ribu(raw: str) -> float:
    """Rupiah typed in thousands, as the column header says: 29157500 → 29157.5."""
    return int(raw) / 1000


def sample() -> Sample:
    """Three header rows (+ number row): year groups over Target / Rp (ribu)."""
    rows = derive.totals(data.own("tc27_lumajang"), families.SUB,
                  [f"budget_{y}" for y in YEARS])
    year_cols = []
    for year in YEARS:
        year_cols += [Column(f"target_{year}", 56, "center"),
                      Column(f"budget_{year}", 58, "right", _ribu, RIBU)]
    table = Table(
        header=(
            ("Kode", "Program, Kegiatan dan Sub Kegiatan", "Indikator Kinerja Program "
             "(Outcome), Kegiatan dan Sub Kegiatan (Output)", "Data Capaian pada Tahun Awal "
             "Perencanaan (2021)", "Target Kinerja Program dan Kerangka Pendanaan",
             *(["<"] * 9), "Lokasi"),
            ("^", "^", "^", "^", *(x for y in YEARS for x in (f"Tahun {y}", "<")), "^"),
            ("^", "^", "^", "^", *(x for _ in YEARS for x in ("Target", "Rp (ribu)")), "^"),
        ),
        columns=(Column("code", 76), Column("name", 150), Column("indikator", 160),
                 Column("baseline", 58, "center"), *year_cols, Column("lokasi", 62)),
        data=rows, bold=families.printed_bold)
    blocks = (
        Lines(("RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN",
               "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
               "KABUPATEN LUMAJANG", "PERIODE 2021-2026"), size=10),
        Lines(("",)),
        table,
        Signature(("Lumajang, 12 Juli 2021", "KEPALA DINAS PEMBERDAYAAN PEREMPUAN",
                   "DAN PERLINDUNGAN ANAK KABUPATEN LUMAJANG", "", "NAMA KEPALA DINAS, S.Sos.",
                   "NIP. 19690822 199003 2 006"), columns=6),
    )
    return Sample(
        document=Doc(NAME, Look("Arial", 7, FOLIO, footer="Halaman &P"), blocks),
        info=DocumentTruth(
            "renstra", "RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN",
            "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Kabupaten Lumajang",
            None, 2021, 2026),
        tables=(("plan_items", families.plan_items(rows, {str(y): y for y in YEARS})),),
    )
