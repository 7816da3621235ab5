"""Rencana Aksi Kinerja 2025 of the DP3A Kota Madiun: bidang 3 and 2 of seed 000 in ONE
table whose first columns are the sasaran strategis and its indicators (no sasaran block
above the table), volume printed after the aksi under "Target", ✓ marks under
"Waktu Pelaksanaan (Triwulan)" I–IV, F4, Arial (→ Liberation Sans) 6 pt.
"""

from __future__ import annotations

from samples import curated, derive, families
from samples.curated import MERGED, Curated
from samples.holdout2.model import (
    F4,
    PARAGRAPH,
    Column,
    Doc,
    Lines,
    Look,
    Sample,
    Signature,
    Table,
)
from samples.sample import DocumentTruth

NAME = "rencana_aksi_madiun_2025"
PLACE = {"Kota Probolinggo": "Kota Madiun"}
BIDANG = (3, 2)  # pemberdayaan perempuan first, then perlindungan perempuan dan anak
WIDTHS = (
    ("no", "No", 0.7, "center"), ("sasaran", "Sasaran Strategis", 2.1, "left"),
    ("sasaran_indikator", "Indikator Sasaran", 2.0, "left"),
    ("program", "Program", 2.3, "left"), ("program_indikator", "Indikator Program", 2.3, "left"),
    ("program_target", "Target", 1.1, "center"), ("kegiatan", "Kegiatan", 2.3, "left"),
    ("kegiatan_indikator", "Indikator Kegiatan", 2.3, "left"),
    ("kegiatan_target", "Target", 1.1, "center"), ("sub_kegiatan", "Sub Kegiatan", 2.4, "left"),
    ("sub_kegiatan_indikator", "Indikator Sub Kegiatan", 2.5, "left"),
    ("sub_kegiatan_target", "Target", 1.55, "center"), ("aksi", "Rencana Aksi", 3.2, "left"),
    ("volume", "Target", 1.6, "center"),
)
QUARTERS = ("I", "II", "III", "IV")


def _check(_mark: str) -> str:
    """Every curated schedule mark (``v``, ``V``) is printed as a check mark."""
    return "✓"


def _section(number: int, position: int) -> tuple[Curated, str]:
    """One bidang's rows with its sasaran number, sasaran and indicators as merged columns."""
    rows = derive.seed(f"ra2025_bidang{number}", PLACE)
    sasaran = curated.load("ra2025_sasaran").where("bidang", str(number))
    first = sasaran.filled()[0]
    indicators = PARAGRAPH.join(r["indikator"] for r in sasaran.filled())
    tail = [MERGED] * (len(rows.rows) - 1)
    rows = Curated(rows.columns[1:], tuple(r[1:] for r in rows.rows))  # program numbers dropped
    rows = derive.with_column(rows, "sasaran_indikator", [indicators, *tail])
    rows = derive.with_column(rows, "sasaran", [first["sasaran"], *tail])
    rows = derive.with_column(rows, "no", [str(position), *tail])
    return rows, first["sasaran"]


def sample() -> Sample:
    """Two sasaran groups in one table; unit null (the document is the whole agency's)."""
    sections = [_section(number, i) for i, number in enumerate(BIDANG, start=1)]
    rows = derive.concat(*(s for s, _ in sections))
    columns = (*(Column(key, width, align) for key, _, width, align in WIDTHS),
               *(Column(f"tw{q}", 0.75, "center", _check) for q in range(1, 5)))
    table = Table(
        header=((*(t for _, t, _, _ in WIDTHS), "Waktu Pelaksanaan (Triwulan)", "<", "<", "<"),
                ("^",) * len(WIDTHS) + QUARTERS),
        columns=columns, data=rows, valign="top")
    blocks = (
        Lines(("RENCANA AKSI KINERJA TAHUN 2025",
               "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", "KOTA MADIUN"), size=10),
        Lines(("",)),
        table,
        Signature(("Madiun, 8 Januari 2025",
                   "KEPALA DINAS PEMBERDAYAAN PEREMPUAN", "DAN PERLINDUNGAN ANAK KOTA MADIUN",
                   "NAMA KEPALA DINAS, S.H., M.M.", "NIP. 19730919 199803 2 005")),
    )
    truth = [row for section, sasaran in sections
             for row in families.rencana_aksi(section, None, sasaran)]
    return Sample(
        document=Doc(NAME, Look("Arial", 6, F4, margin=1.2), blocks),
        info=DocumentTruth("rencana_aksi", "RENCANA AKSI KINERJA TAHUN 2025",
                           "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Kota Madiun",
                           None, 2025, 2025),
        tables=(("rencana_aksi", truth),),
    )
