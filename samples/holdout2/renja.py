"""Renja 2024, Dinas Sosial Kabupaten Banyuwangi: the Permendagri "Rumusan Rencana Program
dan Kegiatan" table (Kode | Urusan/…/Sub Kegiatan | Indikator | Rencana 2024: Lokasi,
Target, Kebutuhan Dana, Sumber Dana | Catatan Penting | Prakiraan Maju 2025: Target,
Kebutuhan Dana), new-style codes, urusan and bidang urusan group rows, a JUMLAH row.
"""

from __future__ import annotations

from samples import derive, families, values
from samples.holdout2 import data
from samples.holdout2.model import A4, Column, Doc, Lines, Look, Sample, Signature, Table
from samples.sample import DocumentTruth

NAME = "renja_banyuwangi_2024"
HEADER = (
    ("Kode", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan",
     "Indikator Kinerja Program/Kegiatan/Sub Kegiatan", "Rencana Tahun 2024", "<", "<", "<",
     "Catatan Penting", "Prakiraan Maju Rencana Tahun 2025", "<"),
    ("^", "^", "^", "Lokasi", "Target Capaian Kinerja", "Kebutuhan Dana (Rp)", "Sumber Dana",
     "^", "Target Capaian Kinerja", "Kebutuhan Dana (Rp)"),
)


def sample() -> Sample:
    """A4 landscape, Arial (→ Liberation Sans) 7 pt, grey repeated header, page numbers."""
    rows = derive.totals(data.own("renja2024_banyuwangi"), families.SUB,
                       ("budget_2024", "budget_2025"))
    money = values.printed(values.dots)
    table = Table(
        header=HEADER,
        columns=(Column("code", 2.6), Column("name", 5.0), Column("indikator", 5.2),
                 Column("lokasi", 2.3), Column("target_2024", 1.9, "center"),
                 Column("budget_2024", 2.4, "right", money), Column("sumber_dana", 1.5, "center"),
                 Column("catatan", 1.7), Column("target_2025", 1.9, "center"),
                 Column("budget_2025", 2.4, "right", money)),
        data=rows, bold=families.printed_bold)
    blocks = (
        Lines(("RENCANA KERJA PERANGKAT DAERAH TAHUN 2024",
               "DINAS SOSIAL KABUPATEN BANYUWANGI"), size=11),
        Lines(("",)),
        Lines(("Tabel 2.3",
               "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2024 dan "
               "Prakiraan Maju Tahun 2025",
               "Dinas Sosial Kabupaten Banyuwangi"), size=8),
        table,
        Signature(("Banyuwangi, 2 Januari 2024", "KEPALA DINAS SOSIAL",
                   "KABUPATEN BANYUWANGI", "NAMA KEPALA DINAS, S.Sos., M.Si.",
                   "NIP. 19710412 199203 1 004")),
    )
    return Sample(
        document=Doc(NAME, Look("Arial", 7, A4, margin=1.4, page_numbers=True,
                                header_fill="D9D9D9"), blocks),
        info=DocumentTruth("renja", "RENCANA KERJA PERANGKAT DAERAH TAHUN 2024",
                           "Dinas Sosial", "Kabupaten Banyuwangi", None, 2024, 2024),
        tables=(("plan_items", families.plan_items(rows, {"2024": 2024, "2025": 2025})),),
    )
