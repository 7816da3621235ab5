"""Tabel Keterkaitan IKU 2024 of the Dinas Sosial, P3A Kabupaten Situbondo: seed 001's rows
one item per table row (no packed cells), capaian before target, "IKU Kabupaten", amounts
printed English-style with a currency sign (``Rp 783,242,000``), Arial Narrow (→ Liberation
Sans Narrow) 7 pt.
"""

from __future__ import annotations

from samples import derive, families
from samples.holdout2.model import A4, Column, Doc, Lines, Look, Sample, Signature, Table
from samples.sample import DocumentTruth

NAME = "iku_situbondo_2024"
PLACE = {"Kota Layak": "Kabupaten Layak"}


def _rupiah(raw: str) -> str:
    """English grouping with the currency sign: 783242000 → ``Rp 783,242,000``."""
    return f"Rp {int(raw):,}"


def sample() -> Sample:
    """One header row (+ number row); upper columns merged down their group."""
    rows = derive.seed("iku2023", PLACE)
    table = Table(
        header=(("No", "Tujuan RPJMD", "Indikator Kinerja Utama (IKU) Kabupaten",
                 "Sasaran Strategis Perangkat Daerah", "Indikator Kinerja Sasaran",
                 "Capaian 2023", "Target 2024", "Program", "Indikator Program",
                 "Kegiatan / Sub Kegiatan", "Indikator Kegiatan / Sub Kegiatan",
                 "Anggaran 2024"),),
        columns=(Column("no", 0.7, "center"), Column("tujuan", 2.2), Column("iku_kota", 1.9),
                 Column("sasaran", 2.4), Column("indikator", 2.4),
                 Column("capaian", 1.3, "center"), Column("target", 1.3, "center"),
                 Column("program", 2.7), Column("indikator_program", 2.8),
                 Column("kegiatan", 3.5), Column("indikator_kegiatan", 3.4),
                 Column("anggaran", 2.3, "right", _rupiah)),
        data=rows)
    blocks = (
        Lines(("TABEL KETERKAITAN INDIKATOR KINERJA UTAMA DENGAN PROGRAM DAN KEGIATAN",
               "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
               "KABUPATEN SITUBONDO TAHUN 2024"), size=10),
        Lines(("",)),
        table,
        Signature(("Situbondo, Januari 2024", "KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN",
                   "DAN PERLINDUNGAN ANAK KABUPATEN SITUBONDO", "NAMA KEPALA DINAS, S.STP.",
                   "NIP. 19800305 199912 1 001")),
    )
    return Sample(
        document=Doc(NAME, Look("Arial Narrow", 7, A4, margin=1.3, page_numbers=True,
                                header_fill="DEEAF6"), blocks),
        info=DocumentTruth(
            "iku_linkage",
            "TABEL KETERKAITAN INDIKATOR KINERJA UTAMA DENGAN PROGRAM DAN KEGIATAN",
            "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak",
            "Kabupaten Situbondo", None, 2024, 2024),
        tables=(("iku_links", families.iku_links(rows)),),
    )
