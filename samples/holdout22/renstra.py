"""Renstra 2025-2029 of the Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Bontang:
its T-C.27 table (target and pagu for five years) too wide for A4 landscape at 7 pt,
printed by a spreadsheet "across then down" (``paper.Across``), Liberation Sans.

Left band (pages 1, 3, …): "Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja |
Kondisi Kinerja Awal (2024)", "Target Kinerja dan Kerangka Pendanaan" over "Tahun 2025",
"Tahun 2026", each "Target | Rp". Right band (pages 2, 4, …) for the same rows: the Kode
and name columns repeated (print titles), the band continued over 2027, 2028, 2029, then
"Kondisi Kinerja pada Akhir Periode Renstra" (Target | Rp). Programs bold.

Data: seed 001's urusan 2.08 items with official codes (``holdout5.data.items``); pagu =
seed × 1.00 / 1.05 / 1.10 / 1.16 / 1.22 for 2025-2029 (``holdout5.data.grown``,
programs and kegiatan summing their sub kegiatan). **Invented**: region, period, every
target (``_target``), kondisi awal, signatory.
"""

from __future__ import annotations

from samples.curated import Curated
from samples.families import PROGRAM, SUB, Row, plan_items
from samples.holdout5.data import grown, items, rollup
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout22.paper import Across
from samples.sample import DocumentTruth
from samples.values import canonical_code, dots

AGENCY = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Bontang"
HEADING = ("RENCANA STRATEGIS (RENSTRA) TAHUN 2025-2029", AGENCY.upper(), REGION.upper())
GROWTH = {2025: 1.00, 2026: 1.05, 2027: 1.10, 2028: 1.16, 2029: 1.22}
LEFT_YEARS, RIGHT_YEARS = (2025, 2026), (2027, 2028, 2029)
BAND = "Target Kinerja dan Kerangka Pendanaan"
LATER = None
"""Every page in the first page's geometry."""


def _target(level: str, n: int, year: int) -> str:
    """Percent for programs and kegiatan, a count for sub kegiatan, rising each year."""
    step = year - 2024
    if level == SUB:
        return f"{30 + 5 * (n % 5) + 3 * step} Orang"
    return f"{68 + 2 * (n % 4) + 2 * step}%"


def _plan() -> tuple[list[dict[str, str]], dict[int, list[int]]]:
    rows = [{**r, "code": canonical_code(r["code"]) or r["code"]} for r in items("2.08")]
    subs = [int(r["budget"]) for r in rows if r["level"] == SUB]
    return rows, {y: rollup(rows, [grown(b, f) for b in subs]) for y, f in GROWTH.items()}


def _pairs(level: str, n: int, pagu: dict[int, list[int]], years: tuple[int, ...]
           ) -> list[str]:
    return [cell for y in years for cell in (_target(level, n, y), dots(pagu[y][n]))]


def _bands(rows: list[dict[str, str]], pagu: dict[int, list[int]]) -> Across:
    left, right = [], []
    for n, r in enumerate(rows):
        titles = [r["code"], r["name"]]
        left.append((*titles, r["indikator"], _target(r["level"], n, 2024),
                     *_pairs(r["level"], n, pagu, LEFT_YEARS)))
        right.append((*titles, *_pairs(r["level"], n, pagu, RIGHT_YEARS),
                      _target(r["level"], n, 2029), dots(sum(p[n] for p in pagu.values()))))
    titles = (Head("Kode", rowspan=3), Head("Program / Kegiatan / Sub Kegiatan", rowspan=3))
    pair = (Head("Target"), Head("Rp"))
    bold = frozenset(n for n, r in enumerate(rows) if r["level"] == PROGRAM)
    left_head = ((*titles, Head("Indikator Kinerja", rowspan=3),
                  Head("Kondisi Kinerja Awal (2024)", rowspan=3), Head(BAND, colspan=4)),
                 tuple(Head(f"Tahun {y}", colspan=2) for y in LEFT_YEARS), pair * 2)
    right_head = ((*titles, Head(BAND, colspan=6),
                   Head("Kondisi Kinerja pada Akhir Periode Renstra", colspan=2, rowspan=2)),
                  tuple(Head(f"Tahun {y}", colspan=2) for y in RIGHT_YEARS), pair * 4)
    caption = ("Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan, Indikator Kinerja dan "
               "Pendanaan Indikatif",)
    return Across(Table(left_head, (15, 40, 40, 12, 10, 16, 10, 16), "lllccrcr",
                        tuple(left), bold=bold, caption=caption),
                  Table(right_head, (15, 40, 10, 16, 10, 16, 10, 16, 10, 17), "llcrcrcrcr",
                        tuple(right), bold=bold))


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth: one row per item per year 2025-2029; the
    kondisi awal and kondisi akhir columns give no row."""
    rows, pagu = _plan()
    columns = ("level", "code", "name", "indikator",
               *(f"{k}_{y}" for y in GROWTH for k in ("target", "budget")))
    data = Curated(columns, tuple(
        (r["level"], r["code"], r["name"], r["indikator"],
         *(c for y in GROWTH for c in (_target(r["level"], n, y), str(pagu[y][n]))))
        for n, r in enumerate(rows)))
    doc = Document("renstra_bontang_2025_2029",
                   Page(297, 210, "LiberationSans", 7, margin_mm=12,
                        page_numbers="Halaman {n}"),
                   HEADING, (_bands(rows, pagu),),
                   ("Bontang, 14 Maret 2025", "KEPALA DINAS PEMBERDAYAAN PEREMPUAN",
                    "DAN PERLINDUNGAN ANAK KOTA BONTANG", "", "",
                    "Dra. SITI MAEMUNAH HASAN, M.AP.", "Pembina Utama Muda",
                    "NIP. 19710309 199603 2 002"))
    info = DocumentTruth("renstra", " ".join(HEADING), AGENCY, REGION, None, 2025, 2029)
    return doc, info, (("plan_items", plan_items(data, {str(y): y for y in GROWTH})),)
