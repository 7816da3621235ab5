"""Renstra 2021–2026 of the Dinas Sosial Kabupaten Jember: "Tujuan, Sasaran, Indikator dan
Target" with a Satuan column and one column per year, Times New Roman (→ Liberation
Serif) 8 pt, cells centred vertically. Rows: seed 002's Tabel 4.3 / 4.4 indicators; the
units moved from the target cells into Satuan, as such tables print them. A second table
(seed 002's Tabel 7.2 rows) has no Satuan, URUSAN group rows and a "Kondisi Kinerja pada
Akhir Periode Renstra" column, which is the period's last year (2026).
"""

from __future__ import annotations

from samples import derive, families
from samples.holdout2 import data
from samples.holdout2.model import A4, Column, Doc, Lines, Look, Sample, Signature, Table
from samples.sample import DocumentTruth

NAME = "renstra_jember_2021_2026"
YEARS = {f"y{y}": y for y in range(2021, 2027)}
PLACE = {"Kota Layak Anak": "Kabupaten Layak Anak"}
# Tabel 7.2 of seed 002 covers 2019-2023 + the period's end; re-dated to this Renstra.
T72_YEARS = {**{f"y{y}": y + 2 for y in range(2019, 2024)}, "akhir": 2026}


def _indikator_kinerja() -> Table:
    """Tabel 7.1: urusan group rows (bold, no targets) over their indicators."""
    rows = derive.seed("renstra_t72", PLACE)
    return Table(
        header=(("No", "Indikator Kinerja", "Target Capaian Setiap Tahun", "<", "<", "<", "<",
                 "Kondisi Kinerja pada Akhir Periode Renstra"),
                ("^", "^", *(str(y) for y in list(T72_YEARS.values())[:-1]), "^")),
        columns=(Column("no", 1.0, "center"), Column("indikator", 9.5),
                 *(Column(key, 2.2, "center") for key in T72_YEARS)),
        data=rows, valign="center", bold=lambda row: "." not in row["no"])


def sample() -> Sample:
    """A4 landscape; the year header is one spanning cell over six year cells."""
    rows = data.own("renstra_jember")
    table = Table(
        header=(("No", "Tujuan", "Sasaran", "Indikator Tujuan/Sasaran", "Satuan",
                 "Target Kinerja Tujuan/Sasaran pada Tahun ke-", "<", "<", "<", "<", "<"),
                ("^", "^", "^", "^", "^", *(str(y) for y in YEARS.values()))),
        columns=(Column("no", 0.9, "center"), Column("tujuan", 4.2), Column("sasaran", 4.6),
                 Column("indikator", 5.6), Column("satuan", 1.8, "center"),
                 *(Column(key, 1.55, "center") for key in YEARS)),
        data=rows, valign="center")
    t71 = _indikator_kinerja()
    blocks = (
        Lines(("RENCANA STRATEGIS (RENSTRA) TAHUN 2021-2026",
               "DINAS SOSIAL KABUPATEN JEMBER"), size=12),
        Lines(("",)),
        Lines(("Tujuan dan sasaran jangka menengah Dinas Sosial beserta indikator dan target "
               "kinerjanya disajikan pada tabel berikut.",), align="left", bold=False),
        Lines(("Tabel 4.1",
               "Tujuan, Sasaran, Indikator dan Target Kinerja Dinas Sosial Kabupaten Jember"),
              size=8),
        table,
        Lines(("",)),
        Lines(("Tabel 7.1",
               "Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD"),
              size=8),
        t71,
        Signature(("Jember, 30 Juni 2021", "KEPALA DINAS SOSIAL", "KABUPATEN JEMBER",
                   "NAMA KEPALA DINAS, S.Sos., M.Si.", "Pembina Utama Muda")),
    )
    return Sample(
        document=Doc(NAME, Look("Times New Roman", 8, A4, margin=1.5), blocks),
        info=DocumentTruth("renstra", "RENCANA STRATEGIS (RENSTRA) TAHUN 2021-2026",
                           "Dinas Sosial", "Kabupaten Jember", None, 2021, 2026),
        tables=(("renstra_targets", families.renstra_targets(rows, YEARS)),
                ("renstra_targets", families.renstra_targets(t71.data, T72_YEARS))),
    )
