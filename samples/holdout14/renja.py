"""Renja 2027 of the Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten
Lamongan: the Permendagri 86/2017 program table kept as ONE Excel sheet and printed by
LibreOffice Calc "fit to width" on Legal landscape (Arial 8 pt → about 5.7 pt).

Look: the code split over five narrow columns under a "Kode" band (Urusan | Bidang |
Program | Kegiatan | Sub Kegiatan, all parts printed on every row); dark header band with
white bold text and a ``(1) … (13)`` row, repeated on every page; "Rencana Tahun 2027" and
"Prakiraan Maju Tahun 2028" separated by a borderless spacer column; 2027 targets of
programs and kegiatan typed as numbers shown ``82,5%``, 2028 targets typed as text
``83.5 %``; amounts right-aligned with thousands dots; a shaded "Sub Total Program" row
under every program, bold urusan rows and a closing "JUMLAH TOTAL" row.

Items: urusan 1.06 and 2.08 of ``renja2023_kode`` (seed 001's names and indicators, codes
in canonical parts). 2027 pagu = seed amount × 1.08, 2028 = × 1.15, rounded to a thousand;
programs, kegiatan, urusan, sub-total and total rows print sums. Invented: targets, lokasi,
sumber dana, and one sub kegiatan that ends in 2027 (2028 target ``-``, pagu typed 0 and
printed ``-`` → null in the truth).
"""

from __future__ import annotations

from samples.blind import Built
from samples.common import SPAN_LEFT
from samples.curated import Curated
from samples.families import KEGIATAN, PROGRAM, SUB, plan_items
from samples.holdout5 import data
from samples.holdout6.model import Head
from samples.holdout14.sheet import Book, Grid, Sheet
from samples.sample import DocumentTruth
from samples.values import canonical_code

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kabupaten Lamongan"
HEADING = ("RENCANA KERJA PERANGKAT DAERAH TAHUN 2027", AGENCY.upper(), REGION.upper())
URUSAN = {"1.06": "URUSAN PEMERINTAHAN BIDANG SOSIAL",
          "2.08": "URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"}
FACTORS = (1.08, 1.15)
ENDS = "1.06.07.02.01.0001"
"""The sub kegiatan (a one-off rehabilitation) planned for 2027 only."""
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target_2027", "budget_2027",
           "sumber", "target_2028", "budget_2028")
PERCENT = "[$-421]0.0%"
MONEY = '[$-421]#,##0;-#,##0;"-"'
FORMATS = ("", "", "", "", "", "", "", "", PERCENT, MONEY, "", "", "", MONEY)
WIDTHS = (4.2, 4.2, 4.2, 5.6, 6.4, 52, 54, 21, 13, 20, 11, 1.6, 13, 20)
HEADER = (
    (Head("Kode", colspan=5),
     Head("Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan", rowspan=2),
     Head("Indikator Kinerja Program / Kegiatan / Sub Kegiatan", rowspan=2),
     Head("Rencana Tahun 2027", colspan=4), Head("", rowspan=2),
     Head("Prakiraan Maju Tahun 2028", colspan=2)),
    (Head("U"), Head("B"), Head("P"), Head("K"), Head("SK"), Head("Lokasi"),
     Head("Target Kinerja"), Head("Pagu Indikatif (Rp)"), Head("Sumber Dana"),
     Head("Target Kinerja"), Head("Kebutuhan Dana (Rp)")),
)
LOKASI = ("Kabupaten Lamongan", "27 Kecamatan", "UPT Rehabilitasi Sosial")
SUMBER = ("DAU", "PAD", "DBHCHT")


def _parts(code: str) -> tuple[str, ...]:
    """The canonical code in the five printed columns (``2.01`` holds authority and
    kegiatan), blank where the level has no such part."""
    parts = (canonical_code(code) or "").split(".")
    cells = [*parts[:3], ".".join(parts[3:5]), "".join(parts[5:])]
    return tuple((cells + [""] * 5)[:5])


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """2027: percentages typed as numbers (``82,5%``); 2028: typed text (``83.5 %``);
    sub kegiatan: a count in the indicator's unit."""
    if level in (PROGRAM, KEGIATAN):
        base = 78 + n % 5 if level == PROGRAM else 88 + n % 4
        return f"{base + 1}.5 %" if later else f"{base},5%"
    unit = data.satuan(indikator)
    count = (n % 3 + 1 if unit in ("Dokumen", "Laporan") else 25 + n * 17 % 150)
    return f"{count + (5 if later and unit == 'Orang' else 0)} {unit}"


