"""Sample 6: Renja 2019 of the (pre-merger) Dinas Sosial (seed 004).

Two plan_items tables: the evaluation of 2017 (anggaran, target with a separate Satuan
column, realisasi anggaran and kinerja; programs lettered A–I, kegiatan numbered) and the
2019 program list with old-style codes (``110600.110601.01.002``), lokasi and pagu printed
English-style ("984,182,575.00").
"""

from __future__ import annotations

from samples import curated, families, values
from samples.layout import A4, Column, Document, Grid, Lines, Look, NewPage, Signature
from samples.sample import Sample, seed_truth

EVALUASI_HEADER = (
    ("No.", "Program/Kegiatan", "Anggaran", "Kinerja Hasil/Keluaran", "<", "<", "Realisasi",
     "<"),
    ("^", "^", "^", "Uraian", "Satuan", "Target", "Anggaran", "Kinerja"),
)
PROGRAM_HEADER = (
    ("KODE", "BIDANG URUSAN / PROGRAM / KEGIATAN", "INDIKATOR KINERJA",
     "TARGET CAPAIAN KINERJA", "LOKASI", "Pagu Indikatif (Rp)"),
)


def sample() -> Sample:
    """One A4 landscape PDF in DejaVu Serif."""
    evaluasi = curated.load("renja2019_evaluasi2017")
    program = curated.load("renja2019_program")
    rp = values.printed(values.rp_dots)
    evaluasi_grid = Grid(
        header=EVALUASI_HEADER,
        columns=(Column("no", 2.5, "center"), Column("name", 20), Column("budget", 8, "right", rp),
                 Column("indikator", 22), Column("satuan", 5, "center"),
                 Column("target", 4, "center"), Column("realized_budget", 8, "right", rp),
                 Column("realized_target", 7, "center")),
        data=evaluasi,
        caption=("EVALUASI PELAKSANAAN RENCANA KERJA SKPD TAHUN 2017",
                 "DINAS SOSIAL KOTA PROBOLINGGO", "Per 31 Desember 2017"))
    program_grid = Grid(
        header=PROGRAM_HEADER,
        columns=(Column("code", 9), Column("name", 22), Column("indikator", 22),
                 Column("target", 6, "center"), Column("lokasi", 9),
                 Column("budget", 8, "right", values.printed(values.english))),
        data=program,
        caption=("RUMUSAN RENCANA PROGRAM DAN KEGIATAN SKPD TAHUN 2019", "KOTA PROBOLINGGO"))
    look = Look(font="DejaVuSerif", bold="DejaVuSerif-Bold", size=6.4, header_size=6.4,
                title_size=11, page=A4, valign="TOP", page_numbers=True)
    blocks = (
        Lines(("RENCANA KERJA (RENJA) TAHUN 2019", "DINAS SOSIAL", "KOTA PROBOLINGGO")),
        evaluasi_grid,
        NewPage(),
        program_grid,
        Signature(("Probolinggo, Mei 2018", "KEPALA DINAS SOSIAL", "KOTA PROBOLINGGO",
                   "ABDULLAH, M.M.", "Pembina Utama Muda"), gap_after=2),
    )
    return Sample(
        document=Document("renja_2019", look, blocks),
        info=seed_truth("renja", "RENCANA KERJA (RENJA) TAHUN 2019", 2019, 2019,
                        agency="Dinas Sosial"),
        tables=(
            ("plan_items", families.plan_items(evaluasi, {None: 2017})),
            ("plan_items", families.plan_items(program, {None: 2019})),
        ),
    )
