"""Sample 3: Perubahan Renstra 2019–2024 (seed 002) — Tabel 4.3, 4.4 and 7.2.

Tables 4.3/4.4 hold tujuan and sasaran indicators with yearly targets (a tujuan row has no
sasaran); Tabel 7.2 numbers its indicators under URUSAN group rows and ends with a
"Kondisi Kinerja pada akhir periode RPJMD" column, which is the period's last year (2024).
"""

from __future__ import annotations

from samples import curated, families
from samples.layout import A4, Column, Document, Grid, Lines, Look, NewPage, Signature
from samples.sample import Sample, seed_truth

YEARS = {f"y{y}": y for y in range(2019, 2025)}
TARGET_HEADER = (
    ("No.", "Tujuan", "Sasaran", "Indikator Tujuan / Sasaran",
     "Target Kinerja pada Tahun Ke", "<", "<", "<", "<", "<"),
    ("^", "^", "^", "^", *[str(y) for y in range(2019, 2025)]),
)
T72_HEADER = (
    ("NO", "Indikator", "Target Capaian Setiap Tahun", "<", "<", "<", "<",
     "Kondisi Kinerja pada akhir periode RPJMD"),
    ("^", "^", *[str(y) for y in range(2019, 2024)], "^"),
)
INTRO_44 = (
    "Sehubungan dengan Perubahan Dokumen RPJMD Kota Probolinggo tahun 2019-2024 yakni "
    "mempertimbangkan PP 8 Tahun 2008 dan Peraturan Menteri Dalam Negeri 86 Tahun 2016, "
    "Dinas Sosial, Pemberdayaan Perempuan, dan Perlindungan Anak Kota Probolinggo menyusun "
    "Perubahan Rencana Strategis. Berikut Perubahan Tujuan dan Sasaran Jangka Menengah "
    "Pelayanan Perangkat Daerah tercantum pada tabel dibawah ini:"
)
SIGNATURE = (
    "Probolinggo, Agustus 2021",
    "KEPALA DINAS SOSIAL,",
    "PEMBERDAYAAN PEREMPUAN",
    "DAN PERLINDUNGAN ANAK",
    "KOTA PROBOLINGGO",
    "REX SUWIGTYO, S.Sos, M.Si.",
    "Pembina Utama Muda",
)


def _target_grid(name: str, caption: tuple[str, ...]) -> tuple[Grid, curated.Curated]:
    data = curated.load(name)
    columns = (Column("no", 2.5, "center"), Column("tujuan", 14), Column("sasaran", 16),
               Column("indikator", 18), *(Column(k, 5.2, "center") for k in YEARS))
    grid = Grid(header=TARGET_HEADER, columns=columns, data=data, number_row=False,
                caption=caption)
    return grid, data


def sample() -> Sample:
    """One A4 landscape PDF in Liberation Serif with running text between the tables."""
    t43, d43 = _target_grid("renstra_t43", (
        "Tabel 4.3",
        "Tujuan dan Sasaran Jangka Menengah Pelayanan Perangkat daerah Tahun 2019-2024 "
        "(RENSTRA AWAL)"))
    t44, d44 = _target_grid("renstra_t44", (
        "Tabel 4.4",
        "Tujuan dan Sasaran Jangka Menengah Pelayanan Perangkat daerah Tahun 2019-2024 "
        "(RENSTRA PERUBAHAN)"))
    d72 = curated.load("renstra_t72")
    t72 = Grid(
        header=T72_HEADER,
        columns=(Column("no", 3, "center"), Column("indikator", 30),
                 *(Column(f"y{y}", 6, "center") for y in range(2019, 2024)),
                 Column("akhir", 10, "center")),
        data=d72, number_row=False,
        caption=("Tabel 7.2", "Indikator Kinerja Perangkat Daerah dan Penetapan Target"),
    )
    look = Look(font="LiberationSerif", bold="LiberationSerif-Bold", size=8, header_size=8,
                title_size=12, page=A4, valign="MIDDLE", page_numbers=True)
    blocks = (
        Lines(("PERUBAHAN RENCANA STRATEGIS",
               "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
               "KOTA PROBOLINGGO", "TAHUN 2019 – 2024")),
        t43,
        Lines((INTRO_44,), align="left", bold=False, size=9),
        t44,
        NewPage(),
        Lines(("BAB VII", "KINERJA PENYELENGGARAAN BIDANG URUSAN")),
        t72,
        Signature(SIGNATURE, gap_after=4),
    )
    return Sample(
        document=Document("renstra_2019_2024", look, blocks),
        info=seed_truth("renstra", "PERUBAHAN RENCANA STRATEGIS", 2019, 2024),
        tables=(
            ("renstra_targets", families.renstra_targets(d43, YEARS)),
            ("renstra_targets", families.renstra_targets(d44, YEARS)),
            ("renstra_targets", families.renstra_targets(
                d72, {**{f"y{y}": y for y in range(2019, 2024)}, "akhir": 2024})),
        ),
    )
