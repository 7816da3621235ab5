"""Sample 5: a multi-year T-C.27 table (Rencana Program, Kegiatan dan Pendanaan) from the
legible rows of seed 002's Tabel 6.1 (RENSTRA AWAL).

Each year has a Target and a pagu column; pagu is printed in millions ("Rp (juta)"), so
the extractor has to scale by the header. The seed only prints values for 2019: later year
groups stay blank rather than carrying invented figures.
"""

from __future__ import annotations

from samples import curated, families, values
from samples.layout import A4, Column, Document, Grid, Lines, Look, Signature
from samples.sample import Sample, seed_truth

YEARS = ("2019", "2020", "2021", "2022", "2023")
HEADER = (
    ("Kode", "Program dan Kegiatan", "Indikator Kinerja Program (outcome) dan Kegiatan (output)",
     "Data Capaian pada Tahun Awal Perencanaan",
     "Target Kinerja Program dan Kerangka Pendanaan", *["<"] * 9,
     "Kondisi Kinerja pada akhir periode Renstra", "<", "Lokasi"),
    ("^", "^", "^", "^", *[t for y in YEARS for t in (f"Tahun {y}", "<")], "^", "^", "^"),
    ("^", "^", "^", "^", *["Target", "Rp (juta)"] * 6, "^"),
)


def sample() -> Sample:
    """One A4 landscape PDF in Liberation Sans, pagu in millions with decimal commas."""
    data = curated.load("tc27_renstra_awal")
    juta = values.printed(values.juta)
    columns = (
        Column("code", 10.5), Column("name", 15.5), Column("indikator", 15),
        Column("baseline", 6.6, "center"),
        *(c for y in (*YEARS, "akhir") for c in (Column(f"target_{y}", 4.2, "center"),
                                                 Column(f"budget_{y}", 6, "right", juta))),
        Column("lokasi", 5),
    )
    grid = Grid(header=HEADER, columns=columns, data=data,
                caption=("Tabel 6.1. (T.C-27)",
                         "Rencana Program, Kegiatan, dan Pendanaan Perangkat Daerah "
                         "(RENSTRA AWAL)"))
    look = Look(font="LiberationSans", bold="LiberationSans-Bold", size=6.2, header_size=6,
                title_size=10.5, page=A4, valign="TOP", line_width=0.4)
    blocks = (
        Lines(("RENCANA STRATEGIS (RENSTRA) TAHUN 2019-2024",
               "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
               "KOTA PROBOLINGGO")),
        grid,
        Signature(("Probolinggo, Agustus 2021", "KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN",
                   "DAN PERLINDUNGAN ANAK KOTA PROBOLINGGO", "REX SUWIGTYO, S.Sos, M.Si.",
                   "Pembina Utama Muda"), gap_after=2),
    )
    years = {**{y: int(y) for y in YEARS}, "akhir": 2024}
    return Sample(
        document=Document("renstra_tc27_2019", look, blocks),
        info=seed_truth("renstra", "RENCANA STRATEGIS (RENSTRA) TAHUN 2019-2024", 2019, 2024),
        tables=(("plan_items", families.plan_items(data, years)),),
    )
