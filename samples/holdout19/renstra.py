"""Renstra 2025–2029 of the Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota
Pematangsiantar: "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan
Indikatif", printed by headless Chromium (``web``), F4 landscape, Liberation Sans 6 pt.

The hierarchy is printed as rows of ONE column, "Program / Kegiatan / Sub Kegiatan",
WITHOUT any code column: a program row is bold and flush left, a kegiatan row is regular
and indented one step, a sub kegiatan row regular and indented two steps. Five year groups
(Target | Pagu (Rp)) follow the indicator; every item has a target and a pagu in every
year.

Data: seed 001's urusan 2.08 items (names and indicators; ``holdout5.data.items``), the
sub kegiatan pagu grown from the seed amount by 1.00, 1.04, 1.08, 1.12 and 1.16 for
2025–2029 (rounded to thousands, ``holdout5.data.grown``), programs and kegiatan summing
their sub kegiatan (``holdout5.data.rollup``). **Invented**: region, agency wording, years,
targets.
"""

from __future__ import annotations

from samples.curated import Curated
from samples.families import KEGIATAN, PROGRAM, SUB, Row, plan_items
from samples.holdout5.data import grown, items, rollup, satuan
from samples.holdout6.model import Document, Head, Page
from samples.holdout19.web import Outline
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Pematangsiantar"
YEARS = {2025: 1.00, 2026: 1.04, 2027: 1.08, 2028: 1.12, 2029: 1.16}
DEPTH = {PROGRAM: 0, KEGIATAN: 1, SUB: 2}
PAGE = Page(330, 215, "LiberationSans", 6, margin_mm=10, page_numbers="- {n} -")
HEADING = ("RENCANA STRATEGIS (RENSTRA) PERANGKAT DAERAH TAHUN 2025-2029",
           "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
           "KOTA PEMATANGSIANTAR")


def _target(level: str, indikator: str, n: int, step: int) -> str:
    if level == PROGRAM:
        return f"{70 + 2 * (n % 3) + 3 * step}%"
    if level == KEGIATAN:
        return f"{80 + 4 * step}%"
    return f"{10 + 2 * (n % 4) + step} {satuan(indikator)}"


def _plan() -> Curated:
    """Item rows with a target and a pagu per year (integer rupiah)."""
    rows = items("2.08")
    subs = [int(r["budget"]) for r in rows if r["level"] == SUB]
    pagu = {year: rollup(rows, [grown(b, f) for b in subs]) for year, f in YEARS.items()}
    columns = ("level", "name", "indikator",
               *(f"{k}_{year}" for year in YEARS for k in ("target", "budget")))
    return Curated(columns, tuple(
        (r["level"], r["name"], r["indikator"],
         *(v for step, year in enumerate(YEARS)
           for v in (_target(r["level"], r["indikator"], n, step), str(pagu[year][n]))))
        for n, r in enumerate(rows)))


def _table(data: Curated) -> Outline:
    header = ((Head("Program / Kegiatan / Sub Kegiatan", rowspan=3),
               Head("Indikator Kinerja Program (Outcome) / Kegiatan dan Sub Kegiatan (Output)",
                    rowspan=3),
               Head("Target Kinerja dan Pendanaan Indikatif", colspan=2 * len(YEARS))),
              tuple(Head(f"Tahun {year}", colspan=2) for year in YEARS),
              tuple(Head(t) for _ in YEARS for t in ("Target", "Pagu (Rp)")))
    rows = data.filled()
    body = tuple((r["name"], r["indikator"],
                  *(v for year in YEARS
                    for v in (r[f"target_{year}"], dots(int(r[f"budget_{year}"])))))
                 for r in rows)
    return Outline(header, (24, 26, *(5.2, 8.6) * len(YEARS)),
                   "ll" + "cr" * len(YEARS), body,
                   bold=frozenset(n for n, r in enumerate(rows) if r["level"] == PROGRAM),
                   indent=tuple(DEPTH[r["level"]] for r in rows), indented=0)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (one row per item per year)."""
    data = _plan()
    doc = Document("renstra_pematangsiantar_2025_2029", PAGE, HEADING,
                   ("Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif "
                    "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Pematangsiantar "
                    "Tahun 2025-2029", _table(data)),
                   ("Pematangsiantar, 14 Maret 2025", "KEPALA DINAS PEMBERDAYAAN PEREMPUAN",
                    "DAN PERLINDUNGAN ANAK", "KOTA PEMATANGSIANTAR", "", "",
                    "Dra. ROSMAULI SIHOMBING, M.Si.", "Pembina Tingkat I",
                    "NIP. 19720305 199803 2 006"))
    info = DocumentTruth("renstra", " ".join(HEADING), AGENCY, REGION, None, 2025, 2029)
    return doc, info, (("plan_items", plan_items(data, {str(y): y for y in YEARS})),)
