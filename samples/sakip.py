"""Sample 4: the SAKIP 2024 presentation (seed 003) — Matriks Renstra, Rencana Aksi pages
and the Pelaporan Kinerja table, in one mixed document (hence ``doc_type`` unknown).

Its Rencana Aksi is the same 16-column family as seed 000 (the seed's extra/missing
columns are conversion shifts); this rendering drops the NO column and rewords headers.
The Pelaporan Kinerja table pairs target with realisasi and pagu with realisasi anggaran.
"""

from __future__ import annotations

from samples import curated, families, rencana_aksi, values
from samples.layout import F4, Column, Document, Grid, Lines, Look, NewPage, Signature
from samples.sample import Sample, seed_truth

YEARS = {f"y{y}": y for y in range(2019, 2025)}
MATRIKS_HEADER = (
    ("No.", "Tujuan", "Sasaran", "Indikator", "Target Kinerja pada Tahun Ke",
     "<", "<", "<", "<", "<"),
    ("^", "^", "^", "^", *[str(y) for y in range(2019, 2025)]),
)
RA_HEADER = (
    ("PROGRAM", "<", "<", "KEGIATAN", "<", "<", "SUB KEGIATAN", "<", "<", "RENCANA AKSI",
     "VOL.", "JADWAL PELAKSANAAN", "<", "<", "<"),
    ("NAMA", "INDIKATOR", "TARGET", "NAMA", "INDIKATOR", "TARGET", "NAMA", "INDIKATOR",
     "TARGET", "^", "^", "TW I", "TW II", "TW III", "TW IV"),
)
PELAPORAN_COLUMNS = (
    ("misi", "MISI", 5), ("tujuan", "Tujuan", 5), ("indikator_tujuan",
                                                     "Indikator Tujuan (IKU KOTA)", 5),
    ("sasaran", "Sasaran", 6), ("indikator_sasaran", "Indikator Sasaran (IKD KOTA)", 5),
    ("urusan", "Urusan", 4), ("iku_pd", "IKU Perangkat Daerah", 7),
    ("satuan_iku", "Satuan", 3.6), ("target_iku", "Target Kinerja", 3.6),
    ("realisasi_iku", "Realisasi Kinerja", 4),
    ("name", "Program / Kegiatan /Sub Kegiatan", 10),
    ("indikator", "Indikator Program / Kegiatan /Sub Kegiatan", 11),
    ("satuan", "Satuan", 4.2), ("target", "Target Kinerja", 3.6),
    ("realized_target", "Realisasi Kinerja Triwulan 1 s.d Triwulan 4", 5),
    ("budget", "Pagu APBD", 6.2), ("realized_budget",
                                   "Realisasi Anggaran Triwulan 1 s.d Triwulan 4", 6.2),
    ("perangkat_daerah", "Perangkat Daerah", 6.5),
)
MONEY = ("budget", "realized_budget")


def _pelaporan(data: curated.Curated) -> Grid:
    columns = tuple(
        Column(key, width, "right" if key in MONEY else "left",
               values.printed(values.dots) if key in MONEY else None)
        for key, _, width in PELAPORAN_COLUMNS)
    header = (tuple(title for _, title, _ in PELAPORAN_COLUMNS),)
    return Grid(header=header, columns=columns, data=data, number_row=False)


def sample() -> Sample:
    """One F4 landscape PDF in DejaVu Sans Condensed; amounts as ``1.273.095.214``."""
    matriks = curated.load("sakip_matriks")
    ra = curated.load("sakip_rencana_aksi")
    sasaran = curated.load("sakip_ra_sasaran")
    pelaporan = curated.load("sakip_pelaporan")
    matriks_grid = Grid(
        header=MATRIKS_HEADER,
        columns=(Column("no", 2.5, "center"), Column("tujuan", 13), Column("sasaran", 16),
                 Column("indikator", 20), *(Column(k, 5, "center") for k in YEARS)),
        data=matriks, number_row=False)
    look = Look(font="DejaVuSansCondensed", bold="DejaVuSansCondensed-Bold", size=5.8,
                header_size=5.8, title_size=11, page=F4, valign="MIDDLE")
    blocks = (
        Lines(("SISTEM AKUNTABILITAS KINERJA INSTANSI PEMERINTAH DAERAH",
               "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
               "KOTA PROBOLINGGO", "TAHUN 2024")),
        Lines(("MATRIKS RENSTRA",), align="left"),
        matriks_grid,
        NewPage(),
        Lines(("RENCANA AKSI",), align="left"),
        rencana_aksi.sasaran_grid(sasaran),
        rencana_aksi.main_grid(ra, header=RA_HEADER, keys=rencana_aksi.MAIN_KEYS[1:]),
        Signature(rencana_aksi.KEPALA, gap_after=3),
        NewPage(),
        Lines(("PELAPORAN KINERJA",), align="left"),
        _pelaporan(pelaporan),
    )
    return Sample(
        document=Document("sakip_2024", look, blocks),
        info=seed_truth("unknown", "SISTEM AKUNTABILITAS KINERJA INSTANSI PEMERINTAH DAERAH",
                        2024, 2024),
        tables=(
            ("renstra_targets", families.renstra_targets(matriks, YEARS)),
            ("rencana_aksi", families.rencana_aksi(ra, None, sasaran.filled()[0]["sasaran"])),
            ("plan_items", families.plan_items(pelaporan, {None: 2024})),
        ),
    )
