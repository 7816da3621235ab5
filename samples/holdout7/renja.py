"""Renja 2027 of the Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten
Sumedang: "Rencana Program, Kegiatan dan Sub Kegiatan Tahun 2027", printed from HTML by
Chromium on A4 portrait in DejaVu Sans, without any border.

Unusual for the corpus: NO CODES at all. Programs are lettered ``A.``, ``B.`` … and printed
bold in capitals, kegiatan numbered ``1.``, ``2.`` … within their program, sub kegiatan
carry no number: the level of an item is only known from its numbering and its
(nomenclature) name. Cells are vertically centred, names wrap over several lines, the
year is in a band over "Satuan | Target | Pagu Indikatif (Rp)", and a free-text
"Keterangan" column closes each row.

Items: every program, kegiatan and sub kegiatan of seed 001 (``renja2023_kode``), named as
the official nomenclature names their code (``normalize/data/nomenklatur.csv``; the code
itself is not printed), with seed 001's indicators. Pagu = seed amount × 1.20 rounded to a
thousand, programs and kegiatan the sums of their sub kegiatan. Satuan, targets and
Keterangan are deterministic inventions.
"""

from __future__ import annotations

import csv
from pathlib import Path
from string import ascii_uppercase

from samples.curated import Curated
from samples.families import Row, plan_items
from samples.holdout5 import data
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import canonical_code, dots

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
HEADING = ("RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2027", AGENCY.upper(),
           "KABUPATEN SUMEDANG")
CAPTION = ("Tabel 2.3 Rencana Program, Kegiatan dan Sub Kegiatan Tahun 2027",)
NOMENKLATUR = Path(__file__).parents[2] / "normalize" / "data" / "nomenklatur.csv"
COLUMNS = ("no", "level", "name", "indikator", "satuan", "target", "budget", "keterangan")
GROWTH = 1.20
NOTES = ("APBD Kabupaten", "", "DAK Non Fisik", "", "Bantuan Keuangan Provinsi", "",
         "Lanjutan tahun 2026")
"""Keterangan of sub kegiatan rows, cycled (free text an extractor must ignore)."""


def _names() -> dict[str, str]:
    with NOMENKLATUR.open(encoding="utf-8") as handle:
        return {row["code"]: row["name"] for row in csv.DictReader(handle)}


def _target(level: str, indikator: str, n: int) -> tuple[str, str]:
    """(Satuan, target): percentages for programs and kegiatan (``82,5``), counts for sub
    kegiatan in the unit their indicator counts."""
    if level == "program":
        return "%", f"{80 + n % 4 * 2},5"
    if level == "kegiatan":
        return "%", str(88 + n % 5 * 2)
    unit = data.satuan(indikator)
    return unit, str(n % 3 + 1 if unit == "Dokumen" else 15 + n * 13 % 120)


def _rows() -> list[dict[str, str]]:
    """Printed rows in order with numbering, official names and integer rupiah."""
    items = [*data.items("1.06"), *data.items("2.08")]
    seed = [data.grown(int(r["budget"]), GROWTH) for r in items if r["level"] == data.SUB]
    budgets = data.rollup(items, seed)
    names = _names()
    rows, programs, kegiatan = [], 0, 0
    for n, (item, budget) in enumerate(zip(items, budgets, strict=True)):
        level = item["level"]
        if level == "program":
            no, programs, kegiatan = f"{ascii_uppercase[programs]}.", programs + 1, 0
        elif level == "kegiatan":
            no, kegiatan = f"{kegiatan + 1}.", kegiatan + 1
        else:
            no = ""
        name = names[canonical_code(item["code"]) or ""]
        satuan, target = _target(level, item["indikator"], n)
        rows.append({"no": no, "level": level,
                     "name": name.upper() if level == "program" else name,
                     "indikator": item["indikator"], "satuan": satuan, "target": target,
                     "budget": str(budget),
                     "keterangan": NOTES[n % len(NOTES)] if level == data.SUB else ""})
    return rows


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (one row per item, year 2027)."""
    rows = _rows()
    body = tuple((r["no"], r["name"], r["indikator"], r["satuan"], r["target"],
                  dots(int(r["budget"])), r["keterangan"]) for r in rows)
    header = ((Head("No", rowspan=2), Head("Program / Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Indikator Kinerja", rowspan=2), Head("Rencana Tahun 2027", colspan=3),
               Head("Keterangan", rowspan=2)),
              (Head("Satuan"), Head("Target"), Head("Pagu Indikatif (Rp)")))
    table = Table(header, (5, 26, 28, 10.5, 8, 15, 13), "cllccrl", body,
                  bold=frozenset(i for i, r in enumerate(rows) if r["level"] == "program"),
                  caption=CAPTION)
    doc = Document("renja_sumedang_2027",
                   Page(210, 297, "DejaVuSans", 7, margin_mm=14), HEADING, (table,),
                   ("Sumedang, 15 Juni 2026", "KEPALA DINAS", "", "",
                    "Drs. DEDE HERMAWAN, M.Si.", "Pembina Utama Muda",
                    "NIP. 19710921 199203 1 003"))
    curated = Curated(COLUMNS, tuple(tuple(r.values()) for r in rows))
    info = DocumentTruth("renja", HEADING[0], AGENCY, "Kabupaten Sumedang", None, 2027, 2027)
    return doc, info, (("plan_items", plan_items(curated, {None: 2027})),)
