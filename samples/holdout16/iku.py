"""Indikator Kinerja Utama (IKU) 2023 of the Dinas Sosial Kabupaten Sambas as the whole
published document, drawn with reportlab (``pdf``): A4 portrait, DejaVu Sans, cover, Kata
Pengantar, Daftar Isi, BAB I-IV with prose, a staff table (Tabel 1.1) and a budget
realisation table (Tabel 2.1) that are not plan tables, then Tabel 3.1 "Keterkaitan
Indikator Kinerja Utama dengan Program dan Kegiatan" on **landscape sheets printed as
portrait pages turned by /Rotate 90**, continued as "Lanjutan Tabel 3.1", one kegiatan or
sub kegiatan per row with tujuan / IKU / sasaran / indikator / target / program cells
spanning their rows (re-printed at the top of each continued page) → ``iku_links``.
Footer folios "Halaman n" (roman in the front matter); signature under BAB IV.

Data: seed 001's IKU linkage rows (``iku2023``), one item per row; amounts
``783.242.000``. **Invented**: the region, the document frame, the narrative figures.
"""

from __future__ import annotations

from samples import curated
from samples.families import Row, iku_links
from samples.holdout6.model import Head
from samples.holdout16 import prose
from samples.holdout16.book import Book, Grid, Sheet, Sign, Text, book, continued
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Sosial"
REGION = "Kabupaten Sambas"
KIND = ("INDIKATOR KINERJA UTAMA", "(IKU)", "TAHUN 2023")
KEYS = ("no", "tujuan", "iku_kota", "sasaran", "indikator", "target", "capaian", "program",
        "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")
SIGN = Sign(("Sambas, 9 Januari 2023", "KEPALA DINAS SOSIAL", "KABUPATEN SAMBAS", "", "",
             "H. SUHARDI UMAR, S.Sos., M.Si.", "Pembina Tingkat I",
             "NIP. 19730816 199803 1 006"))
PLAN_PAGES = (10, 11, 9, 9, 8, 3)
"""Rows of Tabel 3.1 per turned page."""


def _table() -> tuple[Grid, list[Row]]:
    data = curated.load("iku2023")
    body = tuple(tuple(dots(int(c)) if k == "anggaran" and c not in ("", "^") else c
                       for k, c in ((k, row[data.column(k)]) for k in KEYS))
                 for row in data.rows)
    header = (tuple(Head(h) for h in (
        "No", "Tujuan", "IKU Kabupaten", "Sasaran Strategis", "Indikator Kinerja Utama",
        "Target 2023", "Capaian 2022", "Program", "Indikator Program",
        "Kegiatan / Sub Kegiatan", "Indikator Kegiatan / Sub Kegiatan", "Anggaran (Rp)")),)
    grid = Grid(header, (4, 12, 11, 13, 14, 7, 7, 15, 14, 17, 19, 11), "clllllcllllr", body,
                numbers=True)
    return grid, iku_links(data)


def build() -> tuple[Book, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The whole IKU document and its iku_links truth (Tabel 3.1)."""
    table, rows = _table()
    body = [
        Sheet(prose.chapter("I", "PENDAHULUAN", Text("1.1 Latar Belakang", "h2"), Text(
            "Indikator Kinerja Utama (IKU) adalah ukuran keberhasilan dari suatu tujuan dan "
            "sasaran strategis perangkat daerah. Penetapan IKU diamanatkan Peraturan Menteri "
            "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014."),
            Text("1.2 Kondisi Umum", "h2"), Text(
            "Susunan pegawai Dinas Sosial Kabupaten Sambas menurut tingkat pendidikan "
            "disajikan pada Tabel 1.1."), prose.staff("1.1", 11)),
            entry=prose.entry("I", "PENDAHULUAN")),
        Sheet(prose.chapter("II", "PERENCANAAN KINERJA", Text(
            "Perencanaan kinerja tahun 2023 disusun berdasarkan Rencana Strategis "
            "2021-2026. Realisasi anggaran lima tahun terakhir adalah sebagai berikut."),
            prose.realisation("2.1", 2018, 9_870_250_000), Text(
            "Rata-rata serapan anggaran di atas 90 persen menunjukkan pelaksanaan program "
            "yang tertib.")), entry=prose.entry("II", "PERENCANAAN KINERJA")),
        *continued("3.1", "Keterkaitan Indikator Kinerja Utama dengan Program dan Kegiatan",
                   table, PLAN_PAGES, rotate=True, before=prose.chapter(
                       "III", "INDIKATOR KINERJA UTAMA DAN KETERKAITANNYA"),
                   entry=prose.entry("III", "INDIKATOR KINERJA UTAMA DAN KETERKAITANNYA")),
        Sheet(prose.chapter("IV", "PENUTUP", Text(
            "Indikator Kinerja Utama ini menjadi acuan penyusunan Perjanjian Kinerja dan "
            "Laporan Kinerja Instansi Pemerintah. Capaiannya diukur setiap akhir tahun "
            "anggaran."), SIGN), entry=prose.entry("IV", "PENUTUP")),
    ]
    doc = book("iku_sambas_2023", ((210, 297), "DejaVuSans", 6, 16),
               prose.cover(KIND, AGENCY, REGION, "SAMBAS, 2023"),
               prose.foreword("Dokumen Indikator Kinerja Utama (IKU) Tahun 2023", AGENCY,
                              REGION, SIGN), body,
               "Halaman {n}")
    info = DocumentTruth("iku_linkage", " ".join(KIND), AGENCY, REGION, None, 2023, 2023)
    return doc, info, (("iku_links", rows),)
