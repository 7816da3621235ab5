"""Rencana Aksi 2026 of the Satuan Polisi Pamong Praja dan Pemadam Kebakaran Kabupaten
Bengkayang (Kalimantan Barat), drawn with reportlab (``holdout6.draw``, full grid), F4
landscape, DejaVu Sans 7.4 pt.

What no earlier Rencana Aksi did: the schedule is a **two-row header band** per quarter,
"TW I" over "T | R" (Target / Realisasi), so the quarters take eight narrow columns. The
plan is drafted in January, before anything is realised: only the **T** columns carry a
mark (``✓``) saying the quarter is planned; every **R** column is blank. tw1–tw4 are read
from the T columns. Columns: No | Program | Indikator | Target | Kegiatan | Indikator |
Target | Sub Kegiatan | Indikator | Target | Rencana Aksi | Volume | 8 schedule columns,
then ``1 … 20``. Program, kegiatan, sub kegiatan and their indicators/targets are merged
over their aksi rows.

Data: **invented** for a Satpol PP (urusan 1.05, names in the 2021 nomenclature's wording):
sasaran, programs, kegiatan, sub kegiatan, indicators, targets, aksi, volumes, quarters,
signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import MERGED, Curated
from samples.families import rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth

AGENCY = "Satuan Polisi Pamong Praja dan Pemadam Kebakaran"
REGION = "Kabupaten Bengkayang"
UNIT = "Penegakan Perundang-undangan Daerah"
"""The bidang's name, as every set's truth gives ``unit`` (the title prints "BIDANG …")."""
MARK = "✓"
SASARAN = "Meningkatnya ketenteraman, ketertiban umum dan perlindungan masyarakat"
HEADING = ("RENCANA AKSI TAHUN 2026", f"BIDANG {UNIT.upper()}", AGENCY.upper(), REGION.upper())

Aksi = tuple[str, str, str]
"""An aksi, its volume and the planned quarters as digits (``"1234"``)."""
Sub = tuple[str, str, str, tuple[Aksi, ...]]
Kegiatan = tuple[str, str, str, tuple[Sub, ...]]
Program = tuple[str, str, str, tuple[Kegiatan, ...]]

PLAN: tuple[Program, ...] = (
    ("PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM",
     "Persentase penegakan Perda dan Perkada yang ditindaklanjuti", "92%", (
         ("Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (Satu) Daerah "
          "Kabupaten/Kota", "Persentase gangguan trantibum yang tertangani", "100%", (
              ("Pencegahan Gangguan Ketenteraman dan Ketertiban Umum melalui Deteksi Dini "
               "dan Cegah Dini, Pembinaan dan Penyuluhan, Pelaksanaan Patroli, Pengamanan, "
               "dan Pengawalan", "Jumlah patroli dan pengamanan yang dilaksanakan",
               "260 Kali", (
                   ("Patroli rutin wilayah rawan gangguan siang dan malam", "208 Kali",
                    "1234"),
                   ("Pengamanan hari besar nasional dan keagamaan", "12 Kegiatan", "1234"),
                   ("Pengawalan kunjungan pejabat negara", "40 Kali", "1234"),
               )),
              ("Penyediaan Sarana dan Prasarana Pendukung Ketenteraman dan Ketertiban Umum",
               "Jumlah sarana dan prasarana trantibum yang disediakan", "3 Unit", (
                   ("Pengadaan perlengkapan patroli dan pakaian dinas lapangan", "1 Paket",
                    "2"),
                   ("Pemeliharaan kendaraan patroli roda empat", "2 Unit", "1234"),
               )),
          )),
         ("Penegakan Peraturan Daerah Kabupaten/Kota dan Peraturan Bupati/Wali Kota dalam 1 "
          "(Satu) Daerah Kabupaten/Kota", "Persentase pelanggaran Perda yang ditegakkan",
          "90%", (
              ("Penyelenggaraan Penyelidikan dan Penyidikan terhadap Pelanggaran atas "
               "Ketentuan Perda dan Perkada", "Jumlah kasus pelanggaran yang disidik",
               "18 Kasus", (
                   ("Operasi yustisi penertiban pedagang kaki lima", "8 Kali", "123"),
                   ("Penyegelan bangunan tanpa Persetujuan Bangunan Gedung", "6 Kasus", "234"),
                   ("Sidang tindak pidana ringan pelanggaran Perda", "4 Kali", "24"),
               )),
              ("Pengawasan atas Kepatuhan terhadap Perda dan Perkada",
               "Jumlah tempat usaha yang diawasi", "150 Tempat", (
                   ("Pengawasan tempat hiburan malam dan penjualan minuman beralkohol",
                    "90 Tempat", "1234"),
                   ("Sosialisasi Perda ketertiban umum di kecamatan", "17 Kecamatan", "12"),
               )),
          )),
         ("Pembinaan Penyidik Pegawai Negeri Sipil (PPNS) Kabupaten/Kota",
          "Persentase PPNS yang aktif melakukan penyidikan", "80%", (
              ("Peningkatan Kapasitas PPNS dalam Penegakan Perda dan Perkada",
               "Jumlah PPNS yang ditingkatkan kapasitasnya", "12 Orang", (
                   ("Bimbingan teknis penyidikan bagi PPNS", "12 Orang", "2"),
                   ("Rapat koordinasi PPNS dengan Korwas Polres", "2 Kali", "13"),
               )),
          )),
     )),
    ("PROGRAM PENCEGAHAN, PENANGGULANGAN, PENYELAMATAN KEBAKARAN DAN PENYELAMATAN NON "
     "KEBAKARAN", "Persentase kejadian kebakaran tertangani sesuai waktu tanggap",
     "85%", (
         ("Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan Bahan Berbahaya "
          "dan Beracun Kebakaran dalam Daerah Kabupaten/Kota",
          "Response time penanganan kebakaran", "15 Menit", (
              ("Pencegahan Kebakaran dan Penyelamatan Non Kebakaran",
               "Jumlah kejadian yang ditangani", "60 Kejadian", (
                   ("Siaga piket pos pemadam kebakaran 24 jam", "12 Bulan", "1234"),
                   ("Evakuasi sarang tawon dan hewan liar", "30 Kejadian", "1234"),
                   ("Simulasi pemadaman di sekolah dan pasar", "6 Kali", "23"),
               )),
              ("Pemberdayaan Masyarakat dalam Pencegahan Kebakaran",
               "Jumlah relawan pemadam kebakaran yang dibina", "40 Orang", (
                   ("Pembentukan dan pelatihan Relawan Kebakaran (Redkar)", "40 Orang",
                    "3"),
                   ("Pemeriksaan alat pemadam api ringan gedung pemerintah", "25 Gedung",
                    "24"),
               )),
          )),
     )),
)
KEYS = ("program", "program_indikator", "program_target", "kegiatan", "kegiatan_indikator",
        "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator", "sub_kegiatan_target",
        "aksi", "volume")
"""Curated keys in printed order (after ``No``); the schedule follows."""


def _rows() -> list[tuple[str, ...]]:
    """The plan flattened one aksi per row, an item's cells merged (``^``) after its
    first aksi, quarters ``✓`` where planned."""
    rows = []
    for program, p_ind, p_tgt, kegiatan in PLAN:
        first_p = True
        for name, k_ind, k_tgt, subs in kegiatan:
            first_k = True
            for sub, s_ind, s_tgt, aksi in subs:
                first_s = True
                for text, volume, quarters in aksi:
                    cells = ((program, p_ind, p_tgt) if first_p else (MERGED,) * 3) + (
                        (name, k_ind, k_tgt) if first_k else (MERGED,) * 3) + (
                        (sub, s_ind, s_tgt) if first_s else (MERGED,) * 3)
                    marks = tuple(MARK if str(q) in quarters else "" for q in range(1, 5))
                    rows.append((*cells, text, volume, *marks))
                    first_p = first_k = first_s = False
    return rows


def build() -> Built:
    """The document and its rencana_aksi truth (one row per aksi, tw from T columns)."""
    data = Curated((*KEYS, "tw1", "tw2", "tw3", "tw4"), tuple(_rows()))
    body = tuple((str(n), *row[:11], *(c for mark in row[11:] for c in (mark, "")))
                 for n, row in enumerate(data.rows, start=1))
    plain = ("No", "Program", "Indikator Program", "Target", "Kegiatan", "Indikator Kegiatan",
             "Target", "Sub Kegiatan", "Indikator Sub Kegiatan", "Target", "Rencana Aksi",
             "Volume")
    header = ((*(Head(t, rowspan=2) for t in plain),
               *(Head(f"TW {q}", colspan=2) for q in ("I", "II", "III", "IV"))),
              tuple(Head(t) for _ in range(4) for t in ("T", "R")))
    table = Table(header, (2.5, 13.5, 10, 5, 12, 10, 5, 12, 10, 7, 11, 8, *(2.6,) * 8),
                  "cllcllcllcllcccccccc", body, numbers=True)
    lines = (f"Sasaran Strategis : {SASARAN}",
             "Keterangan : T = Target (rencana pelaksanaan), R = Realisasi")
    doc = Document("rencana_aksi_bengkayang_2026",
                   Page(330, 215, "DejaVuSans", 7.4, margin_mm=12,
                        page_numbers="Halaman {n}"),
                   HEADING, (*lines, table),
                   ("Bengkayang, 12 Januari 2026", "Kepala Bidang Penegakan",
                    "Perundang-undangan Daerah", "", "", "YOHANES ALOYSIUS RINDU, S.H.",
                    "Penata Tingkat I", "NIP. 19820317 200801 1 004"))
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, REGION, UNIT, 2026, 2026)
    return doc, info, (("rencana_aksi", rencana_aksi(data, UNIT, SASARAN)),)
