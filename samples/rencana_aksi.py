"""Sample 1 (and the Rencana Aksi part of sample 4): Rencana Aksi tables of seeds 000/003.

The 16-column table (program → kegiatan → sub kegiatan → aksi, volume, TW I–IV) is the
same family in both seeds; only wording and look differ, set by the caller.
"""

from __future__ import annotations

from samples import curated, families
from samples.layout import F4, Block, Column, Document, Grid, Lines, Look, NewPage, Signature
from samples.sample import Sample, seed_truth

KEPALA = (
    "Probolinggo, 4 Januari 2025",
    "Mengetahui,",
    "KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN",
    "PERLINDUNGAN ANAK KOTA PROBOLINGGO",
    "Dr. REY SUWIGTYO, S.Sos., M.Si.",
    "NIP. 19670711 198809 1 001",
)
MAIN_KEYS = (
    ("no", 2.2, "center"), ("program", 7, "left"), ("program_indikator", 9, "left"),
    ("program_target", 3.6, "center"), ("kegiatan", 8, "left"),
    ("kegiatan_indikator", 9, "left"), ("kegiatan_target", 3.6, "center"),
    ("sub_kegiatan", 8.5, "left"), ("sub_kegiatan_indikator", 9, "left"),
    ("sub_kegiatan_target", 4.2, "center"), ("aksi", 10, "left"), ("volume", 4.6, "center"),
    ("tw1", 2.4, "center"), ("tw2", 2.4, "center"), ("tw3", 2.4, "center"),
    ("tw4", 2.4, "center"),
)
MAIN_HEADER = (
    ("NO", "PROGRAM", "<", "<", "KEGIATAN", "<", "<", "SUB KEGIATAN", "<", "<", "AKSI",
     "VOLUME", "JADWAL PELAKSANAAN TRIWULAN", "<", "<", "<"),
    ("^", "NAMA", "INDIKATOR", "TARGET", "NAMA", "INDIKATOR", "TARGET", "NAMA", "INDIKATOR",
     "TARGET", "^", "^", "I", "II", "III", "IV"),
)
SASARAN_HEADER = (
    ("NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET TRIWULAN", "<", "<", "<"),
    ("^", "^", "^", "I", "II", "III", "IV"),
)
BIDANG = (
    ("BIDANG REHABILITASI, PERLINDUNGAN DAN JAMINAN SOSIAL",
     "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KOTA PROBOLINGGO"),
    ("BIDANG PERLINDUNGAN PEREMPUAN DAN PENGARUSUTAMAAN HAK ANAK",
     "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KOTA PROBOLINGGO"),
    ("BIDANG PEMBERDAYAAN PEREMPUAN",
     "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN, DAN PERLINDUNGAN ANAK"),
    ("BIDANG PEMBERDAYAAN SOSIAL",
     "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KOTA PROBOLINGGO"),
)


def main_grid(data: curated.Curated, header: tuple[tuple[str, ...], ...] = MAIN_HEADER,
              keys: tuple[tuple[str, float, str], ...] = MAIN_KEYS) -> Grid:
    """The program → aksi grid (16 columns by default; callers may drop or reword)."""
    columns = tuple(Column(k, w, a) for k, w, a in keys)
    return Grid(header=header, columns=columns, data=data, bold_keys=("program",))


def sasaran_grid(data: curated.Curated) -> Grid:
    """The small sasaran strategis / indikator / quarterly target block above each table."""
    columns = (Column("no", 2.2, "center"), Column("sasaran", 30), Column("indikator", 40),
               *(Column(f"tw{q}", 5, "center") for q in range(1, 5)))
    return Grid(header=SASARAN_HEADER, columns=columns, data=data)


def _unit(bidang_line: str) -> str:
    """``BIDANG PEMBERDAYAAN SOSIAL`` → ``PEMBERDAYAAN SOSIAL`` (the contract's ``unit``)."""
    return bidang_line.removeprefix("BIDANG ").strip()


def sample() -> Sample:
    """Rencana Aksi 2025, all four bidang of seed 000, in one F4 landscape PDF."""
    sasaran_all = curated.load("ra2025_sasaran")
    blocks: list[Block] = []
    tables = []
    for number, (bidang, dinas) in enumerate(BIDANG, start=1):
        sasaran = sasaran_all.where("bidang", str(number))
        main = curated.load(f"ra2025_bidang{number}")
        if blocks:
            blocks.append(NewPage())
        blocks += [
            Lines(("RENCANA AKSI", bidang, dinas, "TAHUN 2025")),
            sasaran_grid(sasaran),
            main_grid(main),
            Signature(KEPALA, gap_after=3),
        ]
        first_sasaran = sasaran.filled()[0]["sasaran"]
        tables.append(("rencana_aksi",
                       families.rencana_aksi(main, _unit(bidang), first_sasaran)))
    look = Look(font="Helvetica", bold="Helvetica-Bold", size=6.2, header_size=6.4,
                title_size=10.5, page=F4, page_numbers=True)
    return Sample(
        document=Document("rencana_aksi_2025", look, tuple(blocks)),
        info=seed_truth("rencana_aksi", f"RENCANA AKSI {BIDANG[0][0]}", 2025, 2025),
        tables=tuple(tables),
    )
