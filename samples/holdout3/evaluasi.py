"""Evaluasi Renja 2024 (Triwulan IV) of the Dinas Sosial Kabupaten Pasuruan: target vs
realisasi kinerja and pagu vs realisasi anggaran with a "Capaian (%)" after each pair,
items without codes (kegiatan and sub kegiatan only indented under their program), the
currency sign typed in its own narrow column left of each amount; A4, Arial Narrow
(→ Liberation Sans Narrow) 7 pt.
"""

from __future__ import annotations

from samples import derive, families
from samples.holdout3 import data
from samples.holdout3.model import A4, Column, Doc, Lines, Look, Sample, Signature, Table
from samples.sample import DocumentTruth

NAME = "evaluasi_renja_pasuruan_2024"
RUPIAH = "[$-421]#,##0"  # 1.039.380.000 whatever Calc's locale
INDENT = {families.KEGIATAN: 1, families.SUB: 2}


def _indent(row: dict[str, str]) -> int:
    """Kegiatan one level in, sub kegiatan two: the only sign of the level on the page."""
    return INDENT.get(row["level"], 0)


def sample() -> Sample:
    """Two header rows (+ number row); amounts typed as numbers beside an "Rp" cell."""
    rows = data.own("evaluasi_pasuruan")
    signs = ["Rp"] * len(rows.rows)
    rows = derive.with_column(rows, "rp_pagu", signs, rows.column("budget"))
    rows = derive.with_column(rows, "rp_realisasi", signs, rows.column("realized_budget"))
    table = Table(
        header=(
            ("No", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Satuan",
             "Kinerja", "<", "<", "Anggaran", "<", "<", "<", "<"),
            ("^", "^", "^", "^", "Target", "Realisasi", "Capaian (%)", "Pagu (Rp)", "<",
             "Realisasi (Rp)", "<", "Capaian (%)"),
        ),
        columns=(Column("no", 20, "center"), Column("name", 170), Column("indikator", 175),
                 Column("satuan", 44, "center"), Column("target", 38, "center"),
                 Column("realized_target", 40, "center"), Column("capaian", 38, "center"),
                 Column("rp_pagu", 22), Column("budget", 62, "right", int, RUPIAH),
                 Column("rp_realisasi", 22), Column("realized_budget", 62, "right", int, RUPIAH),
                 Column("capaian_anggaran", 40, "center")),
        data=rows, number_row=False, bold=families.printed_bold, indent=_indent)
    blocks = (
        Lines(("LAPORAN EVALUASI HASIL PELAKSANAAN RENCANA KERJA",
               "TRIWULAN IV TAHUN ANGGARAN 2024", "DINAS SOSIAL KABUPATEN PASURUAN"), size=10),
        Lines(("",)),
        table,
        Signature(("Pasuruan, 10 Januari 2025", "KEPALA DINAS SOSIAL", "KABUPATEN PASURUAN", "",
                   "NAMA KEPALA DINAS, S.Sos., M.AP.", "NIP. 19720304 199803 1 008"),
                  columns=5),
    )
    return Sample(
        document=Doc(NAME, Look("Arial Narrow", 7, A4, margin=0.5, header_fill="FFF2CC"),
                     blocks),
        info=DocumentTruth(
            "renja", "LAPORAN EVALUASI HASIL PELAKSANAAN RENCANA KERJA TRIWULAN IV TAHUN "
            "ANGGARAN 2024", "Dinas Sosial", "Kabupaten Pasuruan", None, 2024, 2024),
        tables=(("plan_items", families.plan_items(rows, {None: 2024})),),
    )
