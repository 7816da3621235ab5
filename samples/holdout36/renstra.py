"""Renstra 2025–2029 of the Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota
Gorontalo, Tabel 6.1 (T-C.27), exported from a LibreOffice Calc workbook
(``holdout11.calcgrid``: every cell boxed, header rows repeated on each page as Calc's
"rows to repeat" — the frozen title rows of the sheet), A3 landscape, Liberation Sans 8 pt.

Columns: "Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja", the band "Target
Kinerja dan Kerangka Pendanaan" over "Tahun 2025" … "Tahun 2029", each over "Target | Rp",
then "Lokasi". Each program closes with a **"Jumlah Program …" subtotal row** (label
merged over Kode to Indikator, amounts per year) and the table with **"JUMLAH TOTAL"**.
Amounts are typed by hand as text: most as ``Rp 1.250.000.000``, every third sub kegiatan
as ``Rp 1250000000`` (no thousands separators, as pasted from SIPD).

Data: programs 1.06.04, 1.06.05 and 1.06.02 of ``renja2023_kode`` (``holdout5.data``): sub
kegiatan Rp = seed × 1.00, 1.05, 1.10, 1.15, 1.20 (whole thousands), programs and kegiatan
sum their sub kegiatan. **Invented**: targets, region, period, signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import PROGRAM, SUB, plan_items
from samples.holdout5.data import grown, items, rollup, satuan
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import canonical_code, rp_dots

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Gorontalo"
HEADING = ("RENCANA STRATEGIS PERANGKAT DAERAH TAHUN 2025-2029", AGENCY.upper(),
           REGION.upper())
YEARS = (2025, 2026, 2027, 2028, 2029)
GROWTH = (1.00, 1.05, 1.10, 1.15, 1.20)
PROGRAMS = ("1.06.04", "1.06.05", "1.06.02")
"""The programs this OPD's Renstra carries (the others sit with other OPD here)."""
COLUMNS = ("level", "code", "name", "indikator",
           *(f"{k}_{y}" for y in YEARS for k in ("target", "budget")), "lokasi")


def _target(level: str, indikator: str, n: int, step: int) -> str:
    """Programs a percentage rising a point a year, kegiatan full delivery, sub kegiatan a
    count in the indicator's unit rising by four a year."""
    if level == PROGRAM:
        return f"{80 + n % 3 + step}%"
    if level == SUB:
        return f"{20 + 5 * (n % 6) + 4 * step} {satuan(indikator)}"
    return "100%"


def _money(level: str, n: int, value: int) -> str:
    """``Rp 1.250.000.000``; every third sub kegiatan typed without separators."""
    return f"Rp {value}" if level == SUB and n % 3 == 0 else rp_dots(value)


def _label(name: str) -> str:
    """"Jumlah Program Rehabilitasi Sosial" for the seed's "REHABILITASI SOSIAL"."""
    return "Jumlah Program " + name.title().removeprefix("Program ").replace(" Dan ", " dan ")


def _rows() -> list[tuple[str, ...]]:
    """Curated rows in printed order; subtotal and total rows have a blank level (printed,
    counted in row_no, no plan item)."""
    plan = [r for r in items("1.06") if r["code"][:7] in PROGRAMS]
    plan.sort(key=lambda r: PROGRAMS.index(r["code"][:7]))
    seed = [int(r["budget"]) for r in plan if r["level"] == SUB]
    pagu = [rollup(plan, [grown(b, f) for b in seed]) for f in GROWTH]
    rows: list[tuple[str, ...]] = []
    for n, item in enumerate(plan):
        level = item["level"]
        cells = [c for y in range(len(YEARS))
                 for c in (_target(level, item["indikator"], n, y), str(pagu[y][n]))]
        rows.append((level, canonical_code(item["code"]) or "", item["name"],
                     item["indikator"], *cells, REGION))
        if n + 1 == len(plan) or plan[n + 1]["level"] == PROGRAM:
            start = max(m for m in range(n + 1) if plan[m]["level"] == PROGRAM)
            rows.append(("", "", _label(plan[start]["name"]), "",
                         *(c for y in range(len(YEARS)) for c in ("", str(pagu[y][start]))),
                         ""))
    totals = [sum(pagu[y][n] for n, r in enumerate(plan) if r["level"] == PROGRAM)
              for y in range(len(YEARS))]
    rows.append(("", "", "JUMLAH TOTAL", "", *(c for t in totals for c in ("", str(t))), ""))
    return rows


def _printed(n: int, row: tuple[str, ...]) -> tuple[str, ...]:
    """One body row: a total's label spans Kode to Indikator, amounts with ``Rp``."""
    level, code, name, indikator, *years, lokasi = row
    first = (name, "<", "<") if not level else (code, name, indikator)
    money = [_money(level, n, int(c)) if k % 2 else c for k, c in enumerate(years)]
    return (*first, *money, lokasi)


def build() -> Built:
    """The document and its plan_items truth (one row per item per year; the Jumlah
    rows are totals, not plan items)."""
    rows = _rows()
    header = ((Head("Kode", rowspan=3), Head("Program / Kegiatan / Sub Kegiatan", rowspan=3),
               Head("Indikator Kinerja", rowspan=3),
               Head("Target Kinerja dan Kerangka Pendanaan", colspan=10),
               Head("Lokasi", rowspan=3)),
              tuple(Head(f"Tahun {y}", colspan=2) for y in YEARS),
              tuple(Head(t) for _ in YEARS for t in ("Target", "Rp")))
    table = Table(header, (10, 22, 24, *(6, 10.5) * 5, 8), "lll" + "cr" * 5 + "c",
                  tuple(_printed(n, r) for n, r in enumerate(rows)),
                  bold=frozenset(n for n, r in enumerate(rows) if r[0] in ("", PROGRAM)))
    doc = Document("renstra_gorontalo_2025_2029",
                   Page(420, 297, "LiberationSans", 8, margin_mm=15,
                        page_numbers="Halaman {n}"),
                   (*HEADING, "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan "
                    "Pendanaan Indikatif"), (table,),
                   ("Gorontalo, 12 Maret 2025", "KEPALA DINAS", "", "",
                    "Dra. HJ. SRI WAHYUNI YUSUF, M.Si.", "Pembina Utama Muda",
                    "NIP. 19700821 199503 2 004"))
    truth = plan_items(Curated(COLUMNS, tuple(rows)), {str(y): y for y in YEARS})
    info = DocumentTruth("renstra", HEADING[0], AGENCY, REGION, None, 2025, 2029)
    return doc, info, (("plan_items", truth),)
