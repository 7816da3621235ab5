"""Renja 2025 of the Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Sukabumi as the
whole published document, printed by headless Chromium (``web``): F4 portrait, Liberation
Sans, cover, Kata Pengantar, Daftar Isi, BAB I-V with prose, a budget-realisation table
(Tabel 2.1) and a staff table (Tabel 2.2) that are not plan tables, then Tabel 4.1
"Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2025 dan Prakiraan Maju Tahun
2026" on **landscape F4 pages (a named CSS page) inside the portrait document**, continued
as "Lanjutan Tabel 4.1": Kode | Urusan/Program/Kegiatan/Sub Kegiatan | Indikator Kinerja |
band "Rencana Tahun 2025" (Lokasi, Target Capaian Kinerja, Kebutuhan Dana (Rp), Sumber
Dana) | band "Prakiraan Maju Tahun 2026" (Target Capaian Kinerja, Kebutuhan Dana (Rp)), an
urusan row and a closing JUMLAH row → ``plan_items`` (one row per item per year).
Footer folios "Hal. n" (roman in the front matter); signature under BAB V.

Data: seed 001's items of urusan 2.08 with official codes (``holdout5.data.yearly_rows``:
sub kegiatan pagu = seed amount, 2026 grown 7 %, programs and kegiatan summed).
**Invented**: region, targets (programs and kegiatan in percent, sub kegiatan counts with
the unit their indicator names), lokasi and sumber dana of the sub kegiatan, narrative
figures.
"""

from __future__ import annotations

from samples import curated
from samples.curated import Curated
from samples.families import Row, plan_items
from samples.holdout5.data import satuan, yearly_rows
from samples.holdout6.model import Head
from samples.holdout16 import prose
from samples.holdout16.book import Book, Grid, Sheet, Sign, Text, book, continued
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Sukabumi"
KIND = ("RENCANA KERJA", "PERANGKAT DAERAH (RENJA)", "TAHUN 2025")
URUSAN = "2.08"
LOKASI = "Kota Sukabumi"
SIGN = Sign(("Sukabumi, 22 Juli 2024", "KEPALA DINAS PEMBERDAYAAN PEREMPUAN",
             "DAN PERLINDUNGAN ANAK", "KOTA SUKABUMI", "", "Hj. NENENG SURYANI, S.H., M.H.",
             "Pembina Tingkat I", "NIP. 19741103 200003 2 002"))
PLAN_PAGES = (13, 15, 8)
"""Rows of Tabel 4.1 per landscape page."""
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target_2025", "budget_2025",
           "sumber", "target_2026", "budget_2026")


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    if level == "program":
        return f"{74 + n % 4 * 4 + 2 * later}%"
    if level == "kegiatan":
        return f"{90 + n % 3 * 3 + later}%"
    return f"{12 + n * 7 % 30 + 3 * later} {satuan(indikator)}"


def _rows() -> list[tuple[str, ...]]:
    """Curated rows (integer rupiah): urusan row, items, JUMLAH."""
    items = yearly_rows(URUSAN, {"2025": 1.0, "2026": 1.07}, _target)
    out = [(lvl, code, name, ind, LOKASI if lvl == "sub_kegiatan" else "", t1, p1,
            "DAU" if lvl == "sub_kegiatan" else "", t2, p2)
           for lvl, code, name, ind, t1, p1, t2, p2 in items]
    totals = [str(sum(int(r[i]) for r in out if r[0] == "program")) for i in (6, 9)]
    urusan = next(r["name"] for r in curated.load("renja2023_kode").filled()
                  if r["code"] == URUSAN)
    return [("", URUSAN, urusan, "", "", "", totals[0], "", "", totals[1]), *out,
            ("", "", "JUMLAH", "", "", "", totals[0], "", "", totals[1])]


def _printed(row: tuple[str, ...]) -> tuple[str, ...]:
    cells = [dots(int(c)) if k in (6, 9) and c else c for k, c in enumerate(row)][1:]
    return ("JUMLAH", "<", "<", *cells[3:]) if row[2] == "JUMLAH" else tuple(cells)


