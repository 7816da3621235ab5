"""Holdout set: seed rows re-rendered through HTML + Chromium with other agencies, regions,
column orders and header wordings. It measures generalisation; never tune on it.
"""

from __future__ import annotations

from samples import curated, families, values
from samples.layout import (
    A4,
    F4,
    Block,
    Column,
    Document,
    Grid,
    Lines,
    Look,
    NewPage,
    Signature,
)
from samples.sample import DocumentTruth, Sample

RA_COLUMNS = (
    ("no", "NO", 2.2, "center"), ("program", "PROGRAM", 7, "left"),
    ("program_indikator", "INDIKATOR PROGRAM", 9, "left"),
    ("program_target", "TARGET PROGRAM", 4, "center"), ("kegiatan", "KEGIATAN", 8, "left"),
    ("kegiatan_indikator", "INDIKATOR KEGIATAN", 9, "left"),
    ("kegiatan_target", "TARGET KEGIATAN", 4.5, "center"),
    ("sub_kegiatan", "SUB KEGIATAN", 8.5, "left"),
    ("sub_kegiatan_indikator", "INDIKATOR SUB KEGIATAN", 9, "left"),
    ("sub_kegiatan_target", "TARGET SUB KEGIATAN", 4.5, "center"),
    ("volume", "VOLUME", 4.6, "center"), ("aksi", "RENCANA AKSI", 10, "left"),
    ("tw1", "TW I", 2.8, "center"), ("tw2", "TW II", 2.8, "center"),
    ("tw3", "TW III", 2.8, "center"), ("tw4", "TW IV", 2.8, "center"),
)
MALANG_SIGN = ("Kepanjen, 6 Januari 2025", "KEPALA DINAS SOSIAL", "KABUPATEN MALANG",
               "Drs. NAMA KEPALA DINAS, M.Si.", "NIP. 19700101 199003 1 001")
BIDANG = ((4, "PEMBERDAYAAN SOSIAL"), (3, "PEMBERDAYAAN PEREMPUAN"))


def rencana_aksi_malang() -> Sample:
    """Two bidang; sasaran as text lines, volume before aksi, √ marks, one header row."""
    sasaran_all = curated.load("ra2025_sasaran")
    blocks: list[Block] = []
    tables = []
    for number, unit in BIDANG:
        data = curated.load(f"ra2025_bidang{number}")
        first = sasaran_all.where("bidang", str(number)).filled()[0]
        columns = tuple(Column(k, w, a, values.tick if k.startswith("tw") else None)
                        for k, _, w, a in RA_COLUMNS)
        if blocks:
            blocks.append(NewPage())
        blocks += [
            Lines(("RENCANA AKSI TAHUN 2025", f"BIDANG {unit}", "DINAS SOSIAL KABUPATEN MALANG")),
            Lines((f"Sasaran Strategis : {first['sasaran']}",
                   f"Indikator Kinerja : {first['indikator']} (target akhir tahun "
                   f"{first['tw4']})"), align="left", bold=False, size=8),
            Grid(header=(tuple(t for _, t, _, _ in RA_COLUMNS),), columns=columns, data=data),
            Signature(MALANG_SIGN, gap_after=2),
        ]
        tables.append(("rencana_aksi", families.rencana_aksi(data, unit, first["sasaran"])))
    return Sample(
        document=Document("holdout_rencana_aksi_malang", Look(
            font="DejaVuSans", bold="DejaVuSans-Bold", size=6.3, header_size=6.3,
            title_size=10, page=F4), tuple(blocks)),
        info=DocumentTruth("rencana_aksi", "RENCANA AKSI TAHUN 2025 BIDANG PEMBERDAYAAN SOSIAL",
                           "Dinas Sosial", "Kabupaten Malang", None, 2025, 2025),
        tables=tuple(tables),
    )


def renstra_batu() -> Sample:
    """Tujuan/sasaran targets with "Th. 2019"-style year headers, Kota Batu."""
    data = curated.load("renstra_t44")
    years = {f"y{y}": y for y in range(2019, 2025)}
    grid = Grid(
        header=(("No", "Uraian Tujuan", "Uraian Sasaran", "Indikator Kinerja Tujuan/Sasaran",
                 "Target Tahun", "<", "<", "<", "<", "<"),
                ("^", "^", "^", "^", *[f"Th. {y}" for y in range(2019, 2025)])),
        columns=(Column("no", 2.5, "center"), Column("tujuan", 13), Column("sasaran", 15),
                 Column("indikator", 20), *(Column(k, 5, "center") for k in years)),
        data=data, number_row=True)
    blocks = (
        Lines(("RENCANA STRATEGIS DINAS SOSIAL KOTA BATU", "TAHUN 2019 - 2024")),
        Lines(("Tabel 4.2 Tujuan dan Sasaran Jangka Menengah Perangkat Daerah",),
              align="left", size=9),
        grid,
        Signature(("Batu, Juni 2021", "KEPALA DINAS SOSIAL KOTA BATU",
                   "NAMA PEJABAT, S.H.", "Pembina Tingkat I"), gap_after=1),
    )
    return Sample(
        document=Document("holdout_renstra_batu", Look(
            font="LiberationSerif", bold="LiberationSerif-Bold", size=8, header_size=8,
            title_size=12, page=A4, valign="MIDDLE"), blocks),
        info=DocumentTruth("renstra", "RENCANA STRATEGIS DINAS SOSIAL KOTA BATU",
                           "Dinas Sosial", "Kota Batu", None, 2019, 2024),
        tables=(("renstra_targets", families.renstra_targets(data, years)),),
    )


def renja_malang() -> Sample:
    """Program list with lokasi before indikator and pagu in thousands ("Rp. 000")."""
    data = curated.load("renja2019_program")
    grid = Grid(
        header=(("Kode Rekening", "Program / Kegiatan", "Lokasi", "Indikator Kinerja",
                 "Target", "Pagu Indikatif (Rp. 000)"),),
        columns=(Column("code", 9.5), Column("name", 22), Column("lokasi", 9),
                 Column("indikator", 22), Column("target", 6, "center"),
                 Column("budget", 8, "right", values.printed(values.ribu))),
        data=data, number_row=False)
    blocks = (
        Lines(("RENCANA KERJA PERANGKAT DAERAH TAHUN 2019", "DINAS SOSIAL KABUPATEN MALANG")),
        grid,
        Signature(("Kepanjen, Mei 2018", "KEPALA DINAS SOSIAL", "KABUPATEN MALANG",
                   "NAMA PEJABAT, S.Sos.", "Pembina Utama Muda"), gap_after=2),
    )
    return Sample(
        document=Document("holdout_renja_malang", Look(
            font="LiberationSans", bold="LiberationSans-Bold", size=7, header_size=7,
            title_size=11, page=A4), blocks),
        info=DocumentTruth("renja", "RENCANA KERJA PERANGKAT DAERAH TAHUN 2019",
                           "Dinas Sosial", "Kabupaten Malang", None, 2019, 2019),
        tables=(("plan_items", families.plan_items(data, {None: 2019})),),
    )
