"""Renstra 2026–2030 of the Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota
Banjarbaru: the "Program dan Pendanaan" page of a planning web app (the same kind of system
as SIPD's Renstra module) printed by Chromium (``web``): F4 landscape, Liberation Sans
5.2 pt, thin grey borders, no zebra, the browser's date / title / URL / ``n/N`` in the
margins.

The report header block "Pemerintah : … / Perangkat Daerah : … / Periode : 2026 - 2030"
above sixteen columns: "Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja |
Kondisi Awal (2025)", the band "Target Kinerja dan Pagu Indikatif" over "2026 … 2030" each
over "Target | Pagu (Rp)", then "Penanggung Jawab"; programs bold; money
``1.234.567.000``; codes as ``renja2023_kode`` carries them.

Items: urusan 2.08 of ``renja2023_kode`` (seed 001's names, indicators, codes). Pagu = seed
× 1.00 / 1.05 / 1.10 / 1.15 / 1.20 for 2026–2030, programs and kegiatan the sums of their
sub kegiatan (``holdout5.data``). **Invented**: baselines, targets, penanggung jawab.
"""

from __future__ import annotations

from samples.curated import Curated
from samples.families import Row, plan_items
from samples.holdout5 import data
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout20.web import Browser
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Banjarbaru"
HEADING = ("RENCANA STRATEGIS PERANGKAT DAERAH", "PROGRAM, KEGIATAN, SUB KEGIATAN DAN "
           "PENDANAAN INDIKATIF TAHUN 2026-2030")
BLOCK = (f"Pemerintah : {REGION.upper()}", f"Perangkat Daerah : {AGENCY.upper()}",
         "Periode : 2026 - 2030")
BROWSER = Browser("02/04/26, 15.28", "Renstra PD - Program dan Pendanaan",
                  "https://sipd.kemendagri.go.id/renstra/cetak/program-pendanaan/6372/2.08")
GROWTH = {2026: 1.0, 2027: 1.05, 2028: 1.1, 2029: 1.15, 2030: 1.2}
OFFICER = {"program": "Kepala Dinas", "kegiatan": "Kepala Bidang",
           data.SUB: "Kepala Seksi"}


def _target(level: str, indikator: str, n: int, step: int) -> str:
    """``step`` 0 is the baseline, 1 … 5 the plan years, rising each year."""
    if level == "program":
        return f"{62 + n % 3 * 4 + 3 * step}%"
    if level == "kegiatan":
        return f"{68 + 4 * step}%"
    unit = data.satuan(indikator)
    return f"{(n % 2 + 1 if unit == 'Dokumen' else 12 + n * 5 % 30) + step} {unit}"


def _curated() -> Curated:
    """One row per item: level, code, name, indikator, baseline, then target and pagu per
    year (integer rupiah), penanggung jawab."""
    items = data.items("2.08")
    seeds = [int(r["budget"]) for r in items if r["level"] == data.SUB]
    pagu = {y: data.rollup(items, [data.grown(b, f) for b in seeds]) for y, f in GROWTH.items()}
    columns = ("level", "code", "name", "indikator", "baseline",
               *(f"{k}_{y}" for y in GROWTH for k in ("target", "budget")), "officer")
    rows = tuple((r["level"], r["code"], r["name"], r["indikator"],
                  _target(r["level"], r["indikator"], n, 0),
                  *(cell for step, y in enumerate(GROWTH, start=1)
                    for cell in (_target(r["level"], r["indikator"], n, step),
                                 str(pagu[y][n]))),
                  OFFICER[r["level"]])
                 for n, r in enumerate(items))
    return Curated(columns, rows)


def _printed(row: tuple[str, ...]) -> tuple[str, ...]:
    """Without the level; every pagu in dots."""
    years = row[5:-1]
    return (*row[1:5], *(dots(int(c)) if i % 2 else c for i, c in enumerate(years)), row[-1])


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (one row per item per plan year; the baseline
    gives none)."""
    plan = _curated()
    header = ((Head("Kode", rowspan=3), Head("Program / Kegiatan / Sub Kegiatan", rowspan=3),
               Head("Indikator Kinerja", rowspan=3), Head("Kondisi Awal (2025)", rowspan=3),
               Head("Target Kinerja dan Pagu Indikatif", colspan=10),
               Head("Penanggung Jawab", rowspan=3)),
              tuple(Head(str(y), colspan=2) for y in GROWTH),
              tuple(Head(k) for _ in GROWTH for k in ("Target", "Pagu (Rp)")))
    table = Table(header, (16, 34, 34, 11, *(11, 17) * 5, 13),
                  "lllc" + "cr" * 5 + "c", tuple(map(_printed, plan.rows)),
                  bold=frozenset(i for i, r in enumerate(plan.rows) if r[0] == "program"))
    doc = Document("renstra_banjarbaru_2026_2030",
                   Page(330, 215, "LiberationSans", 5.2, margin_mm=10), HEADING,
                   (*BLOCK, table),
                   ("Banjarbaru, 2 April 2026", "KEPALA DINAS PEMBERDAYAAN PEREMPUAN",
                    "DAN PERLINDUNGAN ANAK KOTA BANJARBARU", "", "",
                    "Hj. SITI RAHMAWATI NOOR, S.Sos., M.Si.", "Pembina Utama Muda",
                    "NIP. 19750309 199803 2 004"))
    info = DocumentTruth("renstra", " ".join(HEADING), AGENCY, REGION, None, 2026, 2030)
    return doc, info, (("plan_items", plan_items(plan, {str(y): y for y in GROWTH})),)
