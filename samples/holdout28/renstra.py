"""Renstra 2025–2029 of the Bappeda Kota Palangka Raya, Tabel 6.1 (T-C.27) "Rencana Program,
Kegiatan, Sub Kegiatan dan Pendanaan Indikatif", a web page printed by headless Chromium
(``web.render_renstra``) on **A3 landscape** (no earlier set printed A3), Liberation Sans
7 pt, 19 columns.

Columns: "Kode | Urusan / Program / Kegiatan / Sub Kegiatan | Indikator Kinerja Program
(Outcome) / Kegiatan (Output) / Sub Kegiatan (Output) | Satuan | Kondisi Kinerja Awal RPJMD
(2024)", the band "Target Kinerja dan Kerangka Pendanaan" over **"Tahun 1 (2025)" …
"Tahun 5 (2029)"**, each over "Target | Rp", then "Kondisi Kinerja pada Akhir Periode
Renstra (2029)" (Target | Rp), "Perangkat Daerah Penanggung Jawab", "Lokasi"; three header
rows and ``1 … 19``, all in the repeated ``<thead>``. Targets are **bare numbers**
(``92,5``) whose unit is in the Satuan column (``%``, ``Dokumen``, ``Predikat``); two group
rows open the table (``5`` UNSUR PENUNJANG, ``5.01`` PERENCANAAN, the latter with yearly
totals); programs bold on pale blue.

Data: items of ``tables/bappeda_items.tsv`` (invented 5.01 nomenclature lines with their
targets, kondisi awal and bidang, see ``items``); Rp = seed 1.06 sub kegiatan × 2.0 ×
1.00 / 1.05 / 1.10 / 1.15 / 1.21 for 2025–2029 (whole thousands), programs and kegiatan
summed. Kondisi akhir = the 2029 target and the five-year total.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import PROGRAM, plan_items
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout28 import items
from samples.holdout28.agency import BAPPEDA
from samples.sample import DocumentTruth
from samples.values import dots

TITLE = "RENCANA STRATEGIS BADAN PERENCANAAN PEMBANGUNAN DAERAH"
STEM = "renstra_palangkaraya_2025_2029"
YEARS = (2025, 2026, 2027, 2028, 2029)
BASE = 2.0
GROWTH = (1.00, 1.05, 1.10, 1.15, 1.21)
GROUPS = (("5", "UNSUR PENUNJANG URUSAN PEMERINTAHAN"), ("5.01", "PERENCANAAN"))


def targets(row: dict[str, str]) -> list[str]:
    """The item's five yearly targets as typed (bare, the unit is its Satuan)."""
    return row["targets"].split()


def plan() -> tuple[list[dict[str, str]], list[list[int]]]:
    """The Bappeda's items and their Rp per plan year (shared with the Rencana Aksi)."""
    rows = items.load("bappeda_items", "1.06")
    return rows, [items.pagu(rows, BASE * g) for g in GROWTH]


def build() -> Built:
    """The document and its plan_items truth (one row per item per plan year; kondisi awal
    and akhir are baseline and summary and give none; group rows count in ``row_no``)."""
    rows, rp = plan()
    programs = [n for n, r in enumerate(rows) if r["level"] == PROGRAM]
    yearly = [sum(rp[y][n] for n in programs) for y in range(len(YEARS))]
    blank = ("",) * 2
    body = [(*GROUPS[0], "", "", "", *blank * 6, "", ""),
            (*GROUPS[1], "", "", "", *(c for t in yearly for c in ("", dots(t))), "",
             dots(sum(yearly)), "", "")]
    printed = [("", code, name, "", "", *blank * 5, "") for code, name in GROUPS]
    for n, row in enumerate(rows):
        money = [rp[y][n] for y in range(len(YEARS))]
        pairs = [c for t, m in zip(targets(row), money, strict=True) for c in (t, dots(m))]
        body.append((row["code"], row["name"], row["indikator"], row["satuan"], row["awal"],
                     *pairs, targets(row)[-1], dots(sum(money)), row["unit"], BAPPEDA.region))
        printed.append((row["level"], row["code"], row["name"], row["indikator"],
                        row["satuan"], *(c for t, m in zip(targets(row), money, strict=True)
                                         for c in (t, str(m))), BAPPEDA.region))
    columns = ("level", "code", "name", "indikator", "satuan",
               *(f"{k}_{y}" for y in YEARS for k in ("target", "budget")), "lokasi")
    header = ((Head("Kode", rowspan=3),
               Head("Urusan / Program / Kegiatan / Sub Kegiatan", rowspan=3),
               Head("Indikator Kinerja Program (Outcome) / Kegiatan (Output) / Sub Kegiatan "
                    "(Output)", rowspan=3),
               Head("Satuan", rowspan=3),
               Head("Kondisi Kinerja Awal RPJMD (2024)", rowspan=3),
               Head("Target Kinerja dan Kerangka Pendanaan", colspan=10),
               Head("Kondisi Kinerja pada Akhir Periode Renstra (2029)", colspan=2,
                    rowspan=2),
               Head("Perangkat Daerah Penanggung Jawab", rowspan=3),
               Head("Lokasi", rowspan=3)),
              tuple(Head(f"Tahun {i} ({y})", colspan=2) for i, y in enumerate(YEARS, 1)),
              tuple(Head(t) for _ in range(6) for t in ("Target", "Rp")),
              tuple(Head(str(n)) for n in range(1, 20)))
    table = Table(header, (13, 21, 24, 8.5, 7.5, *(5.5, 10) * 6, 9, 9), "lllcc" + "cr" * 6 + "cc",
                  tuple(body),
                  bold=frozenset({0, 1, *(n + 2 for n in programs)}),
                  caption=("Tabel 6.1", "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan "
                           "Indikatif Badan Perencanaan Pembangunan Daerah Kota Palangka Raya"))
    doc = Document(STEM,
                   Page(420, 297, "LiberationSans", 7, margin_mm=14,
                        page_numbers="Halaman {n}"),
                   (TITLE, BAPPEDA.region.upper(), "TAHUN 2025-2029"),
                   ("Program, kegiatan dan sub kegiatan Badan Perencanaan Pembangunan Daerah "
                    "beserta indikator kinerja, target dan pendanaan indikatif tahun 2025-2029 "
                    "disajikan pada Tabel 6.1.", table),
                   (f"{BAPPEDA.town}, 21 Juli 2025", *BAPPEDA.sign))
    info = DocumentTruth("renstra", TITLE, BAPPEDA.name, BAPPEDA.region, None, 2025, 2029)
    truth = plan_items(Curated(columns, tuple(printed)), {str(y): y for y in YEARS})
    return doc, info, (("plan_items", truth),)
