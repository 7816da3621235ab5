"""Renja 2026 of the Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten
Kepulauan Sangihe (Sulawesi Utara), written as .docx and printed by LibreOffice Writer
(``writer``: horizontal rules only), A4 landscape, Liberation Sans 7.5 pt.

What no earlier Renja did: the table **starts mid-page under a long narrative paragraph**
(section 3.2 of the Renja's BAB III, as the Writer file runs on), and the narrow numeric
columns' header cells are **rotated 90°** (read bottom-up): "Satuan", both "Target" and
"Sumber Dana"; the target's number and its unit are **separate columns** ("72,50" |
"Nilai", the unit left of the lokasi). Columns: Kode | Program / Kegiatan / Sub Kegiatan |
Indikator Kinerja | Satuan | Lokasi | band "Rencana Tahun 2026" over Target | Pagu
Indikatif (Rp) | Sumber Dana | band "Prakiraan Maju Tahun 2027" over Target | Kebutuhan
Dana (Rp), then ``(1) … (10)``; programs bold; pagu on every line (programs and kegiatan
sum their sub kegiatan).

Data: **invented** for a Dinas PPKB (urusan 2.14, codes and names in the 2021
nomenclature's style): items, indicators, targets, lokasi, sub kegiatan pagu, sumber
dana, narrative, signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import KEGIATAN, PROGRAM, SUB, plan_items
from samples.holdout5.data import grown
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Pengendalian Penduduk dan Keluarga Berencana"
REGION = "Kabupaten Kepulauan Sangihe"
TITLE = "RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2026"
WIDE = REGION

Sub = tuple[str, str, str, str, str, str, int]
"""Code, name, indicator, lokasi, target, satuan, pagu."""
Kegiatan = tuple[str, str, str, str, str, tuple[Sub, ...]]
Program = tuple[str, str, str, str, str, tuple[Kegiatan, ...]]

PLAN: tuple[Program, ...] = (
    ("2.14.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
     "Nilai SAKIP Perangkat Daerah", "72,50", "Nilai", (
         ("2.14.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
          "Jumlah dokumen perencanaan dan evaluasi yang tersusun", "5", "Dokumen", (
              ("2.14.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah",
               "Jumlah dokumen perencanaan perangkat daerah", WIDE, "3", "Dokumen",
               38_450_000),
              ("2.14.01.2.01.0007", "Evaluasi Kinerja Perangkat Daerah",
               "Jumlah laporan evaluasi kinerja perangkat daerah", WIDE, "2", "Laporan",
               24_915_000),
          )),
         ("2.14.01.2.02", "Administrasi Keuangan Perangkat Daerah",
          "Jumlah bulan pelayanan administrasi keuangan", "12", "Bulan", (
              ("2.14.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN",
               "Jumlah ASN yang menerima gaji dan tunjangan", WIDE, "46", "Orang",
               3_184_260_412),
              ("2.14.01.2.02.0005", "Koordinasi dan Penyusunan Laporan Keuangan Akhir "
               "Tahun SKPD", "Jumlah laporan keuangan akhir tahun", WIDE, "1", "Laporan",
               12_600_000),
          )),
         ("2.14.01.2.06", "Administrasi Umum Perangkat Daerah",
          "Jumlah bulan pelayanan administrasi umum", "12", "Bulan", (
              ("2.14.01.2.06.0004", "Penyediaan Bahan Logistik Kantor",
               "Jumlah paket bahan logistik kantor yang disediakan", WIDE, "12", "Paket",
               41_278_500),
              ("2.14.01.2.06.0009", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
               "Jumlah laporan penyelenggaraan rapat koordinasi", WIDE, "12", "Laporan",
               187_340_000),
          )),
     )),
    ("2.14.02", "PROGRAM PENGENDALIAN PENDUDUK",
     "Laju pertumbuhan penduduk", "0,62", "Persen", (
         ("2.14.02.2.01", "Pemaduan dan Sinkronisasi Kebijakan Pemerintah Daerah Provinsi "
          "dengan Pemerintah Daerah Kabupaten/Kota dalam rangka Pengendalian Kuantitas "
          "Penduduk", "Jumlah dokumen kebijakan pengendalian penduduk", "1", "Dokumen", (
              ("2.14.02.2.01.0002", "Penyusunan dan Pemanfaatan Grand Design Pembangunan "
               "Kependudukan (GDPK)", "Jumlah dokumen GDPK yang dimutakhirkan", WIDE, "1",
               "Dokumen", 67_500_000),
          )),
         ("2.14.02.2.02", "Pemetaan Perkiraan Pengendalian Penduduk Cakupan Daerah "
          "Kabupaten/Kota", "Jumlah dokumen pemetaan perkiraan pengendalian penduduk", "1",
          "Dokumen", (
              ("2.14.02.2.02.0001", "Pemetaan Perkiraan Pengendalian Penduduk",
               "Jumlah kecamatan yang dipetakan", "Tahuna, Tabukan Utara, Manganitu", "3",
               "Kecamatan", 53_825_000),
              ("2.14.02.2.02.0003", "Pengelolaan Data dan Informasi Kependudukan dan "
               "Keluarga Berencana", "Jumlah kampung yang melakukan pemutakhiran data "
               "keluarga", WIDE, "167", "Kampung", 109_480_750),
          )),
     )),
    ("2.14.03", "PROGRAM PEMBINAAN KELUARGA BERENCANA (KB)",
     "Angka prevalensi kontrasepsi modern (mCPR)", "61,40", "Persen", (
         ("2.14.03.2.01", "Pelaksanaan Advokasi, Komunikasi, Informasi dan Edukasi (KIE) "
          "Pengendalian Penduduk dan KB sesuai Kearifan Budaya Lokal",
          "Jumlah kegiatan KIE yang dilaksanakan", "24", "Kegiatan", (
              ("2.14.03.2.01.0001", "Penyediaan Materi dan Media KIE Pengendalian Penduduk "
               "dan KB", "Jumlah paket media KIE yang disediakan", WIDE, "4", "Paket",
               72_316_000),
              ("2.14.03.2.01.0003", "Pelaksanaan Promosi dan KIE Program KB melalui Media "
               "Massa dan Tatap Muka", "Jumlah kegiatan promosi dan KIE",
               "Tahuna, Kendahe, Tamako", "20", "Kegiatan", 96_057_500),
          )),
         ("2.14.03.2.02", "Pendayagunaan Tenaga Penyuluh KB/Petugas Lapangan KB (PKB/PLKB)",
          "Jumlah PKB/PLKB yang didayagunakan", "31", "Orang", (
              ("2.14.03.2.02.0002", "Peningkatan Kapasitas Tenaga Penyuluh KB/Petugas "
               "Lapangan KB", "Jumlah PKB/PLKB yang mengikuti pelatihan", WIDE, "31",
               "Orang", 84_950_000),
          )),
         ("2.14.03.2.03", "Pengendalian dan Pendistribusian Kebutuhan Alat dan Obat "
          "Kontrasepsi serta Pelaksanaan Pelayanan KB di Daerah Kabupaten/Kota",
          "Jumlah peserta KB baru", "850", "Peserta", (
              ("2.14.03.2.03.0002", "Pendistribusian Alat dan Obat Kontrasepsi dan "
               "Sarana Penunjang Pelayanan KB ke Faskes", "Jumlah faskes yang menerima "
               "alokon", WIDE, "42", "Faskes", 118_720_000),
              ("2.14.03.2.03.0004", "Pembinaan Pelayanan KB dan Kesehatan Reproduksi di "
               "Wilayah Kepulauan", "Jumlah pulau berpenghuni yang dilayani KB keliling",
               "Marore, Kawio, Matutuang, Kahakitang", "12", "Pulau", 236_405_000),
          )),
     )),
    ("2.14.04", "PROGRAM PEMBERDAYAAN DAN PENINGKATAN KELUARGA SEJAHTERA (KS)",
     "Indeks Pembangunan Keluarga (iBangga)", "58,20", "Indeks", (
         ("2.14.04.2.01", "Pelaksanaan Pembangunan Keluarga melalui Pembinaan Ketahanan dan "
          "Kesejahteraan Keluarga", "Jumlah kelompok kegiatan yang dibina", "96", "Kelompok", (
              ("2.14.04.2.01.0001", "Pembinaan Bina Keluarga Balita (BKB) Holistik "
               "Integratif", "Jumlah kelompok BKB yang aktif", WIDE, "40", "Kelompok",
               58_112_000),
              ("2.14.04.2.01.0002", "Pembinaan Bina Keluarga Remaja (BKR) dan Pusat "
               "Informasi dan Konseling Remaja (PIK-R)", "Jumlah kelompok BKR dan PIK-R "
               "yang dibina", WIDE, "36", "Kelompok", 47_630_000),
              ("2.14.04.2.01.0004", "Pembinaan Usaha Peningkatan Pendapatan Keluarga "
               "Akseptor (UPPKA)", "Jumlah kelompok UPPKA yang dibina", WIDE, "20",
               "Kelompok", 39_885_250),
          )),
     )),
)
NARRATIVE = (
    "3.2 Program dan Kegiatan",
    "Berdasarkan hasil evaluasi pelaksanaan Renja Tahun 2024 dan capaian Renstra Dinas "
    "Pengendalian Penduduk dan Keluarga Berencana Tahun 2021-2026, serta memperhatikan "
    "arah kebijakan RKPD Kabupaten Kepulauan Sangihe Tahun 2026 yang menempatkan "
    "percepatan penurunan stunting dan penguatan ketahanan keluarga di wilayah perbatasan "
    "dan pulau-pulau kecil sebagai prioritas, maka disusun rumusan rencana program dan "
    "kegiatan sebagaimana tabel di bawah ini. Pagu indikatif disusun mengacu pada Surat "
    "Edaran Bupati tentang Pagu Indikatif Perangkat Daerah Tahun Anggaran 2026 dan "
    "bersumber dari Dana Alokasi Umum (DAU) serta Dana Alokasi Khusus Non Fisik Bantuan "
    "Operasional Keluarga Berencana (DAK BOKB). Penetapan lokasi kegiatan memperhatikan "
    "sebaran kampung dengan angka kebutuhan ber-KB yang tidak terpenuhi (unmet need) "
    "tertinggi serta keterjangkauan pulau-pulau berpenghuni yang hanya dapat dilayani "
    "melalui pelayanan KB keliling.",
    "Tabel 3.2 Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2026 dan "
    "Prakiraan Maju Tahun 2027",
)
LATER = {"2.14.01": "74,00", "2.14.02": "0,60", "2.14.03": "62,10", "2.14.04": "60,00"}
"""Program targets of the Prakiraan Maju year (kegiatan and sub kegiatan keep theirs)."""


def _lines() -> list[tuple[str, ...]]:
    """Every printed line: level, code, name, indicator, satuan, lokasi, then target and
    pagu for 2026 and 2027 (programs and kegiatan at the region, their pagu the sum of
    their sub kegiatan; 2027 pagu = 2026 × 1.05 rounded to a thousand)."""
    out = []
    for code, name, ind, target, satuan, kegiatan in PLAN:
        subs = [sub for *_, group in kegiatan for sub in group]
        out.append((PROGRAM, code, name, ind, satuan, WIDE, *_money(target, subs,
                                                                    LATER[code])))
        for k_code, k_name, k_ind, k_target, k_satuan, group in kegiatan:
            out.append((KEGIATAN, k_code, k_name, k_ind, k_satuan, WIDE,
                        *_money(k_target, group, k_target)))
            for sub in group:
                sub_code, sub_name, sub_ind, lokasi, sub_target, sub_satuan, _ = sub
                out.append((SUB, sub_code, sub_name, sub_ind, sub_satuan, lokasi,
                            *_money(sub_target, (sub,), sub_target)))
    return out


def _money(target: str, subs: list[Sub] | tuple[Sub, ...], later: str) -> tuple[str, ...]:
    """Target and pagu of 2026, then of 2027, for an item over ``subs``."""
    return (target, str(sum(s[6] for s in subs)), later,
            str(sum(grown(s[6], 1.05) for s in subs)))


def build() -> Built:
    """The document and its plan_items truth (one row per item per year, 2026 and 2027)."""
    lines = _lines()
    body = tuple((code, name, ind, satuan, lokasi, t26, dots(int(p26)),
                  "" if level != SUB else ("DAK BOKB" if code.startswith("2.14.03") else
                                           "DAU"), t27, dots(int(p27)))
                 for level, code, name, ind, satuan, lokasi, t26, p26, t27, p27 in lines)
    header = ((*(Head(t, rowspan=2) for t in ("Kode", "Program / Kegiatan / Sub Kegiatan",
                                                "Indikator Kinerja")),
               Head("Satuan", rowspan=2, rotate=True), Head("Lokasi", rowspan=2),
               Head("Rencana Tahun 2026", colspan=3),
               Head("Prakiraan Maju Tahun 2027", colspan=2)),
              (Head("Target", rotate=True), Head("Pagu Indikatif (Rp)"),
               Head("Sumber Dana", rotate=True), Head("Target", rotate=True),
               Head("Kebutuhan Dana (Rp)")))
    table = Table(header, (21, 42, 34, 15, 19, 11, 20, 13, 11, 20), "lllllcrccr", body,
                  bold=frozenset(n for n, line in enumerate(lines) if line[0] == PROGRAM),
                  numbers=True)
    doc = Document("renja_kepulauan_sangihe_2026",
                   Page(297, 210, "Liberation Sans", 7.5, margin_mm=15),
                   (TITLE, AGENCY.upper(), REGION.upper()), (*NARRATIVE, table),
                   ("Tahuna, 22 Juli 2025", "Kepala Dinas Pengendalian Penduduk",
                    "dan Keluarga Berencana", "", "", "dr. FELIX D. MANDAGI, M.Kes.",
                    "Pembina Utama Muda", "NIP. 19700521 200012 1 003"))
    data = Curated(("level", "code", "name", "indikator", "satuan", "lokasi", "target_2026",
                    "budget_2026", "target_2027", "budget_2027"), tuple(lines))
    info = DocumentTruth("renja", TITLE, AGENCY, REGION, None, 2026, 2026)
    return doc, info, (("plan_items", plan_items(data, {"2026": 2026, "2027": 2027})),)