def _plan() -> tuple[Grid, list[Row]]:
    rows = _rows()
    header = ((Head("Kode", rowspan=2),
               Head("Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/"
                    "Sub Kegiatan", rowspan=2), Head("Indikator Kinerja", rowspan=2),
               Head("Rencana Tahun 2025", colspan=4),
               Head("Prakiraan Maju Tahun 2026", colspan=2)),
              tuple(Head(h) for h in ("Lokasi", "Target Capaian Kinerja",
                                      "Kebutuhan Dana (Rp)", "Sumber Dana",
                                      "Target Capaian Kinerja", "Kebutuhan Dana (Rp)")))
    grid = Grid(header, (13, 30, 30, 10, 10, 13, 7, 10, 13), "lllccrccr",
                tuple(map(_printed, rows)),
                frozenset(n for n, r in enumerate(rows) if r[0] in ("", "program")),
                numbers=True)
    return grid, plan_items(Curated(COLUMNS, tuple(rows)), {"2025": 2025, "2026": 2026})


def build() -> tuple[Book, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The whole Renja and its plan_items truth (Tabel 4.1)."""
    plan, rows = _plan()
    body = [
        Sheet(prose.chapter("I", "PENDAHULUAN", Text("1.1 Latar Belakang", "h2"), Text(
            "Rencana Kerja Perangkat Daerah (Renja) merupakan dokumen perencanaan tahunan "
            "yang memuat program, kegiatan dan sub kegiatan beserta indikator, target dan "
            "pagu indikatifnya, disusun dengan berpedoman pada Renstra dan Rencana Kerja "
            "Pemerintah Daerah (RKPD) Kota Sukabumi Tahun 2025."),
            Text("1.2 Maksud dan Tujuan", "h2"), Text(
            "Renja dimaksudkan sebagai acuan penyusunan Rencana Kerja dan Anggaran serta "
            "alat pengendalian pelaksanaan pembangunan bidang pemberdayaan perempuan dan "
            "perlindungan anak.")), entry=prose.entry("I", "PENDAHULUAN")),
        Sheet(prose.chapter("II", "HASIL EVALUASI RENJA TAHUN LALU", Text(
            "Realisasi anggaran dan keadaan pegawai sampai dengan tahun 2023 disajikan "
            "pada tabel berikut."), prose.realisation("2.1", 2019, 3_182_400_000),
            prose.staff("2.2", 5)), entry=prose.entry("II", "HASIL EVALUASI RENJA TAHUN LALU")),
        Sheet(prose.chapter("III", "TUJUAN DAN SASARAN PERANGKAT DAERAH", Text(
            "Tujuan perangkat daerah adalah meningkatnya kualitas hidup perempuan dan "
            "perlindungan anak, dengan sasaran menurunnya kasus kekerasan terhadap "
            "perempuan dan anak serta meningkatnya peran perempuan dalam pembangunan.")),
            entry=prose.entry("III", "TUJUAN DAN SASARAN PERANGKAT DAERAH")),
        *continued("4.1", "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2025 "
                   "dan Prakiraan Maju Tahun 2026", plan, PLAN_PAGES, landscape=True,
                   before=prose.chapter("IV", "RENCANA KERJA DAN PENDANAAN"),
                   entry=prose.entry("IV", "RENCANA KERJA DAN PENDANAAN")),
        Sheet(prose.chapter("V", "PENUTUP", Text(
            "Renja ini menjadi pedoman pelaksanaan program dan kegiatan tahun 2025. "
            "Perubahan pagu akan disesuaikan melalui mekanisme perubahan anggaran."), SIGN),
            entry=prose.entry("V", "PENUTUP")),
    ]
    doc = book("renja_sukabumi_2025", ((215, 330), "LiberationSans", 7, 18),
               prose.cover(KIND, AGENCY, REGION, "SUKABUMI, 2024"),
               prose.foreword("Rencana Kerja Tahun 2025", AGENCY, REGION, SIGN), body,
               "Hal. {n}")
    info = DocumentTruth("renja", " ".join(KIND), AGENCY, REGION, None, 2025, 2025)
    return doc, info, (("plan_items", rows),)
