"""Sample 7: a coded Renja 2023 program list built from seed 001's rows.

Seed 001 (IKU linkage 2023) lists every program, kegiatan and sub kegiatan with its 2023
anggaran but no codes; here they carry their official codes from the nomenclature
(normalize/data/nomenklatur.csv), printed in the "1.06.04.02.01.0001" spelling (two-digit
authority segment) so the canonical ``code`` differs from ``code_raw``. Bidang urusan rows
("1.06 URUSAN PEMERINTAHAN BIDANG SOSIAL") are group rows, not plan items.
"""

from __future__ import annotations

from samples import curated, families, values
from samples.layout import A4, Column, Document, Grid, Lines, Look, Signature
from samples.sample import Sample, seed_truth


def sample() -> Sample:
    """One A4 landscape PDF in DejaVu Sans; pagu ``783.242.000,00`` at sub kegiatan level."""
    data = curated.load("renja2023_kode")
    grid = Grid(
        header=(("Kode", "Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan",
                 "Indikator Kinerja", "Pagu Indikatif (Rp)"),),
        columns=(Column("code", 9), Column("name", 36), Column("indikator", 40),
                 Column("budget", 10, "right", values.printed(values.dots_cents))),
        data=data,
        caption=("Tabel 3.1 Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2023",))
    blocks = (
        Lines(("RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2023",
               "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
               "KOTA PROBOLINGGO")),
        grid,
        Signature(("Probolinggo, Januari 2023",
                   "KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN,",
                   "DAN PERLINDUNGAN ANAK KOTA PROBOLINGGO", "REX SUWIDTYO, S.Sos., M.Si",
                   "Pembina Utama Muda", "NIP. 19670711 198809 1 001"), gap_after=2),
    )
    look = Look(font="DejaVuSans", bold="DejaVuSans-Bold", size=6.8, header_size=7,
                title_size=11, page=A4, line_width=0.6, page_numbers=True)
    return Sample(
        document=Document("renja_2023_kode", look, blocks),
        info=seed_truth("renja", "RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2023",
                        2023, 2023),
        tables=(("plan_items", families.plan_items(data, {None: 2023})),),
    )