def _urusan(urusan: str) -> list[tuple[str, ...]]:
    """One urusan's curated rows: its group row, items, and a sub-total per program."""
    items = data.items(urusan)
    subs = [int(r["budget"]) for r in items if r["level"] == SUB]
    first = data.rollup(items, [data.grown(b, FACTORS[0]) for b in subs])
    later_subs = [0 if r["code"] == ENDS else data.grown(int(r["budget"]), FACTORS[1])
                  for r in items if r["level"] == SUB]
    later = data.rollup(items, later_subs)
    programs = [n for n, r in enumerate(items) if r["level"] == PROGRAM]
    rows = [("", urusan, URUSAN[urusan], "", "", "", str(sum(first[n] for n in programs)),
             "", "", str(sum(later[n] for n in programs)))]
    kegiatan = -1
    for n, item in enumerate(items):
        level = item["level"]
        kegiatan += level == KEGIATAN
        ended = item["code"] == ENDS
        rows.append((level, item["code"], item["name"], item["indikator"],
                     LOKASI[kegiatan % 3] if level == SUB else "",
                     _target(level, item["indikator"], n, False), str(first[n]),
                     SUMBER[kegiatan % 3] if level == SUB else "",
                     "-" if ended else _target(level, item["indikator"], n, True),
                     str(later[n])))
        if n + 1 == len(items) or items[n + 1]["level"] == PROGRAM:
            program = max(p for p in programs if p <= n)
            rows.append(("", "Sub Total Program", "", "", "", "", str(first[program]), "",
                         "", str(later[program])))
    return rows


def _printed(row: tuple[str, ...]) -> tuple[str, ...]:
    """A curated row as its 14 sheet cells (labels of sub-total / total rows span the code
    and name columns)."""
    _, code, name, indikator, lokasi, target, pagu, sumber, later, later_pagu = row
    labelled = not code[0].isdigit()
    head = (code, *(SPAN_LEFT,) * 6) if labelled else (*_parts(code), name, indikator)
    return (*head, lokasi, target, pagu, sumber, "", later, later_pagu)


def _truth(row: tuple[str, ...]) -> tuple[str, ...]:
    """The curated row the truth reads: ``code_raw`` is the printed parts joined
    (canonical form); a zero pagu, which the accounting format prints ``-``, has no
    amount (null), like any ``-`` in a money cell."""
    level, code, *rest = row
    budget = COLUMNS.index("budget_2028")
    cells = [level, (canonical_code(code) or "") if level else "", *rest]
    if level and cells[budget] == "0":
        cells[budget] = ""
    return tuple(cells)


def build() -> Built:
    """The sheet and its plan_items truth (one row per item per year)."""
    rows = [*_urusan("1.06"), *_urusan("2.08")]
    urusan = [r for r in rows if r[1] in URUSAN]
    rows.append(("", "JUMLAH TOTAL", "", "", "", "", str(sum(int(r[6]) for r in urusan)), "",
                 "", str(sum(int(r[9]) for r in urusan))))
    body = tuple(_printed(r) for r in rows)
    bold = frozenset(n for n, r in enumerate(rows) if r[0] in ("", PROGRAM))
    shaded = frozenset(n for n, r in enumerate(rows) if r[0] == "" and r[1] not in URUSAN)
    grid = Grid(HEADER, body, FORMATS, numbers=True, bold=bold, shaded=shaded,
                caption=("Tabel 3.1 Rencana Program, Kegiatan dan Sub Kegiatan Perangkat Daerah "
                         "Tahun 2027 dan Prakiraan Maju Tahun 2028",))
    sheet = Sheet("Renja 2027", WIDTHS, "cccccllcrrcccr", (grid,), heading=HEADING,
                  sign=("Lamongan, 12 Juni 2026", "KEPALA DINAS", "", "",
                        "Dra. ANIK SETYOWATI, M.M.", "Pembina Utama Muda",
                        "NIP. 19690823 199403 2 007"),
                  repeat=0, gaps=frozenset({11}))
    book = Book("renja_lamongan_2027", (sheet,), paper=5, size=8, header_fill="305496")
    plan = Curated(COLUMNS, tuple(_truth(r) for r in rows))
    info = DocumentTruth("renja", HEADING[0], AGENCY, REGION, None, 2027, 2027)
    return book, info, (("plan_items", plan_items(plan, {"2027": 2027, "2028": 2028})),)
