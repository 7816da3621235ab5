"""Rencana Aksi 2025 of the Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Bitung
as the whole published document, drawn with reportlab (``pdf``): A4 portrait,
Liberation Serif, cover, Kata Pengantar, Daftar Isi, BAB I-III with prose, a staff table
(Tabel 1.1) and a SWOT matrix (Tabel 1.2) that are not plan tables, then one 16-column
Rencana Aksi table per bidang (Tabel 2.1, Tabel 2.2) on **landscape A4 pages (landscape
page size) inside the portrait document**, each preceded by its bidang line and "Sasaran
Strategis" / "Indikator Kinerja" lines and continued as "Lanjutan Tabel 2.x"; quarter
marks printed "√" → ``rencana_aksi`` (one row per aksi). Footer folios are bare numbers
(roman in the front matter); signature under BAB III.

Data: seed 000's bidang 2 and bidang 3 (``ra2025_bidang2`` / ``3``, spellings kept) with
their sasaran (``ra2025_sasaran``); "Kota Probolinggo" in two aksi becomes "Kota Bitung".
**Invented**: region, agency name, the document frame, narrative figures.
"""

from __future__ import annotations

from samples import curated
from samples.curated import Curated
from samples.families import Row, rencana_aksi
from samples.holdout6.model import Head
from samples.holdout16 import prose
from samples.holdout16.book import Book, Grid, Sheet, Sign, Text, book, continued
from samples.sample import DocumentTruth
from samples.values import is_mark

AGENCY = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Bitung"
KIND = ("RENCANA AKSI", "TAHUN 2025")
BIDANG = (("2", "Perlindungan Perempuan dan Pemenuhan Hak Anak", (6, 11, 6, 5)),
          ("3", "Pemberdayaan Perempuan", (7, 10)))
"""(seed bidang, unit printed after "BIDANG", rows of its table per landscape page)."""
MARK = "√"
SIGN = Sign(("Bitung, 6 Januari 2025", "KEPALA DINAS PEMBERDAYAAN PEREMPUAN",
             "DAN PERLINDUNGAN ANAK KOTA BITUNG", "", "", "dr. MARYAM LUMENTUT, M.Kes.",
             "Pembina Utama Muda", "NIP. 19760521 200212 2 003"))
TEXT = ("no", "program", "program_indikator", "program_target", "kegiatan",
        "kegiatan_indikator", "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator",
        "sub_kegiatan_target", "aksi", "volume")


def _data(bidang: str) -> Curated:
    data = curated.load(f"ra2025_bidang{bidang}")
    return Curated(data.columns, tuple(tuple(c.replace("Kota Probolinggo", REGION) for c in row)
                                       for row in data.rows))


def _grid(data: Curated) -> Grid:
    body = tuple((*(row[data.column(k)] for k in TEXT),
                  *(MARK if is_mark(row[data.column(f"tw{q}")]) else ""
                    for q in range(1, 5))) for row in data.rows)
    header = ((Head("No", rowspan=2), Head("Program", rowspan=2),
               Head("Indikator Program", rowspan=2), Head("Target", rowspan=2),
               Head("Kegiatan", rowspan=2), Head("Indikator Kegiatan", rowspan=2),
               Head("Target", rowspan=2), Head("Sub Kegiatan", rowspan=2),
               Head("Indikator Sub Kegiatan", rowspan=2), Head("Target", rowspan=2),
               Head("Rencana Aksi", rowspan=2), Head("Volume", rowspan=2),
               Head("Triwulan", colspan=4)),
              tuple(Head(q) for q in ("I", "II", "III", "IV")))
    return Grid(header, (3, 11, 11, 5, 11, 11, 5, 11, 11, 8, 12, 7, 3, 3, 3, 3),
                "cllcllcllclccccc", body, numbers=True)


def build() -> tuple[Book, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The whole Rencana Aksi and its rencana_aksi truth (one table per bidang)."""
    sasaran = curated.load("ra2025_sasaran")
    sheets: list[Sheet] = []
    tables = []
    for n, (bidang, unit, pages) in enumerate(BIDANG, start=1):
        data = _data(bidang)
        goal = sasaran.where("bidang", bidang).filled()
        lines = (Text(f"BIDANG {unit.upper()}", "h2"),
                 Text(f"Sasaran Strategis : {goal[0]['sasaran']}", "h2"),
                 *(Text(f"Indikator Kinerja : {g['indikator']}", "h2") for g in goal))
        opening = prose.chapter("II", "RENCANA AKSI") if n == 1 else ()
        sheets += continued(f"2.{n}", f"Rencana Aksi Bidang {unit} Tahun 2025", _grid(data),
                            pages, landscape=True, before=(*opening, *lines),
                            entry=prose.entry("II", "RENCANA AKSI") if n == 1 else "")
        tables.append(("rencana_aksi", rencana_aksi(data, unit, goal[0]["sasaran"])))
    body = [
        Sheet(prose.chapter("I", "PENDAHULUAN", Text("1.1 Latar Belakang", "h2"), Text(
            "Rencana Aksi disusun sebagai penjabaran Perjanjian Kinerja Tahun 2025 ke dalam "
            "langkah-langkah nyata setiap bidang, lengkap dengan volume dan jadwal "
            "pelaksanaan per triwulan, sehingga capaian kinerja dapat dipantau secara "
            "berkala."), Text("1.2 Sumber Daya", "h2"), prose.staff("1.1", 4),
            prose.swot("1.2", ("Tersedianya UPTD PPA", "Komitmen pimpinan daerah"),
                       ("Jumlah konselor terbatas",),
                       ("Dukungan program Kota Layak Anak", "Jejaring lembaga keagamaan"),
                       ("Kasus kekerasan di wilayah pesisir dan kepulauan",))),
            entry=prose.entry("I", "PENDAHULUAN")),
        *sheets,
        Sheet(prose.chapter("III", "PENUTUP", Text(
            "Rencana Aksi ini dievaluasi setiap triwulan. Hasil pemantauan menjadi bahan "
            "penyusunan Laporan Kinerja Instansi Pemerintah Tahun 2025."), SIGN),
            entry=prose.entry("III", "PENUTUP")),
    ]
    doc = book("rencana_aksi_bitung_2025", ((210, 297), "LiberationSerif", 7, 15),
               prose.cover(KIND, AGENCY, REGION, "BITUNG, 2025"),
               prose.foreword("Rencana Aksi Tahun 2025", AGENCY, REGION, SIGN), body, "{n}")
    info = DocumentTruth("rencana_aksi", " ".join(KIND), AGENCY, REGION, None, 2025, 2025)
    return doc, info, tuple(tables)
