"""Renstra 2021–2026 of the Dinsos P3A Kota Kediri, Tabel 4.2 "Indikator Kinerja Utama":
Tujuan | Sasaran | Kinerja Utama | Satuan | Target Kinerja over "Th. 2022", "Th. 2023",
"2024*", "2025*" (reviewed targets, footnoted) | Target Akhir Renstra (the period's last
year, 2026); Times New Roman (→ Liberation Serif) 8 pt, cells centred vertically, no
number row. Rows: holdout2's Tabel 4.1 indicators (seed 002's Tabel 4.3/4.4) re-homed.
"""

from __future__ import annotations

from samples import families
from samples.holdout3 import data
from samples.holdout3.model import A4, Column, Doc, Lines, Look, Sample, Signature, Table
from samples.sample import DocumentTruth

NAME = "renstra_iku_kediri_2021_2026"
YEARS = {"y2022": 2022, "y2023": 2023, "y2024": 2024, "y2025": 2025, "akhir": 2026}


def sample() -> Sample:
    """One table between a caption and a footnote; tujuan and sasaran merged down."""
    rows = data.own("iku_kediri")
    table = Table(
        header=(
            ("No", "Tujuan", "Sasaran", "Kinerja Utama", "Satuan", "Target Kinerja", "<",
             "<", "<", "Target Akhir Renstra"),
            ("^", "^", "^", "^", "^", "Th. 2022", "Th. 2023", "2024*", "2025*", "^"),
        ),
        columns=(Column("no", 22, "center"), Column("tujuan", 130), Column("sasaran", 150),
                 Column("indikator", 170), Column("satuan", 50, "center"),
                 *(Column(key, 46, "center") for key in YEARS)),
        data=rows, number_row=False, valign="center")
    blocks = (
        Lines(("RENCANA STRATEGIS", "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
               "KOTA KEDIRI TAHUN 2021-2026"), size=11),
        Lines(("",)),
        Lines(("Tabel 4.2", "Indikator Kinerja Utama Perangkat Daerah yang Mengacu pada Tujuan "
               "dan Sasaran RPJMD"), align="left", size=9),
        table,
        Lines(("*) target hasil reviu Renstra Tahun 2023",), align="left", bold=False, size=7),
        Signature(("Kediri, 5 Juli 2021", "KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN",
                   "DAN PERLINDUNGAN ANAK KOTA KEDIRI", "", "NAMA KEPALA DINAS, S.H., M.Si.",
                   "Pembina Utama Muda"), columns=6),
    )
    return Sample(
        document=Doc(NAME, Look("Times New Roman", 8, A4, margin=0.6), blocks),
        info=DocumentTruth("renstra", "RENCANA STRATEGIS",
                           "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak",
                           "Kota Kediri", None, 2021, 2026),
        tables=(("renstra_targets", families.renstra_targets(rows, YEARS)),),
    )
