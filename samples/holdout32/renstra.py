"""Renstra 2025–2029 of the Dinas Sosial Kabupaten Banggai (Sulawesi Tengah), "Tabel 6.1
Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif", drawn with reportlab
(``holdout6.draw``: full grid, header repeated on every page) on **A4 portrait**, Liberation
Sans 5.4 pt.

Columns: "Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja", a band "Target
Kinerja" and a band "Pagu Indikatif" each over five year columns whose headers
``2025 … 2029`` are printed **rotated 90°** (read bottom-up), as a portrait page fits
thirteen columns. The pagu cells are bare numbers like ``984,18``: only the caption's
second line, **"(Satuan: Rp juta)"**, says they are millions. Programs bold; "Hal. n".

Data: the 1.06 items of ``renja2023_kode`` (codes, names, indicators). Sub kegiatan pagu =
seed × the year's factor, rounded to Rp 10.000 (exact in juta with two decimals); programs
and kegiatan sum their sub kegiatan. **Invented**: region, factors, targets, signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import PROGRAM, SUB, plan_items
from samples.holdout5.data import items, rollup
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout32.money import juta
from samples.holdout32.targets import target
from samples.sample import DocumentTruth

MONEY = juta
AGENCY = "Dinas Sosial"
REGION = "Kabupaten Banggai"
HEADING = ("RENCANA STRATEGIS (RENSTRA) TAHUN 2025-2029", AGENCY.upper(), REGION.upper())
FACTORS = {"2025": 1.00, "2026": 1.05, "2027": 1.10, "2028": 1.16, "2029": 1.22}
"""Each year's pagu against the seed amount."""
SAYS = ("(Satuan:", "Rp", "juta)", *FACTORS)
"""Printed words the table's meaning hangs on (the self-check looks for them)."""


def _rows() -> list[tuple[str, ...]]:
    """(level, code, name, indikator, target × 5, pagu × 5) in printed order."""
    rows = items("1.06")
    seed = [int(r["budget"]) for r in rows if r["level"] == SUB]
    pagu = [rollup(rows, [round(b * f / 10_000) * 10_000 for b in seed])
            for f in FACTORS.values()]
    return [(r["level"], r["code"], r["name"], r["indikator"],
             *(target(r["level"], r["indikator"], n, step) for step in range(len(FACTORS))),
             *(str(year[n]) for year in pagu))
            for n, r in enumerate(rows)]


def build() -> Built:
    """The document and its plan_items truth (one row per item per year)."""
    rows = _rows()
    years = tuple(FACTORS)
    columns = ("level", "code", "name", "indikator", *(f"target_{y}" for y in years),
               *(f"budget_{y}" for y in years))
    header = ((Head("Kode", rowspan=2), Head("Program / Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Indikator Kinerja", rowspan=2), Head("Target Kinerja", colspan=5),
               Head("Pagu Indikatif", colspan=5)),
              tuple(Head(y, rotate=True) for y in years * 2))
    body = tuple((*r[1:9], *(juta(int(b)) for b in r[9:])) for r in rows)
    table = Table(header, (16.5, 22, 23, *(9.2,) * 5, *(8,) * 5), "lll" + "c" * 5 + "r" * 5,
                  body, bold=frozenset(n for n, r in enumerate(rows) if r[0] == PROGRAM),
                  caption=("Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan "
                           "Indikatif", "(Satuan: Rp juta)"))
    doc = Document("renstra_banggai_2025_2029",
                   Page(210, 297, "LiberationSans", 5.4, margin_mm=12,
                        page_numbers="Hal. {n}"),
                   HEADING, (table,),
                   ("Luwuk, 12 Mei 2025", "KEPALA DINAS SOSIAL", "KABUPATEN BANGGAI", "", "",
                    "Drs. MOH. RIZAL LAPANDJANG, M.Si.", "Pembina Utama Muda",
                    "NIP. 19690822 199403 1 006"))
    truth = plan_items(Curated(columns, tuple(rows)), {y: int(y) for y in years})
    info = DocumentTruth("renstra", HEADING[0], AGENCY, REGION, None, 2025, 2029)
    return doc, info, (("plan_items", truth),)
