"""Sample 2: Tabel Keterkaitan IKU dengan Program Kegiatan OPD 2023 (seed 001).

Several kegiatan / sub kegiatan, their indicators and amounts are printed inside ONE cell
as separate paragraphs, as in the original. Items are stacked at the same heights in the
three packed columns, so a reader (or an extractor using word positions) can pair them;
a kegiatan-level item has no amount, which leaves a visible gap in the amount cell.
"""

from __future__ import annotations

from samples import curated, families, values
from samples.layout import A4, Column, Document, Grid, Lines, Look, Signature
from samples.sample import Sample, seed_truth

HEADER = (
    ("NO", "Tujuan di RPJMD", "IKU KOTA", "Sasaran strategis", "Indikator Kinerja",
     "Target 2023", "Capaian 2022", "Program", "Indikator Program", "Kegiatan",
     "Indikator Kegiatan", "Anggaran (Rp)"),
)
TITLE = (
    "TABEL KETERKAITAN IKU DENGAN PROGRAM KEGIATAN OPD",
    "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
    "PEMERINTAH KOTA PROBOLINGGO",
    "TAHUN 2023",
)
SIGNATURE = (
    "Probolinggo, Januari 2023",
    "KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN,",
    "DAN PERLINDUNGAN ANAK KOTA PROBOLINGGO",
    "REX SUWIDTYO, S.Sos., M.Si",
    "Pembina Utama Muda",
    "NIP. 19670711 198809 1 001",
)


def sample() -> Sample:
    """One A4 landscape PDF in Times, amounts as ``Rp 783.242.000``."""
    data = curated.load("iku2023")
    columns = (
        Column("no", 2.2, "center"), Column("tujuan", 9.5), Column("iku_kota", 6),
        Column("sasaran", 8), Column("indikator", 8), Column("target", 4, "center"),
        Column("capaian", 4.2, "center"), Column("program", 10), Column("indikator_program", 9),
        Column("kegiatan", 12.5), Column("indikator_kegiatan", 13),
        Column("anggaran", 7.5, "right", values.printed(values.rp_dots)),
    )
    grid = Grid(header=HEADER, columns=columns, data=data, pack_key="pack",
                packed=("kegiatan", "indikator_kegiatan", "anggaran"))
    look = Look(font="Times-Roman", bold="Times-Bold", size=6.8, header_size=7,
                title_size=11, page=A4, valign="TOP")
    blocks = (Lines(TITLE), grid, Signature(SIGNATURE, gap_after=2))
    return Sample(
        document=Document("iku_linkage_2023", look, blocks),
        info=seed_truth("iku_linkage", TITLE[0], 2023, 2023),
        tables=(("iku_links", families.iku_links(data)),),
    )
