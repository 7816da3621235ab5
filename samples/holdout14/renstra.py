"""Renstra 2025–2029 of the Dinas Sosial Kabupaten Minahasa: a workbook of two sheets
printed by LibreOffice Calc "fit to width" on A4 landscape (Arial 8 pt → about 5.5 pt).

Sheet "T-C.25": title block, Tabel 4.2 tujuan / sasaran targets (tujuan merged over its
rows; targets right-aligned as a spreadsheet shows typed numbers, Indonesian decimal comma:
``86,0%``, ``34,5``, ``68,20``), a sentence of running text. Sheet "T-C.27": Tabel 6.1
program / kegiatan / sub kegiatan funding for 2025–2029, one Target | Rp pair per year
with a borderless spacer column between the years; the code in one column as the seed
prints it (``1.06.04.02.01.0001``); targets typed as text ``75.5 %``; amounts with
thousands dots and zero shown ``0``; a shaded "Jumlah Program" row under every program
and a closing TOTAL row; the header rows repeat on every page; signature.

Data: Tabel 4.2 = ``renstra_t44`` with its 2020–2024 columns re-dated 2025–2029 (its 2019
column is not printed), "Kota Layak Anak" → "Kabupaten Layak Anak". Tabel 6.1 = urusan
1.06 of ``renja2023_kode``; sub kegiatan pagu = seed × 1.05 / 1.10 / 1.15 / 1.21 / 1.27
rounded to a thousand, sums upwards. Invented: every target, and the end of one sub
kegiatan after 2026 (target ``-``, Rp ``0`` in 2027–2029).
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.common import SPAN_LEFT
from samples.curated import Curated
from samples.derive import relocate
from samples.families import KEGIATAN, PROGRAM, SUB, plan_items, renstra_targets
from samples.holdout5 import data
from samples.holdout6.model import Head
from samples.holdout14.sheet import Book, Grid, Sheet
from samples.sample import DocumentTruth

AGENCY = "Dinas Sosial"
REGION = "Kabupaten Minahasa"
HEADING = ("RENCANA STRATEGIS (RENSTRA) PERANGKAT DAERAH TAHUN 2025-2029",
           "DINAS SOSIAL KABUPATEN MINAHASA")
YEARS = {2025: 1.05, 2026: 1.10, 2027: 1.15, 2028: 1.21, 2029: 1.27}
SEED_YEARS = {"y2020": 2025, "y2021": 2026, "y2022": 2027, "y2023": 2028, "y2024": 2029}
ENDS = "1.06.07.02.01.0001"
"""A one-off rehabilitation, funded in 2025 and 2026 only."""
MONEY = "[$-421]#,##0"
GAP = 1.2


def _shown(cell: str) -> str:
    """A seed target as Calc shows the typed number: ``86%`` → ``86,0%``, ``34.5`` →
    ``34,5``; words (``Madya``, ``N/A``) stay text."""
    if cell.endswith("%"):
        return f"{cell[:-1]},0%"
    return cell.replace(".", ",") if cell[:1].isdigit() else cell


def _targets() -> tuple[Grid, list[dict[str, object]]]:
    """Tabel 4.2 and its renstra_targets rows."""
    seed = relocate(curated.load("renstra_t44"), {"Kota Layak Anak": "Kabupaten Layak Anak"})
    keys = ("no", "tujuan", "sasaran", "indikator", *SEED_YEARS)
    shown = Curated(seed.columns, tuple(
        tuple(_shown(c) if k in SEED_YEARS and c != curated.MERGED else c
              for k, c in zip(seed.columns, row, strict=True)) for row in seed.rows))
    body = tuple(tuple(row[shown.column(k)] for k in keys) for row in shown.rows)
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("Sasaran", rowspan=2),
               Head("Indikator Tujuan / Sasaran", rowspan=2),
               Head("Target Kinerja Tahun ke-", colspan=5)),
              tuple(Head(str(y)) for y in SEED_YEARS.values()))
    grid = Grid(header, body, ("",) * len(keys),
                caption=("Tabel 4.2 Tujuan dan Sasaran Jangka Menengah Pelayanan Perangkat "
                         "Daerah",))
    return grid, renstra_targets(shown, SEED_YEARS)


def _target(level: str, indikator: str, n: int, year: int) -> str:
    """Typed text: ``75.5 %`` for programs and kegiatan, counts for sub kegiatan, one
    step a year."""
    step = year - 2025
    if level == PROGRAM:
        return f"{70 + n % 4 + step}.5 %"
    if level == KEGIATAN:
        return f"{84 + n % 3 + step}.0 %"
    unit = data.satuan(indikator)
    if unit in ("Dokumen", "Laporan"):
        return f"{1 + n % 2} {unit}"
    return f"{30 + n * 13 % 120 + 5 * step} {unit}"


def _funding() -> tuple[tuple[tuple[str, ...], ...], list[tuple[str, ...]]]:
    """Tabel 6.1's printed rows and its curated rows (level, code, name, indikator, then
    target and budget per year), with a "Jumlah Program" row under each program."""
    items = data.items("1.06")
    money = {}
    for year, factor in YEARS.items():
        subs = [0 if r["code"] == ENDS and year > 2026 else data.grown(int(r["budget"]), factor)
                for r in items if r["level"] == SUB]
        money[year] = data.rollup(items, subs)
    programs = [n for n, r in enumerate(items) if r["level"] == PROGRAM]
    rows: list[tuple[str, ...]] = []
    for n, item in enumerate(items):
        values = []
        for year in YEARS:
            ended = item["code"] == ENDS and year > 2026
            values += ["-" if ended else _target(item["level"], item["indikator"], n, year),
                       str(money[year][n])]
        rows.append((item["level"], item["code"], item["name"], item["indikator"], *values))
        if n + 1 == len(items) or items[n + 1]["level"] == PROGRAM:
            program = max(p for p in programs if p <= n)
            sums = [c for year in YEARS for c in ("", str(money[year][program]))]
            rows.append(("", "Jumlah Program", "", "", *sums))
    total = [c for year in YEARS for c in ("", str(sum(money[year][p] for p in programs)))]
    rows.append(("", "TOTAL", "", "", *total))
    printed = []
    for row in rows:
        head = row[1:4] if row[0] else (row[1], SPAN_LEFT, SPAN_LEFT)
        cells = list(head)
        for i in range(len(YEARS)):
            cells += ([""] if i else []) + list(row[4 + 2 * i:6 + 2 * i])
        printed.append(tuple(cells))
    return tuple(printed), rows


def build() -> Built:
    """The workbook and its truth: renstra_targets (Tabel 4.2), plan_items (Tabel 6.1)."""
    targets, target_rows = _targets()
    body, rows = _funding()
    years = list(YEARS)
    first = [Head("Kode", rowspan=2), Head("Program / Kegiatan / Sub Kegiatan", rowspan=2),
             Head("Indikator Kinerja", rowspan=2)]
    second: list[Head] = []
    for i, year in enumerate(years):
        first += ([Head("", rowspan=2)] if i else []) + [Head(f"Tahun {year}", colspan=2)]
        second += [Head("Target"), Head("Rp")]
    bold = frozenset(n for n, r in enumerate(rows) if r[0] in ("", PROGRAM))
    shaded = frozenset(n for n, r in enumerate(rows) if not r[0])
    gaps = frozenset(3 + 2 + 3 * i for i in range(len(years) - 1))
    formats = tuple("" if c < 3 or c in gaps or (c - 3) % 3 == 0 else MONEY
                    for c in range(len(body[0])))
    funding = Grid((tuple(first), tuple(second)), body, formats, numbers=False, bold=bold,
                   shaded=shaded,
                   caption=("Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan "
                            "Perangkat Daerah Tahun 2025-2029",))
    widths_6 = (16, 42, 44, *[w for i in range(5) for w in ((GAP,) if i else ()) + (9.5, 13)])
    align_6 = "lll" + "".join(("c" if i else "") + "rr" for i in range(5))
    sheet_4 = Sheet("T-C.25", (3.5, 34, 40, 44, 10, 10, 10, 10, 10), "clll" + "r" * 5,
                    (targets, "Target kinerja tujuan dan sasaran di atas menjadi acuan "
                     "penyusunan program, kegiatan dan sub kegiatan pada Tabel 6.1."),
                    heading=HEADING, repeat=0)
    sheet_6 = Sheet("T-C.27", widths_6, align_6, (funding,),
                    sign=("Tondano, 20 Februari 2025", "KEPALA DINAS SOSIAL", "", "",
                          "JOHNY F. RUMENGAN, S.Sos., M.Si.", "Pembina Tingkat I",
                          "NIP. 19730218 199903 1 004"),
                    repeat=0, gaps=gaps)
    book = Book("renstra_minahasa_2025_2029", (sheet_4, sheet_6), paper=9, size=8,
                header_fill="375623", shade="E2EFDA")
    columns = ("level", "code", "name", "indikator",
               *(f"{k}_{y}" for y in years for k in ("target", "budget")))
    plan = Curated(columns, tuple(r if r[0] else ("", "", *r[2:]) for r in rows))
    info = DocumentTruth("renstra", HEADING[0], AGENCY, REGION, None, 2025, 2029)
    return book, info, (("renstra_targets", target_rows),
                        ("plan_items", plan_items(plan, {str(y): y for y in years})))
