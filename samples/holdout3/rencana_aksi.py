"""Rencana Aksi 2025 of the Bidang Rehabilitasi, Perlindungan dan Jaminan Sosial, Dinas
Sosial Kabupaten Sidoarjo: seed 000's bidang 1 in the 16-column layout, the sasaran and its
indicator typed as label lines above the table (no block table), the quarterly schedule
printed as grey-filled cells (no character), F4 (Folio), Verdana (→ DejaVu Sans) 6 pt.
"""

from __future__ import annotations

from samples import curated, families
from samples.holdout3.model import FOLIO, Column, Doc, Lines, Look, Sample, Signature, Table
from samples.sample import DocumentTruth

NAME = "rencana_aksi_sidoarjo_2025"
BIDANG = "BIDANG REHABILITASI, PERLINDUNGAN DAN JAMINAN SOSIAL"
QUARTERS = ("I", "II", "III", "IV")
COLUMNS = (
    Column("no", 24, "center"), Column("program", 80), Column("program_indikator", 92),
    Column("program_target", 40, "center"), Column("kegiatan", 96),
    Column("kegiatan_indikator", 100), Column("kegiatan_target", 40, "center"),
    Column("sub_kegiatan", 92), Column("sub_kegiatan_indikator", 100),
    Column("sub_kegiatan_target", 46, "center"), Column("aksi", 120),
    Column("volume", 44, "center"), *(Column(f"tw{q}", 22, "center") for q in range(1, 5)),
)


def sample() -> Sample:
    """One bidang, one table; unit = the bidang line without "BIDANG"."""
    rows = curated.load("ra2025_bidang1")
    sasaran = curated.load("ra2025_sasaran").where("bidang", "1").filled()[0]
    table = Table(
        header=(
            ("NO", "PROGRAM", "INDIKATOR KINERJA PROGRAM", "TARGET", "KEGIATAN",
             "INDIKATOR KINERJA KEGIATAN", "TARGET", "SUB KEGIATAN",
             "INDIKATOR KINERJA SUB KEGIATAN", "TARGET", "RENCANA AKSI", "VOLUME",
             "JADWAL PELAKSANAAN (TRIWULAN)", "<", "<", "<"),
            ("^",) * 12 + QUARTERS,
        ),
        columns=COLUMNS, data=rows, fill_marks=frozenset(f"tw{q}" for q in range(1, 5)))
    blocks = (
        Lines(("RENCANA AKSI", BIDANG, "DINAS SOSIAL KABUPATEN SIDOARJO",
               "TAHUN ANGGARAN 2025"), size=10),
        Lines(("",)),
        Lines((f"Sasaran Strategis : {sasaran['sasaran']}",
               f"Indikator Kinerja : {sasaran['indikator']} (target TW IV: {sasaran['tw4']})"),
              align="left", bold=False, size=7),
        table,
        Signature(("Sidoarjo, 6 Januari 2025", "KEPALA DINAS SOSIAL", "KABUPATEN SIDOARJO", "",
                   "NAMA KEPALA DINAS, S.Sos., M.M.", "NIP. 19700611 199503 1 003"),
                  columns=6),
    )
    unit = BIDANG.removeprefix("BIDANG ")
    return Sample(
        document=Doc(NAME, Look("Verdana", 6, FOLIO, margin=0.4, header_fill="BDD7EE",
                                footer="- &P -"), blocks),
        info=DocumentTruth("rencana_aksi", f"RENCANA AKSI {BIDANG}", "Dinas Sosial",
                           "Kabupaten Sidoarjo", unit, 2025, 2025),
        tables=(("rencana_aksi", families.rencana_aksi(rows, unit, sasaran["sasaran"])),),
    )
